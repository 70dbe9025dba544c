#include <gtest/gtest.h>

#include "marsad/text.h"

namespace marsad::text {
namespace {

// "surface/kind" for each token, to compare with one string.
std::string show(std::string_view text) {
  std::string out;
  for (const Token& t : tokenize(text)) {
    if (!out.empty()) out += " | ";
    out += std::string(t.view(text)) + "/" + std::string(token_kind_name(t.kind));
  }
  return out;
}

TEST(Tokenize, Table) {
  struct Case {
    const char* input;
    const char* expected;
    const char* why;
  } cases[] = {
      {"\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631\u060C",
       "\u0642\u0627\u0644/word | \u0627\u0644\u0648\u0632\u064A\u0631/word | \u060C/punct",
       "Arabic comma is its own token"},
      {"\u00AB\u0644\u0646 \u0646\u062A\u062D\u062F\u062B\u00BB",
       "\u00AB/punct | \u0644\u0646/word | \u0646\u062A\u062D\u062F\u062B/word | \u00BB/punct",
       "guillemets split off"},
      {"\u0646\u0633\u0628\u0629 2\u066B5% \u0648 \u0663\u0660\u066A",
       "\u0646\u0633\u0628\u0629/word | 2\u066B5%/number | \u0648/word | \u0663\u0660\u066A/number",
       "decimal separator and percent stay in the number"},
      {"1,200 \u062C\u0646\u062F\u064A", "1,200/number | \u062C\u0646\u062F\u064A/word",
       "thousands comma"},
      {"\u0639\u0627\u0645 2014.", "\u0639\u0627\u0645/word | 2014/number | ./punct",
       "a sentence-final period is not a decimal point"},
      {"\u0627\u0644\u0639\u064E\u0640\u0631\u0627\u0642", "\u0627\u0644\u0639\u064E\u0640\u0631\u0627\u0642/word",
       "tashkeel and tatweel stay inside the word"},
      {"https://example.org/a?b=1.", "https://example.org/a?b=1/url | ./punct", "URL without the final period"},
      {"press@example.com", "press@example.com/email", "e-mail"},
      {"#\u0627\u0644\u0639\u0631\u0627\u0642 @AP_news", "#\u0627\u0644\u0639\u0631\u0627\u0642/hashtag | @AP_news/mention",
       "hashtag in Arabic, mention"},
      {"F-16 COVID19", "F/latin | -/punct | 16/number | COVID19/latin", "Latin with digits"},
      {"\u0644\u0645\u0627\u0630\u0627\u061F!", "\u0644\u0645\u0627\u0630\u0627/word | \u061F!/punct",
       "question and exclamation marks run together"},
      {"...\u0648\u0642\u0627\u0644", ".../punct | \u0648\u0642\u0627\u0644/word", "ellipsis of periods"},
      {"2014\u0645", "2014/number | \u0645/word", "year followed by the letter for AD"},
      {"\u0968\u0966", "\u0968\u0966/number", "other scripts' decimal digits are numbers too (found by fuzzing: no progress)"},
      {"\u0648\uFD3F\u0645\u0646 \u0642\u062A\u0644\uFD3E", "\u0648/word | \uFD3F/punct | \u0645\u0646/word | \u0642\u062A\u0644/word | \uFD3E/punct",
       "the ornate brackets of a verse are punctuation, though in the Arabic presentation forms' block"},
  };
  for (const auto& c : cases) EXPECT_EQ(show(c.input), c.expected) << c.why;
}

TEST(Tokenize, OffsetsAreBytesIntoTheOriginal) {
  std::string text = "\u0641\u064A \u0628\u063A\u062F\u0627\u062F";  // "في بغداد"
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].begin, 0u);
  EXPECT_EQ(toks[0].end, 4u);
  EXPECT_EQ(toks[1].begin, 5u);
  EXPECT_EQ(toks[1].end, 15u);
  CodepointIndex idx(text);
  EXPECT_EQ(idx.to_codepoint(toks[1].begin), 3u);
  EXPECT_EQ(idx.to_codepoint(toks[1].end), 8u);
}

TEST(Tokenize, InvalidBytesAreCoveredNotDropped) {
  std::string text = "\u0628\xFF\u062A";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[1].begin, 2u);
  EXPECT_EQ(toks[1].end, 3u);
  EXPECT_EQ(toks[1].kind, TokenKind::kSymbol);
}

std::vector<std::string> sentences_of(std::string_view text) {
  auto toks = tokenize(text);
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text, toks)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Sentences, SplitsOnEndsAndLinesNotAbbreviations) {
  std::string text =
      "\u0639\u0646\u0648\u0627\u0646\n"                                         // عنوان (title line)
      "\u0642\u0627\u0644 \u062F. \u0623\u062D\u0645\u062F: \u00AB\u0646\u0639\u0645.\u00BB "  // قال د. أحمد: «نعم.»
      "\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0627\u0644\u0646\u0633\u0628\u0629 2.5%\u061F "
      "\u0628\u0644\u0649";                                                        // وأضاف أن النسبة 2.5%؟ بلى
  auto s = sentences_of(text);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "\u0639\u0646\u0648\u0627\u0646") << "a line break ends the title";
  EXPECT_EQ(s[1], "\u0642\u0627\u0644 \u062F. \u0623\u062D\u0645\u062F: \u00AB\u0646\u0639\u0645.\u00BB")
      << "د. is an abbreviation; the closing » stays with its sentence";
  EXPECT_EQ(s[2], "\u0648\u0623\u0636\u0627\u0641 \u0623\u0646 \u0627\u0644\u0646\u0633\u0628\u0629 2.5%\u061F")
      << "2.5 is a number, ؟ ends";
  EXPECT_EQ(s[3], "\u0628\u0644\u0649");
}

TEST(Sentences, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(sentences_of("").empty());
  EXPECT_EQ(sentences_of("...").size(), 1u);
}

}  // namespace
}  // namespace marsad::text
