// Segmenter: scores every candidate split of a word with the learned linear model and keeps
// the best. Segmentations are cached per thread, since news text repeats its words: the
// cache turns most calls into one hash lookup.
#include <atomic>
#include <unordered_map>
#include <unordered_set>

#include "marsad/error.h"
#include "marsad/text.h"
#include "text/segment_model.h"
#include "text/stem_tables.h"

namespace marsad::data {
extern const std::string_view kSegmenterModel;
extern const std::string_view kCliticsKeep;
}

namespace marsad::text {

struct Segmenter::Impl {
  std::shared_ptr<const detail::SegmenterModel> model;
  bool rules_only = false;
  std::size_t min_stem = 3;
  std::uint64_t id = 0;  // tells the per-thread caches of different segmenters apart

  Segmentation compute(std::string_view word) const;
};

namespace {

constexpr std::size_t kCacheLimit = 1 << 18;
constexpr std::size_t kMaxCachedBytes = 64;

std::uint64_t next_segmenter_id() {
  static std::atomic<std::uint64_t> next{1};
  return next++;
}

Segmentation single_piece(std::string_view word) {
  Segmentation seg;
  seg.pieces.emplace_back(word);
  seg.restored.emplace_back(word);
  return seg;
}

std::string join_restored(const Segmentation& seg) {
  std::string out;
  for (const auto& r : seg.restored) out += (out.empty() ? "" : "+") + r;
  return out;
}

bool is_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

// و٢٠ and ب2015: a one-letter proclitic on a number (the tokenizer separates these, but a
// caller may hand us the written token). Returns the proclitic's byte length, or 0.
std::size_t proclitic_before_number(std::string_view word) {
  int len = 0;
  char32_t c = decode_utf8(word, 0, len);
  if (word.empty() || (c != U'و' && c != U'ف' && c != U'ب' && c != U'ل' && c != U'ك')) return 0;
  std::size_t cut = static_cast<std::size_t>(len);
  for (; cut < word.size(); cut += static_cast<std::size_t>(len))
    if (!is_arabic_diacritic(decode_utf8(word, cut, len))) break;
  if (cut >= word.size() || !is_digit(decode_utf8(word, cut, len))) return 0;
  for (std::size_t pos = cut; pos < word.size(); pos += static_cast<std::size_t>(len)) {
    char32_t d = decode_utf8(word, pos, len);
    if (!is_digit(d) && d != U'.' && d != U',' && d != U'٫' && d != U'٬' && d != U'%' && d != U'٪')
      return 0;
  }
  return cut;
}

// Words never split (data/clitics_keep.tsv), as written without tashkeel.
const std::unordered_set<std::string>& kept_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    for (const auto& row : detail::read_table(data::kCliticsKeep, "data/clitics_keep.tsv", 1))
      out.insert(row[0]);
    return out;
  }();
  return words;
}

// One per thread, for the segmenter that used it last. The light stemmer keeps its result
// in the same entry, so a pipeline that segments and stems a word looks it up once.
struct ThreadCache {
  std::uint64_t owner = 0;
  std::unordered_map<std::string, detail::CachedWord, util::StringHash, std::equal_to<>> map;  // (node-based: entries stay put)
};

}  // namespace

Segmentation Segmenter::Impl::compute(std::string_view word) const {
  thread_local detail::Word w;
  if (!detail::read_word(word, w)) {
    std::size_t cut = proclitic_before_number(word);
    if (cut == 0) return single_piece(word);
    Segmentation seg;
    seg.pieces = {std::string(word.substr(0, cut)), std::string(word.substr(cut))};
    seg.restored = {dediac(seg.pieces[0]), seg.pieces[1]};
    seg.stem = 1;
    return seg;
  }
  if (rules_only) return detail::make_segmentation(word, w, detail::rule_candidate(w, min_stem));
  if (kept_words().contains(w.orig)) return single_piece(word);
  thread_local std::vector<detail::Candidate> candidates;
  thread_local std::vector<std::vector<std::uint64_t>> scratch;
  detail::enumerate_candidates(w, candidates);
  const detail::Candidate* best = &candidates[model->best(w, candidates, scratch)];
  return detail::make_segmentation(word, w, *best);
}

Segmenter::Segmenter(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

Segmenter Segmenter::from_model(std::string_view bytes, const std::string& name) {
  auto impl = std::make_shared<Impl>();
  impl->model = std::make_shared<const detail::SegmenterModel>(detail::parse_model(bytes, name));
  impl->id = next_segmenter_id();
  for (const auto& [surface, expected] : impl->model->self_test) {
    std::string got = join_restored(impl->compute(surface));
    if (got != expected)
      throw FormatError("self-test failed: " + surface + " gave " + got + ", expected " + expected,
                        Location{name});
  }
  return Segmenter(std::move(impl));
}

Segmenter Segmenter::rules(std::size_t min_stem) {
  auto impl = std::make_shared<Impl>();
  impl->rules_only = true;
  impl->min_stem = min_stem;
  impl->id = next_segmenter_id();
  return Segmenter(std::move(impl));
}

const Segmenter& Segmenter::instance() {
  static const Segmenter segmenter = from_model(data::kSegmenterModel, "<built-in segmenter model>");
  return segmenter;
}

// Lets the light stemmer read the built-in model's corpus counts without a public accessor.
struct SegmenterInternals {
  static const detail::Lexicon& lexicon(const Segmenter& s) { return s.impl_->model->lexicon; }
  static detail::CachedWord* cached(const Segmenter& s, std::string_view word) {
    return s.cached(word);
  }
};

const detail::Lexicon& detail::builtin_lexicon() {
  return SegmenterInternals::lexicon(Segmenter::instance());
}

std::uint32_t corpus_count(std::string_view word) {
  return detail::builtin_lexicon().count(word);
}

detail::CachedWord* Segmenter::cached(std::string_view word) const {
  if (word.size() > kMaxCachedBytes) return nullptr;
  thread_local ThreadCache cache;
  if (cache.owner != impl_->id) {
    cache.map.clear();
    cache.owner = impl_->id;
  }
  auto it = cache.map.find(word);
  if (it != cache.map.end()) return &it->second;
  if (cache.map.size() >= kCacheLimit) cache.map.clear();
  return &cache.map.emplace(std::string(word), detail::CachedWord{impl_->compute(word), {}, false})
              .first->second;
}

Segmentation Segmenter::segment(std::string_view word) const {
  detail::CachedWord* entry = cached(word);
  return entry ? entry->segmentation : impl_->compute(word);
}

detail::CachedWord* detail::builtin_cached(std::string_view word) {
  return SegmenterInternals::cached(Segmenter::instance(), word);
}

}  // namespace marsad::text
