// Light stemming for search: the segmenter removes the clitics, then the article and one
// inflectional suffix (data/stem_affixes.tsv) go, but only when what remains is a word the
// news corpus knows about. That keeps فلسطين, سلمان and لبنان whole while المعلمين → معلم.
#include <algorithm>
#include <unordered_set>

#include "marsad/text.h"
#include "text/segment_model.h"
#include "text/stem_tables.h"

namespace marsad::data {
extern const std::string_view kStemAffixes;
}

namespace marsad::text {
namespace {

constexpr std::size_t kMinStemLetters = 3;
// A name-like suffix goes when the base's forms are at least this fraction of the word's.
constexpr std::uint32_t kNameRatio = 4;

struct Suffix {
  std::string form;
  // How many times the base's forms must be counted for each count of the whole word: 0 for
  // "at all"; more for suffixes that also end names or other stems.
  std::uint32_t ratio_num = 0, ratio_den = 1;
};

struct Affixes {
  std::vector<Suffix> suffixes;  // longest first
  std::vector<std::string> protected_endings;
  std::unordered_set<std::string> keep;
};

const Affixes& affixes() {
  static const Affixes a = [] {
    Affixes out;
    for (const auto& row : detail::read_table(data::kStemAffixes, "data/stem_affixes.tsv", 2)) {
      if (row[0] == "suffix") out.suffixes.push_back({row[1], 0, 1});
      if (row[0] == "suffix-names") out.suffixes.push_back({row[1], 1, kNameRatio});
      if (row[0] == "suffix-rare") out.suffixes.push_back({row[1], 1, 1});
      if (row[0] == "protect") out.protected_endings.push_back(row[1]);
      else if (row[0] == "keep") out.keep.emplace(row[1]);
    }
    std::stable_sort(out.suffixes.begin(), out.suffixes.end(),
                     [](const auto& x, const auto& y) { return x.form.size() > y.form.size(); });
    return out;
  }();
  return a;
}

std::size_t letters(std::string_view s) { return count_codepoints(s); }

std::uint32_t forms_count(const detail::Lexicon& lex, const std::string& w, bool with_feminine) {
  std::uint32_t n = lex.count(w) + lex.count("ال" + w);
  if (with_feminine) n += lex.count(w + "ه") + lex.count("ال" + w + "ه");
  return n;
}

// The corpus knows the base, and for the suffixes that also end other words, often enough
// relative to the whole word. Only the base decides for plain suffixes, so all inflections of
// a word stem alike.
bool attested(const std::string& base, const std::string& word, const Suffix& suffix) {
  const detail::Lexicon& lex = detail::builtin_lexicon();
  std::uint64_t family = forms_count(lex, base, true);
  if (family == 0) return false;
  return suffix.ratio_num == 0 ||
         family * suffix.ratio_den >= forms_count(lex, word, false) * std::uint64_t{suffix.ratio_num};
}

// A protected ending is one letter + a suffix that this letter keeps on the stem.
bool is_protected(const Affixes& a, const std::string& stem, const std::string& suffix) {
  for (const auto& ending : a.protected_endings)
    if (ending.size() == suffix.size() + 2 && ending.ends_with(suffix) && stem.ends_with(ending))
      return true;
  return false;
}

std::string strip_affixes(std::string stem) {
  const Affixes& a = affixes();
  if (a.keep.contains(stem)) return stem;
  if (stem.starts_with("ال") && letters(stem) >= 4) stem.erase(0, 4);
  if (a.keep.contains(stem)) return stem;
  for (const auto& suffix : a.suffixes) {
    if (!stem.ends_with(suffix.form) || letters(stem) < letters(suffix.form) + kMinStemLetters)
      continue;
    std::string base = stem.substr(0, stem.size() - suffix.form.size());
    if (is_protected(a, stem, suffix.form)) continue;
    if (attested(base, stem, suffix)) return base;
  }
  return stem;
}

std::string compute_light_stem(const Segmentation& seg) {
  std::string stem = normalize_search(seg.restored[seg.stem]);
  if (seg.pieces.size() == 1 && !detail::is_arabic_word(stem)) return stem;
  return strip_affixes(std::move(stem));
}

}  // namespace

std::string light_stem(std::string_view word) {
  detail::CachedWord* entry = detail::builtin_cached(word);
  if (!entry) return compute_light_stem(Segmenter::instance().segment(word));
  if (!entry->has_light_stem) {
    entry->light_stem = compute_light_stem(entry->segmentation);
    entry->has_light_stem = true;
  }
  return entry->light_stem;
}

}  // namespace marsad::text
