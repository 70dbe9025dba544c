// Snippets: the stretch of an article that best shows why it matched, cut from the ORIGINAL
// text (tashkeel, hamza and clitics as written) with the matching words marked.
#pragma once

#include <string_view>

#include "index/query_builder.h"
#include "marsad/search.h"

namespace marsad::index::detail {

/// Byte spans [begin, end) of the tokens of `text` that match `forms`.
std::vector<Highlight> find_matches(std::string_view text, const MatchForms& forms);

/// Fills hit.snippet, snippet_begin and highlights from `text` (the article text): the window
/// of about `max_tokens` tokens holding the most distinct matched words (ties: the earliest),
/// starting in the body unless only the title matches. Without matches: the body's start.
void make_snippet(std::string_view text, std::uint32_t body_begin, const MatchForms& forms, Hit& hit,
                  std::size_t max_tokens = 32);

}  // namespace marsad::index::detail
