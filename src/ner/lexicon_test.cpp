#include <gtest/gtest.h>

#include "marsad/analysis.h"
#include "marsad/error.h"
#include "ner/model.h"

namespace marsad::ner {
namespace {

TEST(Labels, NamesRoundTrip) {
  for (int l = 0; l < kLabels; ++l) EXPECT_EQ(parse_label(label_name(l)), l);
  EXPECT_EQ(parse_label("B-PER"), -1);  // ANERcorp spells it PERS; PER is the JSON name
  EXPECT_EQ(parse_label(""), -1);
}

TEST(Labels, BioConstraints) {
  struct Case {
    const char* prev;
    const char* cur;
    bool ok;
    const char* why;
  } cases[] = {
      {"O", "B-PERS", true, "an entity may start anywhere"},
      {"O", "I-PERS", false, "I- cannot follow O"},
      {"B-PERS", "I-PERS", true, "continues its own entity"},
      {"I-PERS", "I-PERS", true, "long names"},
      {"B-LOC", "I-PERS", false, "I- of another type"},
      {"I-ORG", "B-ORG", true, "two adjacent entities of one type"},
      {"B-MISC", "O", true, "an entity may end anywhere"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(allowed(parse_label(c.prev), parse_label(c.cur)), c.ok) << c.prev << " " << c.cur << ": " << c.why;
  EXPECT_FALSE(allowed(kStart, parse_label("I-LOC"))) << "a sentence cannot open inside an entity";
  EXPECT_TRUE(allowed(kStart, parse_label("B-LOC")));
}

TEST(EntityType, Names) {
  EXPECT_EQ(entity_type_name(EntityType::kPerson), "PER");
  EXPECT_EQ(parse_entity_type("PERS"), EntityType::kPerson);  // ANERcorp's spelling
  EXPECT_EQ(parse_entity_type("ORG"), EntityType::kOrganization);
  EXPECT_THROW(parse_entity_type("PERSON"), InputError);
}

TEST(Proclitics, Strip) {
  struct Case {
    const char* word;
    const char* stem;
    std::size_t skipped;
    const char* why;
  } cases[] = {
      {"بالعراق", "عراق", 6, "preposition and article"},
      {"وايران", "ايران", 2, "conjunction"},
      {"للحكومه", "حكومه", 4, "ل + ال written لل"},
      {"وعد", "عد", 2, "two letters remain: cut"},
      {"ول", "ول", 0, "one letter would remain: kept"},
      {"لبنان", "لبنان", 0, "ل without the article is kept: too often part of the word"},
      {"فالقوات", "قوات", 6, "ف + ال"},
  };
  for (const auto& c : cases) {
    std::size_t skipped = 99;
    EXPECT_EQ(strip_proclitics(c.word, skipped), c.stem) << c.why;
    EXPECT_EQ(skipped, c.skipped) << c.why;
  }
}

TEST(Proclitics, NameReadings) {
  // للسوداني: ل + السوداني, whose alef is not written; the name starts at the second ل.
  auto r = name_readings("للسوداني");
  ASSERT_GE(r.size(), 2u);
  EXPECT_EQ(r[0].second, "للسوداني");
  EXPECT_EQ(r[1], (std::pair<std::size_t, std::string>{2, "السوداني"}));
  // وبغداد: و alone, then و + ب.
  auto b = name_readings("وبغداد");
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[1], (std::pair<std::size_t, std::string>{2, "بغداد"}));
  EXPECT_EQ(b[2], (std::pair<std::size_t, std::string>{4, "غداد"}));
}

TEST(Lexicon, MultiWordMatchWithProclitics) {
  Lexicon lex;
  lex.add("الولايات المتحدة", Category::kCountry);
  lex.add("وزير", Category::kTitle);
  lex.add("والي", Category::kTitle);
  // "وللولايات المتحدة": و + ل + الولايات; the second word must match as written.
  std::vector<std::string> words = {"وقال", "وزير", "خارجيه", "للولايات", "المتحده", "الي", "الصحفيين"};
  auto bits = lex.match(words);
  const std::uint32_t country_first = 1u << (2 * static_cast<int>(Category::kCountry));
  const std::uint32_t title_first = 1u << (2 * static_cast<int>(Category::kTitle));
  EXPECT_EQ(bits[3], country_first);
  EXPECT_EQ(bits[4], country_first << 1) << "inside the phrase";
  EXPECT_EQ(bits[1], title_first);
  EXPECT_EQ(bits[5], 0u) << "الى is not والي without its و";
  std::size_t len = 0;
  EXPECT_TRUE(lex.starts(words, 3, Category::kCountry, len));
  EXPECT_EQ(len, 2u);
  EXPECT_FALSE(lex.starts(words, 4, Category::kCountry, len));
}

TEST(Lexicon, BuiltinListsLoad) {
  Lexicon lex = builtin_lexicon();
  EXPECT_TRUE(lex.contains("وزير", Category::kTitle));
  EXPECT_TRUE(lex.contains("وزاره", Category::kOrgHead)) << "entries are search-normalized";
  EXPECT_TRUE(lex.contains("العراقي", Category::kNationality));
}

}  // namespace
}  // namespace marsad::ner
