// Averaged perceptron training (Collins 2002, "Discriminative training methods for hidden
// Markov models"), decoding with the same BIO-constrained Viterbi used at run time.
#include <algorithm>
#include <fstream>
#include <numeric>
#include <ostream>
#include <random>

#include "marsad/error.h"
#include "marsad/ner.h"
#include "ner/model.h"

namespace marsad::ner {
namespace {

// Sentences written for marsad; the model stores how it tags them and checks it on load.
const std::vector<std::vector<std::string>> kSelfTest = {
    {"قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "إن", "الاتحاد", "الأوروبي",
     "سيدعم", "أوكرانيا", "."},
    {"وزار", "وزير", "الخارجية", "المصري", "سامح", "شكري", "عمان", "أمس", "."},
    {"أعلنت", "شركة", "أرامكو", "السعودية", "عن", "أرباحها", "في", "الرياض", "."},
};

// The four ANERcorp types are B/I pairs; an I-X that cannot follow its neighbour is read as
// B-X, as conlleval reads it.
std::vector<int> gold_labels(const LabeledSentence& s) {
  std::vector<int> out(s.tags.size());
  int prev = kStart;
  for (std::size_t i = 0; i < s.tags.size(); ++i) {
    int l = parse_label(s.tags[i]);
    if (!allowed(prev, l)) l -= 1;
    out[i] = prev = l;
  }
  return out;
}

void add_gazetteers(const std::filesystem::path& dir, Lexicon& lex) {
  std::ifstream countries(dir / "countries.tsv");
  if (!countries) throw IoError("cannot read gazetteer", {(dir / "countries.tsv").string()});
  std::string line;
  std::getline(countries, line);  // header
  while (std::getline(countries, line)) {
    std::vector<std::string> f;
    for (std::size_t p = 0, q; p <= line.size(); p = q + 1) {
      q = std::min(line.find('\t', p), line.size());
      f.push_back(line.substr(p, q - p));
    }
    for (std::size_t col = 3; col <= 5 && col < f.size(); ++col)
      for (std::size_t p = 0, q; p <= f[col].size(); p = q + 1) {
        q = std::min(f[col].find('|', p), f[col].size());
        lex.add(std::string_view(f[col]).substr(p, q - p), Category::kCountry);
      }
  }
  std::ifstream cities(dir / "world-cities-ar.csv");
  if (!cities) throw IoError("cannot read gazetteer", {(dir / "world-cities-ar.csv").string()});
  std::getline(cities, line);
  while (std::getline(cities, line)) {
    std::vector<std::string> f;  // "a","b","c","d",n — names carry no quotes inside
    for (std::size_t p = line.find('"'); p != std::string::npos; p = line.find('"', p)) {
      std::size_t q = line.find('"', p + 1);
      if (q == std::string::npos) break;
      f.push_back(line.substr(p + 1, q - p - 1));
      p = q + 1;
    }
    if (f.size() < 3) continue;
    lex.add(f[0], Category::kCountry);
    lex.add(f[2], Category::kCity);
    // "ولاية قندهار": the administrative word is a separate head; the name alone is the city.
    std::size_t space = f[2].find(' ');
    if (space != std::string::npos && f[2].substr(0, space) == "ولاية")
      lex.add(std::string_view(f[2]).substr(space + 1), Category::kCity);
  }
}

class Trainer {
 public:
  Trainer(Model& m) : m_(m), total_(m.emission.size(), 0.0f) {}

  void learn(const SentenceFeatures& f, const std::vector<int>& gold) {
    std::vector<int> pred = m_.decode(f);
    ++clock_;
    if (pred == gold) return;
    for (std::size_t i = 0; i < gold.size(); ++i) {
      int gp = i ? gold[i - 1] : kStart, pp = i ? pred[i - 1] : kStart;
      if (gold[i] == pred[i] && gp == pp) continue;
      bump_transition(gp, gold[i], 1);
      bump_transition(pp, pred[i], -1);
      if (gold[i] == pred[i]) continue;
      for (std::uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
        std::size_t row = static_cast<std::size_t>(f.ids[k]) * kLabels;
        bump(row + static_cast<std::size_t>(gold[i]), 1);
        bump(row + static_cast<std::size_t>(pred[i]), -1);
      }
    }
  }

  /// The model with averaged weights (w - Σ c·Δ / c).
  Model averaged() const {
    Model a = m_;
    auto c = static_cast<float>(clock_);
    for (std::size_t k = 0; k < a.emission.size(); ++k) a.emission[k] -= total_[k] / c;
    for (int p = 0; p <= kLabels; ++p)
      for (int l = 0; l < kLabels; ++l) a.transition[p][l] -= total_trans_[p][l] / c;
    return a;
  }

