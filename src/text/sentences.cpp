// Sentence splitting over tokens. News paragraphs are lines, so a line break always ends a
// sentence; inside a line, . ! ? ؟ … end one unless they close an abbreviation.
#include <algorithm>
#include <array>

#include "marsad/text.h"

namespace marsad::text {
namespace {

bool is_terminator(std::string_view t) {
  if (t.empty()) return false;
  if (t == "\u2026" || t == "\u06D4") return true;  // … and Arabic full stop
  if (t == "..") return false;  // a headline separator in Arabic news ("العراق و«التحالف».. انتهاء")
  return t.find_first_not_of(".!?") == std::string_view::npos ||
         (t.find("\u061F") != std::string_view::npos);  // ؟ alone or mixed with !
}

bool is_closer(std::string_view t) {
  static constexpr std::array<std::string_view, 8> kClosers = {
      "\u00BB", "\"", "\u201D", ")", "]", "\u2019", "'", "}"};
  return std::find(kClosers.begin(), kClosers.end(), t) != kClosers.end();
}

// Abbreviations that take a period: Arabic single letters (د. for doctor, م. and هـ. after
// years, ص. page) and common Latin ones. Compared case-insensitively for ASCII.
bool is_abbreviation(std::string_view w, TokenKind kind) {
  if (kind == TokenKind::kWord) {
    std::string bare = remove_tatweel(w);
    return count_codepoints(bare) == 1;
  }
  if (kind != TokenKind::kLatin) return false;
  if (w.size() == 1) return true;  // U.S., J. Smith
  static constexpr std::array<std::string_view, 16> kLatin = {
      "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "gen", "col"};
  std::string lower(w);
  for (char& ch : lower) ch = static_cast<char>((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
  return std::find(kLatin.begin(), kLatin.end(), lower) != kLatin.end();
}

bool line_break_between(std::string_view text, std::uint32_t from, std::uint32_t to) {
  return text.substr(from, to - from).find('\n') != std::string_view::npos;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, std::span<const Token> tokens) {
  std::vector<Sentence> out;
  const auto n = static_cast<std::uint32_t>(tokens.size());
  std::uint32_t start = 0;
  auto close = [&](std::uint32_t last) {  // sentence = tokens [start, last)
    if (last > start)
      out.push_back({tokens[start].begin, tokens[last - 1].end, start, last});
    start = last;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    if (i > start && line_break_between(text, tokens[i - 1].end, tokens[i].begin)) close(i);
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kPunct || !is_terminator(t.view(text))) continue;
    if (t.view(text) == "." && i > start) {
      const Token& prev = tokens[i - 1];
      if (prev.end == t.begin && is_abbreviation(prev.view(text), prev.kind)) continue;
      // "U.S.A" or "3.x": a period glued to the next word is not an end.
      if (i + 1 < n && tokens[i + 1].begin == t.end &&
          (tokens[i + 1].kind == TokenKind::kLatin || tokens[i + 1].kind == TokenKind::kWord))
        continue;
    }
    std::uint32_t last = i + 1;
    while (last < n && is_closer(tokens[last].view(text)) &&
           !line_break_between(text, tokens[last - 1].end, tokens[last].begin))
      ++last;
    close(last);
    i = last - 1;
  }
  close(n);
  return out;
}

}  // namespace marsad::text
