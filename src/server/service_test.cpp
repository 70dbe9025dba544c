// The service without a socket: every endpoint's success and its errors (400, 404, 405, 413).
#include <gtest/gtest.h>

#include "marsad/server.h"

namespace marsad::server {
namespace {

using nlohmann::json;

Response post(const Service& s, const std::string& path, const json& body) {
  return s.handle({"POST", path, {}, body.dump()});
}

TEST(Service, HealthzSaysOk) {
  Service s;
  Response r = s.handle({"GET", "/healthz", {}, {}});
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body["status"], "ok");
}

TEST(Service, NormalizeMapsEachOutputCodePointBack) {
  Service s;
  // Hamza on alef, tashkeel and tatweel go under the search profile; to_orig keeps where
  // each output code point came from (code points, as JavaScript and Python count).
  Response r = post(s, "/api/normalize", {{"text", "أَعلـن الوزير"}, {"profile", "search"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body["text"], "اعلن الوزير");
  EXPECT_EQ(r.body["profile"], "search");
  const json& to_orig = r.body["to_orig"];
  ASSERT_EQ(to_orig.size(), 11u);
  EXPECT_EQ(to_orig[0], 0);  // ا ← أ
  EXPECT_EQ(to_orig[1], 2);  // ع: the fatha at 1 is dropped
  EXPECT_EQ(to_orig[4], 6);  // the space: the tatweel at 5 is dropped
}

TEST(Service, NormalizeDefaultsToSearchAndKeepsDisplayLossless) {
  Service s;
  Response r = post(s, "/api/normalize", {{"text", "مـدينة"}});
  EXPECT_EQ(r.body["profile"], "search");
  EXPECT_EQ(r.body["text"], "مدينه");
  r = post(s, "/api/normalize", {{"text", "مـدينة"}, {"profile", "display"}});
  EXPECT_EQ(r.body["text"], "مـدينة");  // display keeps tatweel and ta marbuta
}

TEST(Service, TokenizeGivesCodePointOffsets) {
  Service s;
  // Two-byte Arabic letters: byte offsets would be double these.
  Response r = post(s, "/api/tokenize", {{"text", "زار الرئيس بغداد عام ٢٠٢٤."}});
  ASSERT_EQ(r.status, 200);
  const json& t = r.body["tokens"];
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[1], json({{"text", "الرئيس"}, {"kind", "word"}, {"start", 4}, {"end", 10}}));
  EXPECT_EQ(t[4]["kind"], "number");
  EXPECT_EQ(t[5]["text"], ".");
  EXPECT_EQ(t[5]["start"], 25);
}

TEST(Service, SentencesSplitOnStopsButNotAbbreviations) {
  Service s;
  Response r = post(s, "/api/sentences", {{"text", "التقى د. سامي بالوفد. ثم غادر."}});
  ASSERT_EQ(r.status, 200);
  ASSERT_EQ(r.body["sentences"].size(), 2u);
  EXPECT_EQ(r.body["sentences"][1]["text"], "ثم غادر.");
  EXPECT_EQ(r.body["sentences"][1]["start"], 22);
}

TEST(Service, SegmentSplitsCliticsOfArabicWordsOnly) {
  Service s;
  Response r = post(s, "/api/segment", {{"text", "وللحكومة موقف من UN"}});
  ASSERT_EQ(r.status, 200);
  const json& w = r.body["words"];
  ASSERT_EQ(w.size(), 3u);  // the Latin word is not segmented
  EXPECT_EQ(w[0]["text"], "وللحكومة");
  EXPECT_GE(w[0]["pieces"].size(), 2u);  // at least و split off
  EXPECT_EQ(w[0]["pieces"][0], "و");
  EXPECT_EQ(w[1]["start"], 9);
  EXPECT_TRUE(w[0]["light_stem"].is_string());
  EXPECT_TRUE(w[0]["root"].is_string());
}

TEST(Service, TimesAreResolvedAgainstTheGivenDate) {
  Service s;
  // "أمس" is relative: the reference date decides its value.
  Response r = post(s, "/api/times", {{"text", "وصل الوفد أمس إلى عمّان."}, {"date", "2024-03-10"}});
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.body["times"].size(), 1u);
  EXPECT_EQ(r.body["times"][0]["text"], "أمس");
  EXPECT_EQ(r.body["times"][0]["value"], "2024-03-09");
  EXPECT_EQ(r.body["times"][0]["start"], 10);
  r = post(s, "/api/times", {{"text", "أمس"}, {"date", "2024-13-40"}});
  EXPECT_EQ(r.status, 400) << "a month 13 is refused, not guessed";
}

TEST(Service, AnalyzeGivesTheAnalysisWithCodePointOffsets) {
  Service s;
  // An invented item: a titled person, a relative date and a direct quote.
  const std::string text =
      "زيارة وزير الصحة إلى إربد\n"
      "زار وزير الصحة الأردني ماهر الزعبي أمس مستشفى إربد، وقال: «سنضيف مئة سرير هذا العام».";
  Response r = post(s, "/api/analyze", {{"text", text}, {"date", "2024-06-02"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body["text"], text);
  ASSERT_FALSE(r.body["times"].empty());
  EXPECT_EQ(r.body["times"][0]["text"], "أمس");
  EXPECT_EQ(r.body["times"][0]["value"], "2024-06-01");
  // Code points (the title line is 25 and its newline 1), whatever their UTF-8 length.
  EXPECT_EQ(r.body["times"][0]["start"], 61);
  ASSERT_FALSE(r.body["quotes"].empty());
  EXPECT_NE(r.body["quotes"][0]["speaker"].get<std::string>().find("الزعبي"), std::string::npos);
}

TEST(Service, AnalyzeTakesTitleAndBody) {
  Service s;
  Response r =
      post(s, "/api/analyze", {{"title", "أمطار في عمّان"}, {"body", "هطلت أمطار غزيرة أمس."}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body["text"], "أمطار في عمّان\nهطلت أمطار غزيرة أمس.");
  EXPECT_EQ(r.body["title_end"], 14);
  // Neither form, both forms, and a date that does not exist are refused.
  EXPECT_EQ(post(s, "/api/analyze", {{"date", "2024-01-01"}}).status, 400);
  EXPECT_EQ(post(s, "/api/analyze", {{"text", "نص"}, {"body", "نص"}}).status, 400);
  EXPECT_EQ(post(s, "/api/analyze", {{"text", "نص"}, {"date", "2024-02-30"}}).status, 400);
  EXPECT_EQ(post(s, "/api/analyze", {{"text", "  \n "}}).status, 400);
}

struct BadRequest {
  const char* path;
  std::string body;
  const char* why;
};

TEST(Service, BadRequestsAre400WithMessageAndWhere) {
  Service s;
  const BadRequest cases[] = {
      {"/api/normalize", R"({"text": "نص", "profile": "phonetic"})", "unknown profile"},
      {"/api/normalize", R"({"text": "نص", "profile": 3})", "profile of the wrong type"},
      {"/api/tokenize", R"({"text": "نص")", "JSON cut short"},
      {"/api/tokenize", R"(["نص"])", "an array, not an object"},
      {"/api/tokenize", R"({"body": "نص"})", "no text field"},
      {"/api/tokenize", "{\"text\": \"\xD9\"}", "invalid UTF-8 inside the JSON string"},
      {"/api/segment", "", "empty body"},
  };
  for (const auto& c : cases) {
    Response r = s.handle({"POST", c.path, {}, c.body});
    EXPECT_EQ(r.status, 400) << c.why;
    EXPECT_EQ(r.body["error"]["type"], "InputError") << c.why;
    EXPECT_FALSE(r.body["error"]["message"].get<std::string>().empty()) << c.why;
  }
  Response r = s.handle({"POST", "/api/tokenize", {}, R"({"text": "نص",})"});
  // Byte 16 is the } after the trailing comma (ن and ص take two bytes each).
  EXPECT_EQ(r.body["error"]["where"], "body:16");
  r = post(s, "/api/normalize", {{"text", "x"}, {"profile", "phonetic"}});
  EXPECT_NE(r.body["error"]["message"].get<std::string>().find("phonetic"), std::string::npos);
}

TEST(Service, UnknownPathIs404AndWrongMethodIs405) {
  Service s;
  Response r = s.handle({"GET", "/api/nothing", {}, {}});
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body["error"]["type"], "NotFound");
  r = s.handle({"GET", "/api/tokenize", {}, {}});
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.allow, "POST");
}

TEST(Service, BodyOverTheLimitIs413) {
  ServiceOptions opts;
  opts.max_body_bytes = 64;
  Service s(opts);
  json body = {{"text", std::string(40, 'x') + "نص طويل جدا جدا"}};
  Response r = s.handle({"POST", "/api/tokenize", {}, body.dump()});
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.body["error"]["type"], "PayloadTooLarge");
  r = s.handle({"POST", "/api/tokenize", {}, R"({"text": "نص قصير"})"});
  EXPECT_EQ(r.status, 200) << "under the limit";
}

}  // namespace
}  // namespace marsad::server
