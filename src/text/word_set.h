// A fixed set of words as the modules compare them: search-normalized (hamza forms → ا, ة → ه,
// ى → ي, no tashkeel), looked up by string_view. Internal to the library.
#pragma once

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text.h"
#include "util/hash.h"
#include "util/strings.h"

namespace marsad::text {

using WordSet = util::StringSet;  // looked up once or more per word of every article

/// The search-normalized forms of an embedded table's lines (data/*.tsv: one form a line, #
/// comments).
inline WordSet table_forms(std::string_view table) {
  WordSet out;
  util::for_each_table_line(table, [&](std::string_view line) { out.insert(normalize_search(line)); });
  return out;
}

/// The search-normalized forms of `words` (written as in text: "جماعة", "إلى").
inline WordSet search_forms(std::initializer_list<std::string_view> words) {
  WordSet out;
  for (std::string_view w : words) out.insert(normalize_search(w));
  return out;
}

/// A word with the article ending in ي or ية (search form): a nisba, a nation's adjective
/// (السويسري، الإيطالية) among them.
inline bool definite_nisba(std::string_view w) {
  return w.starts_with("\u0627\u0644") && (w.ends_with("\u064A") || w.ends_with("\u064A\u0647"));
}

/// Whether a word ends with one of a few strings: only those ending in the word's last byte
/// are tried (a rule that reads every word of every article asks it).
class Endings {
 public:
  Endings() = default;
  void insert(std::string tail) {
    if (tail.empty()) any_ = true;
    else by_last_[static_cast<unsigned char>(tail.back())].push_back(std::move(tail));
  }
  bool ends(std::string_view word) const {
    if (any_) return true;
    if (word.empty()) return false;
    for (const std::string& tail : by_last_[static_cast<unsigned char>(word.back())])
      if (word.ends_with(tail)) return true;
    return false;
  }

 private:
  std::array<std::vector<std::string>, 256> by_last_;
  bool any_ = false;
};

}  // namespace marsad::text
