#include "index/query_builder.h"

#include <algorithm>
#include <optional>

#include "index/format.h"
#include "index/function_words.h"
#include "index/ranking.h"
#include "index/terms.h"

namespace marsad::index::detail {
namespace {

using Q = Xapian::Query;

std::string with(std::string_view prefix, const std::string& term) { return std::string(prefix) + term; }

// Whether a token written `w` has `w` as its clitic-free word. The archive stores no W term
// for such tokens (document_builder.cpp): their surface term stands for it.
bool is_own_word(const std::string& w) {
  auto toks = analyze_terms(w);
  return toks.size() == 1 && toks[0].forms.surface == w && toks[0].forms.word == w;
}

// The clitic-free word as a query: its W term, or the surface term where that is the word.
// A synonym scores the two as one term (one wdf, one document frequency), as the single W
// term of format 1 did; inside a phrase, where Xapian takes only ORs of terms, an OR.
Q word_term(std::string_view field, const std::string& word, Q::op join = Q::OP_SYNONYM) {
  Q stored(std::string(field) + std::string(kPrefixWord) + word);
  return is_own_word(word) ? Q(join, stored, Q(with(field, word))) : stored;
}

// One word: an OR of its three forms, scaled so exact > clitic-free > stem (ranking.h).
Q word_query(const WordForms& f, std::string_view field) {
  std::string z = std::string(field) + std::string(kPrefixStem);
  std::vector<Q> forms{Q(Q::OP_SCALE_WEIGHT, Q(with(field, f.surface)), kSurfaceWeight),
                       Q(Q::OP_SCALE_WEIGHT, word_term(field, f.word), kWordWeight),
                       Q(Q::OP_SCALE_WEIGHT, Q(z + f.stem), kStemWeight)};
  return Q(Q::OP_OR, forms.begin(), forms.end());
}

// Several words in a row: the clitic-free forms adjacent (لمحمد السوداني matches
// "محمد السوداني"), with the exact surfaces adjacent scoring more.
Q phrase_query(const std::vector<TermToken>& toks, std::string_view field) {
  std::vector<Q> surfaces, words;
  for (const auto& t : toks) {
    surfaces.emplace_back(with(field, t.forms.surface));
    words.push_back(word_term(field, t.forms.word, Q::OP_OR));
  }
  Q exact(Q::OP_PHRASE, surfaces.begin(), surfaces.end(), surfaces.size());
  Q loose(Q::OP_PHRASE, words.begin(), words.end(), words.size());
  return Q(Q::OP_OR, Q(Q::OP_SCALE_WEIGHT, exact, kSurfaceWeight),
           Q(Q::OP_SCALE_WEIGHT, loose, kWordWeight));
}

void remember(const std::vector<TermToken>& toks, MatchForms& m) {
  for (const auto& t : toks) {
    m.surfaces.insert(t.forms.surface);
    m.words.insert(t.forms.word);
    m.stems.insert(t.forms.stem);
  }
}

std::optional<Q> text_query(const Atom& a, std::string_view field, MatchForms& m) {
  auto toks = analyze_terms(a.text);
  if (toks.empty()) return std::nullopt;
  remember(toks, m);
  if (toks.size() == 1 && !a.quoted) return word_query(toks[0].forms, field);
  return phrase_query(toks, field);
}

// entity:"…" matches articles where the analyzer found that entity (the full name, or an
// entity whose name holds all these words), ranked by how much the text says of the name.
std::optional<Q> entity_query(const Atom& a, MatchForms& m) {
  std::string name = normalize_name(a.text);
  if (name.empty()) return std::nullopt;
  std::vector<Q> words;
  for (const auto& t : analyze_terms(a.text)) words.emplace_back(with(kPrefixEntityWord, t.forms.word));
  Q found(Q::OP_OR, Q(with(kPrefixEntity, name)), Q(Q::OP_AND, words.begin(), words.end()));
  Atom phrase = a;
  phrase.quoted = true;
  return Q(Q::OP_AND_MAYBE, Q(Q::OP_SCALE_WEIGHT, found, 0.0), *text_query(phrase, "", m));
}

Q date_query(const Atom& a) {
  std::string from = a.date_from, to = a.date_to.empty() ? "~" : a.date_to + "~";
  return Q(Q::OP_VALUE_RANGE, kSlotDate, from, to);
}

std::optional<Q> atom_query(const Atom& a, MatchForms& m) {
  switch (a.field) {
    case Field::kAny: return text_query(a, "", m);
    case Field::kTitle: return text_query(a, kPrefixTitle, m);
    case Field::kEntity: return entity_query(a, m);
    case Field::kSource: return Q(with(kPrefixSource, text::normalize_search(a.text)));
    case Field::kType: return Q(with(kPrefixType, a.text));
    case Field::kDate: return date_query(a);
  }
  return std::nullopt;
}

// For ranked (any-word) queries: pairs of query words that follow each other in the query,
// found next to each other in the text (in order, clitics allowed), add kProximityWeight x
// the pair's phrase weight, so the word pairs of a headline point at the article that says
// them together. Only plain words count (not OR groups, phrases or fields). Measured inside
// the ranked OR; as an AND_MAYBE around it the same boost scored lower on the known-item
// test (0.656 vs 0.684), which we have not explained: Xapian's BM25 also counts a word's
// repeats across the query (wqf), so the boost is not purely additive.
std::optional<Q> proximity_boost(const ParsedQuery& parsed) {
  std::vector<Q> pairs;
  std::optional<Q> previous;
  for (const auto& g : parsed.groups) {
    bool plain = g.is_free() && g.any.size() == 1 && !g.any[0].quoted;
    auto toks = plain ? analyze_terms(g.any[0].text) : std::vector<TermToken>{};
    if (toks.size() != 1) {
      previous.reset();
      continue;
    }
    Q word = word_term("", toks[0].forms.word, Q::OP_OR);
    if (previous) {
      std::vector<Q> pair{*previous, word};
      pairs.push_back(Q(Q::OP_PHRASE, pair.begin(), pair.end(), 2));
    }
    previous = word;
  }
  if (pairs.empty()) return std::nullopt;
  return Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_OR, pairs.begin(), pairs.end()), kProximityWeight);
}

