#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "marsad/error.h"
#include "marsad/segment_train.h"
#include "marsad/text.h"
#include "text/segment_model.h"

namespace marsad::data {
extern const std::string_view kSegmenterModel;
}

namespace marsad::text {
namespace {

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "+") + p;
  return out;
}

struct SegmentCase {
  const char* word;
  const char* pieces;
  const char* restored;
  const char* why;
};

TEST(Segmenter, SplitsClitics) {
  const SegmentCase cases[] = {
      {"للحكومة", "ل+لحكومة", "ل+الحكومة", "ل + article: the alef of ال is not written"},
      {"وبالمدرسة", "و+ب+المدرسة", "و+ب+المدرسة", "conjunction + preposition, article stays"},
      {"حكومته", "حكومت+ه", "حكومة+ه", "ta marbuta written ت before a pronoun"},
      {"كتابهم", "كتاب+هم", "كتاب+هم", "noun + plural pronoun"},
      {"لهم", "ل+هم", "ل+هم", "a preposition can carry a pronoun with no stem"},
      {"بها", "ب+ها", "ب+ها", "same with ب"},
      {"وسيقول", "و+س+يقول", "و+س+يقول", "future س before an imperfect verb"},
      {"فإنهم", "ف+إن+هم", "ف+إن+هم", "proclitic and enclitic around a particle"},
      {"وإلى", "و+إلى", "و+إلى", "conjunction on a preposition"},
  };
  for (const auto& c : cases) {
    Segmentation seg = Segmenter::instance().segment(c.word);
    EXPECT_EQ(join(seg.pieces), c.pieces) << c.why;
    EXPECT_EQ(join(seg.restored), c.restored) << c.why;
  }
}

TEST(Segmenter, KeepsLettersThatBelongToTheStem) {
  const char* words[] = {
      "بريطانيا", "ليبيا", "فلسطين", "واشنطن",  // names starting with clitic letters
      "بيان", "وزير", "كتاب", "هاتف",           // common nouns: ب و ك and a final ف
      "والي",                                   // "governor", not و + الي
      "كما", "لكن",                              // function words that look like clitics
  };
  for (const char* w : words) {
    Segmentation seg = Segmenter::instance().segment(w);
    EXPECT_EQ(join(seg.pieces), w) << w << " was split";
    EXPECT_EQ(seg.stem, 0) << w;
  }
}

TEST(Segmenter, StemIndexPointsAtTheStem) {
  Segmentation seg = Segmenter::instance().segment("وبكتابهم");
  ASSERT_EQ(join(seg.restored), "و+ب+كتاب+هم");
  EXPECT_EQ(seg.restored[seg.stem], "كتاب");
  Segmentation bare = Segmenter::instance().segment("لهم");
  EXPECT_EQ(bare.restored[bare.stem], "ل") << "no stem: the preposition carries the pronoun";
}

TEST(Segmenter, DiacritizedInputKeepsItsMarksInThePieces) {
  Segmentation seg = Segmenter::instance().segment("وَبِالْحُكُومَةِ");
  EXPECT_EQ(join(seg.pieces), "وَ+بِ+الْحُكُومَةِ") << "pieces are slices of the surface";
  EXPECT_EQ(join(seg.restored), "و+ب+الحكومة") << "restored forms drop tashkeel";
  Segmentation tatweel = Segmenter::instance().segment("للحكــومة");
  EXPECT_EQ(join(tatweel.pieces), "ل+لحكــومة");
  EXPECT_EQ(join(tatweel.restored), "ل+الحكومة");
}

TEST(Segmenter, NonArabicComesBackWhole) {
  const std::string words[] = {"", "Reuters", "2025", "COVID-19", "abcكتاب", "كتاب2",
                               "\xD8", "ب\xFF", "#وسم"};
  for (const auto& w : words) {
    Segmentation seg = Segmenter::instance().segment(w);
    ASSERT_EQ(seg.pieces.size(), 1u) << w;
    EXPECT_EQ(seg.pieces[0], w);
    EXPECT_EQ(seg.restored[0], w);
    EXPECT_EQ(seg.stem, 0);
  }
}

