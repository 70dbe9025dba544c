// The archive endpoints without a socket, over a small archive written by the test.
#include <stdlib.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "marsad/error.h"
#include "marsad/index.h"
#include "marsad/server.h"

namespace marsad::server {
namespace {

using nlohmann::json;

Analysis article(std::string id, std::string title, std::string body, std::string date,
                 std::string source) {
  Analysis a;
  a.document = Document::from_parts(std::move(id), std::move(title), std::move(body));
  a.document.date = std::move(date);
  a.document.source = std::move(source);
  a.date = a.document.date;
  return a;
}

// Invented articles: two outlets carry the same port story (a republication), one is about
// something else, so search, facets, filters and duplicates each have something to find.
const std::string kPortBody =
    "أعلنت هيئة الموانئ اليوم افتتاح رصيف جديد في ميناء العقبة لاستقبال سفن الحاويات الكبيرة. "
    "وقال مدير الهيئة إن الرصيف سيضاعف قدرة الميناء على مناولة البضائع خلال العام المقبل. "
    "وأضاف أن المشروع استغرق ثلاث سنوات من العمل المتواصل بتمويل من القطاع الخاص.";

class ArchiveService : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "marsad-server-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = new std::filesystem::path(tmpl);
    index::Writer w(*dir_);
    w.add(article("port-1", "افتتاح رصيف جديد في ميناء العقبة", kPortBody, "2024-03-05", "alghad"));
    w.add(article("port-2", "رصيف جديد في ميناء العقبة",
                  kPortBody + " وحضر الافتتاح عدد من المسؤولين.", "2024-03-06", "petra"));
    w.add(article("rain-1", "أمطار غزيرة في عمّان",
                  "هطلت أمطار غزيرة على العاصمة عمّان مساء أمس وأغلقت "
                  "بعض الطرق، ودعت الدفاع المدني المواطنين إلى الحذر.",
                  "2024-04-02", "alghad"));
    w.commit();
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static Service& service() {
    static Service s(ServiceOptions{{*dir_}});
    return s;
  }
  static Response get(const std::string& path, QueryParams query = {}) {
    return service().handle({"GET", path, std::move(query), {}});
  }
  static std::filesystem::path* dir_;
};
std::filesystem::path* ArchiveService::dir_ = nullptr;

TEST_F(ArchiveService, SearchGivesHitsSnippetsAndFacets) {
  Response r = get("/api/search", {{"q", "الميناء"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body["total"], 2);
  ASSERT_EQ(r.body["hits"].size(), 2u);
  const json& hit = r.body["hits"][0];
  EXPECT_TRUE(hit["id"] == "port-1" || hit["id"] == "port-2");
  ASSERT_FALSE(hit["highlights"].empty());
  // Highlights are code points into the snippet: the slice is a form of ميناء.
  std::string snippet = hit["snippet"];
  EXPECT_NE(snippet.find("ميناء"), std::string::npos);
  EXPECT_EQ(r.body["facets"]["sources"].size(), 2u);
  EXPECT_EQ(r.body["k"], 10);
}

TEST_F(ArchiveService, FacetFiltersNarrowTheSearch) {
  Response r = get("/api/search", {{"q", "رصيف"}, {"source", "petra"}});
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.body["hits"].size(), 1u);
  EXPECT_EQ(r.body["hits"][0]["id"], "port-2");
  // A filter alone is a query: every article of April 2024.
  r = get("/api/search", {{"month", "2024-04"}});
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.body["hits"].size(), 1u);
  EXPECT_EQ(r.body["hits"][0]["id"], "rain-1");
}

TEST_F(ArchiveService, PagingSkipsHits) {
  Response r = get("/api/search", {{"q", "الميناء"}, {"k", "1"}, {"offset", "1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body["hits"].size(), 1u);
  EXPECT_EQ(r.body["offset"], 1);
}

TEST_F(ArchiveService, BadSearchParametersAre400) {
  const QueryParams cases[] = {
      {},                                      // nothing to search
      {{"q", "ميناء"}, {"k", "0"}},            // k below 1
      {{"q", "ميناء"}, {"k", "ten"}},          // not a number
      {{"q", "ميناء"}, {"offset", "-1"}},      // negative
      {{"q", "ميناء"}, {"month", "2024-13"}},  // no month 13
      {{"q", "ميناء"}, {"sort", "random"}},
      {{"q", "\"ميناء"}},  // unclosed quote: the query parser's error
  };
  for (const auto& q : cases) {
    Response r = get("/api/search", q);
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.body["error"]["type"], "InputError");
  }
}

TEST_F(ArchiveService, ArticleHasItsTextAnd404WhenUnknown) {
  Response r = get("/api/articles/rain-1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body["id"], "rain-1");
  EXPECT_EQ(r.body["source"], "alghad");
  std::string text = r.body["text"];
  EXPECT_EQ(text.rfind("أمطار غزيرة في عمّان\n", 0), 0u);
  r = get("/api/articles/no-such-id");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body["error"]["type"], "NotFound");
}

TEST_F(ArchiveService, DupsFindsTheRepublishedCopy) {
  Response r = get("/api/dups", {{"id", "port-1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.body["duplicates"].size(), 1u) << r.body;
  EXPECT_EQ(r.body["duplicates"][0]["id"], "port-2");
  EXPECT_GT(r.body["duplicates"][0]["similarity"].get<double>(), 0.7);
  EXPECT_EQ(get("/api/dups", {{"id", "rain-1"}}).body["duplicates"].size(), 0u);
  EXPECT_EQ(get("/api/dups").status, 400);
  EXPECT_EQ(get("/api/dups", {{"id", "nothing"}}).status, 404);
}

TEST_F(ArchiveService, StatsCountTheArticles) {
  Response r = get("/api/stats");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body["documents"], 3);
  EXPECT_EQ(r.body["archives"][0]["first_date"], "2024-03-05");
}

TEST_F(ArchiveService, TimelineNeedsAnEntityOrAQuery) {
  Response r = get("/api/timeline", {{"q", "أمطار"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.body["items"].is_array());
  EXPECT_EQ(get("/api/timeline").status, 400);
}

TEST(ServiceWithoutArchive, ArchiveEndpointsAre404) {
  Service s;
  Response r = s.handle({"GET", "/api/search", {{"q", "ميناء"}}, {}});
  EXPECT_EQ(r.status, 404);
  EXPECT_NE(r.body["error"]["message"].get<std::string>().find("--index"), std::string::npos);
}

TEST(ServiceWithoutArchive, ABadDirectoryFailsAtStart) {
  EXPECT_THROW(Service(ServiceOptions{{"/nonexistent/marsad-archive"}}), Error);
}

}  // namespace
}  // namespace marsad::server
