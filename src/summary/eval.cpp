// Scoring summaries and keyphrases against a reader's (marsad eval summary).
#include <algorithm>
#include <map>

#include "marsad/summary.h"
#include "summary/words.h"

namespace marsad::summary {
namespace {

bool same_sentence(Span a, Span b) {
  const std::uint32_t shared = a.overlap(b);
  return shared > 0 && 2 * shared >= std::min(a.end - a.begin, b.end - b.begin);
}

// The word keys of a stretch of text, in order (numbers as written).
std::vector<std::string> keys_of(std::string_view text) {
  std::vector<std::string> out;
  for (const text::Token& t : text::tokenize(text)) {
    if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kNumber) continue;
    std::string k = word_key(t.view(text));
    if (!k.empty()) out.push_back(std::move(k));
  }
  return out;
}

// ROUGE-N F1 (Lin 2004): n-grams of the two sides, counts clipped.
double rouge(const std::vector<std::string>& got, const std::vector<std::string>& want, std::size_t n) {
  const auto grams = [n](const std::vector<std::string>& w) {
    std::map<std::vector<std::string>, int> out;
    for (std::size_t i = 0; i + n <= w.size(); ++i) ++out[{w.begin() + i, w.begin() + i + n}];
    return out;
  };
  auto a = grams(got), b = grams(want);
  int hits = 0, total_a = 0, total_b = 0;
  for (const auto& [g, c] : a) {
    total_a += c;
    if (auto it = b.find(g); it != b.end()) hits += std::min(c, it->second);
  }
  for (const auto& [g, c] : b) total_b += c;
  if (hits == 0) return 0;
  double p = double(hits) / total_a, r = double(hits) / total_b;
  return 2 * p * r / (p + r);
}

bool inside(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  return !part.empty() && std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
}

}  // namespace

AboutScores& AboutScores::operator+=(const AboutScores& o) {
  articles += o.articles;
  gold_sentences += o.gold_sentences;
  predicted_sentences += o.predicted_sentences;
  sentences_found += o.sentences_found;
  sentences_right += o.sentences_right;
  rouge1 += o.rouge1;
  rouge2 += o.rouge2;
  gold_phrases += o.gold_phrases;
  predicted_phrases += o.predicted_phrases;
  phrases_found += o.phrases_found;
  phrases_right += o.phrases_right;
  phrases_found_partly += o.phrases_found_partly;
  phrases_right_partly += o.phrases_right_partly;
  return *this;
}

AboutScores score_about(std::string_view text, const GoldAbout& gold, std::span<const Span> summary,
                        std::span<const std::string> keyphrases) {
  AboutScores s;
  s.articles = 1;
  s.gold_sentences = gold.sentences.size();
  s.predicted_sentences = summary.size();
  for (Span g : gold.sentences)
    s.sentences_found += std::any_of(summary.begin(), summary.end(), [&](Span p) { return same_sentence(p, g); });
  for (Span p : summary)
    s.sentences_right += std::any_of(gold.sentences.begin(), gold.sentences.end(), [&](Span g) { return same_sentence(p, g); });
  std::vector<std::string> got, want;
  for (Span p : summary)
    for (auto& k : keys_of(text.substr(p.begin, p.end - p.begin))) got.push_back(std::move(k));
  for (Span g : gold.sentences)
    for (auto& k : keys_of(text.substr(g.begin, g.end - g.begin))) want.push_back(std::move(k));
  s.rouge1 = rouge(got, want, 1);
  s.rouge2 = rouge(got, want, 2);

  // Phrases as word keys, each once (a reader's two spellings of one name count once).
  const auto phrase_keys = [](auto&& phrases) {
    std::vector<std::vector<std::string>> out;
    for (const std::string& p : phrases)
      if (auto k = keys_of(p); !k.empty() && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(std::move(k));
    return out;
  };
  const auto g = phrase_keys(gold.keyphrases), p = phrase_keys(keyphrases);
  s.gold_phrases = g.size();
  s.predicted_phrases = p.size();
  for (const auto& x : g) {
    s.phrases_found += std::find(p.begin(), p.end(), x) != p.end();
    s.phrases_found_partly += std::any_of(p.begin(), p.end(), [&](const auto& y) { return inside(x, y) || inside(y, x); });
  }
  for (const auto& y : p) {
    s.phrases_right += std::find(g.begin(), g.end(), y) != g.end();
    s.phrases_right_partly += std::any_of(g.begin(), g.end(), [&](const auto& x) { return inside(x, y) || inside(y, x); });
  }
  return s;
}

}  // namespace marsad::summary
