// The document pass: what the sentence pass said about the same word elsewhere in the article.
//
// A tagger that sees one sentence at a time tags a name it knows well in one sentence and
// misses it in the next (a club name after a verb, a surname alone). One article rarely uses a
// word both as a name and as a common word, so the labels the first pass gave its other
// occurrences are strong evidence; a second pass learns how far to trust them.
#include <algorithm>

#include "ner/model.h"
#include "util/hash.h"

namespace marsad::ner {
namespace {

enum DocumentTemplate : std::uint64_t { kUnseen = 1, kVote, kHas, kShare, kName };

constexpr std::size_t kMaxName = 4;  // words in the longest multi-word name looked up

// 0 = O, 1 + type for an entity label.
int slot(int label) noexcept { return label == 0 ? 0 : 1 + (label - 1) / 2; }

std::uint64_t name_hash(const std::vector<std::uint64_t>& keys, std::size_t from, std::size_t to) noexcept {
  std::uint64_t h = 0x6a09e667f3bcc908ull;
  for (std::size_t k = from; k < to; ++k) h = util::mix64(h ^ keys[k]);
  return h;
}

std::int32_t bucket(std::int32_t count) noexcept { return std::min(count, 3); }

// The chunks of a label sequence: (begin, end, type).
template <typename Fn>
void for_each_chunk(const std::vector<int>& labels, Fn fn) {
  for (std::size_t i = 0; i < labels.size();) {
    if (labels[i] == 0) { ++i; continue; }
    std::size_t j = i + 1;
    while (j < labels.size() && labels[j] == labels[i] + (labels[i] % 2)) ++j;
    fn(i, j, slot(labels[i]));
    i = j;
  }
}

}  // namespace

LabelCounts::Counts& LabelCounts::at(std::uint64_t key) {
  key += key == 0;
  if (2 * (used_ + 1) > slots_.size()) {  // at most half full
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, 2 * old.size()), Slot{});
    used_ = 0;
    for (const Slot& x : old)
      if (x.key) at(x.key) = x.counts;
  }
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return slots_[i].counts;
    if (slots_[i].key == 0) {
      ++used_;
      slots_[i].key = key;
      return slots_[i].counts;
    }
  }
}

const LabelCounts::Counts* LabelCounts::find(std::uint64_t key) const noexcept {
  if (slots_.empty()) return nullptr;
  key += key == 0;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = key & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return &slots_[i].counts;
    if (slots_[i].key == 0) return nullptr;
  }
}

void DocumentVotes::add(const SentenceFeatures& f, const std::vector<int>& labels, int sign) {
  for (std::size_t i = 0; i < labels.size(); ++i) words_.at(f.keys[i])[static_cast<std::size_t>(slot(labels[i]))] += sign;
  for_each_chunk(labels, [&](std::size_t b, std::size_t e, int type) {
    if (e - b >= 2 && e - b <= kMaxName) names_.at(name_hash(f.keys, b, e))[static_cast<std::size_t>(type)] += sign;
  });
}

void DocumentVotes::features(const SentenceFeatures& f, const std::vector<int>& labels, std::uint32_t hash_bits,
                             DocumentFeatures& out) const {
  const std::size_t n = labels.size();
  const unsigned shift = 64 - hash_bits;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> at;  // (word, feature id)
  auto add = [&](std::size_t i, std::uint64_t t, std::uint64_t a, std::uint64_t b = 0) {
    at.emplace_back(static_cast<std::uint32_t>(i),
                    static_cast<std::uint32_t>(util::mix64(util::mix64(t * 0x9E3779B97F4A7C15ull ^ a) + b) >> shift));
  };
  for (std::size_t i = 0; i < n; ++i) {
    LabelCounts::Counts c{};
    if (const auto* found = words_.find(f.keys[i])) c = *found;
    --c[static_cast<std::size_t>(slot(labels[i]))];  // the word itself is no evidence
    std::int32_t total = 0, entity = 0;
    for (std::size_t k = 0; k < 5; ++k) total += c[k];
    if (total <= 0) {
      add(i, kUnseen, 0);
      continue;
    }
    std::size_t top = 0;
    for (std::size_t k = 1; k < 5; ++k) {
      entity += c[k];
      if (c[k] > 0 && (top == 0 || c[k] > c[top])) top = k;
      if (c[k] > 0) add(i, kHas, k);
    }
    add(i, kVote, top, static_cast<std::uint64_t>(bucket(c[top]) * 4 + bucket(c[0])));
    add(i, kShare, top, static_cast<std::uint64_t>(4 * entity / total));
  }
  // Multi-word names tagged elsewhere: each word learns its place in the name.
  std::vector<std::pair<std::size_t, std::size_t>> own;  // this sentence's own multi-word chunks
  std::vector<int> own_type;
  for_each_chunk(labels, [&](std::size_t b, std::size_t e, int type) {
    own.emplace_back(b, e);
    own_type.push_back(type);
  });
  for (std::size_t b = 0; b < n; ++b)
    for (std::size_t e = b + 2; e <= std::min(n, b + kMaxName); ++e) {
      const auto* found = names_.find(name_hash(f.keys, b, e));
      if (!found) continue;
      LabelCounts::Counts c = *found;
      for (std::size_t k = 0; k < own.size(); ++k)
        if (own[k] == std::pair(b, e)) --c[static_cast<std::size_t>(own_type[k])];
      auto top = static_cast<std::size_t>(std::max_element(c.begin() + 1, c.end()) - c.begin());
      if (c[top] <= 0) continue;
      for (std::size_t p = b; p < e; ++p)
        add(p, kName, top, (p == b ? 0u : p + 1 == e ? 1u : 2u) * 4 + static_cast<std::uint64_t>(bucket(c[top])));
    }
  // Grouped by word (a counting sort).
  out.offsets.assign(n + 1, 0);
  for (const auto& x : at) ++out.offsets[x.first + 1];
  for (std::size_t i = 0; i < n; ++i) out.offsets[i + 1] += out.offsets[i];
  out.ids.resize(at.size());
  std::vector<std::uint32_t> next(out.offsets.begin(), out.offsets.end() - 1);
  for (const auto& [word, id] : at) out.ids[next[word]++] = id;
}

std::vector<std::vector<int>> Model::decode_document(const std::vector<SentenceFeatures>& sentences,
                                                     bool running) const {
  const std::size_t n = sentences.size();
  std::vector<std::vector<int>> first(n);
  const bool two_pass = has_document_pass();
  std::vector<Scores> second(two_pass ? n : 0);
  Scores emit;
  for (std::size_t s = 0; s < n; ++s) {
    scores(sentences[s], emit, two_pass ? &second[s] : nullptr);
    first[s] = viterbi(emit, transition);
  }
  if (!two_pass) return first;
  // The votes of the sentences [s - window, s + window] (all of them for a whole article).
  const std::size_t window = running ? document.window : n;
  DocumentVotes votes;
  for (std::size_t s = 0; s < n && s <= window; ++s) votes.add(sentences[s], first[s]);
  std::vector<std::vector<int>> out(n);
  DocumentFeatures df;
  for (std::size_t s = 0; s < n; ++s) {
    if (s > 0 && s + window < n) votes.add(sentences[s + window], first[s + window]);
    if (s > window) votes.add(sentences[s - window - 1], first[s - window - 1], -1);
    votes.features(sentences[s], first[s], hash_bits, df);
    add_document_rows(df, second[s]);
    out[s] = viterbi(second[s], document.transition);
  }
  return out;
}

}  // namespace marsad::ner
