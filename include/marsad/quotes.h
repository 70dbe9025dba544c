// marsad/quotes.h: who said what — direct quotes and reported speech with their speakers.
//
//   auto tokens = marsad::text::tokenize(text);
//   auto sentences = marsad::text::split_sentences(text, tokens);
//   auto entities = marsad::ner::Recognizer::instance().recognize(text, tokens, sentences);
//   for (const marsad::Quote& q : marsad::quotes::find_quotes(text, tokens, sentences, entities))
//     std::cout << q.speaker << ": " << text.substr(q.span.begin, q.span.end - q.span.begin);
//
// What is found. A cue from data/quote_cues.tsv (قال، أكد أن، أشار إلى أن، بحسب، وفقا لـ،
// جاء في، مضيفا …) followed by content in «», “”, "" (a direct quote), or after إن/أن/بأن or
// around an attribution (an indirect one). The speaker is the phrase after the cue (قال الوزير),
// before it (الوزير قال), or, when the cue has no subject (وأضاف، وتابع، مضيفا), the previous
// speaker. A report inside a report (صرّح فلان بأن علانا قال إن …) gives two quotes. A speaker
// that overlaps an entity mention is linked to that entity and named by it.
//
// Quote marks left open are closed at the end of their paragraph, so one broken « does not
// swallow the rest of the article.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "marsad/analysis.h"
#include "marsad/text.h"

namespace marsad::quotes {

/// Finds the quotes of `text` in article order (by cue). `tokens` and `sentences` come from
/// text::tokenize / text::split_sentences over the same text; `entities` may be empty.
/// Spans are byte ranges into `text`. Never throws on content.
std::vector<Quote> find_quotes(std::string_view text, std::span<const text::Token> tokens,
                               std::span<const text::Sentence> sentences,
                               std::span<const Entity> entities);

}  // namespace marsad::quotes
