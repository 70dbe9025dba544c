// marsad/ner.h: named entities — a trained sequence tagger, entity resolution and titles.
//
//   const auto& ner = marsad::ner::Recognizer::instance();      // the model shipped inside
//   auto tags = ner.tag({"قال", "محمد", "السوداني", "في", "بغداد"});
//   // tags == {"O", "B-PERS", "I-PERS", "O", "B-LOC"}
//   auto tokens = marsad::text::tokenize(text);
//   auto sentences = marsad::text::split_sentences(text, tokens);
//   for (const marsad::Entity& e : ner.recognize(text, tokens, sentences))
//     std::cout << e.id << ' ' << e.name << '\n';                 // "e1 محمد السوداني"
//
// The tagger is an averaged perceptron over hashed features with a first-order Viterbi decoder
// that only allows valid BIO sequences (an I-X follows B-X or I-X). Tags use ANERcorp's names
// (PERS, LOC, ORG, MISC); Entity::type maps PERS to EntityType::kPerson ("PER" in JSON).
// A Recognizer is immutable after construction; every const method is safe from any thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/analysis.h"
#include "marsad/text.h"

namespace marsad::ner {

class Model;         // src/ner/model.h

/// The conventions a model trained with domain features (`train ner --domains`; Daumé 2007,
/// "Frustratingly easy domain adaptation") reads text by: ANERcorp's or the news sets' (bench/gold),
/// each with its own copy of some features besides the shared ones. kNone adds no domain feature
/// (a model without them).
enum class Domain : std::uint8_t { kNone = 0, kAnercorp = 1, kNews = 2 };
class NeuralTagger;  // src/ner/neural.h
struct LabeledSentence;

class Recognizer {
 public:
  /// The default model, compiled into the library (models/ner.bin; see models/README.md).
  /// kAccurate adds the neural tagger compiled in (models/ner_neural.bin); see NerMode.
  static const Recognizer& instance(NerMode mode = NerMode::kFast);
  /// The accurate mode with model files: `model` from train() (empty: the built-in one) and
  /// `neural` from tools/train/ner_neural.py (empty: the built-in one). Throws IoError /
  /// FormatError naming the file.
  static Recognizer accurate(const std::filesystem::path& model, const std::filesystem::path& neural);
  /// The built-in models of the mode in a recognizer of one's own (instance() is shared), e.g.
  /// to set_domain() on it.
  static Recognizer builtin(NerMode mode);
  /// Loads a model file written by train(). Throws IoError if it cannot be read and
  /// FormatError naming the file if it is not a marsad NER model of this version, is damaged,
  /// or fails its self-test.
  explicit Recognizer(const std::filesystem::path& model);
  /// Loads a model from bytes already in memory; `name` is used in error messages.
  Recognizer(std::string_view bytes, const std::string& name);
  ~Recognizer();
  Recognizer(Recognizer&&) noexcept;
  Recognizer& operator=(Recognizer&&) noexcept;

  /// One BIO tag per word ("B-PERS", "I-LOC", "O"); words are surface forms, any spelling.
  /// The sentence is its own document.
  std::vector<std::string> tag(const std::vector<std::string>& words) const;
  /// Tags of consecutive sentences of running text whose document boundaries are unknown (a
  /// CoNLL file): each sentence's document pass sees the sentences around it.
  std::vector<std::vector<std::string>> tag_running(const std::vector<std::vector<std::string>>& sentences) const;
  /// Tags of the sentences of one article, as recognize() reads them: the document pass sees
  /// all of them together.
  std::vector<std::vector<std::string>> tag_article(const std::vector<std::vector<std::string>>& sentences) const;
  /// Whole-article entities: mentions tagged per sentence, proclitics (و ب ل ك ف and the
  /// article they absorb) cut from the spans, mentions merged into entities, and titles
  /// ("وزير الدفاع العراقي") attached to people. Spans are byte ranges into `text`.
  std::vector<Entity> recognize(std::string_view text, std::span<const text::Token> tokens,
                                std::span<const text::Sentence> sentences) const;
  /// The same with each token's search form (text::Profile::kSearch) made by the caller, who
  /// hands the same forms to the other modules; one per token, else InputError.
  std::vector<Entity> recognize(std::string_view text, std::span<const text::Token> tokens,
                                std::span<const text::Sentence> sentences, std::span<const std::string> norms) const;

