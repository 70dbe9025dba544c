// Feature extraction and Viterbi decoding.
//
// Features are hashed (Weinberger et al. 2009, "Feature hashing for large scale multitask
// learning"): a template id and the hashes of its parts are mixed into a row of the weight
// table, so no feature dictionary is stored and extraction allocates nothing per feature.
#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#include "marsad/text.h"
#include "ner/model.h"
#include "util/hash.h"

namespace marsad::ner {
namespace {

enum Template : std::uint64_t {
  kBias = 1, kWord, kWordL1, kWordR1, kWordL2, kWordR2, kBare, kBareL1, kBareR1, kBareL2, kBareR2,
  kBigramL, kBigramR, kBareBigramL, kPrefix1, kPrefix2, kPrefix3, kSuffix1, kSuffix2, kSuffix3,
  kShape, kShapeL, kShapeR, kClitic, kLex0, kLexL1, kLexR1, kLexL2, kFine0, kCoarse0, kFineL1,
  kFineR1, kCoarseL1R0, kCoarse0R1, kFreq, kFirst, kLexL1Bare0, kFineL2, kFineR2, kRead,
  kReadFine, kReadCoarse, kReadFreq, kBareSuffix2, kBareSuffix3, kReadL1, kReadR1, kExtra0, kExtraL1, kExtraR1, kWordMaqsura,
  kDomainBias, kDomainWord, kDomainBare, kDomainRead, kDomainFine, kDomainShape, kDomainLex, kDomainWordL1, kDomainWordR1,
};

std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

// Byte length of the first / last n code points.
std::size_t head_bytes(std::string_view s, int n) noexcept {
  std::size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}
std::size_t tail_bytes(std::string_view s, int n) noexcept {
  std::size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return s.size() - i;
}

// Word shape: runs of character classes plus a length bucket ("a5", "d4", "p1", "aL3").
std::uint64_t shape_hash(std::string_view w) noexcept {
  std::uint64_t h = 0;
  char last = 0;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < w.size();) {
    int len = 1;
    char32_t c = text::decode_utf8(w, i, len);
    i += static_cast<std::size_t>(len);
    ++chars;
    char cls = text::is_arabic_letter(c)               ? 'a'
               : (c >= '0' && c <= '9')                ? 'd'
               : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? 'L'
               : c < 0x80                              ? 'p'
                                                       : 'o';
    if (cls != last) h = (h * 31) + static_cast<unsigned char>(cls);
    last = cls;
  }
  std::size_t bucket = chars <= 3 ? chars : chars <= 5 ? 4 : chars <= 8 ? 5 : 6;
  return h * 7 + bucket;
}

struct WordView {
  std::uint64_t word, bare, shape, clitic, fine, coarse, read, read_fine, read_coarse, read_freq, freq;
  std::uint32_t lex;
  std::array<std::uint16_t, kExtraClusterings> extra;
};

std::uint64_t freq_bucket(std::uint32_t count) noexcept {
  return count == 0 ? 99 : static_cast<std::uint64_t>(std::bit_width(count));
}

constexpr std::uint64_t kPadLeft = 0x51ull, kPadRight = 0x52ull;

}  // namespace

std::uint32_t Model::frequency(const std::string& norm) const {
  const WordInfo* w = clusters.find(norm);
  return w ? w->count : 0;
}

void Model::extract(const std::vector<std::string>& words, SentenceFeatures& out) const {
  const std::vector<std::string_view> views(words.begin(), words.end());
  extract(views, out, {}, reading_domain());
}

