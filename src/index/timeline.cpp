// timeline(): dated statements about an entity or a topic, gathered from the analyses stored
// with each article (its timeline entries and its quotes), so nothing is re-analysed.
#include <algorithm>
#include <set>

#include "index/query_builder.h"
#include "index/query_parser.h"
#include "index/snippets.h"
#include "index/terms.h"
#include "marsad/error.h"
#include "marsad/search.h"

namespace marsad::index {
namespace {

using namespace detail;

// Selects the statements of one article that are about the request.
class Relevance {
 public:
  explicit Relevance(const TimelineRequest& r) {
    if (!r.entity.empty()) {
      for (const auto& t : analyze_terms(r.entity)) entity_words_.insert(t.forms.word);
    } else {
      forms_ = build_query(parse_query(r.query)).highlight;
    }
  }

  /// Ids of the article's entities that are the requested one (all its words in the name).
  std::set<std::string> entity_ids(const Analysis& a) const {
    std::set<std::string> ids;
    for (const auto& e : a.entities) {
      std::set<std::string> words;
      for (const auto& t : analyze_terms(e.name)) words.insert(t.forms.word);
      if (!entity_words_.empty() && std::includes(words.begin(), words.end(), entity_words_.begin(),
                                                  entity_words_.end()))
        ids.insert(e.id);
    }
    return ids;
  }

  bool about(std::string_view sentence, const std::vector<std::string>& entities,
             const std::set<std::string>& ids) const {
    if (!entity_words_.empty())
      return std::any_of(entities.begin(), entities.end(), [&](const auto& e) { return ids.count(e); });
    return !find_matches(sentence, forms_).empty();
  }

 private:
  std::set<std::string> entity_words_;
  MatchForms forms_;
};

std::string slice(const std::string& text, Span s) {
  if (s.begin > s.end || s.end > text.size()) return {};
  return text.substr(s.begin, s.end - s.begin);
}

// YYYY-MM of a TIMEX3 value, else of the article's date (for XXXX-09, PRESENT_REF, P2Y …).
std::string month_of(const std::string& when, const std::string& article_date) {
  auto dated = [](const std::string& v) {
    return v.size() >= 7 && std::isdigit(static_cast<unsigned char>(v[0])) && v[4] == '-' &&
           std::isdigit(static_cast<unsigned char>(v[5]));
  };
  if (dated(when)) return when.substr(0, 7);
  if (when.size() == 4 && std::all_of(when.begin(), when.end(), ::isdigit)) return when;
  return article_date.substr(0, 7);
}

void collect(const StoredArticle& art, const Relevance& rel, std::vector<TimelineItem>& out) {
  const Analysis& a = art.analysis;
  const Document& d = a.document;
  auto ids = rel.entity_ids(a);
  auto item = [&](std::string when, std::string statement, std::string kind) {
    TimelineItem it{.when = when, .month = month_of(when, d.date), .statement = std::move(statement),
                    .kind = std::move(kind), .article_id = d.id, .title = d.title, .date = d.date,
                    .source = d.source};
    return it;
  };
  for (const auto& e : a.timeline) {
    std::string sentence = slice(d.text, e.sentence);
    if (!sentence.empty() && rel.about(sentence, e.entities, ids)) out.push_back(item(e.value, sentence, "time"));
  }
  for (const auto& q : a.quotes) {
    std::string content = slice(d.text, q.span);
    std::vector<std::string> speaker{q.speaker_entity};
    if (content.empty() || !rel.about(content, speaker, ids)) continue;
    out.push_back(item(d.date.substr(0, 10), content, "quote"));
    out.back().speaker = q.speaker;
  }
}

}  // namespace

std::vector<TimelineItem> timeline(Searcher& searcher, const TimelineRequest& request) {
  if (request.entity.empty() == request.query.empty())
    throw InputError("a timeline needs either an entity or a query");
  Relevance rel(request);
  std::string query = request.entity.empty() ? request.query : "entity:\"" + request.entity + "\"";
  SearchOptions opts{.k = request.max_articles, .snippets = false, .facets = false};
  std::vector<TimelineItem> items;
  for (const auto& hit : searcher.search(query, opts).hits)
    if (auto art = searcher.article(hit.id)) collect(*art, rel, items);
  std::stable_sort(items.begin(), items.end(), [](const auto& x, const auto& y) {
    return x.month != y.month ? x.month < y.month : x.when != y.when ? x.when < y.when : x.date < y.date;
  });
  return items;
}

}  // namespace marsad::index
