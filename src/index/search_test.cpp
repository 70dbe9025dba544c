// Search against a brute-force scan: for every query in the table, the set of ids Xapian
// returns equals the set a naive loop finds by applying the same analyzer to every article.
// Then ranking (exact > clitic > stem, title > body), shards and facets.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "index/document_builder.h"
#include "index/query_builder.h"
#include "index/query_parser.h"
#include "index/terms.h"
#include "index/test_corpus.h"
#include "marsad/search.h"

namespace marsad::index {
namespace {

using namespace detail;
using namespace testing;

// ----- the naive scan -------------------------------------------------------------------------

struct ScannedDoc {
  Analysis a;
  std::vector<TermToken> title, body;  // a phrase never crosses from title to body
};

ScannedDoc scan(const ArticleSpec& s) {
  ScannedDoc d{make_analysis(s), {}, {}};
  for (auto& t : analyze_terms(d.a.document.text))
    (t.end <= d.a.document.title_end ? d.title : d.body).push_back(std::move(t));
  return d;
}

bool same_word(const WordForms& t, const WordForms& q) {
  return t.surface == q.surface || t.word == q.word || t.stem == q.stem;
}

// A phrase matches where the clitic-free words follow each other; a single unquoted word
// matches any of its forms.
bool text_in(const std::vector<TermToken>& toks, const std::vector<TermToken>& q, bool phrase) {
  if (q.size() == 1 && !phrase)
    return std::any_of(toks.begin(), toks.end(), [&](const auto& t) { return same_word(t.forms, q[0].forms); });
  for (std::size_t i = 0; i + q.size() <= toks.size(); ++i) {
    bool all = true;
    for (std::size_t j = 0; j < q.size() && all; ++j) all = toks[i + j].forms.word == q[j].forms.word;
    if (all) return true;
  }
  return false;
}

bool entity_in(const Analysis& a, const std::string& name) {
  std::set<std::string> have, want;
  for (const auto& e : a.entities) {
    if (normalize_name(e.name) == normalize_name(name)) return true;
    for (const auto& t : analyze_terms(e.name)) have.insert(t.forms.word);
  }
  for (const auto& t : analyze_terms(name)) want.insert(t.forms.word);
  return std::includes(have.begin(), have.end(), want.begin(), want.end());
}

// nullopt: the atom has nothing to search and is dropped (as the real builder drops it).
std::optional<bool> atom_matches(const ScannedDoc& d, const Atom& a) {
  const Document& doc = d.a.document;
  auto q = analyze_terms(a.text);
  switch (a.field) {
    case Field::kAny:
      if (q.empty()) return std::nullopt;
      return text_in(d.title, q, a.quoted || q.size() > 1) || text_in(d.body, q, a.quoted || q.size() > 1);
    case Field::kTitle:
      if (q.empty()) return std::nullopt;
      return text_in(d.title, q, a.quoted || q.size() > 1);
    case Field::kEntity: return entity_in(d.a, a.text);
    case Field::kSource: return text::normalize_search(doc.source) == text::normalize_search(a.text);
    case Field::kType:
      return std::any_of(d.a.entities.begin(), d.a.entities.end(),
                         [&](const auto& e) { return entity_type_name(e.type) == a.text; });
    case Field::kDate: {
      std::string date = date_key(doc.date);
      return !date.empty() && date >= a.date_from && (a.date_to.empty() || date <= a.date_to + "~");
    }
  }
  return std::nullopt;
}

std::set<std::string> naive_search(const std::vector<ScannedDoc>& docs, const std::string& query) {
  ParsedQuery p = parse_query(query);
  std::vector<Role> roles = build_query(p).roles;  // which groups must match (tested on their own)
  std::set<std::string> out;
  for (const auto& d : docs) {
    bool ok = true;
    for (std::size_t i = 0; i < p.groups.size(); ++i) {
      const Group& g = p.groups[i];
      if (roles[i] == Role::kOptional) continue;  // it adds to the score only
      std::optional<bool> any;
      for (const auto& a : g.any)
        if (auto m = atom_matches(d, a)) any = any.value_or(false) || *m;
      if (any) ok = ok && (g.any.front().negated ? !*any : *any);
    }
    if (ok) out.insert(d.a.document.id);
  }
  return out;
}

// ----- the table ---------------------------------------------------------------------------------

struct QueryCase {
  const char* query;
  std::vector<std::string> expected;  // checked too, so the scan itself is not trusted blindly
  const char* why;
};

const QueryCase kQueries[] = {
    {"العراق", {"d01", "d04", "d05", "d07"}, "exact, with case ending, and stem-mates العراقي/العراقيون"},
    {"بالعراق", {"d01", "d04", "d05", "d07"}, "a clitic on the query word changes nothing"},
    {"\"رئيس الوزراء\"", {"d02"}, "phrase"},
    {"\"الوزراء رئيس\"", {}, "phrase order matters"},
    {"السوداني OR أوبك", {"d02", "d03", "d10"}, "OR"},
    {"النفط -أوبك", {}, "exclusion removes the only article about oil"},
    {"title:العراق", {"d01", "d04"}, "title only: d05 and d07 say it in the body"},
    {"title:\"أسعار النفط\"", {"d03"}, "title phrase"},
    {"source:alpha", {"d01", "d03", "d09", "d11"}, "source filter alone"},
    {"date:2024", {"d02", "d03", "d04", "d07", "d09", "d12"}, "a year; d11 has no date"},
    {"date:2024-09..2024-12", {"d02", "d03", "d07", "d09", "d12"}, "months range"},
    {"date:2024-09-28", {"d02"}, "a day"},
    {"date:..2014", {"d01"}, "open start"},
    {"entity:\"محمد السوداني\"", {"d02", "d10"}, "full name; d10 names him with his middle name"},
    {"entity:السوداني", {"d02", "d10"}, "one word of the name"},
    {"type:ORG", {"d03", "d08"}, "entity type"},
    {"2014", {"d01", "d06"}, "٢٠١٤ normalizes to 2014"},
    {"٢٠١٤", {"d01", "d06"}, "and the other way"},
    {"google", {"d08"}, "Latin is case-folded"},
    {"بيانا", {"d12"}, "tanween in the text (بياناً)"},
    {"\"ان الحوار\"", {"d12"}, "shadda in أنّ, hamza unified"},
    {"من السوداني", {"d02", "d10"}, "a function word is optional when the query has another word"},
    {"من", {"d11"}, "but required when it is all there is (only d11 says من)"},
    {"قال السوداني", {"d02"}, "a speech verb is a content word: required (d10 names السوداني, says no قال)"},
    {"\"الحوار هو الطريق\"", {"d12"}, "phrase inside guillemets of the text"},
    {"المعلم", {"d09"}, "light stem finds المعلمون and المعلمين"},
    {"عمان", {"d05"}, "shadda in عمّان"},
    {"ايران", {"d10"}, "hamza on alef"},
    {"-العراق", {"d02", "d03", "d06", "d08", "d09", "d10", "d11", "d12"}, "only an exclusion"},
    {"source:beta entity:السوداني", {"d02", "d10"}, "filter and entity"},
    {"مياه دجلة", {"d11"}, "two words, both needed"},
    {"الحكومة date:2024", {"d02"}, "word and date"},
    {"بغداد OR الرياض -date:2024-12", {"d02", "d04"}, "OR then an excluded date"},
};

class SearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    build_archive(dir_->path(), corpus());
  }
  static void TearDownTestSuite() { delete dir_; }
  static TempDir* dir_;
};
TempDir* SearchTest::dir_ = nullptr;

