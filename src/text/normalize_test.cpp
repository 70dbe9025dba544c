#include <gtest/gtest.h>

#include "marsad/error.h"
#include "marsad/text.h"

namespace marsad::text {
namespace {

struct NormalizeCase {
  const char* input;
  const char* expected;
  const char* why;
};

TEST(Normalize, SearchProfile) {
  const NormalizeCase cases[] = {
      {"\u0623\u062D\u0645\u062F", "\u0627\u062D\u0645\u062F", "أحمد: hamza on alef dropped"},
      {"\u0625\u064A\u0631\u0627\u0646", "\u0627\u064A\u0631\u0627\u0646", "إيران"},
      {"\u0622\u0630\u0627\u0631", "\u0627\u0630\u0627\u0631", "آذار: madda"},
      {"\u0645\u0635\u0637\u0641\u0649", "\u0645\u0635\u0637\u0641\u064A", "مصطفى: alef maksura → ya"},
      {"\u0627\u0644\u062D\u0643\u0648\u0645\u0629", "\u0627\u0644\u062D\u0643\u0648\u0645\u0647",
       "الحكومة: teh marbuta → heh"},
      {"\u0648\u064E\u0632\u0650\u064A\u0631\u064F", "\u0648\u0632\u064A\u0631", "وَزِيرُ: tashkeel dropped"},
      {"\u0627\u0644\u0639\u0640\u0640\u0631\u0627\u0642", "\u0627\u0644\u0639\u0631\u0627\u0642",
       "العــراق: tatweel dropped"},
      {"\u0662\u0660\u0662\u0665", "2025", "Arabic-Indic digits"},
      {"\u06F1\u06F4\u06F0\u06F3", "1403", "Persian digits"},
      {"\u0662\u066B\u0665\u066A", "2.5%", "Arabic decimal separator and percent sign"},
      {"\u0642\u0627\u0644\u060C \u0647\u0644\u061F", "\u0642\u0627\u0644, \u0647\u0644?",
       "Arabic comma and question mark"},
      {"\u00AB\u0646\u0639\u0645\u00BB", "\"\u0646\u0639\u0645\"", "guillemets become ASCII quotes"},
      {"NATO Iraq", "nato iraq", "Latin case folding"},
      {"\uFEFB", "\u0644\u0627", "lam-alef ligature (presentation form) decomposed"},
      {"\u0627\u0654\u0645\u0646", "\u0627\u0645\u0646", "alef + combining hamza composed, then unified"},
      {"\u06A9\u062A\u0627\u0628", "\u0643\u062A\u0627\u0628", "Persian keheh → kaf"},
      {"a\u200Fb", "ab", "RLM dropped"},
  };
  for (const auto& c : cases) EXPECT_EQ(normalize_search(c.input), c.expected) << c.why;
}

TEST(Normalize, DisplayProfileIsLossless) {
  const NormalizeCase cases[] = {
      {"\u0648\u064E\u0632\u0650\u064A\u0631\u064F", "\u0648\u064E\u0632\u0650\u064A\u0631\u064F",
       "tashkeel kept"},
      {"\u0623\u062D\u0645\u062F \u0640", "\u0623\u062D\u0645\u062F \u0640", "hamza and tatweel kept"},
      {"\u0627\u0654", "\u0623", "combining hamza composed (NFC)"},
      {"\uFEE1\uFEE0", "\u0645\u0644", "presentation forms → letters"},
      {"a\u00A0b\u200Bc", "a bc", "NBSP → space, ZWSP dropped"},
  };
  for (const auto& c : cases) {
    std::string out;
    normalize_into(c.input, Profile::kDisplay, out);
    EXPECT_EQ(out, c.expected) << c.why;
  }
}

TEST(Normalize, AlignmentPointsIntoOriginal) {
  // "بالعَــراق" : tashkeel and tatweel disappear, offsets still land on the original letters.
  std::string in = "\u0628\u0627\u0644\u0639\u064E\u0640\u0640\u0631\u0627\u0642";
  Normalized n = normalize(in, Profile::kSearch);
  ASSERT_EQ(n.text, "\u0628\u0627\u0644\u0639\u0631\u0627\u0642");
  ASSERT_EQ(n.to_orig.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original(0), 0u);
  EXPECT_EQ(n.to_original(6), 6u);   // ع
  EXPECT_EQ(n.to_original(8), 14u);  // ر comes after fatha and two tatweels
  EXPECT_EQ(n.to_original(n.text.size()), in.size());
  // The span of "العراق" in the normalized text maps back to "العَــراق" in the original.
  std::size_t b = n.text.find("\u0627\u0644"), e = n.text.size();
  EXPECT_EQ(in.substr(n.to_original(b), n.to_original(e) - n.to_original(b)),
            "\u0627\u0644\u0639\u064E\u0640\u0640\u0631\u0627\u0642");
}

TEST(Normalize, InvalidUtf8BecomesReplacementWithOffsetKept) {
  std::string in = "\u0628\xFF\u062A";  // ب, a bad byte, ت
  Normalized n = normalize(in, Profile::kSearch);
  EXPECT_EQ(n.text, "\u0628\uFFFD\u062A");
  EXPECT_EQ(n.to_original(2), 2u) << "U+FFFD points at the bad byte";
  EXPECT_EQ(n.to_original(5), 3u);
}

TEST(Normalize, CamelStyleOperations) {
  EXPECT_EQ(dediac("\u0643\u064E\u062A\u064E\u0628\u064E"), "\u0643\u062A\u0628");
  EXPECT_EQ(normalize_alef("\u0623\u0625\u0622"), "\u0627\u0627\u0627");
  EXPECT_EQ(normalize_alef_maksura("\u0639\u0644\u0649"), "\u0639\u0644\u064A");
  EXPECT_EQ(normalize_teh_marbuta("\u0645\u062F\u064A\u0646\u0629"), "\u0645\u062F\u064A\u0646\u0647");
  EXPECT_EQ(normalize_digits("\u0661\u0669"), "19");
  EXPECT_EQ(remove_tatweel("\u0639\u0640\u0631"), "\u0639\u0631");
}

TEST(Normalize, ProfileNames) {
  EXPECT_EQ(parse_profile("search"), Profile::kSearch);
  EXPECT_EQ(profile_name(Profile::kDisplay), "display");
  EXPECT_THROW(parse_profile("nfkc"), InputError);
}

}  // namespace
}  // namespace marsad::text
