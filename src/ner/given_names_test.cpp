// Given names mined with the built-in tagger's readings, over a small corpus written for the
// test (names the tagger reads at once: leaders with their titles).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "marsad/error.h"
#include "marsad/ner.h"

namespace marsad::ner {
namespace {

namespace fs = std::filesystem;

class GivenNames : public ::testing::Test {
 protected:
  fs::path dir_ = fs::temp_directory_path() / ("marsad_given_" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir_); }
  void TearDown() override { fs::remove_all(dir_); }

  // Mines `articles` (one body each) and returns word → "first person total" as written.
  std::map<std::string, std::string> mine(const std::vector<std::string>& articles, GivenNameOptions opts) {
    const fs::path corpus = dir_ / "corpus.jsonl", out = dir_ / "given.tsv";
    std::ofstream(corpus) << [&] {
      std::string s;
      for (const auto& a : articles) s += R"({"title": "خبر", "body": ")" + a + "\"}\n";
      return s;
    }();
    const std::size_t kept = mine_given_names(corpus, opts, out);
    std::map<std::string, std::string> rows;
    std::ifstream in(out);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto tab = line.find('\t');
      std::string counts = line.substr(tab + 1);
      for (char& c : counts) c = c == '\t' ? ' ' : c;
      rows[line.substr(0, tab)] = counts;
    }
    EXPECT_EQ(rows.size(), kept);
    return rows;
  }
};

TEST_F(GivenNames, KeepsFirstWordsOfNamesNotSurnamesOrVerbs) {
  GivenNameOptions opts;
  opts.min_count = 3;
  std::vector<std::string> articles(4, "قال الرئيس الأمريكي باراك أوباما إن بلاده ستدعم الحل السياسي في المنطقة.");
  const auto rows = mine(articles, opts);
  ASSERT_TRUE(rows.count("باراك")) << "the first word of the name, every time";
  EXPECT_EQ(rows.at("باراك"), "4 4 4");
  EXPECT_FALSE(rows.count("اوباما")) << "a surname never starts the name";
  EXPECT_FALSE(rows.count("قال")) << "the verb before the name is never inside it";
  EXPECT_FALSE(rows.count("الرئيس")) << "a title is never inside it";
}

TEST_F(GivenNames, RareWordsAreNotCounted) {
  GivenNameOptions opts;
  opts.min_count = 5;
  EXPECT_TRUE(mine({"قال الرئيس الأمريكي باراك أوباما إن بلاده ستدعم الحل."}, opts).empty());
}

TEST_F(GivenNames, ABadRecordIsReportedWithItsLineAndSkipped) {
  const fs::path corpus = dir_ / "bad.jsonl";
  std::ofstream(corpus) << R"({"title": "خبر", "body": "قال باراك أوباما إن الحل قريب."})" << "\n{bad json\n";
  std::ostringstream log;
  GivenNameOptions opts;
  opts.min_count = 1;
  EXPECT_EQ(mine_given_names(corpus, opts, dir_ / "given.tsv", &log), 1u) << "the good record is read";
  EXPECT_NE(log.str().find("bad.jsonl:2:"), std::string::npos) << log.str();
  EXPECT_NE(log.str().find("record skipped"), std::string::npos) << log.str();
}

TEST_F(GivenNames, UnwritableOutputIsAnIoError) {
  const fs::path corpus = dir_ / "one.jsonl";
  std::ofstream(corpus) << R"({"title": "خبر", "body": "قال باراك أوباما إن الحل قريب."})" << "\n";
  EXPECT_THROW(mine_given_names(corpus, {}, dir_ / "no" / "such" / "dir" / "given.tsv"), IoError);
}

}  // namespace
}  // namespace marsad::ner
