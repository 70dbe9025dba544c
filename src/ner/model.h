// The NER model: label set, lexicon, word clusters, feature extraction and weights.
// Everything a tagger needs travels in one file so a model never depends on tables that may
// have changed since it was trained.
#pragma once

#include <array>
#include <initializer_list>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <absl/container/inlined_vector.h>

#include "marsad/ner.h"
#include "util/hash.h"

namespace marsad::ner {

// ---------------------------------------------------------------------------------------------
// Labels: O and B-/I- for the four ANERcorp types.

inline constexpr int kLabels = 9;
inline constexpr int kStart = kLabels;  // the "previous label" before the first word
/// Label ids: 0 = O, 1 + 2t = B-type, 2 + 2t = I-type for t in PERS, LOC, ORG, MISC.
std::string_view label_name(int label) noexcept;
/// -1 for a tag that is not one of the nine.
int parse_label(std::string_view tag) noexcept;
/// Whether label `cur` may follow `prev` (kStart allowed): an I-X only after B-X or I-X.
constexpr bool allowed(int prev, int cur) noexcept {
  if (cur == 0 || cur % 2 == 1) return true;  // O and B-X may follow anything
  return prev != kStart && prev != 0 && (prev + 1) / 2 == cur / 2;
}

// ---------------------------------------------------------------------------------------------
// Lexicon: multi-word phrases (countries, cities, titles, organisation heads…) by category.

/// New categories go last: a model file stores each phrase's category number.
enum class Category : std::uint8_t {
  kCountry, kCity, kTitle, kOrgHead, kLocHead, kPersonTrigger, kNationality,
  kMinedOrg, kMinedLoc,  ///< names mined from news after a typed head (models/ner_names.tsv)
  kCount
};
std::string_view category_name(Category c) noexcept;
Category parse_category(std::string_view name);  // throws InputError

class Lexicon {
 public:
  /// `phrase` in any spelling; it is search-normalized and split on spaces.
  void add(std::string_view phrase, Category category);
  /// For each word (search-normalized; the first word of a phrase may carry proclitics and
  /// the article), bits (2*category + 0 for the first word, + 1 inside).
  std::vector<std::uint32_t> match(std::span<const std::string> words) const;
  /// Whether a phrase of category `c` starts at words[i]; `length` = the longest in words.
  bool starts(std::span<const std::string> words, std::size_t i, Category c,
              std::size_t& length) const;
  /// Whether the one-word phrase `word` (normalized, as written alone) is in category `c`.
  bool contains(std::string_view word, Category c) const;
  /// Whether `word` (normalized) is the second word of a phrase of category `c`: a cheap test
  /// before starts(), which reads every reading of the word before it.
  bool second_word(std::string_view word, Category c) const;

  struct Entry {
    std::string phrase;  // normalized
    Category category;
  };
  const std::vector<Entry>& entries() const noexcept { return entries_; }

 private:
  // `hash_at(k)`: hash_word(words[k]), which match() computes once per word.
  template <typename Hash, typename Fn>
  void for_each_at(std::span<const std::string> words, std::size_t i, Hash hash_at, Fn fn) const;

  // The entries whose first word's key hashes to `key`: their list in by_first_, + 1 (0 = none).
  // An open-addressing table of 64-bit hashes, as in Clusters: the tagger looks up every
  // reading of every word.
  std::uint32_t list_of(std::uint64_t key) const noexcept;
  void insert(std::uint64_t key, std::uint32_t list) noexcept;
  void add_single(std::uint64_t key, std::uint32_t categories);

  std::vector<Entry> entries_;
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t list = 0;  // into by_first_, + 1; 0 = empty
  };
  std::vector<Slot> slots_;
  std::vector<std::vector<std::uint32_t>> by_first_;  // indices of entries, per first-word key
  // The one-word entries' categories (a bit each) by their word's hash: contains() is asked for
  // many words of every document, most in no list, and this answers in one probe.
  struct Single {
    std::uint64_t key = 0;
    std::uint32_t categories = 0;  // 0 = empty
  };
  std::vector<Single> singles_;
  std::size_t single_count_ = 0;
  // Each entry's words by their hashes (compared for every reading of every word: a hash, not
  // a string behind a pointer): its first word's, and its other words' at `rest` in rest_.
  struct Shape {
    std::uint64_t first = 0;
    std::uint32_t rest = 0;
    std::uint32_t size = 0;  // words
  };
  std::vector<Shape> shapes_;  // per entry
  std::vector<std::uint64_t> rest_;
  std::array<util::StringSet, static_cast<std::size_t>(Category::kCount)> second_words_;
};

/// The built-in lists (data/ner_*.tsv and the mined names, models/ner_names.tsv) as a lexicon.
Lexicon builtin_lexicon();

