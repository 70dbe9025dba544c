#include "text/segment_model.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace marsad::text::detail {
namespace {

constexpr std::string_view kProclitics[] = {"و", "ف", "ب", "ك", "ل", "س"};
// Pronoun enclitics, longest first so that هما is preferred to ها when both could apply.
constexpr std::string_view kEnclitics[] = {"هما", "كما", "ها", "هم", "هن", "كم", "كن",
                                           "ني", "نا", "ه", "ك", "ي"};

char32_t key_letter(char32_t c) noexcept {
  switch (c) {
    case U'أ': case U'إ': case U'آ': case U'ٱ': return U'ا';
    case U'ى': case U'ی': return U'ي';
    case U'ة': return U'ه';
    case U'ک': return U'ك';
    default: return c;
  }
}

void put2(std::string& out, char32_t c) {
  out.push_back(static_cast<char>(0xC0 | (c >> 6)));
  out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
}

std::string_view letters(const std::string& s, std::size_t from, std::size_t count) {
  return std::string_view(s).substr(2 * from, 2 * count);
}

bool is_one_of(std::string_view letter, std::string_view set) {
  for (std::size_t i = 0; i + 2 <= set.size(); i += 2)
    if (set.substr(i, 2) == letter) return true;
  return false;
}

// Conjunction (و ف) first, then at most one of ب ك ل س; the future س only before the
// prefix of an imperfect verb.
bool proclitics_ok(const Word& w, std::size_t pre) {
  if (pre > 2 || pre + 0 > w.letters()) return false;
  for (std::size_t i = 0; i < pre; ++i) {
    std::string_view l = letters(w.orig, i, 1);
    bool conj = l == "و" || l == "ف";
    if (conj && i != 0) return false;
    if (!conj && i != pre - 1) return false;
    if (std::find(std::begin(kProclitics), std::end(kProclitics), l) == std::end(kProclitics))
      return false;
    if (l == "س" && (pre >= w.letters() || !is_one_of(letters(w.orig, pre, 1), "يتنأ")))
      return false;
  }
  return true;
}

bool is_enclitic(std::string_view s) {
  return std::find(std::begin(kEnclitics), std::end(kEnclitics), s) != std::end(kEnclitics);
}

std::size_t enclitic_at_end(const Word& w, std::string_view enc) {
  std::size_t n = enc.size() / 2;
  if (n >= w.letters()) return 0;
  return letters(w.orig, w.letters() - n, n) == enc ? n : 0;
}

// A stem is at least two letters, except that a preposition may carry a pronoun alone (له بها);
// then the pronoun is the enclitic, never a stem (one split per reading).
bool stem_ok(const Word& w, std::size_t pre, std::size_t suf) {
  std::size_t stem = w.letters() - pre - suf;
  if (stem >= 2 && suf == 0 && pre > 0 && is_enclitic(letters(w.orig, pre, stem)) &&
      is_one_of(letters(w.orig, pre - 1, 1), "بلك"))
    return false;
  if (stem >= 2) return true;
  if (stem != 0 || pre == 0 || suf == 0) return false;
  return is_one_of(letters(w.orig, pre - 1, 1), "بلك");
}

// Restorations that apply to this split, as a mask of Restore flags.
std::uint8_t possible_restorations(const Word& w, std::size_t pre, std::size_t suf) {
  std::size_t stem = w.letters() - pre - suf;
  std::uint8_t mask = 0;
  if (stem >= 2 && pre > 0 && letters(w.orig, pre - 1, 1) == "ل" && letters(w.orig, pre, 1) == "ل")
    mask |= kRestoreAl;
  if (stem >= 2 && suf > 0) {
    std::string_view last = letters(w.orig, pre + stem - 1, 1);
    if (last == "ت") mask |= kRestoreTa;
    if (last == "ي" || last == "ا") mask |= kRestoreYa;
    if (last == "و") mask |= kRestoreAlif;
  }
  return mask;
}

std::string restored_stem(const std::string& letters_str, const Word& w, const Candidate& c,
                          bool key) {
  std::size_t stem = c.stem_letters(w);
  std::string out;
  out.reserve(2 * stem + 4);
  if (c.restore & kRestoreAl) out += "ا";
  out += letters(letters_str, c.pre, stem);
  if (c.restore & kRestoreTa) out.replace(out.size() - 2, 2, key ? "ه" : "ة");
  if (c.restore & kRestoreYa) out.replace(out.size() - 2, 2, key ? "ي" : "ى");
  if (c.restore & kRestoreAlif) out += "ا";
  return out;
}

// FNV-1a over a feature's template id and values.
class FeatureHash {
 public:
  explicit FeatureHash(std::uint8_t templ) { byte(templ); }
  FeatureHash& add(std::string_view s) {
    for (char ch : s) byte(static_cast<unsigned char>(ch));
    byte(0xFF);
    return *this;
  }
  FeatureHash& add(int v) {
    byte(static_cast<unsigned char>(v & 0xFF));
    byte(0xFE);
    return *this;
  }
  std::uint64_t get() const { return h_; }

