// The archive over JSON: search with facets and snippets, one article with its analysis,
// timelines and statistics.
#include <algorithm>
#include <chrono>

#include "archive.h"
#include "endpoints.h"
#include "marsad/dedup.h"
#include "marsad/error.h"
#include "marsad/index.h"
#include "marsad/text.h"

namespace marsad::server {

ArchivePool::ArchivePool(std::vector<std::filesystem::path> dirs) : dirs_(std::move(dirs)) {
  idle_.push_back(std::make_unique<index::Searcher>(dirs_));
}

ArchivePool::~ArchivePool() = default;

ArchivePool::Lease ArchivePool::lease() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto s = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(s));
    }
  }
  return Lease(*this, std::make_unique<index::Searcher>(dirs_));
}

void ArchivePool::give_back(std::unique_ptr<index::Searcher> s) noexcept {
  if (!s) return;
  try {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(s));
  } catch (...) {
    // Out of memory while growing the pool: the searcher is closed instead of kept.
  }
}

namespace {

/// A filter value inside the query language's quotes: quote characters cannot occur in it.
std::string filter_value(std::string_view value) {
  std::string out = "\"";
  for (std::size_t i = 0; i < value.size(); ++i) {
    int len = 1;
    char32_t c = text::decode_utf8(value, i, len);
    if (c != U'"' && c != U'«' && c != U'»' && c != U'“' && c != U'”')
      out.append(value.substr(i, len));
    i += len - 1;
  }
  return out + "\"";
}

bool is_month(std::string_view m) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (m[i] < '0' || m[i] > '9') return false;
    return true;
  };
  return m.size() == 7 && digits(0, 4) && m[4] == '-' && digits(5, 2) && m.substr(5) >= "01" &&
         m.substr(5) <= "12";
}

/// The user's query with the facet filters the page sends as parameters added to it.
std::string full_query(const QueryParams& params) {
  std::string q = string_param(params, "q");
  for (const auto& [key, field] :
       {std::pair{"source", "source:"}, std::pair{"entity", "entity:"}}) {
    for (auto [it, end] = params.equal_range(key); it != end; ++it)
      if (!it->second.empty()) q += std::string(" ") + field + filter_value(it->second);
  }
  for (auto [it, end] = params.equal_range("month"); it != end; ++it) {
    if (!is_month(it->second))
      throw InputError("parameter \"month\" must be YYYY-MM, not \"" + it->second + "\"",
                       Location{"query"});
    q += " date:" + it->second;
  }
  return q;
}

}  // namespace

json search_endpoint(ArchivePool& pool, const QueryParams& params) {
  std::string q = full_query(params);
  if (q.find_first_not_of(' ') == std::string::npos)
    throw InputError("missing parameter \"q\"", Location{"query"});
  index::SearchOptions opts;
  opts.k = int_param(params, "k", 10, 1, 100);
  opts.offset = int_param(params, "offset", 0, 0, 10000);
  std::string sort = string_param(params, "sort");
  if (!sort.empty() && sort != "date" && sort != "score")
    throw InputError("parameter \"sort\" must be score or date", Location{"query"});
  opts.sort_by_date = sort == "date";
  if (std::string match = string_param(params, "match"); !match.empty()) {
    try {
      opts.match = index::parse_match(match);
    } catch (const InputError&) {
      throw InputError("parameter \"match\" must be auto, all or any", Location{"query"});
    }
  }
  auto started = std::chrono::steady_clock::now();
  json out = index::to_json(pool.lease()->search(q, opts));
  auto took = std::chrono::steady_clock::now() - started;
  out["offset"] = opts.offset;
  out["k"] = opts.k;
  out["took_ms"] = std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
  return out;
}

json article_endpoint(ArchivePool& pool, std::string_view id) {
  auto found = pool.lease()->article(id);
  if (!found) throw HttpError(404, "no article with id \"" + std::string(id) + "\"");
  json out = to_json(found->analysis);
  out["cluster"] = found->cluster;
  return out;
}