// ---------------------------------------------------------------------------------------------
// Word clusters and corpus frequencies (from learn_clusters).

/// Further clusterings of the same vectors with other numbers of clusters (Guo et al. 2014,
/// "Revisiting embedding features for simple semi-supervised learning": several k-means
/// granularities together beat any one of them).
inline constexpr int kExtraClusterings = 3;

struct WordInfo {
  std::uint32_t count = 0;
  std::uint16_t fine = 0, coarse = 0;  // cluster ids + 1; 0 = unknown word
  std::array<std::uint16_t, kExtraClusterings> extra{};  // ids + 1; 0 = none
};

using util::hash_word;

/// Words with their counts and clusters. The tagger looks up several forms of every word, so
/// a lookup is one probe into a flat table whose slots hold the word's 64-bit hash and its
/// information (one cache miss; no string compare: two of 60,000 words share a hash with odds
/// ~1e-10).
class Clusters {
 public:
  Clusters() = default;
  Clusters(std::initializer_list<std::pair<std::string, WordInfo>> words);
  void add(std::string word, WordInfo info);
  const WordInfo* find(std::string_view word) const noexcept;
  /// Every word and its information, in the order first added.
  std::vector<std::pair<std::string_view, WordInfo>> words() const;

 private:
  struct Slot {
    std::uint64_t key = 0;  // the word's hash (1 for a hash of 0); 0 = empty
    WordInfo info;
  };
  static std::uint64_t key_of(std::string_view word) noexcept {
    const std::uint64_t k = hash_word(word);
    return k ? k : 1;
  }
  // Where the word hashed to `key` is, or the empty slot it would take.
  std::size_t at(std::uint64_t key) const noexcept {
    return util::probe(slots_, key, [](const Slot& s) { return s.key != 0; },
                       [key](const Slot& s) { return s.key == key; });
  }
  std::vector<std::string> words_;
  std::vector<Slot> slots_;  // a power of two, at most half full
};
Clusters read_clusters(const std::string& path);  // throws IoError / FormatError

// ---------------------------------------------------------------------------------------------
// Proclitics

/// The word without its proclitics: optional و/ف, then ب/ك/ل, then the article ال (ل+ال
/// written لل counts as ل + ال). `skipped` is the number of bytes dropped from the front.
/// Only cuts when at least two letters remain.
std::string_view strip_proclitics(std::string_view norm, std::size_t& skipped) noexcept;

/// The ways `norm` may split into proclitics + a name: (bytes skipped, the name as written
/// alone), the unsplit word first. ل + لX gives both "لX" and the restored "الX". Asked for
/// every word many times over: the readings (at most four in practice) are kept inline.
using Readings = absl::InlinedVector<std::pair<std::size_t, std::string>, 4>;
Readings name_readings(std::string_view norm);

// ---------------------------------------------------------------------------------------------
// Features and weights

/// Hashed features of every word of one sentence, flattened: word i has
/// ids[offsets[i] .. offsets[i+1]). keys[i] identifies word i as written alone (its reading
/// without proclitics), so that the document pass can gather what was said of it elsewhere.
struct SentenceFeatures {
  std::vector<std::uint32_t> ids;
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint64_t> keys;
};

/// Per word, a score for each label.
using Scores = std::vector<std::array<float, kLabels>>;
using Transitions = std::array<std::array<float, kLabels>, kLabels + 1>;

/// Best allowed label sequence under `emit` + `trans` (first-order Viterbi).
std::vector<int> viterbi(const Scores& emit, const Transitions& trans);

/// The second, document-level pass (Krishnan & Manning 2006, "An effective two-stage model
/// for exploiting non-local dependencies in named entity recognition"): a second tagger with
/// the sentence features plus features saying how the first pass tagged the same words
/// elsewhere in the document. Absent (empty emission) in a model trained without it.
struct DocumentPass {
  std::vector<float> emission;  ///< same rows as Model::emission (training only, like it)
  Transitions transition{};
  std::uint32_t window = 0;  ///< sentences either side that count as the document in running text
};

/// Adds the rows of `table` (rows of kLabels) for the features of each word to `out`.
void add_rows(const std::vector<float>& table, const SentenceFeatures& f, Scores& out);

/// Hashed document features of one sentence (rows of DocumentPass::emission), flattened like
/// SentenceFeatures (without keys).
using DocumentFeatures = SentenceFeatures;

/// Label counts by 64-bit key: counts[0] = O, counts[1 + type] = entity of type (PERS LOC ORG
/// MISC). An open-addressing table: the document pass looks up every word several times.
class LabelCounts {
 public:
  using Counts = std::array<std::int32_t, 5>;
  Counts& at(std::uint64_t key);
  const Counts* find(std::uint64_t key) const noexcept;

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0 = empty (a real key of 0 is stored as 1)
    Counts counts{};
  };
  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