 private:
  void byte(unsigned char b) { h_ = (h_ ^ b) * 0x100000001b3ULL; }
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

// Corpus counts on a log scale: 0 for unseen, then 1 + floor(log2(count)).
int bucket(std::uint32_t count) {
  return count == 0 ? 0 : std::min(16, 1 + static_cast<int>(std::bit_width(count)) - 1);
}

}  // namespace

bool read_word(std::string_view s, Word& out) {
  out.orig.clear();
  out.key.clear();
  out.begin.clear();
  for (std::size_t pos = 0; pos < s.size();) {
    int len = 1;
    char32_t c = decode_utf8(s, pos, len);
    if (c == kTatweel || is_arabic_diacritic(c)) {
      pos += static_cast<std::size_t>(len);
      continue;
    }
    if (c < 0x0621 || c > 0x06FF || !is_arabic_letter(c) || out.begin.size() == kMaxLetters)
      return false;
    char32_t k = key_letter(c);
    put2(out.orig, c == U'ی' ? U'ي' : c == U'ک' ? U'ك' : c);
    put2(out.key, k);
    out.begin.push_back(out.begin.empty() ? 0 : static_cast<std::uint32_t>(pos));
    pos += static_cast<std::size_t>(len);
  }
  return !out.begin.empty();
}

void enumerate_candidates(const Word& w, std::vector<Candidate>& out) {
  out.clear();
  out.push_back(Candidate{});
  for (std::size_t pre = 0; pre <= 2; ++pre) {
    if (!proclitics_ok(w, pre)) continue;
    std::size_t sufs[std::size(kEnclitics) + 1] = {0};
    std::size_t nsuf = 1;
    for (std::string_view enc : kEnclitics)
      if (std::size_t n = enclitic_at_end(w, enc)) sufs[nsuf++] = n;
    for (std::size_t i = 0; i < nsuf; ++i) {
      std::size_t suf = sufs[i];
      if (pre + suf > w.letters() || !stem_ok(w, pre, suf)) continue;
      std::uint8_t mask = possible_restorations(w, pre, suf);
      for (unsigned sub = mask;; sub = (sub - 1) & mask) {
        // Each end restoration excludes the others; the article one combines with any.
        unsigned ends = sub & (kRestoreTa | kRestoreYa | kRestoreAlif);
        if ((ends & (ends - 1)) == 0 && (pre | suf | sub) != 0)
          out.push_back(Candidate{static_cast<std::uint8_t>(pre), static_cast<std::uint8_t>(suf),
                                  static_cast<std::uint8_t>(sub)});
        if (sub == 0) break;
      }
    }
  }
}

std::string stem_key(const Word& w, const Candidate& c) { return restored_stem(w.key, w, c, true); }

Segmentation make_segmentation(std::string_view surface, const Word& w, const Candidate& c) {
  Segmentation seg;
  std::size_t n = w.letters(), stem = c.stem_letters(w);
  auto cut = [&](std::size_t letter) {
    return letter >= n ? surface.size() : letter == 0 ? 0 : w.begin[letter];
  };
  for (std::size_t i = 0; i < c.pre; ++i) {
    seg.pieces.emplace_back(surface.substr(cut(i), cut(i + 1) - cut(i)));
    seg.restored.emplace_back(letters(w.orig, i, 1));
  }
  seg.stem = static_cast<std::uint8_t>(stem == 0 ? c.pre - 1 : c.pre);
  if (stem > 0) {
    seg.pieces.emplace_back(surface.substr(cut(c.pre), cut(c.pre + stem) - cut(c.pre)));
    seg.restored.push_back(restored_stem(w.orig, w, c, false));
  }
  if (c.suf > 0) {
    seg.pieces.emplace_back(surface.substr(cut(n - c.suf)));
    seg.restored.emplace_back(letters(w.orig, n - c.suf, c.suf));
  }
  return seg;
}

void Lexicon::add(std::string_view word, std::uint32_t count) {
  const std::uint64_t key = util::hash_word(word);
  if (!slots_.empty())
    if (Slot& s = slots_[at(slots_, key)]; s.print != 0) {
      s.count += count;
      return;
    }
  constexpr std::size_t kBlock = 64 * 1024;
  if (word.size() > left_) {
    const std::size_t size = std::max(kBlock, word.size());
    blocks_.push_back(std::make_unique<char[]>(size));
    free_ = blocks_.back().get();
    left_ = size;
  }
  std::copy(word.begin(), word.end(), free_);
  words_.emplace_back(free_, word.size());
  free_ += word.size();
  left_ -= word.size();
  if (words_.size() * 2 > slots_.size()) {  // keep the table at most half full
    // A slot holds no word, only its fingerprint: the words place themselves again.
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(std::max<std::size_t>(64, std::bit_ceil(words_.size() * 2))));
    for (std::string_view w : std::span(words_).first(words_.size() - 1)) {
      const std::uint64_t k = util::hash_word(w);
      slots_[at(slots_, k)] = old[at(old, k)];
    }
  }
  slots_[at(slots_, key)] = {fingerprint(key), count};
}