void Model::extract(std::span<const std::string_view> words, SentenceFeatures& out,
                    std::span<const std::string> norms, Domain domain) const {
  const std::size_t n = words.size();
  std::vector<std::string> own_norm(norms.empty() ? n : 0);
  std::vector<std::string_view> bare(n);  // views into norm
  for (std::size_t i = 0; i < own_norm.size(); ++i) text::normalize_into(words[i], text::Profile::kSearch, own_norm[i]);
  const std::span<const std::string> norm = norms.empty() ? std::span<const std::string>(own_norm) : norms;
  std::vector<WordView> v(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t skipped = 0;
    bare[i] = strip_proclitics(norm[i], skipped);
    const WordInfo* own = clusters.find(norm[i]);
    const WordInfo* info = own ? own : clusters.find(bare[i]);
    // The word as it would be written alone (بالاهلي → الاهلي): its most frequent reading.
    const WordInfo* read = own;
    const std::uint64_t word_hash = hash_bytes(norm[i]);
    std::uint64_t read_hash = word_hash;
    for (auto& [skip, form] : name_readings(norm[i])) {
      if (skip == 0) continue;
      const WordInfo* r = clusters.find(form);
      if (r && (!read || r->count > read->count)) read = r, read_hash = hash_bytes(form);
    }
    v[i] = {word_hash, hash_bytes(bare[i]), shape_hash(norm[i]),
            hash_bytes(std::string_view(norm[i]).substr(0, skipped)),
            info ? info->fine + 0ull : 0ull, info ? info->coarse + 0ull : 0ull,
            read_hash, read ? read->fine + 0ull : 0ull, read ? read->coarse + 0ull : 0ull,
            freq_bucket(read ? read->count : 0), own ? freq_bucket(own->count) : 99, 0,
            info ? info->extra : std::array<std::uint16_t, kExtraClusterings>{}};
  }
  std::vector<std::uint32_t> lex = lexicon.match(norm);
  for (std::size_t i = 0; i < n; ++i) v[i].lex = lex[i];

  const unsigned shift = 64 - hash_bits;
  out.ids.clear();
  out.ids.reserve(n * 64);  // about 60 features a word: one allocation, not one per doubling
  out.offsets.assign(1, 0);
  out.keys.resize(n);
  for (std::size_t i = 0; i < n; ++i) out.keys[i] = v[i].read;
  auto at = [&](std::ptrdiff_t j) -> const WordView* {
    return j >= 0 && j < static_cast<std::ptrdiff_t>(n) ? &v[static_cast<std::size_t>(j)] : nullptr;
  };
  // A word's features are written to a buffer and appended at once: at most 48 of fixed
  // templates, three per extra clustering and one per lexicon bit of four neighbours (the one
  // before twice); with a domain, 8 more and one per lexicon bit of the word.
  constexpr std::size_t kMaxFeatures = 48 + 3 * kExtraClusterings + 5 * 32 + 8 + 32;
  std::array<std::uint32_t, kMaxFeatures> feature;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t features = 0;
    auto add = [&](std::uint64_t t, std::uint64_t a, std::uint64_t b = 0) __attribute__((always_inline)) {
      feature[features++] = static_cast<std::uint32_t>(util::mix64(util::mix64(t * 0x9E3779B97F4A7C15ull ^ a) + b) >> shift);
    };
    const auto ip = static_cast<std::ptrdiff_t>(i);
    const WordView& w = v[i];
    auto word = [&](std::ptrdiff_t j) { auto* x = at(j); return x ? x->word : j < 0 ? kPadLeft : kPadRight; };
    auto bar = [&](std::ptrdiff_t j) { auto* x = at(j); return x ? x->bare : j < 0 ? kPadLeft : kPadRight; };
    auto fine = [&](std::ptrdiff_t j) { auto* x = at(j); return x ? x->fine : j < 0 ? kPadLeft : kPadRight; };
    auto coarse = [&](std::ptrdiff_t j) { auto* x = at(j); return x ? x->coarse : j < 0 ? kPadLeft : kPadRight; };
    auto shp = [&](std::ptrdiff_t j) { auto* x = at(j); return x ? x->shape : j < 0 ? kPadLeft : kPadRight; };
    auto lexb = [&](std::ptrdiff_t j) -> std::uint32_t { auto* x = at(j); return x ? x->lex : 0; };

    add(kBias, 0);
    add(kWord, w.word);
    add(kWordL1, word(ip - 1));
    add(kWordR1, word(ip + 1));
    add(kWordL2, word(ip - 2));
    add(kWordR2, word(ip + 2));
    add(kBare, w.bare);
    add(kBareL1, bar(ip - 1));
    add(kBareR1, bar(ip + 1));
    add(kBareL2, bar(ip - 2));
    add(kBareR2, bar(ip + 2));
    add(kBigramL, word(ip - 1), w.word);
    add(kBigramR, w.word, word(ip + 1));
    add(kBareBigramL, bar(ip - 1), w.bare);
    std::string_view b = bare[i], nw = norm[i];
    add(kPrefix1, hash_bytes(b.substr(0, head_bytes(b, 1))));
    add(kPrefix2, hash_bytes(b.substr(0, head_bytes(b, 2))));
    add(kPrefix3, hash_bytes(b.substr(0, head_bytes(b, 3))));
    add(kSuffix1, hash_bytes(nw.substr(nw.size() - tail_bytes(nw, 1))));
    add(kSuffix2, hash_bytes(nw.substr(nw.size() - tail_bytes(nw, 2))));
    add(kSuffix3, hash_bytes(nw.substr(nw.size() - tail_bytes(nw, 3))));
    add(kShape, w.shape);
    add(kShapeL, shp(ip - 1), w.shape);
    add(kShapeR, w.shape, shp(ip + 1));
    add(kClitic, w.clitic);
    for (std::uint32_t bits = w.lex; bits; bits &= bits - 1) add(kLex0, std::countr_zero(bits));
    for (std::uint32_t bits = lexb(ip - 1); bits; bits &= bits - 1) {
      add(kLexL1, std::countr_zero(bits));
      add(kLexL1Bare0, std::countr_zero(bits), w.bare);
    }
    for (std::uint32_t bits = lexb(ip + 1); bits; bits &= bits - 1) add(kLexR1, std::countr_zero(bits));
    for (std::uint32_t bits = lexb(ip - 2); bits; bits &= bits - 1) add(kLexL2, std::countr_zero(bits));
    add(kFine0, w.fine);
    add(kCoarse0, w.coarse);
    add(kFineL1, fine(ip - 1));
    add(kFineR1, fine(ip + 1));
    add(kFineL2, fine(ip - 2));
    add(kFineR2, fine(ip + 2));
    add(kCoarseL1R0, coarse(ip - 1), w.coarse);
    add(kCoarse0R1, w.coarse, coarse(ip + 1));
    add(kFreq, w.freq);
    add(kRead, w.read);
    add(kReadFine, w.read_fine);
    add(kReadCoarse, w.read_coarse);
    add(kReadFreq, w.read_freq);
    add(kReadL1, i > 0 ? v[i - 1].read_fine : kPadLeft);
    add(kReadR1, i + 1 < n ? v[i + 1].read_fine : kPadRight);
    add(kBareSuffix2, hash_bytes(b.substr(b.size() - tail_bytes(b, 2))));
    add(kBareSuffix3, hash_bytes(b.substr(b.size() - tail_bytes(b, 3))));
    // Search folding writes the preposition على and the name علي alike; the spelling tells
    // them apart, and Saudi papers keep it (on 3,000 articles: على 16,703 times, علي 421).
    add(kWordMaqsura, w.word, words[i].ends_with("ى") ? 1 : 2);
    for (int j = 0; j < kExtraClusterings; ++j) {
      if (w.extra[j]) add(kExtra0, j, w.extra[j]);
      if (i > 0 && v[i - 1].extra[j]) add(kExtraL1, j, v[i - 1].extra[j]);
      if (i + 1 < n && v[i + 1].extra[j]) add(kExtraR1, j, v[i + 1].extra[j]);
    }
    if (i == 0) add(kFirst, 0);
    // The domain's own copy of the features that carry a corpus's conventions: the word, its
    // readings and cluster, its shape, its lexicon entries, its neighbours, and a bias.
    if (domain != Domain::kNone) {
      const std::uint64_t d = static_cast<std::uint64_t>(domain) * 0x9E3779B1ull;
      add(kDomainBias, d);
      add(kDomainWord, d, w.word);
      add(kDomainBare, d, w.bare);
      add(kDomainRead, d, w.read);
      add(kDomainFine, d, w.fine);
      add(kDomainShape, d, w.shape);
      add(kDomainWordL1, d, word(ip - 1));
      add(kDomainWordR1, d, word(ip + 1));
      for (std::uint32_t bits = w.lex; bits; bits &= bits - 1) add(kDomainLex, d, std::countr_zero(bits));
    }
    out.ids.insert(out.ids.end(), feature.begin(), feature.begin() + static_cast<std::ptrdiff_t>(features));
    out.offsets.push_back(static_cast<std::uint32_t>(out.ids.size()));
  }
}

