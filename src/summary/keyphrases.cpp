// Keyphrases: candidate phrases are the word n-grams (n ≤ 3) inside runs of content words
// (RAKE's split at stop words and punctuation, Rose et al. 2010); each word is scored by
// TextRank over the co-occurrence graph of those runs (Mihalcea & Tarau 2004), a phrase by
// its words, its frequency and whether it names an entity or appears in the title.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "marsad/summary.h"
#include "summary/words.h"

namespace marsad::summary {
namespace {

constexpr std::size_t kMaxGram = 3;
constexpr double kDamping = 0.85;
constexpr int kIterations = 30;
constexpr double kEntityBoost = 1.5, kTitleBoost = 1.3, kOncePenalty = 0.5,
                 kModifierPenalty = 0.4;

struct Candidate {
  std::vector<std::string> keys;
  double count = 0;
  double heads = 0;  // occurrences that open their run: nouns heading a phrase, not modifiers
  bool entity = false;
  bool in_title = false;
  std::map<std::string, int> forms;  // display form → occurrences
  double score = 0;
};

bool content_word(const Context& ctx, const text::Token& t, std::string& folded) {
  if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kLatin) return false;
  folded.clear();
  text::normalize_into(t.view(ctx.text), text::Profile::kSearch, folded);
  return text::count_codepoints(folded) >= 2 && !StopWords::instance().contains(folded);
}

// Runs of content words, as token indices, never across a sentence or punctuation.
std::vector<std::vector<std::size_t>> content_runs(const Context& ctx) {
  std::vector<std::vector<std::size_t>> runs(1);
  std::string folded;
  for (const text::Sentence& s : ctx.sentences) {
    for (std::size_t i = s.first_token; i < s.last_token && i < ctx.tokens.size(); ++i) {
      if (content_word(ctx, ctx.tokens[i], folded)) {
        runs.back().push_back(i);
      } else if (!runs.back().empty()) {
        runs.emplace_back();
      }
    }
    if (!runs.back().empty()) runs.emplace_back();
  }
  runs.pop_back();
  return runs;
}

// TextRank over word keys; edges join words at most two apart in a run.
std::unordered_map<std::string, double> rank_words(
    const std::vector<std::vector<std::string>>& runs) {
  std::unordered_map<std::string, std::unordered_map<std::string, double>> graph;
  for (const auto& run : runs)
    for (std::size_t i = 0; i < run.size(); ++i) {
      graph[run[i]];
      for (std::size_t j = i + 1; j < run.size() && j <= i + 2; ++j) {
        if (run[i] == run[j]) continue;
        graph[run[i]][run[j]] += 1;
        graph[run[j]][run[i]] += 1;
      }
    }
  std::unordered_map<std::string, double> score, weight;
  for (const auto& [w, edges] : graph) {
    score[w] = 1.0;
    for (const auto& [_, x] : edges) weight[w] += x;
  }
  for (int it = 0; it < kIterations; ++it) {
    std::unordered_map<std::string, double> next;
    for (const auto& [w, edges] : graph) {
      double sum = 0;
      for (const auto& [u, x] : edges) sum += x / weight[u] * score[u];
      next[w] = (1 - kDamping) + kDamping * sum;
    }
    score.swap(next);
  }
  return score;
}

std::string join(const std::vector<std::string>& words, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t k = b; k < e; ++k) out += (k > b ? " " : "") + words[k];
  return out;
}

bool in_span(const text::Token& t, Span s) { return s.begin <= t.begin && t.end <= s.end; }

// a is a contiguous run of words inside b.
bool contains(const std::vector<std::string>& b, const std::vector<std::string>& a) {
  return a.size() <= b.size() &&
         std::search(b.begin(), b.end(), a.begin(), a.end()) != b.end();
}

std::map<std::string, Candidate> collect(const Context& ctx,
                                         const std::vector<std::vector<std::size_t>>& runs,
                                         const std::vector<std::vector<std::string>>& keys) {
  std::map<std::string, Candidate> out;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    std::vector<std::string> shown;
    for (std::size_t i : runs[r]) shown.push_back(display_word(ctx.tokens[i].view(ctx.text)));
    for (std::size_t b = 0; b < runs[r].size(); ++b)
      for (std::size_t e = b + 1; e <= runs[r].size() && e - b <= kMaxGram; ++e) {
        Candidate& c = out[join(keys[r], b, e)];
        if (c.keys.empty()) c.keys.assign(keys[r].begin() + b, keys[r].begin() + e);
        bool title = in_span(ctx.tokens[runs[r][b]], ctx.title);
        c.in_title = c.in_title || title;
        c.count += title ? 0 : 1;  // the title repeats the body; it boosts instead
        c.heads += b == 0 && !title;
        ++c.forms[join(shown, b, e)];
      }
  }
  return out;
}

void add_entities(const Context& ctx, std::map<std::string, Candidate>& cands) {
  for (const Entity& e : ctx.entities) {
    std::vector<std::string> keys, shown;
    std::string_view name = e.name;
    for (const text::Token& t : text::tokenize(name)) {
      keys.push_back(word_key(t.view(name)));
      shown.push_back(std::string(t.view(name)));
    }
    if (keys.empty() || keys.size() > 4) continue;
    Candidate& c = cands[join(keys, 0, keys.size())];
    if (c.keys.empty()) c.keys = keys;
    c.entity = true;
    c.count = std::max(c.count, static_cast<double>(e.mentions.size()));
    c.forms[join(shown, 0, shown.size())] += 1000;  // the canonical name is the display form
  }
}

}  // namespace

std::vector<std::string> keyphrases(const Context& ctx, std::size_t count) {
  if (count == 0 || ctx.tokens.empty()) return {};
  auto runs = content_runs(ctx);
  std::vector<std::vector<std::string>> keys(runs.size());
  for (std::size_t r = 0; r < runs.size(); ++r)
    for (std::size_t i : runs[r]) keys[r].push_back(word_key(ctx.tokens[i].view(ctx.text)));
  auto rank = rank_words(keys);
  auto cands = collect(ctx, runs, keys);
  add_entities(ctx, cands);

  std::vector<Candidate*> ranked;
  for (auto& [_, c] : cands) {
    // A word said once is a weak candidate, kept for short articles that repeat nothing.
    bool once = !c.entity && !c.in_title && c.count < 2;
    // A single word that mostly follows another (العراقي after وزير الخارجية) is a modifier.
    bool modifier = !c.entity && c.keys.size() == 1 && c.heads * 2 < c.count;
    double words = 0;
    for (const auto& k : c.keys) words += rank.count(k) ? rank[k] : 1 - kDamping;
    c.score = words / std::sqrt(static_cast<double>(c.keys.size())) *
              (1 + std::log(std::max(c.count, 1.0))) * (c.entity ? kEntityBoost : 1) *
              (c.in_title ? kTitleBoost : 1) * (once ? kOncePenalty : 1) *
              (modifier ? kModifierPenalty : 1);
    ranked.push_back(&c);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Candidate* a, const Candidate* b) { return a->score > b->score; });
  std::vector<const Candidate*> chosen;
  std::vector<std::string> out;
  for (const Candidate* c : ranked) {
    if (out.size() >= count) break;
    bool repeats = std::any_of(chosen.begin(), chosen.end(), [&](const Candidate* o) {
      return contains(o->keys, c->keys) || contains(c->keys, o->keys);
    });
    if (repeats) continue;
    chosen.push_back(c);
    auto best = std::max_element(c->forms.begin(), c->forms.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    out.push_back(best->first);
  }
  return out;
}

}  // namespace marsad::summary
