#include "ner/names_mining.h"

#include <gtest/gtest.h>

#include <map>

#include "marsad/error.h"

namespace marsad::ner {
namespace {

// A small corpus written for these tests: invented clubs, companies and towns, each sentence
// repeated so that the counts pass the (lowered) thresholds.
std::map<std::string, MinedName> mine_sample() {
  NameMiningOptions opts;
  opts.min_count = 3;
  opts.min_head_share = 0.3;
  NameMiner miner(opts);
  const char* sentences[] = {
      // A club after نادي with and without proclitics on the head, and alone.
      "فاز نادي الوديان على ضيفه في المباراة.",
      "قال مدرب لنادي الوديان إن الفريق جاهز.",
      "احتفل جمهور الوديان بالفوز.",
      // A company whose name is followed by an adjective of origin, which is not part of it.
      "أعلنت شركة نوراتك السعودية أرباحها.",
      // A town of two words: the second always follows the first after the head.
      "وصل الوفد إلى محافظة تلال الشمس مساء الخميس.",
      // A title opens a person's name, not the place's own.
      "افتتحت مدينة الملك فيصل أمس.",
      // A common noun after a head: the corpus mostly writes it without the article.
      "رفعت شركة الكهرباء الأسعار.",
      "انقطعت كهرباء المنازل وعادت كهرباء المدارس.",
      // Written without the article now and then (in construct): a noun, not a name.
      "فاز نادي التعاون ثم خسر نادي التعاون.",
      "بدأ تعاون الطرفين.",
      // A name after heads of both types is not typed.
      "لعب نادي الواحة أمس.",
      "زار الوزير مدينة الواحة أمس.",
      // A word that mostly starts a longer name (ستار بيتش، ستار كريك…) is not one itself.
      "أقيم الحفل في مدينة ستار بيتش.",
      "أقيم الحفل في مدينة ستار كريك.",
      "أقيم الحفل في مدينة ستار هيل.",
      // Hamza folded, إلكتروني reads like ال + كتروني; the corpus writes ال before it
      // (الإلكتروني), so it is an adjective without the article, not a definite name.
      "أطلق موقع إلكتروني للأخبار.",
      "انتشر التعليم الإلكتروني والبريد الإلكتروني.",
      // A word that follows a head only now and then is used for something else.
      "افتتح مركز الأسواق.",
      "ارتفعت الأسواق اليوم. وتراجعت الأسواق أمس. واستقرت الأسواق كثيرا.",
  };
  for (int round = 0; round < 3; ++round)
    for (const char* s : sentences) miner.add(s);
  std::map<std::string, MinedName> out;
  for (auto& n : miner.mine()) out[n.name] = n;
  return out;
}

TEST(NameMining, KeepsTypedNamesAndSaysWhyOthersAreDropped) {
  const auto names = mine_sample();
  struct Case {
    const char* name;
    const char* type;
    const char* dropped_by;
    const char* why;
  } cases[] = {
      {"الوديان", "ORG", "", "after نادي and لنادي, and a fair share of its uses"},
      {"نوراتك", "ORG", "", "the adjective of origin after it is not part of the name"},
      {"تلال الشمس", "LOC", "", "the second word always goes with the first"},
      {"التعاون", "ORG", "bare", "the corpus also writes تعاون without the article"},
      {"الواحة", "", "type", "after نادي as often as after مدينة"},
      {"ستار", "LOC", "end", "always followed by more of a name"},
      {"الأسواق", "LOC", "head-share", "mostly used without a head"},
  };
  for (const auto& c : cases) {
    auto it = names.find(c.name);
    ASSERT_NE(it, names.end()) << c.name << ": " << c.why;
    if (*c.type) {
      EXPECT_EQ(it->second.type, c.type) << c.name << ": " << c.why;
    }
    EXPECT_EQ(it->second.dropped_by, c.dropped_by) << c.name << ": " << c.why;
  }
  EXPECT_EQ(names.at("الوديان").after_head, 6u);
  EXPECT_EQ(names.at("الوديان").total, 9u) << "the bare mentions count in the total";
}

// Titles, adjectives of origin, function words and common nouns end a name or keep it from
// starting; the shorter reading of a two-word town is not a name of its own.
TEST(NameMining, StopsAtWhatCannotBeAName) {
  const auto names = mine_sample();
  for (const char* never : {"الملك", "الملك فيصل", "نوراتك السعودية", "تلال", "الوديان على", "الكهرباء", "إلكتروني"})
    EXPECT_EQ(names.count(never), 0u) << never;
}

TEST(NameMining, MinedNamesMatchAsWrittenWithProclitics) {
  Lexicon lex;
  add_mined_names("# a comment\nORG\tالوديان\nLOC\tتلال الشمس\n", "test", lex);
  const std::uint32_t org = 1u << (2 * static_cast<int>(Category::kMinedOrg));
  const std::uint32_t loc_first = 1u << (2 * static_cast<int>(Category::kMinedLoc));
  const std::uint32_t loc_inside = loc_first << 1;
  struct Case {
    std::vector<std::string> words;
    std::vector<std::uint32_t> bits;
    const char* why;
  } cases[] = {
      {{"فاز", "الوديان"}, {0, org}, "as written"},
      {{"جمهور", "للوديان"}, {0, org}, "ل + the article written لل"},
      {{"فاز", "وديان"}, {0, 0}, "without the article it is another word"},
      {{"في", "تلال", "الشمس"}, {0, loc_first, loc_inside}, "two words"},
      {{"في", "تلال", "القمر"}, {0, 0, 0}, "only the whole name"},
  };
  for (const auto& c : cases) EXPECT_EQ(lex.match(c.words), c.bits) << c.why;
}

TEST(NameMining, BadListLineIsAFormatError) {
  Lexicon lex;
  EXPECT_THROW(add_mined_names("ORG\tالوديان\nPERSON\tفلان\n", "names.tsv", lex), FormatError);
  EXPECT_THROW(add_mined_names("LOC\n", "names.tsv", lex), FormatError);
  try {
    add_mined_names("ORG\tالوديان\nPERSON\tفلان\n", "names.tsv", lex);
  } catch (const FormatError& e) {
    EXPECT_NE(std::string(e.what()).find("names.tsv"), std::string::npos) << e.what();
  }
}

TEST(NameMining, ShippedListLoadsIntoTheBuiltinLexicon) {
  Lexicon lex = builtin_lexicon();
  bool mined = false;
  for (const auto& e : lex.entries()) mined |= e.category == Category::kMinedOrg || e.category == Category::kMinedLoc;
  EXPECT_TRUE(mined) << "models/ner_names.tsv is empty or not compiled in";
}

}  // namespace
}  // namespace marsad::ner