void add_rows(const std::vector<float>& table, const SentenceFeatures& f, Scores& out) {
  for (std::size_t i = 0; i + 1 < f.offsets.size(); ++i)
    for (std::uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
      const float* row = &table[static_cast<std::size_t>(f.ids[k]) * kLabels];
      for (int l = 0; l < kLabels; ++l) out[i][l] += row[l];
    }
}

namespace {

// Sums 16-bit rows of `width` (a constant, so that the loop is unrolled and vectorized).
template <int width>
void sum_packed(const std::vector<std::int16_t>& packed, std::size_t stride, const SentenceFeatures& f,
                const float* scale, Scores& first, Scores* second) {
  const std::size_t n = f.offsets.size() - 1;
  for (std::size_t i = 0; i < n; ++i) {
    // The rows are scattered over megabytes: ask for the next word's while adding this one's.
    if (i + 1 < n)
      for (std::uint32_t k = f.offsets[i + 1]; k < f.offsets[i + 2]; ++k) {
        const std::int16_t* row = &packed[static_cast<std::size_t>(f.ids[k]) * stride];
        __builtin_prefetch(row);
        __builtin_prefetch(row + width - 1);
      }
    std::array<std::int32_t, width> sum{};
    for (std::uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
      const std::int16_t* row = &packed[static_cast<std::size_t>(f.ids[k]) * stride];
      for (int l = 0; l < width; ++l) sum[l] += row[l];
    }
    for (int l = 0; l < kLabels; ++l) first[i][l] = static_cast<float>(sum[l]) * scale[0];
    if (second)
      for (int l = kLabels; l < width; ++l) (*second)[i][l - kLabels] = static_cast<float>(sum[l]) * scale[1];
  }
}

}  // namespace

