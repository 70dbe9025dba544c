// The archive on disk: updates, deletes, the stored article, stats, and format checks.
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "index/test_corpus.h"
#include "marsad/error.h"
#include "marsad/search.h"
#include "marsad/version.h"

namespace marsad::index {
namespace {

using namespace testing;

TEST(Writer, ReAddingAnIdReplacesIt) {
  TempDir dir;
  {
    Writer w(dir.path());
    EXPECT_FALSE(w.add(make_analysis({"a1", "خبر", "افتتح الوزير مستشفى جديدا في الموصل.", "2024-01-02", "s", {}})));
    EXPECT_TRUE(w.add(make_analysis({"a1", "خبر", "افتتح الوزير مدرسة جديدة في كركوك.", "2024-01-03", "s", {}})));
    EXPECT_EQ(w.documents(), 1u);
  }
  Searcher s(dir.path());
  EXPECT_EQ(s.search("الموصل").total, 0u) << "the old text must be gone";
  auto r = s.search("كركوك");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].date, "2024-01-03");
}

TEST(Writer, DeleteRemovesOnlyThatArticle) {
  TempDir dir;
  build_archive(dir.path(), {corpus()[0], corpus()[1]});
  {
    Writer w(dir.path());
    EXPECT_TRUE(w.remove("d01"));
    EXPECT_FALSE(w.remove("d01"));
    EXPECT_FALSE(w.remove("no-such-id"));
    w.commit();
  }
  Searcher s(dir.path());
  EXPECT_EQ(s.documents(), 1u);
  EXPECT_FALSE(s.article("d01").has_value());
  EXPECT_TRUE(s.article("d02").has_value());
}

TEST(Writer, StoredArticleComesBackWhole) {
  TempDir dir;
  build_archive(dir.path(), {corpus()[2]});
  Searcher s(dir.path());
  auto art = s.article("d03");
  ASSERT_TRUE(art.has_value());
  Analysis expected = make_analysis(corpus()[2]);
  EXPECT_EQ(art->analysis.document.text, expected.document.text);
  EXPECT_EQ(art->analysis.document.title, "أسعار النفط ترتفع");
  EXPECT_EQ(art->analysis.document.source, "alpha");
  EXPECT_EQ(art->cluster, "d03") << "an article without near-duplicates is its own cluster";
}

TEST(Writer, NearDuplicatesShareACluster) {
  TempDir dir;
  std::string body = "أعلنت وزارة الصحة افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال الشهر المقبل، "
                     "وقال الوزير إن المستشفيات ستخدم أكثر من مليون مواطن في المناطق الريفية.";
  build_archive(dir.path(), {{"first", "مستشفيات جديدة", body.c_str(), "2024-05-01", "a", {}},
                             {"copy", "مستشفيات جديدة في الجنوب", (body + " ").c_str(), "2024-05-02", "b", {}},
                             {"other", "خبر آخر", "فاز الفريق بالمباراة النهائية.", "2024-05-02", "b", {}}});
  Searcher s(dir.path());
  EXPECT_EQ(s.article("copy")->cluster, "first");
  EXPECT_EQ(s.article("other")->cluster, "other");

  // Read back as `marsad dups --index` does: one cluster of two, first article first; with
  // min_size 1 every article is a cluster, the lone one on its own.
  auto clusters = duplicate_clusters(dir.path());
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "first");
  ASSERT_EQ(clusters[0].members.size(), 2u);
  EXPECT_EQ(clusters[0].members[1].id, "copy");
  EXPECT_EQ(clusters[0].members[1].title, "مستشفيات جديدة في الجنوب");
  EXPECT_EQ(clusters[0].members[1].source, "b");
  EXPECT_DOUBLE_EQ(clusters[0].members[0].similarity, 1.0);
  EXPECT_GT(clusters[0].members[1].similarity, 0.9);
  EXPECT_EQ(duplicate_clusters(dir.path(), 1).size(), 2u);
}

TEST(Writer, EmptyIdIsAnInputError) {
  TempDir dir;
  Writer w(dir.path());
  EXPECT_THROW(w.add(make_analysis({"", "خبر", "نص", "", "", {}})), InputError);
}

TEST(Archive, StatsReportDocumentsDatesSources) {
  TempDir dir;
  build_archive(dir.path(), corpus());
  ArchiveInfo info = archive_info(dir.path());
  EXPECT_EQ(info.documents, corpus().size());
  EXPECT_EQ(info.first_date, "2014-03-02");
  EXPECT_EQ(info.last_date, "2025-02-01");
  ASSERT_FALSE(info.sources.empty());
  EXPECT_EQ(info.sources[0].first, "alpha");
  EXPECT_EQ(info.sources[0].second, 4u);
  EXPECT_EQ(info.analyzer_version, kAnalyzerVersion);
  EXPECT_GT(info.bytes_on_disk, 0u);
}

void set_meta(const std::filesystem::path& dir, const char* key, int value) {
  auto path = dir / "marsad.json";
  nlohmann::json meta = nlohmann::json::parse(std::ifstream(path));
  meta[key] = value;
  std::ofstream(path) << meta.dump();
}

// An archive of another analyzer or format would silently find other terms: refuse it, name
// the directory and say how to rebuild.
TEST(Archive, IncompatibleVersionIsAFormatErrorThatSaysHowToReindex) {
  for (const char* key : {"analyzer_version", "format_version"}) {
    TempDir dir;
    build_archive(dir.path(), {corpus()[0]});
    set_meta(dir.path(), key, 999);
    try {
      Searcher s(dir.path());
      ADD_FAILURE() << key << ": opening should fail";
    } catch (const FormatError& e) {
      std::string msg = e.what();
      EXPECT_NE(msg.find(dir.path().string()), std::string::npos) << msg;
      EXPECT_NE(msg.find("re-index"), std::string::npos) << msg;
      EXPECT_NE(msg.find("999"), std::string::npos) << msg;
    }
    EXPECT_THROW(Writer w(dir.path()), FormatError) << key;
  }
}

TEST(Archive, CompactKeepsEverything) {
  TempDir dir;
  build_archive(dir.path(), corpus());
  compact(dir.path());
  Searcher s(dir.path());
  EXPECT_EQ(s.documents(), corpus().size());
  EXPECT_EQ(s.search("العراق").total, 4u);
  EXPECT_FALSE(std::filesystem::exists(dir.path().string() + ".compact-old"));
  Writer w(dir.path());  // still writable
  EXPECT_TRUE(w.remove("d01"));
}

TEST(Archive, ADirectoryThatIsNoArchiveIsAnIoError) {
  TempDir dir;
  EXPECT_THROW(Searcher s(dir.path()), IoError);
  EXPECT_THROW(archive_info(dir.path() / "missing"), IoError);
}

TEST(Archive, ASecondWriterIsRefused) {
  TempDir dir;
  Writer first(dir.path());
  EXPECT_THROW(Writer second(dir.path()), IoError);
}

}  // namespace
}  // namespace marsad::index
