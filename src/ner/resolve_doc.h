// What entity resolution (resolve.cpp) and title attachment (titles.cpp) share: the article
// as resolution reads it, and a few helpers over it. Internal to the ner module.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text.h"
#include "ner/model.h"
#include "ner/resolve.h"
#include "util/strings.h"

namespace marsad::ner::resolution {

/// A word seen this many times in the clusters' corpus is frequent enough to decide a split.
inline constexpr std::uint32_t kMinSplitCount = 20;

/// The article being resolved.
struct Doc {
  const Model& model;
  std::set<std::string> known;  ///< words of tagged mentions, as written
  std::string_view text;
  std::span<const text::Token> tokens;
  std::span<const text::Sentence> sentences;
  std::span<const std::string> norm;  ///< per token, search-normalized

  /// name_readings(norm[t]), made once per token: a score of the resolution passes read them.
  const Readings& readings(std::uint32_t t) const {
    if (readings_.empty()) readings_.resize(norm.size());
    auto& r = readings_[t];
    if (!r) r = name_readings(norm[t]);
    return *r;
  }
  mutable std::vector<std::optional<Readings>> readings_ = {};  // sized once: references stay valid
};

inline bool is_punct(const Doc& d, std::uint32_t t) {
  return d.tokens[t].kind == text::TokenKind::kPunct || d.tokens[t].kind == text::TokenKind::kSymbol;
}

/// The word without a leading و/ف.
inline std::string_view without_conjunction(std::string_view w) {
  return w.size() > 4 && (util::has_prefix(w, "\u0648") || util::has_prefix(w, "\u0641")) ? w.substr(2) : w;
}

/// A complementizer that opens a reported clause (إن، أن، بأن، لأن، أنه، أنها), search form.
inline bool complementizer(std::string_view w) {
  return w == "ان" || w == "بان" || w == "لان" || w == "انه" || w == "انها";
}

/// Maps `skip` bytes of the normalized token t back to bytes of the original text.
std::uint32_t original_offset(const Doc& d, std::uint32_t t, std::size_t skip);

/// The words of a title of two words or more (ولي العهد، رئيس الوزراء، آية الله) starting at
/// token t, else 0: never part of a name. One-word titles are left alone: many are names too
/// (سلطان، أمين، مساعد).
std::size_t long_title_at(const Doc& d, std::uint32_t t);

/// Whether the word before token t announces a person: a title head (الفنانة), a role
/// (الشاعر) or a person trigger, speech verbs included (وقالت).
bool person_announced(const Doc& d, std::uint32_t t);

/// Whether a word (search-normalized, as written alone) is a one-word title, role or person
/// trigger (الدكتور، البروفيسور، المخرج، الفنان).
bool title_word(const Doc& d, std::string_view word);
/// Whether `word` (search form, without the article) is a profession or role (data/ner_roles.tsv).
bool role_word(std::string_view word);

/// The titles written before person mention m (the nearest, and an office right before it:
/// المتحدث الرئاسي المصري السفير), and the one after it past a comma; empty if none. `entity` per
/// token: -1 none, else the type of the mention over it (0 = a person).
std::vector<std::string> titles_before(const Doc& d, const Mention& m, const std::vector<int>& entity);
std::string title_after(const Doc& d, const Mention& m, const std::vector<int>& entity);

}  // namespace marsad::ner::resolution
