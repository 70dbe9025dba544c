// Every ranking parameter of the archive, in one place.
//
// Scores are Okapi BM25 (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25
// and Beyond", Foundations and Trends in IR 3(4), 2009, eq. 3.15), computed by Xapian's
// BM25Weight. k1 = 1.2 and b = 0.75 are the values that paper reports as robust defaults;
// Xapian's k2 (query length correction), k3 (query term frequency) and min_normlen keep their
// neutral settings.
//
// Fields: a title word is indexed with wdf kTitleWdf instead of 1, the way Xapian's own
// TermGenerator weights fields (and BM25F's per-field weights reduce to when b is shared:
// Robertson, Zaragoza & Taylor, "Simple BM25 Extension to Multiple Weighted Fields", CIKM 2004).
//
// Word forms: a query word is an OR of three terms — surface, clitic-free word, light stem —
// whose BM25 contributions are scaled and summed. An exact match also matches the other two
// forms, so it scores surface + word + stem; a clitic variant word + stem; a word sharing only
// the stem, stem alone: exact > clitic variant > stem-mate. The stem carries most of the
// weight: on ARCD and on the SaudiNewsNet known-item test (bench/peers) the scales 0.3/0.3/1.0
// beat 1.0/0.6/0.3 by +0.028 MRR@10 (ARCD, on each half of the questions alone too) and
// +0.027 (known-item); nearby values (surface 0.1-0.5, word 0.1-0.3) score within 0.005.
#pragma once

#include <xapian.h>

namespace marsad::index::detail {

inline constexpr double kBm25K1 = 1.2;
inline constexpr double kBm25K2 = 0.0;
inline constexpr double kBm25K3 = 1.0;
inline constexpr double kBm25B = 0.75;
inline constexpr double kBm25MinNormLen = 0.5;

inline constexpr Xapian::termcount kTitleWdf = 3;  // a title word counts as three body words

// Adjacent words of a ranked query found adjacent in the text add this share of their
// phrase's weight (query_builder.cpp proximity_boost). On the known-item test 0.1/0.2/0.3/1.0
// gave MRR@10 +0.006/+0.009/+0.012/-0.025 over none; on ARCD +0.001/+0.001/-0.003/-0.026.
inline constexpr double kProximityWeight = 0.2;

inline constexpr double kSurfaceWeight = 0.3;
inline constexpr double kWordWeight = 0.3;
inline constexpr double kStemWeight = 1.0;

inline Xapian::BM25Weight bm25() {
  return Xapian::BM25Weight(kBm25K1, kBm25K2, kBm25K3, kBm25B, kBm25MinNormLen);
}

}  // namespace marsad::index::detail
