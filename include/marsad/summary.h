// marsad/summary.h: keyphrases, a short extractive summary and the timeline of one article.
//
//   auto tokens = marsad::text::tokenize(doc.text);
//   auto sentences = marsad::text::split_sentences(doc.text, tokens);
//   marsad::summary::Context ctx{doc.text, tokens, sentences, entities,
//                                {doc.title_begin, doc.title_end}};
//   auto phrases = marsad::summary::keyphrases(ctx, 10);   // "الموازنة العامة", "عادل الجبوري", …
//   auto lead = marsad::summary::summarize(ctx, 3);          // sentence spans, article order
//   auto line = marsad::summary::timeline(ctx, times);       // dated sentences by time value
//
// Stop words are data (data/stopwords_ar.tsv). Words are compared after search normalization
// with the conjunction, the article and the prepositions ب/ل/ك before it removed, so
// "والحكومة" and "للحكومة" count as one word.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/analysis.h"
#include "marsad/text.h"

namespace marsad::summary {

/// One article as the analyzer holds it; every span points into `text`.
struct Context {
  std::string_view text;
  std::span<const text::Token> tokens;
  std::span<const text::Sentence> sentences;
  std::span<const Entity> entities;
  Span title;  ///< the title line (empty if none): weighted up, never a summary sentence
  /// boilerplate(*this), when the caller computed it once for several calls; else null and
  /// each call computes it.
  const std::vector<bool>* boilerplate = nullptr;
  /// Each token search-normalized (text::Profile::kSearch), when the caller made them once for
  /// all the modules; else empty and each call normalizes what it reads.
  std::span<const std::string> norms;
};

/// For each sentence of ctx: whether it is no part of the report, so that no keyphrase counts
/// it and no summary shows it — a body sentence that repeats the title and little else, or
/// ends with it (a source's closing "رابط الخبر بصحيفة …: <title>", a caption); a writer's
/// contact line (an e-mail or web address: "…@yahoo.com للتواصل مع الكاتب ارسل رسالة SMS …");
/// the list of tags some sites close with ("سمات الرمادي العراق تفجير داعش ملعب").
std::vector<bool> boilerplate(const Context& ctx);

/// Up to `count` keyphrases, best first: noun phrases between stop words scored with
/// TextRank over their words (Mihalcea & Tarau 2004), entity names boosted, and no phrase
/// that repeats or contains a better one. Written as in the article (clitic و/ب/ل removed).
std::vector<std::string> keyphrases(const Context& ctx, std::size_t count);

/// Up to `count` body sentences, in article order: centrality to the article plus a lead
/// bonus, chosen with maximal marginal relevance (Carbonell & Goldstein 1998) so that no two
/// say the same thing. Headings and very short sentences are never chosen.
std::vector<Span> summarize(const Context& ctx, std::size_t count);

/// One entry per dated time expression (a resolved DATE or TIME value), with its sentence
/// and the entities named in it, sorted by time (stable, so article order breaks ties).
std::vector<TimelineEntry> timeline(const Context& ctx, std::span<const TimeExpression> times);

/// A sortable form of a TIMEX3 value ("2024-W38" → "2024-09-16", "2025-Q3" → "2025-07"),
/// or empty when it names no point in calendar time (XXXX-09, PRESENT_REF, P2Y).
std::string time_sort_key(std::string_view value);

/// One reader's choice for an article (hand annotation; `marsad eval summary`): the sentences
/// that best tell it and the phrases it is about, best first.
struct GoldAbout {
  std::vector<Span> sentences;
  std::vector<std::string> keyphrases;
};

/// Counts over articles (see score_about). A summary sentence matches a gold one when they
/// share at least half of the shorter's bytes; a keyphrase matches exactly when its word keys
/// (as the summary compares words: والحكومة = الحكومة) are the gold phrase's, and partly when
/// one's keys are a run inside the other's (محمد بن سلمان in الأمير محمد بن سلمان).
struct AboutScores {
  std::size_t articles = 0;
  std::size_t gold_sentences = 0, predicted_sentences = 0;
  std::size_t sentences_found = 0;  ///< gold sentences a predicted one matches
  std::size_t sentences_right = 0;  ///< predicted sentences that match a gold one
  double rouge1 = 0, rouge2 = 0;    ///< F1 of word keys / key bigrams against the gold sentences, summed over articles
  std::size_t gold_phrases = 0, predicted_phrases = 0;
  std::size_t phrases_found = 0, phrases_right = 0;                  ///< exact
  std::size_t phrases_found_partly = 0, phrases_right_partly = 0;    ///< partial
  AboutScores& operator+=(const AboutScores& o);
};

/// Scores one article's summary (sentence spans into `text`) and keyphrases against a reader's.
AboutScores score_about(std::string_view text, const GoldAbout& gold, std::span<const Span> summary,
                        std::span<const std::string> keyphrases);

}  // namespace marsad::summary
