// marsad/search.h: Arabic-aware search over one archive or several shards as one.
//
//   marsad::index::Searcher searcher({"archive-2015-07/", "archive-2015-08/"});
//   auto results = searcher.search("العراق source:alriyadh date:2015-08", {.k = 10});
//   for (const auto& hit : results.hits)
//     std::cout << hit.id << ' ' << hit.score << ' ' << hit.snippet << '\n';
//   // results.total: every matching article; results.facets: sources, months, entities
//
// The query language (docs/query-language.md): words, "exact phrases", OR, -exclusion,
// title:, source:, date:2024-09..2024-12 (date:2024, date:2024-09-28), entity:"محمد السوداني",
// type:PER. Words match their clitic, diacritic, hamza/alef/ya variants and light stem, with
// exact forms ranked above clitic-free forms above stems (BM25, src/index/ranking.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "marsad/analysis.h"

namespace marsad::index {

/// How the free words of a query (no field, not excluded) combine. Fields (title:, entity:,
/// source:, date:, type:) and exclusions always apply.
enum class Match {
  kAuto,  ///< all words when there are at most kAutoAllWords of them, else kAny
  kAll,   ///< every word must match (a boolean search)
  kAny,   ///< any word may match, ranked by BM25: articles with more of them score higher
};

/// With Match::kAuto, a query of up to this many free words requires them all; a longer
/// one (a question, a headline) is ranked on any of them, as requiring every word of a
/// natural-language question finds almost nothing.
inline constexpr std::size_t kAutoAllWords = 3;

/// "auto", "all" or "any"; throws InputError for anything else.
Match parse_match(std::string_view name);

struct SearchOptions {
  std::size_t k = 10;       ///< hits to return
  std::size_t offset = 0;   ///< hits to skip (paging)
  bool snippets = true;     ///< build highlighted snippets
  bool facets = true;       ///< count sources, months, entities over every match (slower)
  std::size_t facet_size = 10;
  bool explain = false;     ///< fill Hit::explanation
  bool sort_by_date = false;  ///< newest first instead of by score
  Match match = Match::kAuto;
};

/// A highlighted stretch of an article: [begin, end) are byte offsets into `snippet`.
struct Highlight {
  std::uint32_t begin = 0, end = 0;
  friend bool operator==(const Highlight&, const Highlight&) = default;
};

struct Hit {
  std::string id, title, date, source, url, cluster;
  double score = 0;
  std::string snippet;                 ///< a slice of the ORIGINAL article text
  std::uint32_t snippet_begin = 0;     ///< byte offset of the snippet in the article text
  std::uint32_t snippet_start = 0;     ///< the same in code points (what JSON shows)
  std::vector<Highlight> highlights;   ///< matched words inside the snippet
  std::string explanation;             ///< with SearchOptions::explain: how the score arose
};

struct FacetValue {
  std::string value;
  std::uint64_t count = 0;
};

struct Facets {
  std::vector<FacetValue> sources, months, entities;  ///< most frequent first
};

struct SearchResults {
  std::uint64_t total = 0;  ///< matching articles (exact when facets were counted)
  std::vector<Hit> hits;
  Facets facets;
  std::string parsed;       ///< the query as understood, for --explain and debugging
};

/// One stored article with the analysis made when it was indexed.
struct StoredArticle {
  Analysis analysis;  ///< analysis.document holds id, title, text, date, source, url
  std::string cluster;
};

/// Searches one archive or several (shards) as one. Opening is cheap; keep one per thread
/// (a Searcher is not thread-safe; several Searchers on one archive are).
class Searcher {
 public:
  /// Throws IoError if a directory is not an archive, FormatError if one was written by
  /// another format or analyzer version (the message names it and says how to re-index).
  explicit Searcher(const std::vector<std::filesystem::path>& dirs);
  explicit Searcher(const std::filesystem::path& dir);
  ~Searcher();
  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;

  /// Runs a query. Throws InputError for a malformed query (the message gives the column).
  SearchResults search(std::string_view query, const SearchOptions& opts = {});
  /// The stored article with this id, if any.
  std::optional<StoredArticle> article(std::string_view id);
  std::uint64_t documents() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// JSON of results: offsets in code points, highlights relative to the snippet.
nlohmann::json to_json(const SearchResults& results);

// ---------------------------------------------------------------------------------------------
// Near-duplicates

struct DuplicateMember {
  std::string id, title, date, source;
  double similarity = 1;  ///< estimated Jaccard similarity to the cluster's first article
};

/// Articles the ingest put in one near-duplicate cluster (marsad::dedup, computed as each
/// article was added), in the order they were added; the first one's id names the cluster.
struct DuplicateCluster {
  std::string id;
  std::vector<DuplicateMember> members;
};

/// The clusters of at least `min_size` articles stored in the archive at `dir`, in the order
/// of their first article. Each archive (shard) clusters its own articles: a story copied
/// across two shards is not one cluster. Throws like Searcher's constructor.
std::vector<DuplicateCluster> duplicate_clusters(const std::filesystem::path& dir,
                                                 std::size_t min_size = 2);

// ---------------------------------------------------------------------------------------------
// Timelines

/// One dated statement about the entity or topic.
struct TimelineItem {
  std::string when;       ///< TIMEX3 value the statement is placed at (2015-08-03, 2015-08, …)
  std::string month;      ///< YYYY-MM the item is grouped under
  std::string statement;  ///< the sentence (or quote) from the original text
  std::string kind;       ///< "time" (a dated sentence) or "quote"
  std::string speaker;    ///< for quotes
  std::string article_id, title, date, source;
};

struct TimelineRequest {
  std::string entity;           ///< an entity name (matched like entity:"…"), or
  std::string query;            ///< a query: statements whose sentence matches it
  std::size_t max_articles = 2000;
};

/// Dated statements across the archive, sorted by `when` then article date. Throws
/// InputError if neither or both of entity and query are given.
std::vector<TimelineItem> timeline(Searcher& searcher, const TimelineRequest& request);

}  // namespace marsad::index
