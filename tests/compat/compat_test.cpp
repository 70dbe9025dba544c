// Archives written by earlier formats still open and answer as they did (tests/compat/README.md).
#include <gtest/gtest.h>

#include <set>

#include "marsad/error.h"
#include "marsad/index.h"
#include "marsad/search.h"
#include "marsad/version.h"

namespace marsad::index {
namespace {

const std::filesystem::path kCompat = std::filesystem::path(MARSAD_SOURCE_DIR) / "tests/compat";

struct CompatCase {
  const char* query;
  std::set<std::string> ids;
  const char* why;
};

const CompatCase kCases[] = {
    {"بغداد", {"v1-b", "v1-d"}, "a word"},
    {"جسر", {"v1-a"}, "light stem of جسراً and جسر"},
    {"2025", {"v1-c"}, "٢٠٢٥ stored as 2025"},
    {"source:gamma", {"v1-d", "v1-e"}, "source filter"},
    {"date:2024-11", {"v1-b", "v1-d"}, "date filter"},
    {"\"معرض بغداد\"", {"v1-d"}, "phrase positions"},
};

void expect_answers(const std::filesystem::path& archive) {
  Searcher searcher(archive);
  EXPECT_EQ(searcher.documents(), 5u);
  for (const auto& c : kCases) {
    std::set<std::string> got;
    for (const auto& h : searcher.search(c.query, {.k = 10}).hits) got.insert(h.id);
    EXPECT_EQ(got, c.ids) << archive << ": " << c.query << " — " << c.why;
  }
  auto art = searcher.article("v1-e");
  ASSERT_TRUE(art.has_value());
  EXPECT_EQ(art->analysis.document.title, "Sports");
  EXPECT_EQ(archive_info(archive).first_date, "2024-03-14");
}

TEST(Compat, EveryReadableFormatAnswersAlike) {
  ASSERT_EQ(kFormatVersion, 2) << "format changed: see tests/compat/README.md";
  ASSERT_EQ(kAnalyzerVersion, 1) << "analyzer changed: see tests/compat/README.md";
  // Format 1 stored the clitic-free word of every token; format 2 only where it differs from
  // the surface. The same queries must find the same articles in both.
  expect_answers(kCompat / "index_v1");
  expect_answers(kCompat / "index_v2");
  EXPECT_EQ(archive_info(kCompat / "index_v1").format_version, 1);
  EXPECT_EQ(archive_info(kCompat / "index_v2").format_version, 2);
}

TEST(Compat, AnOlderFormatIsNotWrittenInto) {
  // Adding format-2 documents to a format-1 archive would leave its metadata wrong: refused,
  // with the re-index hint (checked before Xapian opens the files, which stay untouched).
  try {
    Writer w(kCompat / "index_v1");
    FAIL() << "a format-1 archive was opened for writing";
  } catch (const FormatError& e) {
    EXPECT_NE(std::string(e.what()).find("re-index"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace marsad::index
