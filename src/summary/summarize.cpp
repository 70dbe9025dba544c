// Extractive summary: each body sentence is a bag of word keys; its score is its cosine to
// the article's centroid (Radev et al. 2004), its cosine to the title, and a lead bonus (news
// puts the point first). Sentences are then picked by maximal marginal relevance
// (Carbonell & Goldstein 1998) so that the summary does not say one thing twice.
#include <algorithm>
#include <cmath>

#include "marsad/summary.h"
#include "summary/words.h"

namespace marsad::summary {
namespace {

constexpr std::size_t kMinWords = 6;     // shorter "sentences" are headings or captions
constexpr double kLambda = 0.7;          // MMR: relevance vs. novelty
constexpr double kLeadWeight = 0.35, kTitleWeight = 0.25;

// A sentence's words as (word id, count), sorted by id. Counts are whole numbers, so every
// dot product and norm below is exact whatever the order of summing.
struct Bag {
  std::vector<std::pair<std::uint32_t, double>> words;
  double norm = 0;
};

// The article's centroid or title, indexed by word id.
struct Dense {
  std::vector<double> weight;
  double norm = 0;
  void add(const Bag& b) {
    for (const auto& [k, x] : b.words) {
      if (k >= weight.size()) weight.resize(k + 1, 0.0);
      weight[k] += x;
    }
  }
  void finish() {
    double s = 0;
    for (double x : weight) s += x * x;
    norm = std::sqrt(s);
  }
};

double cosine(const Bag& a, const Dense& b) {
  double dot = 0;
  for (const auto& [k, x] : a.words)
    if (k < b.weight.size()) dot += x * b.weight[k];
  double n = a.norm * b.norm;
  return n > 0 ? dot / n : 0;
}

double cosine(const Bag& a, const Bag& b) {
  double dot = 0;
  for (auto i = a.words.begin(), j = b.words.begin(); i != a.words.end() && j != b.words.end();) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      dot += (i++)->second * (j++)->second;
    }
  }
  double n = a.norm * b.norm;
  return n > 0 ? dot / n : 0;
}

struct Unit {
  Span span;
  Bag bag;
  std::size_t words = 0;
  double score = 0;
};

Bag bag_of(const Context& ctx, const text::Sentence& s, WordIds& ids, std::size_t* words) {
  std::vector<std::uint32_t> seen;
  std::string folded;
  const StopWords& stop = StopWords::instance();
  for (std::size_t i = s.first_token; i < s.last_token && i < ctx.tokens.size(); ++i) {
    const text::Token& t = ctx.tokens[i];
    if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kLatin) continue;
    ++*words;
    const std::string_view f = search_form(ctx, i, folded);
    if (stop.contains(f)) continue;
    seen.push_back(ids.id(key_of_folded(f)));
  }
  std::sort(seen.begin(), seen.end());
  Bag bag;
  double s2 = 0;
  for (std::size_t k = 0; k < seen.size();) {
    std::size_t n = k;
    while (n < seen.size() && seen[n] == seen[k]) ++n;
    bag.words.emplace_back(seen[k], static_cast<double>(n - k));
    s2 += static_cast<double>((n - k) * (n - k));
    k = n;
  }
  bag.norm = std::sqrt(s2);
  return bag;
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

std::vector<Span> summarize(const Context& ctx, std::size_t count) {
  std::vector<Unit> units;
  WordIds ids;
  Dense centroid, title;
  std::vector<bool> storage;
  const std::vector<bool>& skip = boilerplate_of(ctx, storage);
  for (std::size_t k = 0; k < ctx.sentences.size(); ++k) {
    const text::Sentence& s = ctx.sentences[k];
    std::size_t words = 0;
    Bag bag = bag_of(ctx, s, ids, &words);
    if (ctx.title.end > ctx.title.begin && overlaps({s.begin, s.end}, ctx.title)) {
      title.add(bag);
      continue;
    }
    if (skip[k]) continue;
    if (words < kMinWords) continue;
    centroid.add(bag);
    units.push_back({{s.begin, s.end}, std::move(bag), words, 0});
  }
  centroid.finish();
  title.finish();
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
