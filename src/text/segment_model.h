// Internal to the segmenter: how a word is read into letters, which splits are candidates,
// what a candidate's features are, and the model (feature weights + corpus lexicon).
//
// A word is read into its letters without tashkeel or tatweel. Each letter keeps two spellings:
// `orig` (as written, hamza forms and ة/ى kept) decides where clitics may be, and `key`
// (search-normalized: أ إ آ → ا, ى → ي, ة → ه) is what the lexicon is looked up by. All the
// letters the segmenter accepts are in U+0600..U+06FF, so letter i is bytes [2i, 2i+2) of
// both strings.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/text.h"
#include "util/hash.h"

namespace marsad::text::detail {

struct Word {
  std::string orig;                  ///< letters as written (UTF-8, 2 bytes each)
  std::string key;                   ///< letters search-normalized (UTF-8, 2 bytes each)
  std::vector<std::uint32_t> begin;  ///< byte in the surface where letter i starts
  std::size_t letters() const noexcept { return begin.size(); }
};

/// Reads `surface` into `out`. False (and `out` unspecified) if the word has anything but
/// Arabic letters, tashkeel and tatweel, or more than kMaxLetters letters.
bool read_word(std::string_view surface, Word& out);
inline constexpr std::size_t kMaxLetters = 40;

/// Which letters a candidate writes back in full.
enum Restore : std::uint8_t {
  kRestoreNone = 0,
  kRestoreAl = 1,      ///< ل + لحكومة → ل + الحكومة
  kRestoreTa = 2,      ///< حكومت + ه → حكومة + ه
  kRestoreYa = 4,      ///< علي + ه → على + ه, مستوا + ه → مستوى + ه
  kRestoreAlif = 8,    ///< كتبو + ه → كتبوا + ه
};

/// One way to split a word: `pre` one-letter proclitics, a stem, an enclitic of `suf` letters.
struct Candidate {
  std::uint8_t pre = 0;
  std::uint8_t suf = 0;
  std::uint8_t restore = kRestoreNone;
  std::size_t stem_letters(const Word& w) const noexcept { return w.letters() - pre - suf; }
};

/// All candidate splits of `w`, the unsplit word first.
void enumerate_candidates(const Word& w, std::vector<Candidate>& out);

/// The stem of `c` as the lexicon spells it (search-normalized, restorations applied).
std::string stem_key(const Word& w, const Candidate& c);

/// Builds the surface pieces and restored forms of `c` for the surface `surface` of `w`.
Segmentation make_segmentation(std::string_view surface, const Word& w, const Candidate& c);

/// Word counts from a news corpus, by search-normalized form. Read for every word of every
/// article (the segmenter, the keyphrases' verb and IDF tests), so a lookup is one probe into
/// one 8-byte slot of a 2 MB table: 31 bits of the word's hash beside its count, the table's
/// index taken from the other bits. A word not in the table matches another's slot with a
/// chance of about 2^-31 per probe (and always alike: the hash is the same in every run).
/// Move-only (the views point into its own blocks).
class Lexicon {
 public:
  Lexicon() = default;
  Lexicon(Lexicon&&) noexcept = default;
  Lexicon& operator=(Lexicon&&) noexcept = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  void add(std::string_view word, std::uint32_t count);
  std::uint32_t count(std::string_view word) const noexcept {
    return slots_.empty() ? 0 : slots_[at(slots_, util::hash_word(word))].count;
  }
  std::size_t size() const noexcept { return words_.size(); }

  /// Every word and its count, in the order first added.
  std::vector<std::pair<std::string_view, std::uint32_t>> entries() const;

 private:
  struct Slot {
    std::uint32_t print = 0;  // 0: empty
    std::uint32_t count = 0;
  };
  static std::uint32_t fingerprint(std::uint64_t key) noexcept {
    return static_cast<std::uint32_t>(key >> 32) | 1u;
  }
  // Where the word hashed to `key` is in `table`, or the empty slot it would take.
  static std::size_t at(const std::vector<Slot>& table, std::uint64_t key) noexcept {
    return util::probe(table, key, [](const Slot& s) { return s.print != 0; },
                       [print = fingerprint(key)](const Slot& s) { return s.print == print; });
  }

  std::vector<std::unique_ptr<char[]>> blocks_;  // the words' bytes
  char* free_ = nullptr;
  std::size_t left_ = 0;
  std::vector<std::string_view> words_;
  std::vector<Slot> slots_;  // a power of two, at most half full
};

/// The corpus counts of the model compiled into the library (loads it on first use).
const Lexicon& builtin_lexicon();

/// What the per-thread cache keeps for a word: its segmentation, and its light stem once asked.
struct CachedWord {
  Segmentation segmentation;
  std::string light_stem;
  bool has_light_stem = false;
};

/// The built-in segmenter's cache entry for `word` (segmented if new), or nullptr for words
/// too long to cache. Valid until the next call on this thread.
CachedWord* builtin_cached(std::string_view word);

/// The hashed features of each candidate of `w`, one vector per candidate. A candidate's
/// features also say how its stem's corpus count compares with the other candidates'.
void candidate_features(const Word& w, std::span<const Candidate> cands, const Lexicon& lex,
                        std::vector<std::vector<std::uint64_t>>& out);

/// Feature weights and the lexicon: everything a trained segmenter needs.
struct SegmenterModel {
  Lexicon lexicon;
  std::unordered_map<std::uint64_t, float> weights;
  /// Self-test samples (surface, restored pieces joined by '+') checked at load time.
  std::vector<std::pair<std::string, std::string>> self_test;

  float score(const std::vector<std::uint64_t>& features) const;
  /// Index of the best-scoring candidate (the first among equals).
  std::size_t best(const Word& w, std::span<const Candidate> cands,
                   std::vector<std::vector<std::uint64_t>>& scratch) const;
};

/// Parses a model file (plain text or zstd-compressed). Throws FormatError naming `name`.
SegmenterModel parse_model(std::string_view bytes, const std::string& name);
/// Writes `model` in the text format parse_model reads (uncompressed).
std::string write_model(const SegmenterModel& model);

/// The rule-only split: longest proclitic sequence and enclitic that leave a stem of at least
/// `min_stem` letters; ل + ل restores the article and ت before an enclitic becomes ة.
Candidate rule_candidate(const Word& w, std::size_t min_stem);

}  // namespace marsad::text::detail