json timeline_endpoint(ArchivePool& pool, const QueryParams& params) {
  index::TimelineRequest request;
  request.entity = string_param(params, "entity");
  request.query = string_param(params, "q");
  request.max_articles = int_param(params, "max_articles", 2000, 1, 20000);
  json items = json::array();
  for (const auto& t : index::timeline(*pool.lease(), request))
    items.push_back({{"when", t.when},
                     {"month", t.month},
                     {"statement", t.statement},
                     {"kind", t.kind},
                     {"speaker", t.speaker},
                     {"article_id", t.article_id},
                     {"title", t.title},
                     {"date", t.date},
                     {"source", t.source}});
  return {{"entity", request.entity}, {"q", request.query}, {"items", std::move(items)}};
}

namespace {

/// The title's words joined by OR: a query whose best hits share most of the title, where
/// republished copies of a story rank first.
std::string title_query(std::string_view title) {
  std::string q;
  for (const auto& t : text::tokenize(title)) {
    if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kNumber) continue;
    if (!q.empty()) q += " OR ";
    q += t.view(title);
  }
  return q;
}

}  // namespace

json dups_endpoint(ArchivePool& pool, const QueryParams& params) {
  std::string id = string_param(params, "id");
  if (id.empty()) throw InputError("missing parameter \"id\"", Location{"query"});
  double threshold = int_param(params, "min_similarity", 50, 1, 100) / 100.0;
  auto lease = pool.lease();
  auto found = lease->article(id);
  if (!found) throw HttpError(404, "no article with id \"" + id + "\"");
  const Document& doc = found->analysis.document;
  dedup::Signature sig = dedup::signature(doc.body.empty() ? doc.text : doc.body);
  json dups = json::array();
  std::string q = title_query(doc.title.empty() ? doc.text.substr(0, 200) : doc.title);
  if (!q.empty()) {
    index::SearchOptions opts;
    opts.k = int_param(params, "candidates", 50, 1, 500);
    opts.snippets = false;
    opts.facets = false;
    for (const auto& hit : lease->search(q, opts).hits) {
      if (hit.id == id) continue;
      auto other = lease->article(hit.id);
      if (!other) continue;
      const Document& o = other->analysis.document;
      double j = dedup::estimate_jaccard(sig, dedup::signature(o.body.empty() ? o.text : o.body));
      bool same_cluster = !found->cluster.empty() && other->cluster == found->cluster;
      if (j < threshold && !same_cluster) continue;
      dups.push_back({{"id", o.id},
                      {"title", o.title},
                      {"date", o.date},
                      {"source", o.source},
                      {"similarity", j},
                      {"same_cluster", same_cluster}});
    }
  }
  std::stable_sort(dups.begin(), dups.end(), [](const json& a, const json& b) {
    return a["similarity"].get<double>() > b["similarity"].get<double>();
  });
  return {{"id", id}, {"cluster", found->cluster}, {"duplicates", std::move(dups)}};
}

json stats_endpoint(const ArchivePool& pool) {
  json archives = json::array();
  std::uint64_t total = 0;
  for (const auto& dir : pool.dirs()) {
    index::ArchiveInfo info = index::archive_info(dir);
    json sources = json::array();
    for (const auto& [name, count] : info.sources)
      sources.push_back({{"value", name}, {"count", count}});
    archives.push_back({{"dir", info.dir.string()},
                        {"documents", info.documents},
                        {"bytes_on_disk", info.bytes_on_disk},
                        {"first_date", info.first_date},
                        {"last_date", info.last_date},
                        {"format_version", info.format_version},
                        {"analyzer_version", info.analyzer_version},
                        {"sources", sources}});
    total += info.documents;
  }
  return {{"documents", total}, {"archives", std::move(archives)}};
}

}  // namespace marsad::server
