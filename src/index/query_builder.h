// Turns a ParsedQuery into a Xapian::Query through the same analyzer the writer indexes with
// (terms.h), and collects the word forms a snippet should highlight.
#pragma once

#include <string>
#include <unordered_set>

#include <xapian.h>

#include "index/query_parser.h"
#include "marsad/search.h"

namespace marsad::index::detail {

/// What to highlight: any token whose surface, clitic-free word or stem is one of these.
struct MatchForms {
  std::unordered_set<std::string> surfaces, words, stems;
  bool empty() const { return surfaces.empty() && words.empty() && stems.empty(); }
};

struct BuiltQuery {
  Xapian::Query query;
  MatchForms highlight;
};

/// Builds the query. Free word groups are required (`any_word` false) or joined by OR
/// (`any_word` true); fields and exclusions always apply. Atoms whose text holds no indexable
/// token (only punctuation) are dropped; if nothing is left to match, the query matches every
/// article minus exclusions.
BuiltQuery build_query(const ParsedQuery& parsed, bool any_word = false);

/// A plain word of the stop list (data/stopwords_ar.tsv: في، من، هو، ما، قال …). When a query
/// that requires its words also has other words, these only add to the score (من هو خاشقجي
/// needs خاشقجي alone): on ARCD's questions in the default mode MRR@10 0.763 → 0.780.
bool is_function_word(const Group& g);

/// Whether `match` ranks this query's free words on any of them rather than requiring all.
bool any_word(const ParsedQuery& parsed, Match match);

}  // namespace marsad::index::detail
