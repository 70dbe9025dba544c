// Roots for grouping: the light stem, matched against derivational patterns
// (data/stem_patterns.tsv, ف ع ل marking the root letters). A stem of three letters is its
// own root; a longer stem no pattern fits (a name such as واشنطن) is returned whole rather
// than cut into a false root.
#include <unordered_map>

#include "marsad/text.h"
#include "text/stem_tables.h"

namespace marsad::data {
extern const std::string_view kStemPatterns;
}

namespace marsad::text {
namespace {

using Letters = std::u32string;

Letters to_letters(std::string_view s) {
  Letters out;
  for (std::size_t pos = 0; pos < s.size();) {
    int len = 1;
    out.push_back(decode_utf8(s, pos, len));
    pos += static_cast<std::size_t>(len);
  }
  return out;
}

const std::vector<Letters>& patterns() {
  static const std::vector<Letters> p = [] {
    std::vector<Letters> out;
    for (const auto& row : detail::read_table(data::kStemPatterns, "data/stem_patterns.tsv", 1))
      out.push_back(to_letters(row[0]));
    return out;
  }();
  return p;
}

bool is_root_slot(char32_t c) { return c == U'ف' || c == U'ع' || c == U'ل'; }

// The root letters of `stem` under `pattern`, or empty if the pattern does not fit.
Letters match(const Letters& stem, const Letters& pattern) {
  if (stem.size() != pattern.size()) return {};
  Letters root;
  for (std::size_t i = 0; i < stem.size(); ++i) {
    if (is_root_slot(pattern[i]) && stem[i] == U'ا') return {};  // alef is never a radical
    if (is_root_slot(pattern[i])) root.push_back(stem[i]);
    else if (pattern[i] != stem[i]) return {};
  }
  return root;
}

std::string compute_root(std::string_view word) {
  std::string stem = light_stem(word);
  if (!detail::is_arabic_word(stem)) return stem;
  Letters letters = to_letters(stem);
  if (letters.size() <= 3) return stem;
  for (const auto& p : patterns()) {
    Letters root = match(letters, p);
    if (root.empty()) continue;
    std::string out;
    for (char32_t c : root) append_utf8(out, c);
    return out;
  }
  return stem;
}

}  // namespace

std::string root(std::string_view word) {
  constexpr std::size_t kCacheLimit = 1 << 16;
  thread_local std::unordered_map<std::string, std::string> cache;
  thread_local std::string key;
  key.assign(word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kCacheLimit) cache.clear();
  return cache.emplace(key, compute_root(word)).first->second;
}

}  // namespace marsad::text