void Model::scores(const SentenceFeatures& f, Scores& first, Scores* second) const {
  const std::size_t n = f.offsets.size() - 1;
  first.assign(n, {});
  const bool both = second && has_document_pass();
  if (both) second->assign(n, {});
  if (packed_.empty()) {  // while training
    add_rows(emission, f, first);
    if (both) add_rows(document.emission, f, *second);
    return;
  }
  if (both)
    sum_packed<2 * kLabels>(packed_, stride_, f, packed_scale_, first, second);
  else
    sum_packed<kLabels>(packed_, stride_, f, packed_scale_, first, nullptr);
}

void Model::add_document_rows(const DocumentFeatures& f, Scores& second) const {
  if (packed_.empty()) return add_rows(document.emission, f, second);
  for (std::size_t i = 0; i + 1 < f.offsets.size(); ++i)
    for (std::uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
      const std::int16_t* row = &packed_[static_cast<std::size_t>(f.ids[k]) * stride_ + kLabels];
      for (int l = 0; l < kLabels; ++l) second[i][l] += static_cast<float>(row[l]) * packed_scale_[1];
    }
}

std::vector<int> viterbi(const Scores& emit, const Transitions& trans) {
  const std::size_t n = emit.size();
  std::vector<int> labels(n);
  if (n == 0) return labels;
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  thread_local std::vector<std::array<float, kLabels>> best;  // kept between sentences
  thread_local std::vector<std::array<std::uint8_t, kLabels>> back;
  best.resize(n);
  back.resize(n);
  for (int cur = 0; cur < kLabels; ++cur) {
    best[0][cur] = (allowed(kStart, cur) ? trans[kStart][cur] : kNeg) + emit[0][cur];
    back[0][cur] = 0;
  }
  // The best step into `cur` from the labels [from, to) (those allowed before it); the first of
  // equal scores wins.
  const auto step = [&](std::size_t i, int cur, int from, int to) {
    float top = kNeg;
    int arg = 0;
    for (int prev = from; prev < to; ++prev) {
      const float s = best[i - 1][prev] + trans[prev][cur];
      if (s > top) top = s, arg = prev;
    }
    best[i][cur] = top + emit[i][cur];
    back[i][cur] = static_cast<std::uint8_t>(arg);
  };
  static_assert(allowed(0, 2) == false && allowed(1, 2) && allowed(2, 2) && allowed(3, 1) && !allowed(3, 2));
  for (std::size_t i = 1; i < n; ++i) {
    step(i, 0, 0, kLabels);  // O and B-X after anything, I-X after B-X or I-X of its type
    for (int cur = 1; cur < kLabels; cur += 2) {
      step(i, cur, 0, kLabels);
      step(i, cur + 1, cur, cur + 2);
    }
  }
  labels[n - 1] = static_cast<int>(std::max_element(best[n - 1].begin(), best[n - 1].end()) -
                                   best[n - 1].begin());
  for (std::size_t i = n - 1; i > 0; --i) labels[i - 1] = back[i][labels[i]];
  return labels;
}

std::vector<int> Model::decode(const SentenceFeatures& f) const {
  Scores emit;
  scores(f, emit, nullptr);
  return viterbi(emit, transition);
}

std::vector<std::string> Model::tag(const std::vector<std::string>& words) const {
  std::vector<SentenceFeatures> f(1);
  extract(words, f[0]);
  std::vector<std::string> out;
  out.reserve(words.size());
  const std::vector<std::vector<int>> labels = decode_document(f, false);
  for (int l : labels[0]) out.emplace_back(label_name(l));
  return out;
}

}  // namespace marsad::ner
