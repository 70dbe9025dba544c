// UTF-8 decoding with the "maximal subpart" policy of Unicode §3.9 (U+FFFD per bad subpart).
#include <algorithm>

#include "marsad/text.h"

namespace marsad::text {

char32_t detail::decode_utf8_long(std::string_view s, std::size_t pos, int& len) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const std::size_t avail = s.size() - pos;
  const unsigned char b0 = p[0];
  len = 1;
  if (b0 < 0x80) return b0;
  int need;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1, cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2, cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3, cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return kReplacementChar;
  }
  for (int i = 1; i <= need; ++i) {
    if (static_cast<std::size_t>(i) >= avail) return kReplacementChar;
    const unsigned char b = p[i];
    if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return kReplacementChar;
    cp = (cp << 6) | (b & 0x3F);
    len = i + 1;
  }
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementChar;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t find_invalid_utf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int len;
    if (decode_utf8(s, i, len) == kReplacementChar &&
        !(len == 3 && s.compare(i, 3, "\xEF\xBF\xBD") == 0))
      return i;
    i += len;
  }
  return std::string_view::npos;
}

std::size_t count_codepoints(std::string_view s) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) {
    int len;
    decode_utf8(s, i, len);
    i += len;
  }
  return n;
}

CodepointIndex::CodepointIndex(std::string_view s) {
  cp_to_byte_.reserve(s.size() / 2 + 1);
  for (std::size_t i = 0; i < s.size();) {
    cp_to_byte_.push_back(static_cast<std::uint32_t>(i));
    int len;
    decode_utf8(s, i, len);
    i += len;
  }
  cp_to_byte_.push_back(static_cast<std::uint32_t>(s.size()));
}

std::size_t CodepointIndex::to_codepoint(std::size_t byte_offset) const noexcept {
  // First code point starting at or after byte_offset (exact for boundaries).
  auto it = std::lower_bound(cp_to_byte_.begin(), cp_to_byte_.end(), byte_offset);
  return static_cast<std::size_t>(it - cp_to_byte_.begin());
}

std::size_t CodepointIndex::to_byte(std::size_t cp_offset) const noexcept {
  return cp_to_byte_[std::min(cp_offset, cp_to_byte_.size() - 1)];
}

}  // namespace marsad::text