std::set<std::string> ids(const SearchResults& r) {
  std::set<std::string> s;
  for (const auto& h : r.hits) s.insert(h.id);
  return s;
}

TEST_F(SearchTest, MatchesEqualBruteForceScan) {
  std::vector<ScannedDoc> docs;
  for (const auto& s : corpus()) docs.push_back(scan(s));
  Searcher searcher(dir_->path());
  for (const auto& c : kQueries) {
    auto r = searcher.search(c.query, {.k = 100});
    std::set<std::string> expected(c.expected.begin(), c.expected.end());
    EXPECT_EQ(ids(r), naive_search(docs, c.query)) << c.query << " — " << c.why;
    EXPECT_EQ(ids(r), expected) << c.query << " — " << c.why;
    EXPECT_EQ(r.total, expected.size()) << c.query;
  }
}

TEST_F(SearchTest, FacetsCountEveryMatch) {
  Searcher searcher(dir_->path());
  auto r = searcher.search("date:2024", {.k = 1});
  ASSERT_EQ(r.hits.size(), 1u);
  std::uint64_t sum = 0;
  for (const auto& f : r.facets.sources) sum += f.count;
  EXPECT_EQ(sum, 6u);  // over all six matches, not the one shown
  ASSERT_FALSE(r.facets.months.empty());
  EXPECT_EQ(r.facets.months.front().value, "2024-04");  // months in time order
  auto e = searcher.search("السوداني", {.k = 1}).facets.entities;
  ASSERT_FALSE(e.empty());
}

// Three articles alike but for the form of one word: exact > clitic variant > stem-mate.
TEST(SearchRanking, ExactFormsRankAboveCliticsAboveStems) {
  TempDir dir;
  build_archive(dir.path(), {{"stem", "خبر", "وصل الوفد العراقي أمس بعد رحلة طويلة.", "", "x", {}},
                             {"clitic", "خبر", "وصل الوفد للعراق أمس بعد رحلة طويلة.", "", "x", {}},
                             {"exact", "خبر", "وصل الوفد العراق أمس بعد رحلة طويلة.", "", "x", {}}});
  Searcher searcher(dir.path());
  auto r = searcher.search("العراق");
  ASSERT_EQ(r.hits.size(), 3u);
  EXPECT_EQ(r.hits[0].id, "exact");
  EXPECT_EQ(r.hits[1].id, "clitic");
  EXPECT_EQ(r.hits[2].id, "stem");
  EXPECT_GT(r.hits[0].score, r.hits[1].score);
  EXPECT_GT(r.hits[1].score, r.hits[2].score);
}

