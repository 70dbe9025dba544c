// The one analyzer the archive indexes with and queries with: the text core's tokenizer, then
// a chain of filters that gives every word three forms at one position —
//   surface  the kSearch-normalized word            بالعراق → بالعراق   (exact matches)
//   word     the segmenter's stem, clitics removed  بالعراق → العراق    (prefix W)
//   stem     the light stem                          بالعراق → عراق      (prefix Z)
// so that a query word can match exactly, without clitics, or by stem, and rank in that order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text.h"

namespace marsad::index::detail {

struct WordForms {
  std::string surface, word, stem;
};

/// One indexable token: where it is in the original text and its forms.
struct TermToken {
  std::uint32_t begin = 0, end = 0;  ///< byte span in the analysed text
  WordForms forms;
};

/// Tokens worth indexing (words, Latin words, numbers, hashtags, mentions, URLs), in order.
/// Punctuation and symbols are dropped. Forms are cached per thread, since news repeats its
/// words: the segmenter then runs once per distinct word form rather than per token.
std::vector<TermToken> analyze_terms(std::string_view text);

/// The forms of a single token's text (what analyze_terms computes for each token).
WordForms word_forms(std::string_view token, text::TokenKind kind);

/// Normalized form of an entity name or source for boolean terms: words' surfaces joined by
/// one space ("محمد  السودانيّ" → "محمد السوداني").
std::string normalize_name(std::string_view name);

/// Xapian's limit on a term's length is 245 bytes; longer tokens (URLs) are not indexed.
inline constexpr std::size_t kMaxTermBytes = 200;

}  // namespace marsad::index::detail
