// Training the segmenter: corpus word counts, then an averaged perceptron (Collins 2002,
// "Discriminative training methods for hidden Markov models", with the averaging trick of
// Daumé's thesis §2.2) that ranks the candidate splits of each gold token.
#include <algorithm>
#include <cmath>
#include <ostream>
#include <random>
#include <unordered_map>

#include "marsad/document.h"
#include "marsad/segment_train.h"
#include "text/segment_model.h"

namespace marsad::text {
namespace {

// Words the built-in model is checked on when it loads (written by us, not from the data).
constexpr std::string_view kSelfTestWords[] = {"للحكومة", "وبالمدرسة", "كتابهم", "واشنطن",
                                               "بريطانيا", "وسيقول", "حكومته", "عليه"};

detail::Lexicon count_corpus(const SegmenterTraining& opts, std::ostream* log) {
  std::unordered_map<std::string, std::uint32_t> counts;
  DocumentReader reader(opts.corpus);
  Document doc;
  detail::Word w;
  std::uint64_t docs = 0, words = 0;
  while (reader.next(doc) && (opts.max_documents == 0 || docs < opts.max_documents)) {
    ++docs;
    for (const Token& t : tokenize(doc.text)) {
      if (t.kind != TokenKind::kWord || !detail::read_word(t.view(doc.text), w)) continue;
      ++counts[w.key];
      ++words;
    }
  }
  detail::Lexicon lex;
  for (auto& [word, n] : counts)
    if (n >= opts.min_count) lex.add(word, n);
  if (log)
    *log << "corpus: " << docs << " documents, " << words << " Arabic words, " << counts.size()
         << " types, " << lex.size() << " kept (count >= " << opts.min_count << ")\n";
  return lex;
}

// One training example: the candidates of a token and which of them is the gold split.
struct Example {
  std::vector<std::vector<std::uint64_t>> features;
  std::size_t gold = 0;
};

std::vector<Example> make_examples(std::span<const GoldToken> gold, const detail::Lexicon& lex,
                                   std::ostream* log) {
  std::vector<Example> out;
  detail::Word w;
  std::vector<detail::Candidate> cands;
  std::size_t unreachable = 0;
  for (const auto& t : gold) {
    if (!t.analyzed || !detail::read_word(t.surface, w)) continue;
    detail::enumerate_candidates(w, cands);
    Example ex;
    ex.gold = cands.size();
    for (std::size_t i = 0; i < cands.size() && ex.gold == cands.size(); ++i)
      if (detail::make_segmentation(t.surface, w, cands[i]).restored == t.words) ex.gold = i;
    detail::candidate_features(w, cands, lex, ex.features);
    ex.features.resize(cands.size());
    if (ex.gold == cands.size()) ++unreachable;
    else if (cands.size() > 1) out.push_back(std::move(ex));
  }
  if (log) *log << "training: " << out.size() << " ambiguous tokens, " << unreachable
                << " tokens whose gold split is not a candidate\n";
  return out;
}

class AveragedPerceptron {
 public:
  float score(const std::vector<std::uint64_t>& feats) const {
    float s = 0;
    for (auto f : feats)
      if (auto it = w_.find(f); it != w_.end()) s += it->second.weight;
    return s;
  }
  void update(const std::vector<std::uint64_t>& feats, float delta) {
    for (auto f : feats) {
      Weight& x = w_[f];
      x.total += static_cast<double>(step_ - x.stamp) * x.weight;
      x.stamp = step_;
      x.weight += delta;
    }
  }
  void tick() { ++step_; }
  std::unordered_map<std::uint64_t, float> averaged() const {
    std::unordered_map<std::uint64_t, float> out;
    for (const auto& [f, x] : w_) {
      double total = x.total + static_cast<double>(step_ - x.stamp) * x.weight;
      float avg = static_cast<float>(total / static_cast<double>(std::max<std::uint64_t>(step_, 1)));
      if (std::fabs(avg) >= 1e-4f) out[f] = avg;
    }
    return out;
  }

 private:
  struct Weight {
    float weight = 0;
    double total = 0;
    std::uint64_t stamp = 0;
  };
  std::unordered_map<std::uint64_t, Weight> w_;
  std::uint64_t step_ = 0;
};

std::size_t predict(const AveragedPerceptron& p, const Example& ex) {
  std::size_t best = 0;
  float best_score = p.score(ex.features[0]);
  for (std::size_t i = 1; i < ex.features.size(); ++i)
    if (float s = p.score(ex.features[i]); s > best_score) best_score = s, best = i;
  return best;
}

}  // namespace

std::string train_segmenter(std::span<const GoldToken> gold, const SegmenterTraining& opts,
                            std::ostream* log) {
  detail::SegmenterModel model;
  model.lexicon = count_corpus(opts, log);
  std::vector<Example> examples = make_examples(gold, model.lexicon, log);
  AveragedPerceptron perceptron;
  std::mt19937 rng(20261129);
  std::vector<std::size_t> order(examples.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (int epoch = 0; epoch < opts.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t errors = 0;
    for (std::size_t i : order) {
      const Example& ex = examples[i];
      std::size_t guess = predict(perceptron, ex);
      if (guess != ex.gold) {
        ++errors;
        perceptron.update(ex.features[ex.gold], 1);
        perceptron.update(ex.features[guess], -1);
      }
      perceptron.tick();
    }
    if (log) *log << "epoch " << epoch + 1 << ": " << errors << " errors\n";
  }
  model.weights = perceptron.averaged();
  Segmenter trained = Segmenter::from_model(detail::write_model(model), "<trained>");
  for (std::string_view word : kSelfTestWords) {
    std::string joined;
    for (const auto& r : trained.segment(word).restored) joined += (joined.empty() ? "" : "+") + r;
    model.self_test.emplace_back(word, joined);
  }
  if (log) *log << "model: " << model.weights.size() << " weights, " << model.lexicon.size() << " words\n";
  return detail::write_model(model);
}

}  // namespace marsad::text