std::vector<std::pair<std::string_view, std::uint32_t>> Lexicon::entries() const {
  std::vector<std::pair<std::string_view, std::uint32_t>> out;
  out.reserve(words_.size());
  for (std::string_view w : words_) out.emplace_back(w, count(w));
  return out;
}

namespace {

// Corpus count of a stem with and without the article: how well the corpus knows the word.
std::uint32_t family_count(const Lexicon& lex, const std::string& stem) {
  if (stem.size() >= 8 && stem.starts_with("ال"))
    return lex.count(stem) + lex.count(std::string_view(stem).substr(4));
  return lex.count(stem) + lex.count("ال" + stem);
}

void features_of(const Word& w, const Candidate& c, const Lexicon& lex, int fam, int max_fam,
                 std::vector<std::uint64_t>& out) {
  std::string_view pre = letters(w.orig, 0, c.pre);
  std::string_view suf = letters(w.orig, w.letters() - c.suf, c.suf);
  std::size_t stem_n = c.stem_letters(w);
  std::string stem = stem_key(w, c);
  int fs = bucket(lex.count(stem));
  int fw = bucket(lex.count(w.key));
  int len = static_cast<int>(std::min<std::size_t>(stem_n, 9));
  int diff = std::clamp(fs - fw, -8, 8);
  bool al = stem.size() >= 8 && stem.starts_with("ال");
  int fa = al ? bucket(lex.count(std::string_view(stem).substr(4))) : -1;
  int r = c.restore;
  std::string_view first = stem_n > 0 ? letters(w.orig, c.pre, 1) : "";
  std::string_view last = stem_n > 0 ? letters(w.orig, c.pre + stem_n - 1, 1) : "";
  out.push_back(FeatureHash(1).add(pre).get());
  out.push_back(FeatureHash(2).add(suf).get());
  out.push_back(FeatureHash(3).add(pre).add(suf).get());
  out.push_back(FeatureHash(4).add(r).add(pre).add(suf).get());
  out.push_back(FeatureHash(5).add(fs).add(pre).get());
  out.push_back(FeatureHash(6).add(fs).add(suf).get());
  out.push_back(FeatureHash(7).add(fs).add(pre).add(suf).get());
  out.push_back(FeatureHash(8).add(diff).add(pre).add(suf).get());
  out.push_back(FeatureHash(9).add(len).add(pre).add(suf).get());
  out.push_back(FeatureHash(10).add(fa).add(pre).get());
  out.push_back(FeatureHash(11).add(first).add(pre).get());
  out.push_back(FeatureHash(12).add(last).add(suf).add(r).get());
  out.push_back(FeatureHash(13).add(fw).add(pre).add(suf).get());
  out.push_back(FeatureHash(14).add(fs).add(fw).add(!pre.empty()).add(!suf.empty()).get());
  out.push_back(FeatureHash(15).add(len).add(fs).get());
  out.push_back(FeatureHash(16).add(w.key).add(pre).add(suf).add(r).get());
  if (stem_n <= 4) {
    // As written, not as the lexicon spells it: وإلى is و + إلى, but والي is one word.
    std::string written = restored_stem(w.orig, w, c, false);
    out.push_back(FeatureHash(17).add(written).add(suf).get());
    out.push_back(FeatureHash(18).add(written).add(pre).get());
  }
  out.push_back(FeatureHash(19).add(fam).add(pre).add(suf).get());
  out.push_back(FeatureHash(20).add(std::min(max_fam - fam, 6)).add(pre).add(suf).get());
  out.push_back(FeatureHash(21).add(fam == max_fam).add(!pre.empty()).add(!suf.empty()).get());
}

}  // namespace

