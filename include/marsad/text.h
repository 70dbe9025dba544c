// marsad/text.h: the Arabic text core — normalization, tokens, sentences, clitics, stems.
//
//   std::string text = "قال وزيرُ الدفاع للصحفيين إنّ 2٫5% من القوات ستنسحب.";
//   auto norm = marsad::text::normalize(text, marsad::text::Profile::kSearch);
//   // norm.text == "قال وزير الدفاع للصحفيين ان 2.5% من القوات ستنسحب."
//   // norm.to_original(k) gives the byte in `text` that produced byte k of norm.text.
//   for (const auto& tok : marsad::text::tokenize(text)) {
//     std::string_view surface = tok.view(text);            // always a slice of the input
//   }
//   auto seg = marsad::text::Segmenter::instance().segment("للصحفيين");
//   // seg.pieces == {"ل", "لصحفيين"}, seg.restored == {"ل", "الصحفيين"}
//
// Offsets. Every span is a half-open byte range [begin, end) into the text as given; byte
// offsets become code points only at the JSON boundary (see CodepointIndex).
//
// Invalid UTF-8. Functions taking text never throw on bad bytes: each maximal invalid
// subsequence is read as one U+FFFD whose span is the bad bytes, so offsets stay exact.
// Readers of files (marsad/document.h) are stricter and report the position instead.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::text {

// ---------------------------------------------------------------------------------------------
// UTF-8

inline constexpr char32_t kReplacementChar = U'\uFFFD';

namespace detail {
char32_t decode_utf8_long(std::string_view text, std::size_t pos, int& len) noexcept;
}  // namespace detail

/// Decodes one code point at text[pos]. Sets `len` to the bytes consumed (>= 1). An invalid or
/// truncated sequence yields kReplacementChar with len = length of the maximal invalid subpart.
/// (ASCII and two-byte letters, Arabic's, are decoded inline: this runs for every character.)
inline char32_t decode_utf8(std::string_view text, std::size_t pos, int& len) noexcept {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    if ((b1 & 0xC0) == 0x80) {
      len = 2;
      return static_cast<char32_t>((b0 & 0x1F) << 6 | (b1 & 0x3F));
    }
  }
  return detail::decode_utf8_long(text, pos, len);
}

/// Appends the UTF-8 encoding of `cp` (surrogates and values > U+10FFFF become U+FFFD).
void append_utf8(std::string& out, char32_t cp);

/// Byte offset of the first invalid UTF-8 byte, or std::string_view::npos if valid.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

/// Counts code points (an invalid subsequence counts as one, like decode_utf8).
std::size_t count_codepoints(std::string_view text) noexcept;

/// Maps byte offsets of one text to code-point offsets, for JSON, Python and JavaScript.
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);
  /// Code-point offset of byte `byte_offset` (a code point boundary, or text.size()).
  std::size_t to_codepoint(std::size_t byte_offset) const noexcept;
  /// Byte offset of code point `cp_offset` (clamped to the end of the text).
  std::size_t to_byte(std::size_t cp_offset) const noexcept;

 private:
  std::vector<std::uint32_t> cp_to_byte_;  // cp_to_byte_[i] = byte where code point i starts
};

// ---------------------------------------------------------------------------------------------
// Character classes (Arabic block, supplements, presentation forms)

bool is_arabic_letter(char32_t c) noexcept;
/// Tashkeel and other combining marks of Arabic script (fathatan … sukun, dagger alef, Quranic).
bool is_arabic_diacritic(char32_t c) noexcept;
inline constexpr char32_t kTatweel = U'\u0640';

// ---------------------------------------------------------------------------------------------
// Normalization

/// Named normalization profiles. Each is documented in README.md ("Normalization profiles").
enum class Profile : std::uint8_t {
  /// Lossless cleanup: composes hamza sequences, maps presentation forms to letters, turns
  /// odd spaces into U+0020, drops BOM/bidi/zero-width controls. Keeps tashkeel and tatweel.
  kDisplay,
  /// For matching: kDisplay + NFKC + Latin case folding, drops tashkeel and tatweel, unifies
  /// أ إ آ ٱ → ا, ى → ي, ة → ه, ک → ك, ی → ي, Arabic-Indic/Persian digits → ASCII, and
  /// Arabic punctuation to ASCII (، , ؛ ; ؟ ? ٪ % ٫ . ٬ , « » → ").
  kSearch,
};

/// Parses "display" / "search"; throws InputError naming the bad value otherwise.
Profile parse_profile(std::string_view name);
std::string_view profile_name(Profile profile) noexcept;

/// A normalized string that remembers where each of its bytes came from.
struct Normalized {
  std::string text;
  /// to_orig[k] = byte offset in the input of the code point that produced text[k];
  /// to_orig[text.size()] = input size. Monotonic, so spans map back with two lookups.
  std::vector<std::uint32_t> to_orig;

  std::size_t to_original(std::size_t k) const noexcept { return to_orig[k]; }
};

/// Normalizes `input` under `profile`, keeping the alignment back to the input.
Normalized normalize(std::string_view input, Profile profile);

/// Same text as normalize(input, profile).text, without the alignment (the fast path).
void normalize_into(std::string_view input, Profile profile, std::string& out);
std::string normalize_search(std::string_view input);

// CAMeL Tools-style single operations (each keeps everything else unchanged).
std::string dediac(std::string_view s);               ///< drops tashkeel
std::string normalize_alef(std::string_view s);       ///< أ إ آ ٱ → ا
std::string normalize_alef_maksura(std::string_view s);  ///< ى → ي
std::string normalize_teh_marbuta(std::string_view s);   ///< ة → ه
std::string normalize_digits(std::string_view s);     ///< ٠-٩ ۰-۹ → 0-9
std::string remove_tatweel(std::string_view s);