// Random words over clitic letters, other letters, marks, Latin and broken bytes.
std::string random_word(std::mt19937& rng) {
  static const char* parts[] = {"و", "ف", "ب", "ك", "ل", "س", "ال", "ه", "ها", "هم", "ي", "نا", "ة", "ت",
                                "ى", "ا", "أ", "ر", "م", "ن", "ع", "َ", "ِ", "ّ", "ـ", "x", "7", "\xD9", "\xA0"};
  std::uniform_int_distribution<int> len(0, 9), pick(0, std::size(parts) - 1);
  std::string w;
  for (int i = len(rng); i > 0; --i) w += parts[pick(rng)];
  return w;
}

TEST(Segmenter, PiecesAlwaysConcatenateToTheSurface) {
  std::mt19937 rng(7);
  const Segmenter rules = Segmenter::rules();
  for (int i = 0; i < 20000; ++i) {
    std::string w = random_word(rng);
    for (const Segmenter* s : {&Segmenter::instance(), &rules}) {
      Segmentation seg = s->segment(w);
      std::string joined;
      for (const auto& p : seg.pieces) joined += p;
      ASSERT_EQ(joined, w);
      ASSERT_EQ(seg.pieces.size(), seg.restored.size()) << w;
      ASSERT_LT(seg.stem, seg.pieces.size()) << w;
    }
  }
}

// The per-thread cache is the fast path: a second segmenter over the same model, called in
// alternation (so each call evicts the other's cache), must agree with the built-in one.
TEST(Segmenter, CachedAgreesWithUncached) {
  Segmenter fresh = Segmenter::from_model(data::kSegmenterModel, "built-in");
  std::mt19937 rng(11);
  for (int i = 0; i < 3000; ++i) {
    std::string w = random_word(rng);
    Segmentation a = Segmenter::instance().segment(w);
    Segmentation b = fresh.segment(w);
    Segmentation again = Segmenter::instance().segment(w);
    ASSERT_EQ(a.pieces, b.pieces) << w;
    ASSERT_EQ(a.restored, b.restored) << w;
    ASSERT_EQ(a.pieces, again.pieces) << w;
  }
}

TEST(Segmenter, RulesBaselineSplitsGreedily) {
  const Segmenter rules = Segmenter::rules(3);
  EXPECT_EQ(join(rules.segment("وبالمدرسة").restored), "و+ب+المدرسة");
  EXPECT_EQ(join(rules.segment("للحكومة").restored), "ل+الحكومة");
  EXPECT_EQ(join(rules.segment("بيان").restored), "ب+يان") << "the rule's known over-split";
  EXPECT_EQ(join(rules.segment("حكومته").restored), "حكومة+ه");
}

TEST(Segmenter, BadModelsAreFormatErrors) {
  EXPECT_THROW(Segmenter::from_model("", "m"), FormatError);
  EXPECT_THROW(Segmenter::from_model("hello\n", "m"), FormatError);
  EXPECT_THROW(Segmenter::from_model("marsad-segmenter\t99\n", "m"), FormatError);
  EXPECT_THROW(Segmenter::from_model("marsad-segmenter\t1\nw\tzz\t1\n", "m"), FormatError);
  EXPECT_THROW(Segmenter::from_model("marsad-segmenter\t1\nbogus\t1\t2\n", "m"), FormatError);
  // A model with no weights splits nothing, so this self-test must fail.
  EXPECT_THROW(Segmenter::from_model("marsad-segmenter\t1\nselftest\tللحكومة\tل+الحكومة\n", "m"),
               FormatError);
  EXPECT_NO_THROW(Segmenter::from_model("marsad-segmenter\t1\nselftest\tللحكومة\tللحكومة\n", "m"));
  std::string damaged = "\x28\xB5\x2F\xFD garbage";
  EXPECT_THROW(Segmenter::from_model(damaged, "m"), FormatError);
}

