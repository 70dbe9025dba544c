// Tokens read for the time grammar: each word's search-normalized form, its lexicon entry
// once proclitics (و ف ب ل ك) and the article are removed, and multiword lexicon phrases
// (تشرين الثاني، أول أمس، لا يتجاوز) joined into one word.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/text.h"
#include "time/lexicon.h"

namespace marsad::time {

struct Word {
  std::uint32_t begin = 0;  ///< byte offset in the text, after any proclitic
  std::uint32_t end = 0;
  std::uint32_t token_begin = 0;  ///< where the word's first token begins (proclitics included)
  std::uint32_t norm_begin = 0;   ///< the whole token, search-normalized, in Words::arena
  std::uint32_t norm_size = 0;
  const Entry* entry = nullptr;
  std::int32_t number = -1;  ///< value of a plain integer token (digits of any script)
  std::uint8_t digits = 0;   ///< how many digits it has
  char punct = 0;            ///< the character of a one-character ASCII punctuation token
  bool definite = false;     ///< the article was removed to find `entry`
  bool conj = false;         ///< a proclitic و or ف was removed
  bool space_before = false; ///< whitespace separates it from the previous token
  bool future = false;       ///< its clause speaks of the future (سوف، سيـ، المقبل، أن يـ)
  bool coming = false;       ///< its clause has a scheduled event's imperfect verb (يلتقي، يزور)
  text::TokenKind kind = text::TokenKind::kSymbol;

  const Sense* sense(Kind k) const noexcept { return entry ? entry->find(k) : nullptr; }
};

struct Words {
  std::vector<Word> items;
  std::string arena;  ///< normalized token texts
  std::string_view norm(const Word& w) const noexcept {
    return std::string_view(arena).substr(w.norm_begin, w.norm_size);
  }
};

/// Reads the tokens of `text` into words. Does not throw on any content.
/// `norms`: each token's search form, or empty (then made here).
Words read_words(std::string_view text, std::span<const text::Token> tokens, std::span<const std::string> norms = {});

}  // namespace marsad::time
