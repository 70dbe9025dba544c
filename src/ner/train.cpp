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
#include "marsad/document.h"

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
  std::ifstream countries = open_input(dir / "countries.tsv", "gazetteer");
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
  std::ifstream cities = open_input(dir / "world-cities-ar.csv", "gazetteer");
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

// Averaged perceptron over one weight table and its transitions.
class Perceptron {
 public:
  Perceptron(std::vector<float>& weights, Transitions& trans)
      : w_(weights), t_(trans), total_(weights.size(), 0.0f) {}

  void learn(const SentenceFeatures& f, const std::vector<int>& gold) {
    Scores emit(gold.size());
    add_rows(w_, f, emit);
    std::vector<int> pred = viterbi(emit, t_);
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

  /// The averaged weights (w - Σ c·Δ / c).
  void averaged(std::vector<float>& weights, Transitions& trans) const {
    auto c = static_cast<float>(std::max<std::uint64_t>(clock_, 1));
    weights = w_;
    trans = t_;
    for (std::size_t k = 0; k < weights.size(); ++k) weights[k] -= total_[k] / c;
    for (int p = 0; p <= kLabels; ++p)
      for (int l = 0; l < kLabels; ++l) trans[p][l] -= total_trans_[p][l] / c;
  }

 private:
  void bump(std::size_t k, float d) {
    w_[k] += d;
    total_[k] += static_cast<float>(clock_) * d;
  }
  void bump_transition(int p, int l, float d) {
    t_[p][l] += d;
    total_trans_[p][l] += static_cast<float>(clock_) * d;
  }
  std::vector<float>& w_;
  Transitions& t_;
  std::vector<float> total_;
  Transitions total_trans_{};
  std::uint64_t clock_ = 0;
};

// Training sentences with their features and gold labels, extracted once.
struct Prepared {
  std::vector<SentenceFeatures> features;
  std::vector<std::vector<int>> gold;
  std::vector<const LabeledSentence*> sentences;
};

// The training sentences: those of opts.data, then of opts.extra, then of opts.more_gold, each
// file's ending at its entry of `ends`.
struct Loaded {
  std::vector<LabeledSentence> sentences;
  std::vector<std::filesystem::path> files;
  std::vector<std::size_t> ends;
};

Loaded load(const TrainOptions& opts) {
  Loaded d;
  auto add = [&d](const std::filesystem::path& file) {
    std::vector<LabeledSentence> s = read_conll(file);
    d.sentences.insert(d.sentences.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
    d.files.push_back(file);
    d.ends.push_back(d.sentences.size());
  };
  add(opts.data);
  if (!opts.extra.empty()) add(opts.extra);
  for (const auto& file : opts.more_gold) add(file);
  return d;
}

// For a model with domain features, --data's sentences are ANERcorp's domain and the others
// (machine-labelled and further gold news) the news domain.
Prepared prepare(const Model& blank, const Loaded& d) {
  Prepared p;
  p.features.resize(d.sentences.size());
  for (std::size_t i = 0; i < d.sentences.size(); ++i) {
    const LabeledSentence& s = d.sentences[i];
    if (s.tags.size() != s.words.size()) {
      auto file = std::upper_bound(d.ends.begin(), d.ends.end(), i) - d.ends.begin();
      throw InputError("training data must be tagged", {d.files[static_cast<std::size_t>(file)].string()});
    }
    const Domain domain = !blank.domains ? Domain::kNone : i < d.ends[0] ? Domain::kAnercorp : Domain::kNews;
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    blank.extract(words, p.features[i], {}, domain);
    p.gold.push_back(gold_labels(s));
    p.sentences.push_back(&s);
  }
  return p;
}

std::vector<std::size_t> range(std::size_t begin, std::size_t end) {
  std::vector<std::size_t> v(end - begin);
  std::iota(v.begin(), v.end(), begin);
  return v;
}

// Indices [0, n) without [begin, end).
std::vector<std::size_t> all_but(std::size_t n, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> v = range(0, begin), tail = range(end, n);
  v.insert(v.end(), tail.begin(), tail.end());
  return v;
}

Evaluation score_labels(const Prepared& p, const std::vector<std::size_t>& which,
                        const std::vector<std::vector<int>>& labels) {
  Evaluation e;
  for (std::size_t k = 0; k < which.size(); ++k) {
    std::vector<std::string> tags;
    for (int l : labels[k]) tags.emplace_back(label_name(l));
    score(p.sentences[which[k]]->tags, tags, e);
  }
  return e;
}

// The document the sentences `which` (consecutive in the file) make as running text.
std::vector<std::vector<int>> tag_running(const Model& m, const Prepared& p, const std::vector<std::size_t>& which) {
  std::vector<SentenceFeatures> f;
  for (std::size_t i : which) f.push_back(p.features[i]);
  return m.decode_document(f, true);
}

Evaluation score_model(const Model& m, const Prepared& p, const std::vector<std::size_t>& which) {
  return score_labels(p, which, tag_running(m, p, which));
}

// The untrained model: lexicon, clusters and zero weights.
Model blank_model(const TrainOptions& opts) {
  Model m;
  m.hash_bits = opts.hash_bits;
  m.domains = opts.domains;
  m.lexicon = builtin_lexicon();
  if (!opts.gazetteers.empty()) add_gazetteers(opts.gazetteers, m.lexicon);
  if (!opts.clusters.empty()) m.clusters = read_clusters(opts.clusters.string());
  m.emission.assign(static_cast<std::size_t>(m.rows()) * kLabels, 0.0f);
  return m;
}

// Weights averaged over opts.orders runs of `run(seed, emission, transition)`, each from zero.
template <typename Run>
void average_orders(const TrainOptions& opts, std::vector<float>& emission, Transitions& transition, Run run) {
  const std::vector<float> zero(emission.size(), 0.0f);
  std::vector<float> e;
  Transitions t{};
  for (int r = 0; r < opts.orders; ++r) {
    e = zero, t = {};
    run(opts.seed + static_cast<std::uint64_t>(r), e, t);
    if (r == 0) {
      emission = e, transition = t;
      continue;
    }
    for (std::size_t k = 0; k < e.size(); ++k) emission[k] += e[k];
    for (std::size_t a = 0; a < t.size(); ++a)
      for (int b = 0; b < kLabels; ++b) transition[a][b] += t[a][b];
  }
  const auto inv = 1.0f / static_cast<float>(opts.orders);
  for (float& x : emission) x *= inv;
  for (auto& row : transition)
    for (float& x : row) x *= inv;
}

// The sentence pass: averaged perceptron over the sentences `which`. With `dev`, logs and
// records dev F1 after each epoch (of the first order).
Model fit(Model m, const Prepared& p, const std::vector<std::size_t>& which, const TrainOptions& opts,
          const std::vector<std::size_t>* dev, TrainReport* report, std::ostream* log) {
  m.document = {};
  average_orders(opts, m.emission, m.transition, [&](std::uint64_t seed, std::vector<float>& e, Transitions& t) {
    Perceptron trainer(e, t);
    std::vector<std::size_t> order = which;
    std::mt19937_64 rng(seed);
    const bool watch = dev && !dev->empty() && seed == opts.seed;
    Model a = m;
    for (int epoch = 1; epoch <= opts.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (std::size_t i : order) trainer.learn(p.features[i], p.gold[i]);
      if (!watch) continue;
      trainer.averaged(a.emission, a.transition);
      double f1 = score_model(a, p, *dev).overall.f1();
      if (report) report->dev_f1_by_epoch.push_back(f1);
      if (log) *log << "epoch " << epoch << ": dev F1 " << f1 * 100 << '\n';
    }
    trainer.averaged(e, t);
  });
  return m;
}

// A perceptron trained on skewed classes (90% O) errs towards O; lowering O's score by a
// constant trades precision for recall. Adding -penalty to every transition into O is the same
// as subtracting it from O's emission at each word.
void penalize_o(Transitions& t, float penalty) {
  for (auto& row : t) row[0] -= penalty;
}

// The penalty among `candidates` that maximises F1 of `tag` (labels of `which`, given a penalty).
template <typename Tag>
float best_penalty(const Prepared& p, const std::vector<std::size_t>& which, Tag tag, const char* what,
                   std::ostream* log) {
  float best = 0;
  double best_f1 = -1;
  for (float penalty : {0.0f, 1.0f, 2.0f, 4.0f, 6.0f, 8.0f, 12.0f, 16.0f, 24.0f, 32.0f}) {
    double f1 = score_labels(p, which, tag(penalty)).overall.f1();
    if (log) *log << what << " O penalty " << penalty << ": tuning F1 " << f1 * 100 << '\n';
    if (f1 > best_f1) best_f1 = f1, best = penalty;
  }
  return best;
}

// The O penalty of the sentence pass that maximises F1 on the last 10% of `which` when trained
// on the rest (never on dev).
float tune_o_penalty(const Model& blank, const Prepared& p, const std::vector<std::size_t>& which,
                     const std::vector<std::size_t>& extra, const TrainOptions& opts, std::ostream* log) {
  std::size_t cut = which.size() - which.size() / 10;
  std::vector<std::size_t> inner(which.begin(), which.begin() + static_cast<std::ptrdiff_t>(cut));
  inner.insert(inner.end(), extra.begin(), extra.end());
  std::vector<std::size_t> tuning(which.begin() + static_cast<std::ptrdiff_t>(cut), which.end());
  Model m = fit(blank, p, inner, opts, nullptr, nullptr, nullptr);
  return best_penalty(p, tuning, [&](float penalty) {
    Model tuned = m;
    penalize_o(tuned.transition, penalty);
    return tag_running(tuned, p, tuning);
  }, "sentence pass", log);
}

// What the sentence pass says of sentences it was not trained on (jackknifing: each of
// `folds` contiguous parts tagged by a model trained on the others), as the document pass
// will see it at run time.
std::vector<std::vector<int>> jackknife(const Model& blank, const Prepared& p, const std::vector<std::size_t>& which,
                                        const std::vector<std::size_t>& extra, const TrainOptions& opts,
                                        float penalty, std::ostream* log) {
  std::vector<std::vector<int>> first(which.size());
  const auto folds = static_cast<std::size_t>(opts.document_folds);
  for (std::size_t k = 0; k < folds; ++k) {
    std::size_t b = which.size() * k / folds, e = which.size() * (k + 1) / folds;
    std::vector<std::size_t> rest;
    for (std::size_t i : all_but(which.size(), b, e)) rest.push_back(which[i]);
    rest.insert(rest.end(), extra.begin(), extra.end());
    Model m = fit(blank, p, rest, opts, nullptr, nullptr, nullptr);
    penalize_o(m.transition, penalty);
    for (std::size_t i = b; i < e; ++i) first[i] = m.decode(p.features[which[i]]);
    if (log) *log << "document pass: jackknife part " << k + 1 << " of " << folds << " tagged\n";
  }
  return first;
}

// The sentence features of `which` followed, word by word, by their document features from
// the first-pass labels `first`. A document is an article (from a -DOCSTART- to the next, all of
// it, as `analyze` sees one) or, in running text without them, the sentences up to `window`
// either side; a gap in `which` (a left-out part) ends one too.
std::vector<SentenceFeatures> stacked_features(const Prepared& p, const std::vector<std::size_t>& which,
                                               const std::vector<std::vector<int>>& first, std::uint32_t window,
                                               std::uint32_t hash_bits) {
  const std::size_t n = which.size();
  std::vector<SentenceFeatures> out(n);
  DocumentFeatures df;
  auto starts = [&](std::size_t s) {
    return s == 0 || p.sentences[which[s]]->document_start || which[s] != which[s - 1] + 1;
  };
  for (std::size_t b = 0; b < n;) {
    std::size_t e = b + 1;
    while (e < n && !starts(e)) ++e;
    const std::size_t w = p.sentences[which[b]]->document_start ? e - b : window;
    DocumentVotes votes;
    for (std::size_t s = b; s < e && s <= b + w; ++s) votes.add(p.features[which[s]], first[s]);
    for (std::size_t s = b; s < e; ++s) {
      if (s > b && s + w < e) votes.add(p.features[which[s + w]], first[s + w]);
      if (s > b + w) votes.add(p.features[which[s - w - 1]], first[s - w - 1], -1);
      votes.features(p.features[which[s]], first[s], hash_bits, df);
      const SentenceFeatures& a = p.features[which[s]];
      SentenceFeatures& c = out[s];
      c.offsets.assign(1, 0);
      for (std::size_t i = 0; i + 1 < a.offsets.size(); ++i) {
        c.ids.insert(c.ids.end(), a.ids.begin() + a.offsets[i], a.ids.begin() + a.offsets[i + 1]);
        c.ids.insert(c.ids.end(), df.ids.begin() + df.offsets[i], df.ids.begin() + df.offsets[i + 1]);
        c.offsets.push_back(static_cast<std::uint32_t>(c.ids.size()));
      }
    }
    b = e;
  }
  return out;
}

// The document pass's weights over stacked sentences [begin, end) of `which`.
DocumentPass fit_document(const Prepared& p, const std::vector<std::size_t>& which,
                          const std::vector<SentenceFeatures>& stacked, std::size_t begin, std::size_t end,
                          const Model& blank, const TrainOptions& opts) {
  DocumentPass d;
  d.window = opts.document_window;
  d.emission.assign(blank.emission.size(), 0.0f);
  average_orders(opts, d.emission, d.transition, [&](std::uint64_t seed, std::vector<float>& e, Transitions& t) {
    Perceptron trainer(e, t);
    std::vector<std::size_t> order = range(begin, end);
    std::mt19937_64 rng(seed);
    for (int epoch = 1; epoch <= opts.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (std::size_t s : order) trainer.learn(stacked[s], p.gold[which[s]]);
    }
    trainer.averaged(e, t);
  });
  return d;
}

// The document pass for a model trained on `which` with sentence-pass O penalty `penalty`; its
// own O penalty is tuned on the last 10% of `which`, trained on the rest.
DocumentPass train_document(const Model& blank, const Prepared& p, const std::vector<std::size_t>& which,
                            const std::vector<std::size_t>& extra, const TrainOptions& opts, float penalty,
                            std::ostream* log) {
  std::vector<std::vector<int>> first = jackknife(blank, p, which, extra, opts, penalty, log);
  std::vector<SentenceFeatures> stacked = stacked_features(p, which, first, opts.document_window, blank.hash_bits);
  std::size_t cut = which.size() - which.size() / 10;
  float doc_penalty = 0;
  if (opts.tune_o_penalty) {
    DocumentPass inner = fit_document(p, which, stacked, 0, cut, blank, opts);
    std::vector<std::size_t> tuning(which.begin() + static_cast<std::ptrdiff_t>(cut), which.end());
    doc_penalty = best_penalty(p, tuning, [&](float pen) {
      Transitions t = inner.transition;
      penalize_o(t, pen);
      std::vector<std::vector<int>> labels;
      for (std::size_t s = cut; s < which.size(); ++s) {
        Scores e(first[s].size());
        add_rows(inner.emission, stacked[s], e);
        labels.push_back(viterbi(e, t));
      }
      return labels;
    }, "document pass", log);
  }
  DocumentPass d = fit_document(p, which, stacked, 0, which.size(), blank, opts);
  penalize_o(d.transition, doc_penalty);
  return d;
}

// The whole model trained on `which`: sentence pass, its O penalty, document pass. The
// machine-labelled sentences `extra` train the sentence pass, and only a share of them the
// document pass (TrainOptions::extra_document_share); the O penalties are tuned on gold.
Model train_model(const Model& blank, const Prepared& p, const std::vector<std::size_t>& which,
                  const std::vector<std::size_t>& extra, const TrainOptions& opts,
                  const std::vector<std::size_t>* dev, TrainReport* report, std::ostream* log) {
  float penalty = opts.tune_o_penalty ? tune_o_penalty(blank, p, which, extra, opts, log) : 0.0f;
  if (report) report->o_penalty = penalty;
  std::vector<std::size_t> sentence_part = which;
  sentence_part.insert(sentence_part.end(), extra.begin(), extra.end());
  Model m = fit(blank, p, sentence_part, opts, dev, report, log);
  penalize_o(m.transition, penalty);
  if (opts.document_folds >= 2) {
    if (dev && log) *log << "sentence pass alone: dev F1 " << score_model(m, p, *dev).overall.f1() * 100 << '\n';
    // The first share of `extra` joins the document pass's sentences, before the gold ones
    // (its O penalty is tuned on the last 10%: gold, unless the share is more than nine times
    // the gold part); the rest only trains its first passes.
    const auto shared = static_cast<std::size_t>(opts.extra_document_share * static_cast<double>(extra.size()));
    std::vector<std::size_t> doc(extra.begin(), extra.begin() + static_cast<std::ptrdiff_t>(shared));
    doc.insert(doc.end(), which.begin(), which.end());
    std::vector<std::size_t> rest(extra.begin() + static_cast<std::ptrdiff_t>(shared), extra.end());
    m.document = train_document(blank, p, doc, rest, opts, penalty, log);
  }
  return m;
}

void check_extra(const TrainOptions& opts) {
  if (!(opts.extra_document_share >= 0 && opts.extra_document_share <= 1))
    throw InputError("the share of extra sentences for the document pass must be in [0, 1]");
}

// The indices of the machine-labelled sentences (opts.extra), and of the further gold ones
// (opts.more_gold), which come after them.
std::vector<std::size_t> extra_part(const TrainOptions& opts, const Loaded& d) {
  return opts.extra.empty() ? std::vector<std::size_t>{} : range(d.ends[0], d.ends[1]);
}
std::vector<std::size_t> more_gold_part(const TrainOptions& opts, const Loaded& d) {
  return range(d.ends[opts.extra.empty() ? 0 : 1], d.sentences.size());
}

// The further gold sentences, then `train`: the O penalties are tuned on the end of --data's
// train part, as without them.
std::vector<std::size_t> gold_part(std::vector<std::size_t> more, const std::vector<std::size_t>& train) {
  more.insert(more.end(), train.begin(), train.end());
  return more;
}

}  // namespace

TrainReport train(const TrainOptions& opts, const std::filesystem::path& out, std::ostream* log) {
  check_extra(opts);
  if (opts.document_folds == 1 || opts.document_folds < 0)
    throw InputError("the document pass needs at least 2 parts of the training data (0 turns it off)");
  const Loaded d = load(opts);
  const std::size_t gold = d.ends[0];
  const std::size_t dev_size = ner::dev_size(gold, opts.dev_fraction);
  if (dev_size == gold) throw InputError("no training sentences", {opts.data.string()});
  Model blank = blank_model(opts);
  Prepared p = prepare(blank, d);
  std::vector<std::size_t> train_part = range(0, gold - dev_size), dev = range(gold - dev_size, gold);
  std::vector<std::size_t> extra = extra_part(opts, d), more = more_gold_part(opts, d);
  TrainReport report;
  report.train_sentences = train_part.size();
  report.extra_sentences = extra.size();
  report.more_gold_sentences = more.size();
  report.dev_sentences = dev.size();
  Model final_model = train_model(blank, p, gold_part(more, train_part), extra, opts, &dev, &report, log);
  final_model.held_out = opts.dev_fraction;
  if (!more.empty()) final_model.learnt = article_fingerprints(std::span(d.sentences).subspan(more.front()));
  std::sort(final_model.learnt.begin(), final_model.learnt.end());
  final_model.learnt.erase(std::unique(final_model.learnt.begin(), final_model.learnt.end()), final_model.learnt.end());
  final_model.quantize();
  final_model.pack();
  std::string bytes = final_model.save(kSelfTest);
  std::ofstream file(out, std::ios::binary);
  if (!file || !file.write(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    throw IoError("cannot write model", {out.string()});
  report.model_bytes = bytes.size();
  if (!dev.empty()) report.dev = score_model(final_model, p, dev);
  return report;
}

Evaluation cross_validate(const TrainOptions& opts, int folds, std::ostream* log) {
  if (folds < 2) throw InputError("cross-validation needs at least 2 folds");
  check_extra(opts);
  if (opts.document_folds == 1 || opts.document_folds < 0)
    throw InputError("the document pass needs at least 2 parts of the training data (0 turns it off)");
  const Loaded d = load(opts);
  const std::size_t gold = d.ends[0];
  Model blank = blank_model(opts);
  Prepared p = prepare(blank, d);
  const std::vector<std::size_t> extra = extra_part(opts, d), more = more_gold_part(opts, d);
  Evaluation pooled;
  for (int k = 0; k < folds; ++k) {
    std::size_t begin = gold * static_cast<std::size_t>(k) / static_cast<std::size_t>(folds);
    std::size_t end = gold * static_cast<std::size_t>(k + 1) / static_cast<std::size_t>(folds);
    TrainReport r;
    Model m = train_model(blank, p, gold_part(more, all_but(gold, begin, end)), extra, opts, nullptr, &r, nullptr);
    Evaluation e = score_model(m, p, range(begin, end));
    if (log) *log << "fold " << k + 1 << ": F1 " << e.overall.f1() * 100 << " (O penalty " << r.o_penalty << ")\n";
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
