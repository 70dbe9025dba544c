// The function words of a search query: particles, prepositions, pronouns, demonstratives,
// relative pronouns, conjunctions, interrogatives and the copula (data/index_function_words.tsv).
// When a query requires its words, these only add to the score (query_builder.h).
#pragma once

#include <string_view>

namespace marsad::index::detail {

/// Whether `word`, as written in a query, is a function word: compared after search
/// normalization (إلى = الى), alone or after a conjunction و (وفي). Content words that the
/// summary's stop list also holds (قال، أكد، العام، مليون) are not: a searcher means them.
bool is_function_word(std::string_view word);

}  // namespace marsad::index::detail
