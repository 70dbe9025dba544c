// Scoring quotes against hand annotations (marsad eval quotes).
#include <algorithm>

#include "marsad/error.h"
#include "marsad/quotes.h"
#include "marsad/text.h"

namespace marsad::quotes {
namespace {

bool same_speaker(std::string_view text, const GoldQuote& g, const Quote& p) {
  std::string gold = text::normalize_search(g.speaker);
  if (gold.empty()) return p.speaker.empty();
  std::string said = text::normalize_search(p.speaker);
  std::string phrase = text::normalize_search(
      text.substr(p.speaker_span.begin, p.speaker_span.end - p.speaker_span.begin));
  auto contains = [](const std::string& a, const std::string& b) {
    return !a.empty() && !b.empty() && a.find(b) != std::string::npos;
  };
  return contains(said, gold) || contains(gold, said) || contains(phrase, gold);
}

}  // namespace

QuoteScores& QuoteScores::operator+=(const QuoteScores& o) {
  gold += o.gold;
  predicted += o.predicted;
  span += o.span;
  speaker += o.speaker;
  kind += o.kind;
  return *this;
}

QuoteScores score_quotes(std::string_view text, const std::vector<GoldQuote>& gold,
                         const std::vector<Quote>& predicted, std::vector<std::ptrdiff_t>* match) {
  if (match) match->assign(gold.size(), -1);
  struct Pair {
    std::uint32_t overlap;
    std::size_t g, p;
  };
  std::vector<Span> gold_spans;
  for (const GoldQuote& g : gold) {
    auto at = text.find(g.text);
    if (g.text.empty() || at == std::string_view::npos)
      throw InputError("gold quote content not found in the article: '" + g.text + "'");
    gold_spans.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + g.text.size())});
  }
  std::vector<Pair> pairs;
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      std::uint32_t o = gold_spans[g].overlap(predicted[p].span);
      std::uint32_t shorter = std::min(gold_spans[g].end - gold_spans[g].begin,
                                       predicted[p].span.end - predicted[p].span.begin);
      if (o > 0 && 2 * o >= shorter) pairs.push_back({o, g, p});
    }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.overlap > b.overlap; });
  std::vector<bool> gold_used(gold.size()), pred_used(predicted.size());
  QuoteScores s;
  s.gold = gold.size();
  s.predicted = predicted.size();
  for (const Pair& x : pairs) {
    if (gold_used[x.g] || pred_used[x.p]) continue;
    gold_used[x.g] = pred_used[x.p] = true;
    if (match) (*match)[x.g] = static_cast<std::ptrdiff_t>(x.p);
    ++s.span;
    s.speaker += same_speaker(text, gold[x.g], predicted[x.p]);
    s.kind += gold[x.g].kind == predicted[x.p].kind;
  }
  return s;
}

}  // namespace marsad::quotes
