// Snippets are cut from the original text: tashkeel, hamza and clitics stay as written, and
// every highlight covers exactly the matched word.
#include <gtest/gtest.h>

#include "index/query_builder.h"
#include "index/query_parser.h"
#include "index/snippets.h"
#include "index/test_corpus.h"

namespace marsad::index {
namespace {

using namespace detail;

struct SnippetCase {
  const char* text;
  const char* query;
  std::vector<std::string> highlighted;  // the original words, in order
  const char* why;
};

const SnippetCase kCases[] = {
    {"خبر\nوقّع العراقُ اتفاقاً مع الأردن.", "العراق", {"العراقُ"}, "the case ending stays in the highlight"},
    {"خبر\nسافر الوفد إلى بغداد ثم عاد من بغداد.", "بغداد", {"بغداد", "بغداد"}, "every occurrence"},
    {"خبر\nوصل الوزير لبغدادَ صباحاً.", "بغداد", {"لبغدادَ"}, "the clitic is part of the word shown"},
    {"خبر\nقال إنّ الأمر انتهى.", "ان", {"إنّ"}, "hamza and shadda as written"},
    {"خبر\nبلغ العجز ٢٠١٤ مليونا.", "2014", {"٢٠١٤"}, "Arabic-Indic digits as written"},
    {"خبر\nاحتفل العراقيون بالعيد.", "العراق -الكويت", {"العراقيون"}, "excluded words are not highlighted"},
    {"خبر\nوصل السوداني من بغداد في الصباح.", "من هو السوداني", {"السوداني"},
     "nor optional function words: من is not why the article was found"},
    {"خبر\nمن هو الفائز؟", "من هو", {"من", "هو"}, "but function words alone are"},
};

TEST(Snippets, HighlightsAreOriginalWords) {
  for (const auto& c : kCases) {
    std::string text = c.text;
    BuiltQuery q = build_query(parse_query(c.query));
    Hit hit;
    make_snippet(text, static_cast<std::uint32_t>(text.find('\n') + 1), q.highlight, hit);
    ASSERT_EQ(text.substr(hit.snippet_begin, hit.snippet.size()), hit.snippet) << c.why;
    std::vector<std::string> got;
    for (const auto& h : hit.highlights) got.push_back(hit.snippet.substr(h.begin, h.end - h.begin));
    EXPECT_EQ(got, c.highlighted) << c.query << " — " << c.why;
  }
}

TEST(Snippets, WindowGoesToTheMatchesInALongArticle) {
  std::string text = "عنوان\n";
  for (int i = 0; i < 40; ++i) text += "جملة عادية لا تذكر شيئا مهما. ";
  text += "وفي الختام أعلن المحافظ افتتاح الجسر الجديد.";
  BuiltQuery q = build_query(parse_query("الجسر"));
  Hit hit;
  make_snippet(text, 11, q.highlight, hit);
  EXPECT_NE(hit.snippet.find("الجسر"), std::string::npos) << hit.snippet;
  EXPECT_LT(hit.snippet.size(), 600u);
  ASSERT_EQ(hit.highlights.size(), 1u);
}

TEST(Snippets, WindowPrefersExactFormsOverStemMates) {
  std::string text = "عنوان\nتحدث الوفد العراقي طويلا. ";
  for (int i = 0; i < 10; ++i) text += "كلام عام بلا معنى. ";
  text += "ثم وصل الوفد إلى العراق مساء.";
  BuiltQuery q = build_query(parse_query("العراق"));
  Hit hit;
  make_snippet(text, 11, q.highlight, hit, 8);
  ASSERT_EQ(hit.highlights.size(), 1u) << hit.snippet;
  EXPECT_EQ(hit.snippet.substr(hit.highlights[0].begin, hit.highlights[0].end - hit.highlights[0].begin), "العراق");
}

TEST(Snippets, NoMatchShowsTheStartOfTheBody) {
  std::string text = "عنوان الخبر\nبدأ الاجتماع في الصباح.";
  Hit hit;
  make_snippet(text, static_cast<std::uint32_t>(text.find('\n') + 1), MatchForms{}, hit);
  EXPECT_EQ(hit.snippet.rfind("بدأ", 0), 0u) << hit.snippet;
  EXPECT_TRUE(hit.highlights.empty());
}

}  // namespace
}  // namespace marsad::index
