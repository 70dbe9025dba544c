#include <gtest/gtest.h>

#include "marsad/error.h"
#include "marsad/time.h"

namespace marsad::time {
namespace {

TEST(TimeMl, WriteThenReadGivesTheSameTextAndTags) {
  std::string text = "قال <المصدر> إن القوات ستنسحب بحلول سبتمبر/أيلول 2025 & بعد ذلك.";
  auto tokens = text::tokenize(text);
  auto times = find_times(text, tokens, "2024-09-28");
  ASSERT_EQ(times.size(), 1u);
  std::string xml = to_timeml(text, times, "2024-09-28");
  EXPECT_NE(xml.find("&lt;المصدر&gt;"), std::string::npos) << "text is escaped";
  EXPECT_NE(xml.find("mod=\"ON_OR_BEFORE\""), std::string::npos);
  TimeMlDocument doc = parse_timeml(xml);
  EXPECT_EQ(doc.text, text);
  EXPECT_EQ(doc.dct, "2024-09-28");
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].span, times[0].span);
  EXPECT_EQ(doc.times[0].value, "2025-09");
}

TEST(TimeMl, ReadsHandWrittenFiles) {
  std::string xml =
      "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-05-02\" "
      "functionInDocument=\"CREATION_TIME\">2024-05-02</TIMEX3></DCT>\n"
      "<TEXT><s>وصل &#1575;لوفد <TIMEX3 tid='t1' type='DATE' value='2024-05-01'>أمس</TIMEX3>.</s></TEXT>\n"
      "</TimeML>\n";
  TimeMlDocument doc = parse_timeml(xml);
  EXPECT_EQ(doc.dct, "2024-05-02");
  EXPECT_EQ(doc.text, "وصل الوفد أمس.") << "other tags dropped, character references decoded";
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.text.substr(doc.times[0].span.begin, doc.times[0].span.end - doc.times[0].span.begin),
            "أمس");
}

TEST(TimeMl, RejectsBrokenMarkup) {
  const char* bad[] = {
      "<TEXT><TIMEX3 type=\"DATE\" value=\"2024\">عام <TIMEX3 value=\"x\">2024</TIMEX3></TIMEX3></TEXT>",
      "<TEXT><TIMEX3 type=\"DATE\" value=\"2024\">عام 2024</TEXT>",
      "<TEXT>أمس &nbsp; اليوم</TEXT>",
      "<TEXT>أمس",
  };
  for (const char* xml : bad) EXPECT_THROW(parse_timeml(xml), FormatError) << xml;
}

TEST(TimeMl, Scores) {
  auto t = [](std::uint32_t b, std::uint32_t e, const char* value) {
    return TimeExpression{{b, e}, "DATE", value, ""};
  };
  std::vector<TimeExpression> gold = {t(0, 10, "2024"), t(20, 30, "2024-09"), t(40, 50, "P2Y")};
  std::vector<TimeExpression> sys = {t(0, 10, "2024"), t(22, 30, "2024-10"), t(60, 70, "2025")};
  TimeScores s = score_times(gold, sys);
  EXPECT_EQ(s.strict_match, 1u);
  EXPECT_EQ(s.relaxed_match, 2u);
  EXPECT_EQ(s.value_correct, 1u);
  EXPECT_DOUBLE_EQ(s.strict_precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.relaxed_recall(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(s.value_accuracy(), 0.5);
  EXPECT_DOUBLE_EQ(TimeScores{}.strict_f1(), 0.0) << "no division by zero";
}

TEST(TimeMl, ADurationMatchesWrittenInOtherUnits) {
  // P2Y6M, P30M and P2.5Y are one length; P30D and PT30M are not P30M's.
  auto t = [](std::uint32_t b, const char* value) { return TimeExpression{{b, b + 5}, "DURATION", value, ""}; };
  const std::vector<TimeExpression> gold = {t(0, "P2Y6M"), t(10, "P30M"), t(20, "P30M"), t(30, "P30M")};
  const std::vector<TimeExpression> sys = {t(0, "P30M"), t(10, "P2.5Y"), t(20, "P30D"), t(30, "PT30M")};
  EXPECT_EQ(score_times(gold, sys).value_correct, 2u);
}

}  // namespace
}  // namespace marsad::time
