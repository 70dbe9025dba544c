// An archive written by format version 1 still opens and answers as it did.
#include <gtest/gtest.h>

#include <set>

#include "marsad/index.h"
#include "marsad/search.h"
#include "marsad/version.h"

namespace marsad::index {
namespace {

const std::filesystem::path kArchive = std::filesystem::path(MARSAD_SOURCE_DIR) / "tests/compat/index_v1";

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

TEST(CompatV1, OpensAndSearches) {
  ASSERT_EQ(kFormatVersion, 1) << "format changed: see tests/compat/README.md";
  ASSERT_EQ(kAnalyzerVersion, 1) << "analyzer changed: see tests/compat/README.md";
  Searcher searcher(kArchive);
  EXPECT_EQ(searcher.documents(), 5u);
  for (const auto& c : kCases) {
    std::set<std::string> got;
    for (const auto& h : searcher.search(c.query, {.k = 10}).hits) got.insert(h.id);
    EXPECT_EQ(got, c.ids) << c.query << " — " << c.why;
  }
  auto art = searcher.article("v1-e");
  ASSERT_TRUE(art.has_value());
  EXPECT_EQ(art->analysis.document.title, "Sports");
  EXPECT_EQ(archive_info(kArchive).first_date, "2024-03-14");
}

}  // namespace
}  // namespace marsad::index