  /// The conventions a model with domain features reads text by: news (the default) or
  /// ANERcorp's (for scoring on it). No effect on a model without them.
  void set_domain(Domain domain) noexcept { domain_ = domain; }

  const Model& model() const noexcept { return *model_; }
  /// The share of its gold file's sentences, at the end, that the model's training held out as
  /// the dev part (`train ner --dev-fraction`); -1 if the file does not say (format version 3).
  double held_out() const noexcept;
  /// How many of the articles of `sentences` (each from a -DOCSTART- line to the next) the
  /// model learnt from (`train ner --more-gold`): scores on them are no held-out figures.
  struct Learnt {
    std::size_t learnt = 0, articles = 0;
  };
  Learnt learnt_articles(std::span<const LabeledSentence> sentences) const;

 private:
  Recognizer(std::unique_ptr<Model> model, std::unique_ptr<NeuralTagger> neural);
  /// Labels of the sentences of one document (`running`: see tag_running): the feature model's,
  /// with the neural tagger's entities merged in (merge_entities) in the accurate mode.
  /// `norms`, if given, are each sentence's words search-normalized already.
  std::vector<std::vector<std::string>> tag_sentences(const std::vector<std::vector<std::string>>& sentences,
                                                      bool running) const;
  std::vector<std::vector<int>> label(const std::vector<std::vector<std::string_view>>& words, bool running,
                                      const std::vector<std::span<const std::string>>* norms = nullptr) const;

  std::unique_ptr<Model> model_;
  std::unique_ptr<NeuralTagger> neural_;  // null in the fast mode
  Domain domain_ = Domain::kNews;
};

// ---------------------------------------------------------------------------------------------
// Training and evaluation (used by `marsad train ner` and `marsad eval ner`)

/// One sentence of a CoNLL file: words and their gold tags (tags empty for untagged input).
struct LabeledSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;
  bool document_start = false;  ///< after a -DOCSTART- line (CoNLL-2003's article boundary)
};

/// Reads `token<TAB>tag` (or `token tag`, or a bare token) lines with blank lines between
/// sentences. Throws IoError if the file cannot be read, InputError (file:line) on a bad tag.
std::vector<LabeledSentence> read_conll(const std::filesystem::path& path);

/// The last `fraction` of the sentences (the dev part that train() holds out), and the rest.
struct Split {
  std::vector<LabeledSentence> train;
  std::vector<LabeledSentence> dev;
};
Split split_dev(std::vector<LabeledSentence> sentences, double fraction);
/// How many of `sentences` sentences split_dev() holds out; InputError unless 0 <= fraction < 1.
std::size_t dev_size(std::size_t sentences, double fraction);

/// One fingerprint (a hash of its words) per article of `sentences`, each from a -DOCSTART-
/// line to the next; sentences before the first such line are no article.
std::vector<std::uint64_t> article_fingerprints(std::span<const LabeledSentence> sentences);

