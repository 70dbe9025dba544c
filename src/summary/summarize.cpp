// Extractive summary: each body sentence is a bag of word keys; its score is its cosine to
// the article's centroid (Radev et al. 2004), its cosine to the title, and a lead bonus (news
// puts the point first). Sentences are then picked by maximal marginal relevance
// (Carbonell & Goldstein 1998) so that the summary does not say one thing twice.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "marsad/summary.h"
#include "summary/words.h"

namespace marsad::summary {
namespace {

constexpr std::size_t kMinWords = 6;     // shorter "sentences" are headings or captions
constexpr double kLambda = 0.7;          // MMR: relevance vs. novelty
constexpr double kLeadWeight = 0.35, kTitleWeight = 0.25;

using Bag = std::unordered_map<std::string, double>;

double norm(const Bag& b) {
  double s = 0;
  for (const auto& [_, x] : b) s += x * x;
  return std::sqrt(s);
}

double cosine(const Bag& a, const Bag& b) {
  const Bag& small = a.size() < b.size() ? a : b;
  const Bag& large = a.size() < b.size() ? b : a;
  double dot = 0;
  for (const auto& [k, x] : small)
    if (auto it = large.find(k); it != large.end()) dot += x * it->second;
  double n = norm(a) * norm(b);
  return n > 0 ? dot / n : 0;
}

struct Unit {
  Span span;
  Bag bag;
  std::size_t words = 0;
  double score = 0;
};

Bag bag_of(const Context& ctx, std::size_t first, std::size_t last, std::size_t* words) {
  Bag bag;
  std::string folded;
  for (std::size_t i = first; i < last && i < ctx.tokens.size(); ++i) {
    const text::Token& t = ctx.tokens[i];
    if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kLatin) continue;
    ++*words;
    folded.clear();
    text::normalize_into(t.view(ctx.text), text::Profile::kSearch, folded);
    if (StopWords::instance().contains(folded)) continue;
    bag[word_key(t.view(ctx.text))] += 1;
  }
  return bag;
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

std::vector<Span> summarize(const Context& ctx, std::size_t count) {
  std::vector<Unit> units;
  Bag centroid, title;
  for (const text::Sentence& s : ctx.sentences) {
    std::size_t words = 0;
    Bag bag = bag_of(ctx, s.first_token, s.last_token, &words);
    if (ctx.title.end > ctx.title.begin && overlaps({s.begin, s.end}, ctx.title)) {
      for (const auto& [k, x] : bag) title[k] += x;
      continue;
    }
    if (words < kMinWords) continue;
    for (const auto& [k, x] : bag) centroid[k] += x;
    units.push_back({{s.begin, s.end}, std::move(bag), words, 0});
  }
  for (std::size_t i = 0; i < units.size(); ++i)
    units[i].score = cosine(units[i].bag, centroid) + kTitleWeight * cosine(units[i].bag, title) +
                     kLeadWeight / std::sqrt(1.0 + static_cast<double>(i));

  std::vector<std::size_t> chosen;
  while (chosen.size() < count && chosen.size() < units.size()) {
    std::size_t best = units.size();
    double best_value = -1e9;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (std::find(chosen.begin(), chosen.end(), i) != chosen.end()) continue;
      double redundancy = 0;
      for (std::size_t j : chosen) redundancy = std::max(redundancy, cosine(units[i].bag, units[j].bag));
      double value = kLambda * units[i].score - (1 - kLambda) * redundancy;
      if (value > best_value) {
        best_value = value;
        best = i;
      }
    }
    chosen.push_back(best);
  }
  std::sort(chosen.begin(), chosen.end());
  std::vector<Span> out;
  for (std::size_t i : chosen) out.push_back(units[i].span);
  return out;
}

}  // namespace marsad::summary
