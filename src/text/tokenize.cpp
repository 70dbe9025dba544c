// Tokenizer: one left-to-right pass over code points, no regular expressions, no allocation
// besides the output vector. Each rule below says what it keeps together and why.
#include <unicode/uchar.h>

#include "marsad/error.h"
#include "marsad/text.h"

namespace marsad::text {
namespace {

enum class Cls : std::uint8_t { kSpace, kArabic, kMark, kLetter, kDigit, kPunct, kSymbol };

bool is_digit_cp(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

Cls classify(char32_t c) {
  if (c < 0x80) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c < 0x20)
      return Cls::kSpace;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Cls::kLetter;
    if (c >= '0' && c <= '9') return Cls::kDigit;
    if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' ||
        c == '|' || c == '~')
      return Cls::kSymbol;
    return Cls::kPunct;
  }
  if (c >= 0x0600 && c <= 0x06FF) {
    if (is_digit_cp(c)) return Cls::kDigit;
    if (is_arabic_diacritic(c) || c == kTatweel) return Cls::kMark;
    if (is_arabic_letter(c)) return Cls::kArabic;
    return c == 0x060C || c == 0x061B || c == 0x061F || c == 0x066A || c == 0x066B ||
                   c == 0x066C || c == 0x06D4 || c == 0x060D
               ? Cls::kPunct
               : Cls::kSymbol;
  }
  if (is_arabic_letter(c)) return Cls::kArabic;
  if (is_arabic_diacritic(c)) return Cls::kMark;
  if (c == 0x200C || c == 0x200D) return Cls::kMark;  // ZWNJ/ZWJ stay inside words
  if (c == 0xFEFF || c == 0x200B || c == 0x00A0 || u_isUWhiteSpace(static_cast<UChar32>(c)) ||
      (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
    return Cls::kSpace;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      return Cls::kLetter;
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
      return Cls::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return Cls::kDigit;
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return Cls::kPunct;
    case U_CONTROL_CHAR: case U_FORMAT_CHAR: case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return Cls::kSpace;
    default:
      return Cls::kSymbol;
  }
}

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  std::size_t size() const { return s_.size(); }
  // Code point and class at byte i; len receives its byte length.
  char32_t at(std::size_t i, int& len) const { return decode_utf8(s_, i, len); }
  Cls cls(std::size_t i, int& len) const { return i < s_.size() ? classify(at(i, len)) : Cls::kSpace; }
  char byte(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
  bool starts_with_ci(std::size_t i, std::string_view p) const {
    if (s_.size() - i < p.size()) return false;
    for (std::size_t k = 0; k < p.size(); ++k)
      if ((s_[i + k] | 0x20) != p[k]) return false;
    return true;
  }

 private:
  std::string_view s_;
};

bool url_stop(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '<' || c == '>'; }

// URL: from the scheme (or "www.") to the next space, without trailing punctuation.
std::size_t scan_url(const Scanner& sc, std::size_t i) {
  std::size_t j = i;
  while (j < sc.size() && !url_stop(sc.byte(j))) {
    int len;
    char32_t c = sc.at(j, len);
    if (c == 0x00AB || c == 0x00BB || c == 0x060C || classify(c) == Cls::kSpace) break;
    j += len;
  }
  while (j > i && std::string_view(".,;:!?)]'").find(sc.byte(j - 1)) != std::string_view::npos) --j;
  return j;
}

bool email_local(char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true
         : (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool domain_char(char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// E-mail at i, or 0. local@domain.tld with a letter TLD of two or more.
std::size_t scan_email(const Scanner& sc, std::size_t i) {
  std::size_t j = i;
  while (j < sc.size() && email_local(sc.byte(j))) ++j;
  if (j == i || sc.byte(j) != '@') return 0;
  std::size_t d = ++j, last_dot = 0;
  while (j < sc.size() && domain_char(sc.byte(j))) {
    if (sc.byte(j) == '.') last_dot = j;
    ++j;
  }
  while (j > d && (sc.byte(j - 1) == '.' || sc.byte(j - 1) == '-')) --j;
  if (last_dot <= d || last_dot + 3 > j) return 0;
  for (std::size_t k = last_dot + 1; k < j; ++k)
    if (!(((sc.byte(k) | 0x20) >= 'a' && (sc.byte(k) | 0x20) <= 'z'))) return 0;
  return j;
}

// Word characters of one script run, with marks, ZWNJ and (Latin) internal apostrophes.
std::size_t scan_word(const Scanner& sc, std::size_t i, Cls script) {
  std::size_t j = i;
  while (j < sc.size()) {
    int len;
    Cls c = sc.cls(j, len);
    if (c == script || c == Cls::kMark || (script == Cls::kLetter && c == Cls::kDigit)) {
      j += len;
    } else if (script == Cls::kLetter && sc.byte(j) == '\'' && sc.cls(j + 1, len) == Cls::kLetter) {
      j += 1;
    } else {
      break;
    }
  }
  return j;
}

bool is_number_separator(char32_t c) { return c == '.' || c == ',' || c == 0x066B || c == 0x066C; }

// Number: digits with internal . , ٫ ٬ between digits, and a trailing % or ٪.
std::size_t scan_number(const Scanner& sc, std::size_t i) {
  std::size_t j = i;
  int len, len2;
  while (j < sc.size()) {
    char32_t c = sc.at(j, len);
    if (classify(c) == Cls::kDigit) {
      j += len;
    } else if (is_number_separator(c) && j + len < sc.size() &&
               classify(sc.at(j + len, len2)) == Cls::kDigit) {
      j += len;
    } else {
      break;
    }
  }
  if (j < sc.size()) {
    char32_t c = sc.at(j, len);
    if (c == '%' || c == 0x066A) j += len;
  }
  return j;
}

// Tag body for # and @: letters of any script, digits, marks and '_'.
std::size_t scan_tag(const Scanner& sc, std::size_t i, bool latin_only) {
  std::size_t j = i;
  while (j < sc.size()) {
    int len;
    Cls c = sc.cls(j, len);
    bool ok = sc.byte(j) == '_' ||
              (latin_only ? (c == Cls::kLetter || c == Cls::kDigit) && len == 1
                          : c == Cls::kLetter || c == Cls::kArabic || c == Cls::kDigit || c == Cls::kMark);
    if (!ok) break;
    j += len;
  }
  return j;
}

}  // namespace

std::string_view token_kind_name(TokenKind kind) noexcept {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kLatin: return "latin";
    case TokenKind::kNumber: return "number";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kMention: return "mention";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
  }
  return "symbol";
}

std::vector<Token> tokenize(std::string_view text) {
  if (text.size() >= 0xFFFFFFFFull) throw InputError("text too long to tokenize (4 GiB or more)");
  Scanner sc(text);
  std::vector<Token> out;
  out.reserve(text.size() / 6 + 4);
  std::size_t i = 0;
  auto push = [&](std::size_t b, std::size_t e, TokenKind k) {
    out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), k});
  };
  while (i < text.size()) {
    int len;
    char32_t c = sc.at(i, len);
    Cls cls = classify(c);
    std::size_t j;
    if (cls == Cls::kSpace) {
      i += len;
      continue;
    }
    if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') &&
        (sc.starts_with_ci(i, "http://") || sc.starts_with_ci(i, "https://") ||
         sc.starts_with_ci(i, "www."))) {
      push(i, j = scan_url(sc, i), TokenKind::kUrl);
    } else if (c < 0x80 && email_local(static_cast<char>(c)) && c != '.' && (j = scan_email(sc, i))) {
      push(i, j, TokenKind::kEmail);
    } else if (c == '#' && (j = scan_tag(sc, i + 1, false)) > i + 1) {
      push(i, j, TokenKind::kHashtag);
    } else if (c == '@' && (j = scan_tag(sc, i + 1, true)) > i + 1) {
      push(i, j, TokenKind::kMention);
    } else if (cls == Cls::kDigit) {
      push(i, j = scan_number(sc, i), TokenKind::kNumber);
    } else if (cls == Cls::kArabic || (cls == Cls::kMark && c == kTatweel)) {
      push(i, j = scan_word(sc, i, Cls::kArabic), TokenKind::kWord);
    } else if (cls == Cls::kLetter) {
      push(i, j = scan_word(sc, i, Cls::kLetter), TokenKind::kLatin);
    } else if (cls == Cls::kPunct) {
      // Runs of the same mark (..., !!) and of ?/!/؟ mixes are one token.
      j = i + len;
      auto is_end_mark = [](char32_t x) { return x == '!' || x == '?' || x == 0x061F; };
      for (int l2; j < text.size();) {
        char32_t n = sc.at(j, l2);
        if (n == c || (is_end_mark(c) && is_end_mark(n)))
          j += l2;
        else
          break;
      }
      push(i, j, TokenKind::kPunct);
    } else {
      j = i + len;  // a stray mark or a symbol: one code point
      while (cls == Cls::kMark && j < text.size() && sc.cls(j, len) == Cls::kMark) j += len;
      push(i, j, TokenKind::kSymbol);
    }
    i = j;  // every branch above consumes at least one code point
  }
  return out;
}

}  // namespace marsad::text