// A plain word (not quoted, not in OR, no field) that is a function word.
bool is_function_group(const Group& g) {
  if (!g.is_free() || g.any.size() != 1 || g.any[0].quoted) return false;
  auto toks = analyze_terms(g.any[0].text);
  return toks.size() == 1 && is_function_word(toks[0].forms.surface);
}

// The atoms of one group that have something to match, as queries, as text, and the word
// forms they match.
struct GroupQuery {
  std::vector<Q> any;
  std::vector<std::string> shown;
  MatchForms forms;
};

GroupQuery group_query(const Group& g) {
  GroupQuery out;
  for (const auto& a : g.any) {
    auto q = atom_query(a, out.forms);
    if (!q) continue;
    out.any.push_back(a.is_filter() ? Q(Q::OP_SCALE_WEIGHT, *q, 0.0) : *q);
    out.shown.push_back(describe(a));
  }
  return out;
}

std::vector<Role> assign_roles(const ParsedQuery& parsed, const std::vector<GroupQuery>& built, Match match) {
  std::size_t n = parsed.groups.size(), free = 0;
  std::vector<bool> function(n);
  bool has_content = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (built[i].any.empty() || !parsed.groups[i].is_free()) continue;
    ++free;
    function[i] = is_function_group(parsed.groups[i]);
    has_content = has_content || !function[i];
  }
  bool ranked = match == Match::kAny || (match == Match::kAuto && free > kAutoAllWords);
  std::vector<Role> roles(n, Role::kRequired);
  for (std::size_t i = 0; i < n; ++i) {
    const Group& g = parsed.groups[i];
    if (built[i].any.empty()) roles[i] = Role::kIgnored;
    else if (g.any.front().negated) roles[i] = Role::kExcluded;
    else if (has_content && function[i]) roles[i] = Role::kOptional;
    else if (ranked && g.is_free()) roles[i] = Role::kRanked;
  }
  return roles;
}

std::string join(const std::vector<std::string>& parts, std::string_view name) {
  std::string s = std::string(name) + "(";
  for (std::size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + parts[i];
  return s + ")";
}

std::string describe(const std::vector<GroupQuery>& built, const std::vector<Role>& roles) {
  std::vector<std::string> parts, ranked, optional;
  for (std::size_t i = 0; i < built.size(); ++i) {
    const auto& shown = built[i].shown;
    std::string text = shown.size() == 1 ? shown[0] : join(shown, "OR");
    switch (roles[i]) {
      case Role::kRequired:
      case Role::kExcluded: parts.push_back(std::move(text)); break;
      case Role::kRanked: ranked.push_back(std::move(text)); break;
      case Role::kOptional: optional.push_back(std::move(text)); break;
      case Role::kIgnored: break;
    }
  }
  if (!ranked.empty()) parts.push_back(join(ranked, "ANY"));
  if (!optional.empty()) parts.push_back(join(optional, "MAYBE"));
  return parts.empty() ? "ALL" : join(parts, "AND");
}

}  // namespace

BuiltQuery build_query(const ParsedQuery& parsed, Match match) {
  BuiltQuery out;
  std::vector<GroupQuery> built;
  for (const auto& g : parsed.groups) built.push_back(group_query(g));
  out.roles = assign_roles(parsed, built, match);
  out.description = describe(built, out.roles);
  // Highlight what makes an article match: not exclusions, nor optional function words (every
  // في of a snippet marked says nothing about why the article was found).
  for (std::size_t i = 0; i < built.size(); ++i) {
    if (out.roles[i] != Role::kRequired && out.roles[i] != Role::kRanked) continue;
    out.highlight.surfaces.merge(built[i].forms.surfaces);
    out.highlight.words.merge(built[i].forms.words);
    out.highlight.stems.merge(built[i].forms.stems);
  }

  std::vector<Q> must, must_not, ranked, optional;
  for (std::size_t i = 0; i < built.size(); ++i) {
    Q group(Q::OP_OR, built[i].any.begin(), built[i].any.end());
    switch (out.roles[i]) {
      case Role::kRequired: must.push_back(group); break;
      case Role::kRanked: ranked.push_back(group); break;
      case Role::kOptional: optional.push_back(group); break;
      case Role::kExcluded: must_not.push_back(group); break;
      case Role::kIgnored: break;
    }
  }
  if (auto boost = proximity_boost(parsed); boost && !ranked.empty()) ranked.push_back(*boost);
  if (!ranked.empty()) must.emplace_back(Q::OP_OR, ranked.begin(), ranked.end());
  Q positive = must.empty() ? Q::MatchAll : Q(Q::OP_AND, must.begin(), must.end());
  if (!optional.empty()) positive = Q(Q::OP_AND_MAYBE, positive, Q(Q::OP_OR, optional.begin(), optional.end()));

  out.query = must_not.empty() ? positive
                               : Q(Q::OP_AND_NOT, positive, Q(Q::OP_OR, must_not.begin(), must_not.end()));
  return out;
}

}  // namespace marsad::index::detail