/// Labels the first pass gave the words of a document, counted by word (SentenceFeatures::keys)
/// and by multi-word name. Sentences are added and removed so that a window can slide.
class DocumentVotes {
 public:
  void add(const SentenceFeatures& f, const std::vector<int>& labels, int sign = 1);
  /// Features of one sentence (whose own labels are among the votes and are left out).
  void features(const SentenceFeatures& f, const std::vector<int>& labels, std::uint32_t hash_bits,
                DocumentFeatures& out) const;

 private:
  LabelCounts words_, names_;
};

class Model {
 public:
  Lexicon lexicon;
  Clusters clusters;
  std::uint32_t hash_bits = 18;
  /// The share of the gold file's sentences, at its end, that training held out as the dev part
  /// (`train ner --dev-fraction`); -1 when unknown (a model file of format version 3). `eval ner
  /// --dev` refuses to score a model on sentences it learnt from.
  double held_out = -1;
  /// Fingerprints (article_fingerprints()) of the articles training learnt from besides the gold
  /// file (`train ner --more-gold`), sorted; `eval ner` warns when it scores them. Empty in
  /// files of format version 4 and older.
  std::vector<std::uint64_t> learnt;
  /// Trained with domain features (`train ner --domains`): it reads news as Domain::kNews
  /// unless told otherwise. False in files of format version 5 and older.
  bool domains = false;
  /// Emission weights: rows of kLabels, indexed by feature id; transitions [prev][cur]. While
  /// training only: a loaded model keeps just the packed table (see pack()).
  std::vector<float> emission;
  Transitions transition{};
  DocumentPass document;

  std::uint32_t rows() const noexcept { return 1u << hash_bits; }
  bool has_document_pass() const noexcept {
    return packed_.empty() ? !document.emission.empty() : stride_ == 2 * kLabels;
  }
  /// The domain a model reads text as by default: news if it has domain features.
  Domain reading_domain() const noexcept { return domains ? Domain::kNews : Domain::kNone; }
  void extract(const std::vector<std::string>& words, SentenceFeatures& out) const;
  /// The same over views; `norms`, if not empty, are the words search-normalized already (the
  /// analyzer's, which the other modules read too). `domain` adds that domain's features
  /// (kNone for a model without them).
  void extract(std::span<const std::string_view> words, SentenceFeatures& out,
               std::span<const std::string> norms = {}, Domain domain = Domain::kNone) const;
  /// Scores of each word's sentence features under the sentence pass (`first`) and, if
  /// `second` is given and the model has one, the document pass.
  void scores(const SentenceFeatures& f, Scores& first, Scores* second) const;
  /// Adds the document pass's rows for document features to `second`.
  void add_document_rows(const DocumentFeatures& f, Scores& second) const;
  /// Best allowed label sequence of one sentence on its own (Viterbi).
  std::vector<int> decode(const SentenceFeatures& f) const;
  std::vector<std::string> tag(const std::vector<std::string>& words) const;
  /// Labels of a document's sentences: the sentence pass, then the document pass if the model
  /// has one. With `running` text (no document boundaries, as in a CoNLL file) each
  /// sentence's document is the `document.window` sentences either side; else all of them.
  std::vector<std::vector<int>> decode_document(const std::vector<SentenceFeatures>& sentences,
                                                bool running) const;
  /// Corpus frequency of a normalized word (0 if not in the clusters' vocabulary).
  std::uint32_t frequency(const std::string& norm) const;

  /// Rounds the emission weights to the 16-bit grid the file stores, so that a saved model
  /// tags exactly like the one in memory. Call before save().
  void quantize();
  /// Builds the table the tagger reads at run time: both passes' weights as 16-bit integers,
  /// side by side in one row, so that a feature costs one memory access for both passes.
  /// Call after the weights are final (load() does).
  void pack();
  /// Serialized form: magic, version, zstd-compressed body. The self-test sentences are
  /// stored with the tags this model gives them; load() checks it still gives the same.
  std::string save(const std::vector<std::vector<std::string>>& self_test) const;
  /// Throws FormatError naming `name` on any mismatch, damage or failed self-test.
  static Model load(std::string_view bytes, const std::string& name);

 private:
  /// The packed table from the file's 16-bit weights of each pass (the second may be empty).
  void unpack(std::array<std::string_view, 2> weights, std::array<float, 2> scale);

  std::vector<std::int16_t> packed_;  // rows of kLabels (sentence pass) [+ kLabels (document pass)]
  std::size_t stride_ = 0;
  float packed_scale_[2] = {1, 1};
};

}  // namespace marsad::ner