std::filesystem::path write_temp(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// PADT style: clitics split, no range lines; the tokens must be rebuilt.
TEST(GoldReader, RebuildsTokensWithoutRanges) {
  std::string conllu =
      "# orig_file_sentence DOC_A#1\n"
      "1\tوَ\tوَ\tCONJ\tC---------\t_\t0\tcc\t_\t_\n"
      "2\tلِ\tلِ\tADP\tP---------\t_\t3\tcase\t_\t_\n"
      "3\tاَلحُكُومَةِ\tحُكُومَة\tNOUN\tN------S2D\t_\t0\troot\t_\t_\n"
      "4\tحُكُومَةُ\tحُكُومَة\tNOUN\tN------S1R\t_\t0\troot\t_\t_\n"
      "5\tهَا\tهُوَ\tPRON\tSP---3FS2-\t_\t4\tnmod\t_\t_\n"
      "6\tهِيَ\tهِيَ\tPRON\tSP---3FS1-\t_\t0\tnsubj\t_\t_\n"
      "7\tلِ\tلِ\tADP\tP---------\t_\t8\tcase\t_\t_\n"
      "8\tهُ\tهُوَ\tPRON\tSP---3MS2-\t_\t0\tnmod\t_\t_\n"
      "9\t.\t.\tPUNCT\tG---------\t_\t0\tpunct\t_\t_\n\n";
  auto gold = read_gold_segmentation(write_temp("marsad_seg_gold1.conllu", conllu));
  ASSERT_EQ(gold.size(), 5u);
  EXPECT_EQ(gold[0].surface, "وللحكومة");
  EXPECT_EQ(join(gold[0].words), "و+ل+الحكومة");
  EXPECT_EQ(gold[0].document, "DOC_A");
  EXPECT_TRUE(gold[0].sentence_start);
  EXPECT_EQ(gold[1].surface, "حكومتها") << "ة is written ت before the pronoun";
  EXPECT_EQ(join(gold[1].words), "حكومة+ها");
  EXPECT_EQ(gold[2].surface, "هي") << "a nominative pronoun is a word of its own";
  EXPECT_EQ(gold[3].surface, "له");
  EXPECT_EQ(gold[4].surface, ".");
}

TEST(GoldReader, UsesRangeLinesAndScores) {
  std::string conllu =
      "# text = للحكومة بيان\n"
      "1-2\tللحكومة\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "1\tل\tل\tADP\t_\t_\t0\tcase\t_\t_\n"
      "2\tالحكومة\tحكومة\tNOUN\t_\t_\t0\troot\t_\t_\n"
      "3\tبيان\tبيان\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
  auto gold = read_gold_segmentation(write_temp("marsad_seg_gold2.conllu", conllu));
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(join(gold[0].words), "ل+الحكومة");
  auto model = evaluate_segmenter(Segmenter::instance(), gold);
  EXPECT_EQ(model.gold_words, 3u);
  EXPECT_DOUBLE_EQ(model.f1(), 1.0);
  auto rules = evaluate_segmenter(Segmenter::rules(3), gold);
  EXPECT_EQ(rules.system_words, 4u) << "rules split بيان into ب + يان";
  EXPECT_EQ(rules.correct_words, 2u);
  EXPECT_EQ(rules.over_split, 1u);
}

TEST(GoldReader, MalformedLineIsAFormatError) {
  auto path = write_temp("marsad_seg_gold3.conllu", "1\tكتاب\n");
  EXPECT_THROW(read_gold_segmentation(path), FormatError);
  EXPECT_THROW(read_gold_segmentation("/nonexistent/x.conllu"), IoError);
}

// On held-out news (the PADT test file, which the built-in model was not trained on).
TEST(Segmenter, HeldOutPadtSample) {
  std::filesystem::path path = MARSAD_SHARED_DIR "/data/ud-padt/ar_padt-ud1.3-test.conllu.gz";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not found at " << path;
  auto gold = read_gold_segmentation(path);
  gold.resize(std::min<std::size_t>(gold.size(), 3000));
  auto model = evaluate_segmenter(Segmenter::instance(), gold);
  auto rules = evaluate_segmenter(Segmenter::rules(3), gold);
  EXPECT_GT(model.f1(), 0.93);
  EXPECT_GT(model.f1(), rules.f1() + 0.05);
}

// What marsad writes as CoNLL-U reads back, through the treebank reader, as the same tokens
// and words: range lines where the segmenter splits, restored forms, spans and spacing.
TEST(Conllu, WrittenSentencesReadBackAsTheirSegmentation) {
  const std::string text = "وقال للصحفيين إن بالعراق قوات.";
  auto tokens = tokenize(text);
  auto sentences = split_sentences(text, tokens);
  ASSERT_EQ(sentences.size(), 1u);
  std::string conllu = "# text = " + text + "\n";
  append_conllu_sentence(conllu, text, tokens, sentences[0], CodepointIndex(text),
                         [](std::uint32_t t, bool stem) { return stem ? "Token=" + std::to_string(t) : ""; });
  conllu += "\n";
  EXPECT_NE(conllu.find("3-4\tللصحفيين\t_\t_\t_\t_\t_\t_\t_\tTokenRange=5:13\n3\tل\t_\t_\t_\t_\t_\t_\t_\t_\n"
                        "4\tالصحفيين\t_\t_\t_\t_\t_\t_\t_\tToken=1\n"),
            std::string::npos)
      << conllu;
  EXPECT_NE(conllu.find("8\tقوات\t_\t_\t_\t_\t_\t_\t_\tToken=4|SpaceAfter=No|TokenRange=25:29\n"), std::string::npos)
      << "an unsplit token has one line with all of its MISC";
  auto gold = read_gold_segmentation(write_temp("marsad_conllu_roundtrip.conllu", conllu));
  ASSERT_EQ(gold.size(), tokens.size());
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    Segmentation seg = Segmenter::instance().segment(tokens[t].view(text));
    EXPECT_EQ(gold[t].words, seg.restored) << tokens[t].view(text);
  }
  EXPECT_EQ(gold[1].surface, "للصحفيين");
}

