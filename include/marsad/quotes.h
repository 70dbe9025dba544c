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
#include <string>
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
/// The same with each token's search form (text::Profile::kSearch) made by the caller: one per
/// token, else they are made here.
std::vector<Quote> find_quotes(std::string_view text, std::span<const text::Token> tokens,
                               std::span<const text::Sentence> sentences,
                               std::span<const Entity> entities, std::span<const std::string> norms);

}  // namespace marsad::quotes

namespace marsad::quotes {

/// One hand-annotated quote: who, the cue word, and the content as it is written.
struct GoldQuote {
  std::string speaker;
  std::string cue;
  QuoteKind kind = QuoteKind::kIndirect;
  std::string text;  ///< the content, a verbatim substring of the article
};

/// Counts for precision and recall. A predicted quote matches a gold one when their contents
/// overlap by at least half of the shorter; each is matched at most once (best overlap first).
/// The speaker matches when one name contains the other after search normalization (or the
/// predicted speaker phrase contains the gold name); the kind is compared on matched pairs.
struct QuoteScores {
  std::size_t gold = 0, predicted = 0;
  std::size_t span = 0;     ///< matched pairs
  std::size_t speaker = 0;  ///< matched pairs whose speaker matches too
  std::size_t kind = 0;     ///< matched pairs of the same kind
  QuoteScores& operator+=(const QuoteScores& o);
};

/// Scores `predicted` (spans into `text`) against `gold`. A gold content not found in `text`
/// is an InputError naming it. With `match`, match[g] is the predicted quote paired with
/// gold[g], or -1.
QuoteScores score_quotes(std::string_view text, const std::vector<GoldQuote>& gold,
                         const std::vector<Quote>& predicted,
                         std::vector<std::ptrdiff_t>* match = nullptr);

}  // namespace marsad::quotes