struct TrainOptions {
  std::filesystem::path data;         ///< CoNLL training file
  /// Optional CoNLL file of machine-labelled sentences (uptraining: news tagged by the accurate
  /// mode) that the sentence pass learns from besides `data`; never split for dev, and the O
  /// penalties are tuned on gold. cross_validate() trains every fold with them: labels made by
  /// a model that was trained on the held-out folds carry those folds' names into the figures.
  std::filesystem::path extra;
  /// The first share (0–1) of the `extra` sentences also trains the document pass. Machine
  /// labels of whole articles teach it how names recur in one (ANERcorp has no article
  /// boundaries), but on them the first pass looks more right than it is: the document pass
  /// trained on all of them learns to copy it.
  double extra_document_share = 0;
  /// Further hand-labelled CoNLL files (whole articles between -DOCSTART- lines: the news sets
  /// of bench/gold, built by gold.py) that both passes learn from as they learn from the train
  /// part of `data`, before it; never held out for dev. cross_validate() trains every fold
  /// with them.
  std::vector<std::filesystem::path> more_gold;
  double dev_fraction = 0.1;          ///< last part of the sentences, held out
  int epochs = 12;
  std::filesystem::path gazetteers;   ///< folder with countries.tsv, world-cities-ar.csv (optional)
  std::filesystem::path clusters;     ///< word clusters file from learn_clusters() (optional)
  std::uint32_t hash_bits = 18;       ///< feature table of 2^hash_bits rows (9.4 MB of weights)
  std::uint64_t seed = 1;
  /// Each pass is trained this many times, on the orders of seeds seed, seed + 1, …, and the
  /// weights averaged: a perceptron's result depends on the order it sees the sentences in
  /// (±0.5 F1 between seeds), and the average of several orders is steadier than any one.
  int orders = 3;
  /// Tune a constant lowered from O's score on the last 10% of the training part (see
  /// train.cpp); the dev part is never used for it.
  bool tune_o_penalty = true;
  /// The document pass (see src/ner/document.cpp): trained on what the sentence pass says of
  /// sentences it did not see, in this many contiguous parts; 0 = no document pass.
  int document_folds = 5;
  std::uint32_t document_window = 20;  ///< sentences either side that form a document in running text
  /// Domain features (Daumé 2007, "Frustratingly easy domain adaptation"): `data` is read as
  /// ANERcorp's domain, `extra` and `more_gold` as news, each with its own copy of some
  /// features besides the shared ones; the model reads text as news (Recognizer::set_domain).
  bool domains = false;
};

/// conlleval-style counts for one entity type (or all types).
struct TypeScore {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double precision() const noexcept;
  double recall() const noexcept;
  double f1() const noexcept;
};

struct Evaluation {
  std::map<std::string, TypeScore> by_type;  ///< "LOC", "MISC", "ORG", "PERS"
  TypeScore overall;
  std::size_t tokens = 0, tokens_correct = 0;
  double seconds = 0;  ///< CPU seconds spent tagging (this thread), not counting scoring
};

/// Chunks as conlleval finds them: an I-X after O or another type starts an entity.
struct Chunk {
  std::size_t begin = 0, end = 0;  ///< word indices, half-open
  std::string type;
  friend bool operator==(const Chunk&, const Chunk&) = default;
};
std::vector<Chunk> chunks(const std::vector<std::string>& tags);

/// Scores predicted tag sequences against gold ones (exact span and type).
void score(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
           Evaluation& into);
/// `predicted`, when given, receives each sentence's tags (for conlleval-style error listings).
Evaluation evaluate(const Recognizer& recognizer, const std::vector<LabeledSentence>& gold,
                    std::vector<std::vector<std::string>>* predicted = nullptr);
/// The same scores for what `analyze` reports: the gold's words read as articles (words joined
/// by spaces, sentences by line breaks), tagged and resolved into entities (names found again
/// where the tagger missed them, facility and quoted names, dropped nouns), each mention
/// tagging the words it overlaps. An article runs from one -DOCSTART- to the next; a file
/// without them is cut into articles of kRunningArticleSentences sentences.
inline constexpr std::size_t kRunningArticleSentences = 20;
Evaluation evaluate_entities(const Recognizer& recognizer, const std::vector<LabeledSentence>& gold,
                             std::vector<std::vector<std::string>>* predicted = nullptr);

struct TrainReport {
  std::size_t train_sentences = 0, dev_sentences = 0;
  std::size_t extra_sentences = 0;      ///< machine-labelled sentences (TrainOptions::extra)
  std::size_t more_gold_sentences = 0;  ///< sentences of TrainOptions::more_gold
  std::vector<double> dev_f1_by_epoch;  ///< empty without a dev part
  Evaluation dev;
  float o_penalty = 0;  ///< the tuned penalty on O, built into the model's transitions
  std::uint64_t model_bytes = 0;
};

