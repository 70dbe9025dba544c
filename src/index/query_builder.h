// Turns a ParsedQuery into a Xapian::Query through the same analyzer the writer indexes with
// (terms.h), and collects the word forms a snippet should highlight.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "index/query_parser.h"
#include "marsad/search.h"

namespace marsad::index::detail {

/// What to highlight: any token whose surface, clitic-free word or stem is one of these.
struct MatchForms {
  std::unordered_set<std::string> surfaces, words, stems;
  bool empty() const { return surfaces.empty() && words.empty() && stems.empty(); }
};

/// What a group of the query does in the search.
enum class Role {
  kRequired,  ///< must match
  kRanked,    ///< any one of the ranked groups must match; more of them score higher
  kOptional,  ///< a function word beside a content word: adds to the score only
  kExcluded,  ///< must not match
  kIgnored,   ///< nothing to match (only punctuation): left out
};

struct BuiltQuery {
  Xapian::Query query;
  MatchForms highlight;
  std::vector<Role> roles;  ///< one per group of the parsed query
  /// The query as searched, for --explain and the API: `AND(word:خاشقجي, MAYBE(word:من))`;
  /// ranked groups are listed in ANY(…), optional ones in MAYBE(…), exclusions in NOT(…).
  std::string description;
};

/// Builds the query. With Match::kAll free groups are required, with kAny one of them must
/// match (ranked, with a boost for query neighbours found side by side), with kAuto the first
/// for up to kAutoAllWords free groups and the second beyond. In every mode a plain function
/// word (function_words.h) beside a content word is optional: it adds to the score but makes
/// no article match (من alone would match nearly all, and swell the count and facets; measured
/// on ARCD and the known-item sets, `any` ranks the same or better). Fields and exclusions
/// always apply. Atoms whose text holds no indexable token (only punctuation) are dropped; if
/// nothing is left to match, the query matches every article minus exclusions.
BuiltQuery build_query(const ParsedQuery& parsed, Match match = Match::kAll);

}  // namespace marsad::index::detail