 private:
  void bump(std::size_t k, float d) {
    m_.emission[k] += d;
    total_[k] += static_cast<float>(clock_) * d;
  }
  void bump_transition(int p, int l, float d) {
    m_.transition[p][l] += d;
    total_trans_[p][l] += static_cast<float>(clock_) * d;
  }
  Model& m_;
  std::vector<float> total_;
  std::array<std::array<float, kLabels>, kLabels + 1> total_trans_{};
  std::uint64_t clock_ = 0;
};

Evaluation score_model(const Model& m, const std::vector<LabeledSentence>& dev) {
  Evaluation e;
  for (const auto& s : dev) score(s.tags, m.tag(s.words), e);
  return e;
}

// The untrained model: lexicon, clusters and zero weights.
Model blank_model(const TrainOptions& opts) {
  Model m;
  m.hash_bits = opts.hash_bits;
  m.lexicon = builtin_lexicon();
  if (!opts.gazetteers.empty()) add_gazetteers(opts.gazetteers, m.lexicon);
  if (!opts.clusters.empty()) m.clusters = read_clusters(opts.clusters.string());
  m.emission.assign(static_cast<std::size_t>(m.rows()) * kLabels, 0.0f);
  return m;
}

// Averaged perceptron over `data`; with `dev`, logs and records dev F1 after each epoch.
Model fit(Model m, const std::vector<LabeledSentence>& data, const TrainOptions& opts,
          const std::vector<LabeledSentence>* dev, TrainReport* report, std::ostream* log) {
  std::vector<SentenceFeatures> features(data.size());
  std::vector<std::vector<int>> gold(data.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    if (data[i].tags.size() != data[i].words.size()) throw InputError("training data must be tagged", {opts.data.string()});
    m.extract(data[i].words, features[i]);
    gold[i] = gold_labels(data[i]);
  }
  Trainer trainer(m);
  std::vector<std::size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(opts.seed);
  for (int epoch = 1; epoch <= opts.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t i : order) trainer.learn(features[i], gold[i]);
    if (!dev || dev->empty()) continue;
    double f1 = score_model(trainer.averaged(), *dev).overall.f1();
    if (report) report->dev_f1_by_epoch.push_back(f1);
    if (log) *log << "epoch " << epoch << ": dev F1 " << f1 * 100 << '\n';
  }
  return trainer.averaged();
}

// A perceptron trained on skewed classes (90% O) errs towards O; lowering O's score by a
// constant trades precision for recall. Adding -penalty to every transition into O is the same
// as subtracting it from O's emission at each word.
void penalize_o(Model& m, float penalty) {
  for (auto& row : m.transition) row[0] -= penalty;
}

// The O penalty that maximises F1 on the last 10% of the training part (never on dev).
float tune_o_penalty(const Model& blank, const std::vector<LabeledSentence>& data, const TrainOptions& opts,
                     std::ostream* log) {
  Split inner = split_dev(data, 0.1);
  Model m = fit(blank, inner.train, opts, nullptr, nullptr, nullptr);
  float best = 0;
  double best_f1 = -1;
  for (float penalty : {0.0f, 1.0f, 2.0f, 4.0f, 6.0f, 8.0f, 12.0f, 16.0f, 24.0f, 32.0f}) {
    Model tuned = m;
    penalize_o(tuned, penalty);
    double f1 = score_model(tuned, inner.dev).overall.f1();
    if (log) *log << "O penalty " << penalty << ": tuning F1 " << f1 * 100 << '\n';
    if (f1 > best_f1) best_f1 = f1, best = penalty;
  }
  return best;
}

}  // namespace

TrainReport train(const TrainOptions& opts, const std::filesystem::path& out, std::ostream* log) {
  Split split = split_dev(read_conll(opts.data), opts.dev_fraction);
  if (split.train.empty()) throw InputError("no training sentences", {opts.data.string()});
  Model blank = blank_model(opts);
  TrainReport report;
  report.train_sentences = split.train.size();
  report.dev_sentences = split.dev.size();
  report.o_penalty = opts.tune_o_penalty ? tune_o_penalty(blank, split.train, opts, log) : 0.0f;
  Model final_model = fit(std::move(blank), split.train, opts, &split.dev, &report, log);
  penalize_o(final_model, report.o_penalty);
  final_model.quantize();
  std::string bytes = final_model.save(kSelfTest);
  std::ofstream file(out, std::ios::binary);
  if (!file || !file.write(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    throw IoError("cannot write model", {out.string()});
  report.model_bytes = bytes.size();
  if (!split.dev.empty()) report.dev = score_model(final_model, split.dev);
  return report;
}

Evaluation cross_validate(const TrainOptions& opts, int folds, std::ostream* log) {
  if (folds < 2) throw InputError("cross-validation needs at least 2 folds");
  std::vector<LabeledSentence> all = read_conll(opts.data);
  Model blank = blank_model(opts);
  Evaluation pooled;
  for (int k = 0; k < folds; ++k) {
    std::size_t begin = all.size() * static_cast<std::size_t>(k) / static_cast<std::size_t>(folds);
    std::size_t end = all.size() * static_cast<std::size_t>(k + 1) / static_cast<std::size_t>(folds);
    std::vector<LabeledSentence> train_part(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(begin));
    train_part.insert(train_part.end(), all.begin() + static_cast<std::ptrdiff_t>(end), all.end());
    std::vector<LabeledSentence> test(all.begin() + static_cast<std::ptrdiff_t>(begin), all.begin() + static_cast<std::ptrdiff_t>(end));
    float penalty = opts.tune_o_penalty ? tune_o_penalty(blank, train_part, opts, nullptr) : 0.0f;
    Model m = fit(blank, train_part, opts, nullptr, nullptr, nullptr);
    penalize_o(m, penalty);
    Evaluation e = score_model(m, test);
    if (log) *log << "fold " << k + 1 << ": F1 " << e.overall.f1() * 100 << " (O penalty " << penalty << ")\n";
    for (const auto& [type, sc] : e.by_type) {
      auto& t = pooled.by_type[type];
      t.gold += sc.gold, t.predicted += sc.predicted, t.correct += sc.correct;
    }
    pooled.overall.gold += e.overall.gold, pooled.overall.predicted += e.overall.predicted;
    pooled.overall.correct += e.overall.correct;
    pooled.tokens += e.tokens, pooled.tokens_correct += e.tokens_correct;
  }
  return pooled;
}

}  // namespace marsad::ner
