// What the quote finder knows about each token of one article: its folded form, its cue
// class, its sentence and paragraph, the quote-mark pair it opens or closes, the entity
// mention over it. Built once per article, then only read.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/analysis.h"
#include "marsad/text.h"
#include "quotes/cue_lexicon.h"

namespace marsad::quotes {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

/// A pair of quote marks; an unclosed one ends at its paragraph's end (close == kNone).
struct QuotePair {
  std::size_t open = 0;
  std::size_t close = kNone;  ///< token index of the closing mark
  std::size_t end_token = 0;  ///< one past the last token inside
  Span content;               ///< bytes between the marks
};

struct WordInfo {
  std::string norm;          ///< search-normalized form (empty for punctuation)
  CueClass cls = CueClass::kNone;
  bool conj = false;         ///< cls was found after stripping و/ف
  std::uint32_t sentence = 0;
  std::uint32_t paragraph = 0;
  std::size_t pair = kNone;  ///< index into pairs() if the token is a quote mark
  int entity = -1;           ///< index into entities of a mention over the token
  std::size_t mention_end = 0;  ///< one past the last token of that mention
};

class ArticleView {
 public:
  /// `norms`: each token's search form, or empty (then made here).
  ArticleView(std::string_view text, std::span<const text::Token> tokens,
              std::span<const text::Sentence> sentences, std::span<const Entity> entities,
              std::span<const std::string> norms = {});

  std::string_view text() const noexcept { return text_; }
  std::span<const text::Token> tokens() const noexcept { return tokens_; }
  std::span<const text::Sentence> sentences() const noexcept { return sentences_; }
  std::span<const Entity> entities() const noexcept { return entities_; }
  const WordInfo& at(std::size_t i) const noexcept { return words_[i]; }
  const std::vector<QuotePair>& pairs() const noexcept { return pairs_; }
  std::size_t size() const noexcept { return tokens_.size(); }

  std::string_view surface(std::size_t i) const noexcept { return tokens_[i].view(text_); }
  bool is(std::size_t i, std::string_view s) const noexcept {
    return i < size() && surface(i) == s;
  }
  /// ، , and the Arabic semicolon ؛, which the news writes for one (عادل الملطاني؛ شيخ الصرافة، …).
  bool is_comma(std::size_t i) const noexcept { return is(i, "\u060C") || is(i, ",") || is(i, "\u061B"); }
  /// ل written apart, bare or with a tatweel (قال لـ«الوطن»، الرئيس التنفيذي لـ "…").
  bool lam_apart(std::size_t i) const noexcept { return is(i, "\u0644") || is(i, "\u0644\u0640"); }
  bool is_word(std::size_t i) const noexcept;
  /// A full stop between initials of at most three letters, glued to both (إن.بي.سي، د.ب.أ).
  bool initials_stop(std::size_t k) const noexcept {
    const auto initial = [&](std::size_t i) {
      return tokens_[i].kind == text::TokenKind::kWord && surface(i).size() <= 6;  // (UTF-8: 2 bytes a letter)
    };
    return k > 0 && k + 1 < size() && is(k, ".") && tokens_[k].begin == tokens_[k - 1].end &&
           tokens_[k + 1].begin == tokens_[k].end && initial(k - 1) && initial(k + 1);
  }
  /// The full stop of a one-letter abbreviation, glued to it (د. بدر، م. سامي).
  bool abbreviation_stop(std::size_t i) const noexcept {
    return i > 0 && is(i, ".") && is_word(i - 1) && surface(i - 1).size() == 2 && tokens_[i].begin == tokens_[i - 1].end;
  }
  /// True for an opening quote mark with a pair.
  bool opens_quote(std::size_t i) const noexcept;
  const text::Sentence& sentence_of(std::size_t i) const noexcept {
    return sentences_[words_[i].sentence];
  }
  /// One past the last token of the paragraph holding token i.
  std::size_t paragraph_end(std::size_t i) const noexcept;
  Span span(std::size_t first, std::size_t end) const noexcept {
    return {tokens_[first].begin, tokens_[end - 1].end};
  }

 private:
  void fold_tokens(const CueLexicon& lexicon, std::span<const std::string> norms);
  void pair_quote_marks();
  void close_open_marks(std::vector<std::size_t>& open, std::size_t para_end);
  void map_entities();
  void mark_explained();
  void split_dateline();

  std::string_view text_;
  std::span<const text::Token> tokens_;
  std::vector<text::Sentence> sentences_;
  std::span<const Entity> entities_;
  std::vector<WordInfo> words_;
  std::vector<QuotePair> pairs_;
  std::vector<std::size_t> paragraph_ends_;
};

}  // namespace marsad::quotes