/// Trains on the train part of opts.data and writes the model to `out`. Logs progress to `log`
/// if given. Throws IoError / InputError for bad inputs.
TrainReport train(const TrainOptions& opts, const std::filesystem::path& out,
                  std::ostream* log = nullptr);

/// K-fold cross-validation over the whole of opts.data (contiguous folds, so that sentences of
/// one article stay together); counts pooled over the folds.
Evaluation cross_validate(const TrainOptions& opts, int folds, std::ostream* log = nullptr);

struct ClusterOptions {
  std::size_t vocabulary = 60000;  ///< most frequent words that get a cluster
  std::size_t contexts = 1000;     ///< most frequent words used as left/right contexts
  std::size_t window = 2;          ///< context words counted on each side
  std::size_t fine = 512, coarse = 64;
  std::vector<std::size_t> extra = {128, 1024, 2048};  ///< further independent clusterings (at most 3)
  std::size_t max_documents = 0;  ///< 0 = all
  int iterations = 12;
  std::uint64_t seed = 1;
};

/// Learns distributional word clusters from unlabeled articles (any DocumentReader input) and
/// writes `word<TAB>count<TAB>fine<TAB>coarse[<TAB>extra…]` lines to `out`.
void learn_clusters(const std::filesystem::path& corpus, const ClusterOptions& opts,
                    const std::filesystem::path& out, std::ostream* log = nullptr);

/// The filters of mine_names() (src/ner/names_mining.cpp says why each one is there).
struct NameMiningOptions {
  std::size_t min_count = 5;          ///< times the name follows a head of its type
  double min_type_share = 0.8;        ///< share of its head occurrences of that type (ORG vs LOC)
  double min_head_share = 0.05;       ///< share of all its occurrences that follow a head
  double max_article_ratio = 0.25;    ///< a name's word without ال: (ال + it) / it at most this
  double max_bare_ratio = 0.1;        ///< a one-word name with ال: (it without ال) / it at most this
  double min_extension_share = 0.5;   ///< a longer name: its share of its first words' head occurrences
  double min_end_share = 0.3;         ///< share of its head occurrences after which no name word follows
  std::size_t max_documents = 0;      ///< 0 = all
};

/// Mines organisation and place names from unlabeled articles (any DocumentReader input): the
/// words that follow head nouns such as نادي or محافظة (data/ner_name_heads.tsv), kept when
/// they pass the filters. Writes `type<TAB>name` lines (ORG, LOC), sorted, after a comment
/// line with the options; with `report`, every candidate with its counts and the filter that
/// dropped it. Returns the number of names written.
std::size_t mine_names(const std::filesystem::path& corpus, const NameMiningOptions& opts,
                       const std::filesystem::path& out, const std::filesystem::path& report = {},
                       std::ostream* log = nullptr);

/// The filters of mine_given_names() (src/ner/given_names.cpp says why each one is there).
struct GivenNameOptions {
  std::size_t min_count = 10;      ///< occurrences of the word (search form) in the corpus
  double min_person_share = 0.7;   ///< share of them the tagger reads inside a person's name
  double min_first_share = 0.3;    ///< share of them that start a person's name of two words or more
  std::size_t max_documents = 0;   ///< 0 = all
};

/// Mines given names from unlabeled articles (any DocumentReader input) with the built-in
/// tagger's readings of them: the words it mostly reads inside people's names, often as their
/// first word. Writes `word<TAB>first<TAB>person<TAB>total` lines (search forms, sorted) after
/// two comment lines; entity resolution takes a listed word into the person's name right after
/// it. Returns the number of words written.
std::size_t mine_given_names(const std::filesystem::path& corpus, const GivenNameOptions& opts,
                             const std::filesystem::path& out, std::ostream* log = nullptr);

}  // namespace marsad::ner