TEST(SearchRanking, TitleOutweighsBody) {
  TempDir dir;
  build_archive(dir.path(), {{"body", "خبر عاجل", "أعلنت الوزارة خطة جديدة للمياه في الصيف.", "", "x", {}},
                             {"title", "خطة جديدة للمياه", "أعلنت الوزارة خبرا عاجلا في الصيف.", "", "x", {}}});
  Searcher searcher(dir.path());
  auto r = searcher.search("المياه");
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].id, "title");
}

TEST(SearchRanking, ExplainListsTheMatchedTerms) {
  TempDir dir;
  build_archive(dir.path(), {corpus()[0], corpus()[1]});
  Searcher searcher(dir.path());
  auto r = searcher.search("العراق", {.explain = true});
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_NE(r.hits[0].explanation.find("surface+word x0.6"), std::string::npos) << r.hits[0].explanation;
  EXPECT_NE(r.hits[0].explanation.find("Zعراق"), std::string::npos);
  EXPECT_NE(r.hits[0].explanation.find("k1=1.2"), std::string::npos);
}

TEST_F(SearchTest, MatchAllOrAnyWord) {
  Searcher searcher(dir_->path());
  // Two words: auto requires both (only d02 names السوداني in بغداد); any also finds d10
  // (السوداني alone) and d04 (ببغداد), below d02 which has both.
  EXPECT_EQ(ids(searcher.search("السوداني بغداد")), std::set<std::string>{"d02"});
  auto any = searcher.search("السوداني بغداد", {.match = Match::kAny});
  ASSERT_EQ(any.hits.size(), 3u);
  EXPECT_EQ(any.hits[0].id, "d02");
  // Four free words are ranked on any of them by default: a headline-like query.
  auto longer = searcher.search("السوداني بغداد النفط الكهرباء");
  EXPECT_EQ(longer.hits.size(), 5u) << longer.parsed;
  EXPECT_EQ(longer.hits[0].id, "d02");
  EXPECT_TRUE(searcher.search("السوداني بغداد النفط الكهرباء", {.match = Match::kAll}).hits.empty());
  // Filters still apply when words are ranked: d04 (source gamma) drops out.
  auto filtered = searcher.search("السوداني بغداد source:beta", {.match = Match::kAny});
  EXPECT_EQ(filtered.hits.size(), 2u);
  // A function word beside a content word never makes an article match, ranked or not: d11,
  // the only article that says من, is not found by من السوداني.
  EXPECT_EQ(ids(searcher.search("من السوداني", {.match = Match::kAny})), (std::set<std::string>{"d02", "d10"}));
  EXPECT_THROW(parse_match("some"), InputError);
}

TEST(SearchRanking, AdjacentWordsOfARankedQueryCountMore) {
  // Both articles hold the four words; "near" says رئيس الوزراء together but is a word longer,
  // so BM25 alone (all words required: no proximity boost) puts the shorter "apart" first.
  // The other articles of the test corpus (but d02, which says رئيس الوزراء) make the words rare.
  TempDir dir;
  std::vector<ArticleSpec> specs = {
      {"near", "خبر", "استقبل رئيس الوزراء الوفد في القصر صباح يوم الأحد الماضي.", "2024-01-01", "a", {}},
      {"apart", "خبر", "استقبل رئيس البلدية الوفد بحضور الوزراء في القصر.", "2024-01-01", "a", {}}};
  for (const auto& c : corpus())
    if (std::string_view(c.id) != "d02") specs.push_back(c);
  build_archive(dir.path(), specs);
  Searcher s(dir.path());
  auto all = s.search("رئيس الوزراء الوفد القصر", {.match = Match::kAll});
  ASSERT_EQ(all.hits.size(), 2u);
  EXPECT_EQ(all.hits[0].id, "apart");
  auto ranked = s.search("رئيس الوزراء الوفد القصر", {.match = Match::kAny});
  ASSERT_EQ(ranked.hits.size(), 2u);
  EXPECT_EQ(ranked.hits[0].id, "near");
}

// Two shards searched as one give the same ids as one archive of everything.
TEST(SearchShards, TwoShardsActAsOne) {
  TempDir whole, a, b;
  const auto& all = corpus();
  build_archive(whole.path(), all);
  build_archive(a.path(), {all.begin(), all.begin() + 5});
  build_archive(b.path(), {all.begin() + 5, all.end()});
  Searcher one(whole.path());
  Searcher sharded(std::vector<std::filesystem::path>{a.path(), b.path()});
  EXPECT_EQ(sharded.documents(), all.size());
  for (const auto& c : kQueries) {
    auto r1 = one.search(c.query, {.k = 100}), r2 = sharded.search(c.query, {.k = 100});
    EXPECT_EQ(ids(r1), ids(r2)) << c.query;
    if (!r1.hits.empty()) {
      EXPECT_NEAR(r1.hits[0].score, r2.hits[0].score, 1e-9) << c.query;
    }
  }
  EXPECT_TRUE(sharded.article("d12").has_value());
}

}  // namespace
}  // namespace marsad::index