void candidate_features(const Word& w, std::span<const Candidate> cands, const Lexicon& lex,
                        std::vector<std::vector<std::uint64_t>>& out) {
  out.resize(cands.size());
  std::vector<int> fams(cands.size());
  int max_fam = 0;
  std::size_t n = cands.size();
  for (std::size_t i = 0; i < n; ++i) {
    fams[i] = bucket(family_count(lex, stem_key(w, cands[i])));
    max_fam = std::max(max_fam, fams[i]);
  }
  for (std::size_t i = 0; i < n; ++i) {
    out[i].clear();
    features_of(w, cands[i], lex, fams[i], max_fam, out[i]);
  }
}

float SegmenterModel::score(const std::vector<std::uint64_t>& features) const {
  float s = 0;
  for (std::uint64_t f : features) {
    auto it = weights.find(f);
    if (it != weights.end()) s += it->second;
  }
  return s;
}

std::size_t SegmenterModel::best(const Word& w, std::span<const Candidate> cands,
                                 std::vector<std::vector<std::uint64_t>>& scratch) const {
  candidate_features(w, cands, lexicon, scratch);
  std::size_t best = 0;
  float best_score = score(scratch[0]);
  for (std::size_t i = 1; i < cands.size(); ++i)
    if (float s = score(scratch[i]); s > best_score) best_score = s, best = i;
  return best;
}

Candidate rule_candidate(const Word& w, std::size_t min_stem) {
  Candidate best;
  for (std::size_t pre = 2;; --pre) {
    if (proclitics_ok(w, pre) && w.letters() >= pre + min_stem) {
      best.pre = static_cast<std::uint8_t>(pre);
      break;
    }
    if (pre == 0) break;
  }
  for (std::string_view enc : kEnclitics) {
    std::size_t n = enclitic_at_end(w, enc);
    if (n > 0 && w.letters() >= best.pre + n + min_stem) {
      best.suf = static_cast<std::uint8_t>(n);
      break;
    }
  }
  std::uint8_t mask = possible_restorations(w, best.pre, best.suf);
  best.restore = static_cast<std::uint8_t>(mask & (kRestoreAl | kRestoreTa));
  return best;
}

}  // namespace marsad::text::detail
