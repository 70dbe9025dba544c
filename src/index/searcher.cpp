// Searcher: parse → build the Xapian query → rank with BM25 (and count facets) → read the
// stored articles of the hits and cut their snippets.
#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "index/facets.h"
#include "index/format.h"
#include "index/query_builder.h"
#include "index/query_parser.h"
#include "index/ranking.h"
#include "index/snippets.h"
#include "marsad/error.h"
#include "marsad/search.h"
#include "marsad/text.h"

namespace marsad::index {

using namespace detail;

struct Searcher::Impl {
  std::vector<std::filesystem::path> dirs;
  Xapian::Database db;

  Hit make_hit(const Xapian::Enquire& enquire, const Xapian::MSetIterator& item, const BuiltQuery& built,
               const SearchOptions& opts);
  std::string explain(const Xapian::Enquire& enquire, const Xapian::MSetIterator& item,
                      const BuiltQuery& built, const std::string& id_term);
};

namespace {

Xapian::Database open_all(const std::vector<std::filesystem::path>& dirs) {
  if (dirs.empty()) throw InputError("no archive to search (give --index DIR)");
  Xapian::Database all;
  for (const auto& d : dirs) all.add_database(open_database(d));
  return all;
}

struct Form {
  std::string_view name;
  double scale;
};

// The form of a term of our query and the scale it carries (ranking.h), read off its prefix.
// A bare term is a query word's surface, or the clitic-free word where that is written bare
// (query_builder.cpp word_term), or both.
Form term_form(std::string_view t, const MatchForms& query) {
  if (t.starts_with(kPrefixTitle)) t.remove_prefix(kPrefixTitle.size());
  if (t.starts_with(kPrefixWord)) return {"word", kWordWeight};
  if (t.starts_with(kPrefixStem)) return {"stem", kStemWeight};
  if (t.starts_with("X")) return {"filter", 0.0};
  bool surface = query.surfaces.contains(std::string(t)), word = query.words.contains(std::string(t));
  if (surface && word) return {"surface+word", kSurfaceWeight + kWordWeight};
  if (word) return {"word", kWordWeight};
  return {"surface", kSurfaceWeight};
}

}  // namespace

// Each matched term's BM25 weight in this document, computed by Xapian itself on the query
// "this term, filtered to this article", so the figures use the same statistics as the score.
std::string Searcher::Impl::explain(const Xapian::Enquire& enquire, const Xapian::MSetIterator& item,
                                    const BuiltQuery& built, const std::string& id_term) {
  std::ostringstream out;
  out << "score " << item.get_weight() << " = sum of scale x BM25 over matched terms"
      << " (BM25 k1=" << kBm25K1 << " b=" << kBm25B << "; title words count " << kTitleWdf
      << "x; phrase matches add their terms again)\n";
  Xapian::Enquire one(db);
  one.set_weighting_scheme(bm25());
  Xapian::Document doc = item.get_document();
  for (auto t = enquire.get_matching_terms_begin(item); t != enquire.get_matching_terms_end(item); ++t) {
    Form form = term_form(*t, built.highlight);
    one.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(*t), Xapian::Query(id_term)));
    Xapian::MSet m = one.get_mset(0, 1);
    double w = m.empty() ? 0 : m.begin().get_weight();
    Xapian::termcount wdf = 0;
    auto dt = doc.termlist_begin();
    dt.skip_to(*t);
    if (dt != doc.termlist_end() && *dt == *t) wdf = dt.get_wdf();
    out << "  " << *t << "  " << form.name << " x" << form.scale << "  bm25 " << w << "  = " << form.scale * w
        << "  (wdf " << wdf << ", in " << db.get_termfreq(*t) << " of " << db.get_doccount()
        << " articles)\n";
  }
  return out.str();
}

