#include <gtest/gtest.h>

#include "marsad/text.h"

namespace marsad::text {
namespace {

struct StemCase {
  const char* word;
  const char* expected;
  const char* why;
};

TEST(LightStem, KnownStemmerErrors) {
  const StemCase cases[] = {
      {"واشنطن", "واشنطن", "Snowball cuts the final ن"},
      {"بيان", "بيان", "Snowball drops ب as a preposition"},
      {"وزير", "وزير", "Snowball drops و as a conjunction"},
      {"القوات", "قوات", "Snowball leaves القو; ات would leave two letters"},
      {"التحالف", "تحالف", "ISRI goes to the root حلف"},
      {"مستقبل", "مستقبل", "ISRI goes to قبل (before)"},
      {"فلسطين", "فلسطين", "ين is part of the name"},
      {"سلمان", "سلمان", "ان is part of the name"},
      {"لبنان", "لبنان", "same"},
      {"بريطانيا", "بريطانيا", "the alef after ي ends a country name, not a tanween"},
      {"ليبيا", "ليبيا", "same"},
      {"بيروت", "بيروت", "ت is not a verb ending here: بيرو is rarer than بيروت"},
  };
  for (const auto& c : cases) EXPECT_EQ(light_stem(c.word), c.expected) << c.word << ": " << c.why;
}

TEST(LightStem, RemovesCliticsArticleAndInflection) {
  const StemCase cases[] = {
      {"بالمعلمين", "معلم", "preposition, article, plural"},
      {"المفاوضات", "مفاوض", "feminine plural"},
      {"حكومته", "حكوم", "pronoun, then ta marbuta"},
      {"وَالْحُكُومَةُ", "حكوم", "diacritized input"},
      {"سيكتبون", "يكتب", "future and plural; the verb prefix stays"},
      {"عقدت", "عقد", "past tense feminine ت"},
      {"أسقطتموها", "اسقط", "2nd plural past before a pronoun"},
      {"Reuters", "reuters", "Latin is case-folded only"},
      {"", "", "empty"},
  };
  for (const auto& c : cases) EXPECT_EQ(light_stem(c.word), c.expected) << c.word << ": " << c.why;
}

// A search stemmer must map the inflections of one word to one stem.
TEST(LightStem, InflectionsShareAStem) {
  const std::vector<std::vector<const char*>> families = {
      {"العربية", "عربي", "العربي", "عربية"},
      {"ولاية", "الولايات"},
      {"المعلم", "المعلمون", "معلمين", "للمعلمين", "معلمة"},
      {"الحكومة", "حكومات", "للحكومة", "حكومته"},
  };
  for (const auto& family : families)
    for (const char* w : family) EXPECT_EQ(light_stem(w), light_stem(family[0])) << w;
}

TEST(Root, PatternsAndNames) {
  const StemCase cases[] = {
      {"الاستقلال", "قلل", "استفعال"},
      {"التحالف", "حلف", "تفاعل"},
      {"مستقبل", "قبل", "مستفعل"},
      {"اجتماع", "جمع", "افتعال"},
      {"المكتبة", "كتب", "مفعل after the ta marbuta"},
      {"المفاوضات", "فوض", "مفاعل; alef is never a radical, so not مفعول"},
      {"يكتبون", "كتب", "يفعل after the plural"},
      {"يتصرف", "صرف", "يتفعل"},
      {"واشنطن", "واشنطن", "no pattern fits a name: returned whole, not شنط"},
      {"كتب", "كتب", "three letters are the root"},
  };
  for (const auto& c : cases) EXPECT_EQ(root(c.word), c.expected) << c.word << ": " << c.why;
}

TEST(LightStem, InvalidUtf8DoesNotThrow) {
  EXPECT_NO_THROW(light_stem("\xD8\xFF"));
  EXPECT_NO_THROW(root("\xD8\xFF"));
}

}  // namespace
}  // namespace marsad::text