// ---------------------------------------------------------------------------------------------
// Tokens and sentences

enum class TokenKind : std::uint8_t {
  kWord,     ///< Arabic-script word (may carry tashkeel and tatweel)
  kLatin,    ///< word in Latin or another non-Arabic script, may contain digits
  kNumber,   ///< 2014, ٢٠١٤, 2٫5, 1,200, 12.5%, ٣٠٪
  kUrl,      ///< https://…, www.…
  kEmail,
  kHashtag,  ///< #العراق
  kMention,  ///< @user
  kPunct,    ///< . ، ؛ ؟ ! « » ( ) - … (runs like "..." are one token)
  kSymbol,   ///< anything else that is not a space
};
std::string_view token_kind_name(TokenKind kind) noexcept;

struct Token {
  std::uint32_t begin = 0;  ///< byte offset in the text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kSymbol;

  std::string_view view(std::string_view text) const noexcept {
    return text.substr(begin, end - begin);
  }
};

/// Splits text into tokens; whitespace is dropped, everything else is covered. Never throws
/// on content; texts of 4 GiB or more are rejected with InputError.
std::vector<Token> tokenize(std::string_view text);

struct Sentence {
  std::uint32_t begin = 0;        ///< byte offset of the first token
  std::uint32_t end = 0;          ///< byte offset past the last token
  std::uint32_t first_token = 0;  ///< index into the token vector
  std::uint32_t last_token = 0;   ///< one past the last token
};

/// Groups tokens into sentences: a line break (paragraph) always ends one; . ! ? ؟ … end one
/// unless they follow an abbreviation (د. م. هـ. U.S.) or are part of a number, and closing
/// quotes/brackets after the end stay with the sentence.
std::vector<Sentence> split_sentences(std::string_view text, std::span<const Token> tokens);

// ---------------------------------------------------------------------------------------------
// Clitics, stems and roots

/// One word split into proclitics + stem + enclitic. pieces are slices of the surface
/// that concatenate back to it; restored are the same pieces written as full forms
/// (ل + الحكومة for للحكومة, the ta marbuta restored in حكومته → حكومة + ه).
struct Segmentation {
  std::vector<std::string> pieces;
  std::vector<std::string> restored;
  std::uint8_t stem = 0;  ///< index of the stem in pieces/restored
};

/// Splits Arabic words into clitics and stem. The default instance uses the model compiled
/// into the library (trained from data; see models/README.md). Thread-safe (const).
///
/// The article ال stays on its noun (as in Universal Dependencies): وبالحكومة → و + ب +
/// الحكومة. Only words made of Arabic letters, tashkeel and tatweel are split; anything else
/// (Latin, digits, presentation forms, invalid UTF-8, the empty string) comes back as one
/// piece equal to the input.
namespace detail {
struct CachedWord;
}

class Segmenter {
 public:
  /// The segmenter with the model compiled into the library. Loaded (and self-tested) on
  /// first use; a damaged built-in model throws FormatError.
  static const Segmenter& instance();
  /// A segmenter from the bytes of a model file (models/segmenter.model.zst or its plain-text
  /// form); throws FormatError naming `name` if the bytes are not a valid model.
  static Segmenter from_model(std::string_view bytes, const std::string& name);
  /// The rule-only baseline used for comparison: the longest proclitic sequence and enclitic
  /// that leave at least `min_stem` letters of stem.
  static Segmenter rules(std::size_t min_stem = 3);

  /// Segments one word (any form; it is normalized internally). Never throws on content.
  Segmentation segment(std::string_view word) const;

 private:
  struct Impl;
  friend struct SegmenterInternals;
  explicit Segmenter(std::shared_ptr<const Impl> impl);
  detail::CachedWord* cached(std::string_view word) const;
  std::shared_ptr<const Impl> impl_;
};

/// One sentence as CoNLL-U word lines, appended to `out`: a token the segmenter splits becomes
/// a multiword token (a range line with the token as written, then one line per syntactic
/// word in its restored form: للصحفيين → 1-2, ل, الصحفيين), as in the Arabic UD treebanks.
/// MISC gets SpaceAfter=No where the text has no space after the token, the token's
/// code-point span (TokenRange=b:e) on the token's first line, and `word_misc(t, stem)` (if
/// not empty) on each word line of token t, `stem` telling whether the word is its stem.
/// Columns not predicted (lemma, POS, features, syntax) are "_".
void append_conllu_sentence(std::string& out, std::string_view text, std::span<const Token> tokens,
                            const Sentence& sentence, const CodepointIndex& codepoints,
                            const std::function<std::string(std::uint32_t token, bool stem)>& word_misc = {});

/// How often the news corpus the built-in segmenter was trained with (SaudiNewsNet, 8.9 M
/// words; words seen fewer than 3 times left out) writes `word`, which must be
/// search-normalized (normalize_search: the corpus is counted in that form). 0 for unseen
/// words.
std::uint32_t corpus_count(std::string_view word);

/// Light stem for search: clitics, the article and common affixes removed, on the
/// search-normalized form (واشنطن → واشنطن, القوات → قوات, بالمعلمين → معلم).
std::string light_stem(std::string_view word);

/// Consonantal root for grouping (الاستقلال → قلل?): see README for how it is found.
std::string root(std::string_view word);

}  // namespace marsad::text