TEST(CorpusCount, CountsWordsOfTheBuiltInCorpus) {
  EXPECT_GT(corpus_count("الحكومه"), 1000u) << "a common word, search-normalized";
  EXPECT_EQ(corpus_count(normalize_search("الحُكومة")), corpus_count("الحكومه"));
  EXPECT_EQ(corpus_count("qqqq"), 0u);
}

TEST(CorpusCount, LexiconKeepsEveryCountAcrossGrowth) {
  // Two thousand words push the table through several growths; a word added twice sums.
  detail::Lexicon lex;
  const std::vector<std::string> stems = {"كتاب", "مدرسه", "سوق", "مدينه"};
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i)
    for (const std::string& stem : stems) words.push_back(stem + std::to_string(i));
  for (std::size_t i = 0; i < words.size(); ++i) lex.add(words[i], static_cast<std::uint32_t>(i + 1));
  lex.add("سوق7", 1000);
  EXPECT_EQ(lex.size(), words.size());
  for (std::size_t i = 0; i < words.size(); ++i)
    EXPECT_EQ(lex.count(words[i]), words[i] == "سوق7" ? i + 1 + 1000 : i + 1) << words[i];
  EXPECT_EQ(lex.count("كتاب500"), 0u);
  EXPECT_EQ(lex.count(""), 0u);
  const auto entries = lex.entries();  // in the order first added, with the summed count
  ASSERT_EQ(entries.size(), words.size());
  EXPECT_EQ(entries[0].first, "كتاب0");
  EXPECT_EQ(entries[30].first, "سوق7");
  EXPECT_EQ(entries[30].second, 1031u);
  EXPECT_EQ(detail::Lexicon().count("كتاب"), 0u) << "an empty lexicon";
}

}  // namespace
}  // namespace marsad::text
