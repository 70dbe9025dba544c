#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "marsad/error.h"
#include "marsad/ner.h"

namespace marsad::ner {
namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

TEST(Chunks, ConllevalRules) {
  struct Case {
    const char* tags;
    std::vector<Chunk> expected;
    const char* why;
  } cases[] = {
      {"B-PERS I-PERS O B-LOC", {{0, 2, "PERS"}, {3, 4, "LOC"}}, "plain IOB2"},
      {"O I-ORG I-ORG O", {{1, 3, "ORG"}}, "an I- after O starts an entity"},
      {"B-LOC I-PERS", {{0, 1, "LOC"}, {1, 2, "PERS"}}, "an I- of another type starts one too"},
      {"B-LOC B-LOC", {{0, 1, "LOC"}, {1, 2, "LOC"}}, "B- always starts a new entity"},
      {"I-MISC", {{0, 1, "MISC"}}, "an I- opening the sentence"},
      {"O O", {}, "no entity"},
  };
  for (const auto& c : cases) EXPECT_EQ(chunks(split(c.tags)), c.expected) << c.why;
}

TEST(Score, ExactSpanAndType) {
  Evaluation e;
  score(split("B-PERS I-PERS O B-LOC O B-ORG"), split("B-PERS O O B-LOC O B-LOC"), e);
  EXPECT_EQ(e.overall.gold, 3u);
  EXPECT_EQ(e.overall.predicted, 3u);
  EXPECT_EQ(e.overall.correct, 1u) << "only LOC matches: PERS is cut short, ORG has the wrong type";
  EXPECT_EQ(e.by_type["LOC"].predicted, 2u);
  EXPECT_EQ(e.by_type["ORG"].correct, 0u);
  EXPECT_DOUBLE_EQ(e.overall.precision(), 1.0 / 3);
  EXPECT_NEAR(e.overall.f1(), 1.0 / 3, 1e-12);
  EXPECT_EQ(e.tokens_correct, 4u);
  EXPECT_EQ(TypeScore{}.f1(), 0.0) << "no division by zero";
}

TEST(Conll, ReadsSentencesAndRejectsBadTags) {
  auto dir = std::filesystem::path(::testing::TempDir());
  std::ofstream(dir / "ok.conll") << "\xEF\xBB\xBFزار\tO\nعمّان\tB-LOC\r\n\n\nقال\tO\n";
  auto s = read_conll(dir / "ok.conll");
  ASSERT_EQ(s.size(), 2u) << "several blank lines are one break";
  EXPECT_EQ(s[0].words[0], "زار") << "the BOM is dropped";
  EXPECT_EQ(s[0].tags[1], "B-LOC") << "CRLF is read as LF";

  std::ofstream(dir / "bad.conll") << "زار\tO\nعمان\tB-CITY\n";
  try {
    read_conll(dir / "bad.conll");
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.conll:2"), std::string::npos) << e.what();
  }
  EXPECT_THROW(read_conll(dir / "missing.conll"), IoError);
  EXPECT_THROW(read_conll(dir), IoError) << "a directory reads as empty: an error, not no sentences";

  // Bytes that are not text: an error at their line and offset, not an "unknown tag" of garbage.
  {
    std::ofstream bin(dir / "binary.conll", std::ios::binary);
    bin << "زار\tO\n" << std::string("x\0y\tO\n", 6);
  }
  try {
    read_conll(dir / "binary.conll");
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("binary.conll:2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("NUL"), std::string::npos) << e.what();
  }
}

TEST(Conll, DocstartLinesMarkArticles) {
  auto dir = std::filesystem::path(::testing::TempDir());
  std::ofstream(dir / "docs.conll") << "-DOCSTART-\tO\n\nزار\tO\nعمّان\tB-LOC\n\nقال\tO\n-DOCSTART- -X- O\n\nعاد\tO\n";
  auto s = read_conll(dir / "docs.conll");
  ASSERT_EQ(s.size(), 3u) << "a -DOCSTART- line is no word";
  EXPECT_TRUE(s[0].document_start);
  EXPECT_FALSE(s[1].document_start);
  EXPECT_TRUE(s[2].document_start) << "also right after a sentence, with no blank line before it";
}

// The whole pipeline scored on words: the resolution's mentions tag the words they overlap,
// the proclitic's word included (بالقاهرة is the gold's B-LOC).
TEST(Evaluate, EntitiesOfTheArticleOnGoldWords) {
  std::vector<LabeledSentence> gold(2);
  gold[0].words = split("أعلن وزير الخارجية المصري سامح شكري أن القاهرة ستستضيف القمة .");
  gold[0].tags = split("O O O O B-PERS I-PERS O B-LOC O O O");
  gold[1].words = split("وقال شكري إن الوفود ستصل بالقاهرة غدا .");
  gold[1].tags = split("O B-PERS O O O B-LOC O O");
  gold[1].document_start = true;
  std::vector<std::vector<std::string>> predicted;
  Evaluation e = evaluate_entities(Recognizer::instance(), gold, &predicted);
  EXPECT_EQ(e.overall.gold, 4u);
  EXPECT_EQ(e.by_type["LOC"].correct, 2u) << "القاهرة in both articles, بالقاهرة as a whole word";
  // The tags scored are handed back, a sentence each, for listing the errors (eval ner --predictions).
  ASSERT_EQ(predicted.size(), 2u);
  EXPECT_EQ(predicted[1][5], "B-LOC");
  Evaluation again;
  for (std::size_t s = 0; s < gold.size(); ++s) score(gold[s].tags, predicted[s], again);
  EXPECT_EQ(again.overall.correct, e.overall.correct);
  EXPECT_EQ(again.overall.predicted, e.overall.predicted);
  std::vector<std::vector<std::string>> tagged;
  evaluate(Recognizer::instance(), gold, &tagged);
  ASSERT_EQ(tagged.size(), 2u);
  EXPECT_EQ(tagged[0].size(), gold[0].words.size());
  gold[1].tags.pop_back();
  EXPECT_THROW(evaluate_entities(Recognizer::instance(), gold), InputError);
}

TEST(Conll, DevSplitIsTheTail) {
  std::vector<LabeledSentence> s(10);
  for (std::size_t i = 0; i < s.size(); ++i) s[i].words = {std::to_string(i)};
  Split sp = split_dev(s, 0.2);
  ASSERT_EQ(sp.dev.size(), 2u);
  EXPECT_EQ(sp.dev[0].words[0], "8");
  EXPECT_EQ(sp.train.size(), 8u);
  EXPECT_THROW(split_dev(s, 1.0), InputError);
}

}  // namespace
}  // namespace marsad::ner
