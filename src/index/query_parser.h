// The query language of `marsad search` (docs/query-language.md), parsed into a small
// structure: an AND of groups, each an OR of atoms. The structure is independent of Xapian so
// that tests can check it and evaluate it by brute force (query_builder.h turns it into a
// Xapian::Query).
//
//   العراق "الحكومة العراقية" بغداد OR البصرة -الكويت title:انتخابات source:alriyadh
//   date:2024-09..2024-12 entity:"محمد السوداني" type:PER
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "marsad/analysis.h"

namespace marsad::index::detail {

enum class Field { kAny, kTitle, kSource, kDate, kEntity, kType };

struct Atom {
  Field field = Field::kAny;
  std::string text;        ///< the value as written, without quotes or field name
  bool quoted = false;     ///< "…": a phrase
  bool negated = false;    ///< -…: excluded
  std::string date_from;   ///< kDate: YYYY, YYYY-MM or YYYY-MM-DD; empty = open
  std::string date_to;     ///< kDate: inclusive, at the same precision as written
  std::size_t offset = 0;  ///< byte offset of the atom in the query, for messages

  /// Filters (source, date, type) restrict matches without adding to the score.
  bool is_filter() const { return field == Field::kSource || field == Field::kDate || field == Field::kType; }
};

/// Atoms joined by OR. An excluded atom is always a group of its own.
struct Group {
  std::vector<Atom> any;

  /// Plain words or phrases: no field, not excluded (Match::kAny may rank them instead of
  /// requiring them).
  bool is_free() const {
    for (const auto& a : any)
      if (a.field != Field::kAny || a.negated) return false;
    return true;
  }
};

struct ParsedQuery {
  std::vector<Group> groups;  ///< all must match (excluded ones must not)
};

/// Parses a query. Throws InputError (file "query", offset = byte offset) for an unclosed
/// quote, a field without a value, a bad date or date range, an unknown entity type, OR
/// without two sides, an excluded atom inside OR, or a query with nothing to search.
ParsedQuery parse_query(std::string_view query);

/// One atom as written, readable and deterministic: `word:العراق`, `phrase:"رئيس الوزراء"`,
/// `NOT(source:sabq)`, `date:[2024-09..2024-12]` (query_builder.h describes whole queries).
std::string describe(const Atom& atom);

}  // namespace marsad::index::detail
