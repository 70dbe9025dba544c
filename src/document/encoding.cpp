// Input decoding: UTF-8 first; legacy Arabic code pages when the bytes are clearly not UTF-8.
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "marsad/document.h"
#include "marsad/text.h"

namespace marsad {
namespace {

Location at_byte(const std::string& name, std::string_view bytes, std::size_t offset) {
  auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
  return Location{name, static_cast<std::uint64_t>(line), offset};
}

std::string hex_byte(unsigned char b) {
  static const char* kHex = "0123456789ABCDEF";
  return std::string("0x") + kHex[b >> 4] + kHex[b & 15];
}

// Converts with ICU; counts the characters that show the guess was wrong.
struct Conversion {
  std::string utf8;
  long score = 0;  // Arabic letters minus a penalty for each unmappable or control character
};

Conversion convert(std::string_view bytes, const char* codepage) {
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), codepage);
  Conversion c;
  for (int32_t i = 0; i < u.length();) {
    UChar32 cp = u.char32At(i);
    i += U16_LENGTH(cp);
    if (text::is_arabic_letter(static_cast<char32_t>(cp)))
      ++c.score;
    else if (cp == 0xFFFD || cp == 0x1A || (cp >= 0x80 && cp < 0xA0))
      c.score -= 20;
  }
  u.toUTF8String(c.utf8);
  return c;
}

// Counts well-formed multi-byte sequences and invalid bytes, to tell UTF-8 with a few bad
// bytes (an error to report) from a legacy single-byte encoding (to convert).
void utf8_evidence(std::string_view s, std::size_t& multibyte, std::size_t& invalid) {
  multibyte = invalid = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int len;
    if (text::decode_utf8(s, i, len) == text::kReplacementChar && len < 3)
      ++invalid;
    else
      ++multibyte;
    i += len;
  }
}

}  // namespace

Encoding parse_encoding(std::string_view name) {
  std::string n(name);
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
  if (n == "auto") return Encoding::kAuto;
  if (n == "utf-8" || n == "utf8") return Encoding::kUtf8;
  if (n == "windows-1256" || n == "cp1256") return Encoding::kWindows1256;
  if (n == "iso-8859-6" || n == "iso8859-6") return Encoding::kIso8859_6;
  throw InputError("unknown encoding '" + n + "' (expected auto, utf-8, windows-1256 or iso-8859-6)");
}

std::string decode_text(std::string_view bytes, const std::string& name, const ReadOptions& opts) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    throw InputError("UTF-16 input is not supported: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)",
                     Location{name, 1, 0});
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos)
    throw InputError("NUL byte: this is not a text file", at_byte(name, bytes, nul));

  Encoding enc = opts.encoding;
  const std::size_t bad = text::find_invalid_utf8(bytes);
  if (enc == Encoding::kAuto) {
    if (bad == std::string_view::npos) return std::string(bytes);
    std::size_t multibyte, invalid;
    utf8_evidence(bytes, multibyte, invalid);
    if (multibyte <= invalid) {
      Conversion a = convert(bytes, "windows-1256"), b = convert(bytes, "ISO-8859-6");
      Conversion& best = a.score >= b.score ? a : b;
      if (best.score > 0) return std::move(best.utf8);
    }
    enc = Encoding::kUtf8;
  }
  if (enc == Encoding::kUtf8) {
    if (bad != std::string_view::npos)
      throw InputError("invalid UTF-8 byte " + hex_byte(static_cast<unsigned char>(bytes[bad])) +
                           " (use --encoding for Windows-1256 or ISO-8859-6 files)",
                       at_byte(name, bytes, bad));
    return std::string(bytes);
  }
  return convert(bytes, enc == Encoding::kWindows1256 ? "windows-1256" : "ISO-8859-6").utf8;
}

}  // namespace marsad