Hit Searcher::Impl::make_hit(const Xapian::Enquire& enquire, const Xapian::MSetIterator& item,
                             const BuiltQuery& built, const SearchOptions& opts) {
  Xapian::Document doc = item.get_document();
  Analysis a = decode_article(doc.get_data(), "document " + std::to_string(*item));
  const Document& d = a.document;
  Hit h{.id = d.id, .title = d.title, .date = d.date, .source = d.source, .url = d.url,
        .cluster = doc.get_value(kSlotCluster), .score = item.get_weight()};
  if (opts.snippets) {
    make_snippet(d.text, d.body_begin, built.highlight, h);
    h.snippet_start = static_cast<std::uint32_t>(
        text::count_codepoints(std::string_view(d.text).substr(0, h.snippet_begin)));
  }
  if (opts.explain) h.explanation = explain(enquire, item, built, id_term(d.id));
  return h;
}

Searcher::Searcher(const std::vector<std::filesystem::path>& dirs)
    : impl_(std::make_unique<Impl>(Impl{dirs, open_all(dirs)})) {}
Searcher::Searcher(const std::filesystem::path& dir) : Searcher(std::vector{dir}) {}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResults Searcher::search(std::string_view query, const SearchOptions& opts) {
  ParsedQuery parsed = parse_query(query);
  SearchResults r;
  try {
    BuiltQuery built = build_query(parsed, opts.match);
    r.parsed = built.description;
    Xapian::Enquire enquire(impl_->db);
    enquire.set_query(built.query);
    enquire.set_weighting_scheme(bm25());
    if (opts.sort_by_date) enquire.set_sort_by_value_then_relevance(kSlotDate, true);
    FacetCounter facets;
    if (opts.facets) facets.attach(enquire);
    Xapian::doccount check = opts.facets ? impl_->db.get_doccount() : 0;
    Xapian::MSet mset = enquire.get_mset(opts.offset, opts.k, check);
    r.total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) r.hits.push_back(impl_->make_hit(enquire, it, built, opts));
    if (opts.facets) r.facets = facets.read(opts.facet_size);
  } catch (const Xapian::DatabaseModifiedError&) {
    impl_->db.reopen();  // a writer committed meanwhile: read the new revision
    return search(query, opts);
  } catch (const Xapian::Error& e) {
    throw FormatError("search failed: " + e.get_description(), Location{impl_->dirs.front().string()});
  }
  return r;
}

std::optional<StoredArticle> Searcher::article(std::string_view id) {
  std::string term = id_term(id);
  Xapian::PostingIterator p = impl_->db.postlist_begin(term);
  if (p == impl_->db.postlist_end(term)) return std::nullopt;
  Xapian::Document doc = impl_->db.get_document(*p);
  return StoredArticle{decode_article(doc.get_data(), std::string(id)), doc.get_value(kSlotCluster)};
}

Match parse_match(std::string_view name) {
  if (name == "auto") return Match::kAuto;
  if (name == "all") return Match::kAll;
  if (name == "any") return Match::kAny;
  throw InputError("match must be auto, all or any, not '" + std::string(name) + "'");
}

std::uint64_t Searcher::documents() const { return impl_->db.get_doccount(); }

nlohmann::json to_json(const SearchResults& r) {
  using nlohmann::json;
  auto facet = [](const std::vector<FacetValue>& v) {
    json a = json::array();
    for (const auto& f : v) a.push_back({{"value", f.value}, {"count", f.count}});
    return a;
  };
  json hits = json::array();
  for (const auto& h : r.hits) {
    text::CodepointIndex cp(h.snippet);
    json marks = json::array();
    for (const auto& m : h.highlights) marks.push_back({cp.to_codepoint(m.begin), cp.to_codepoint(m.end)});
    json j{{"id", h.id}, {"title", h.title}, {"date", h.date}, {"source", h.source}, {"url", h.url},
           {"cluster", h.cluster}, {"score", h.score}, {"snippet", h.snippet},
           {"snippet_start", h.snippet_start}, {"highlights", marks}};
    if (!h.explanation.empty()) j["explanation"] = h.explanation;
    hits.push_back(std::move(j));
  }
  return json{{"total", r.total}, {"query", r.parsed}, {"hits", hits},
              {"facets", {{"sources", facet(r.facets.sources)}, {"months", facet(r.facets.months)},
                          {"entities", facet(r.facets.entities)}}}};
}

}  // namespace marsad::index
