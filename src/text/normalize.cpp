// Normalization profiles (see text.h and README "Normalization profiles").
//
// One code-point loop serves every profile: ASCII and the Arabic block go through small
// tables; rarer characters (presentation forms, ligatures, full-width forms, other scripts)
// go through ICU's NFKC or NFKC_Casefold normalizer one code point at a time, which keeps
// the alignment exact (every output code point knows the input code point it came from).
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>

#include "marsad/error.h"
#include "marsad/text.h"

namespace marsad::text {
namespace {

constexpr char32_t kDrop = 0xFFFFFFFF;

// Search-profile mapping of U+0600..U+06FF: the code point itself, another one, or kDrop.
struct ArabicSearchTable {
  std::array<char32_t, 256> map{};
  constexpr ArabicSearchTable() {
    for (char32_t c = 0; c < 256; ++c) map[c] = 0x0600 + c;
    for (char32_t c : {0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673}) map[c - 0x0600] = 0x0627;
    map[0x0649 - 0x0600] = 0x064A;  // alef maksura → ya
    map[0x06CC - 0x0600] = 0x064A;  // Farsi yeh
    map[0x0629 - 0x0600] = 0x0647;  // teh marbuta → heh
    map[0x06C0 - 0x0600] = 0x0647;
    map[0x06A9 - 0x0600] = 0x0643;  // keheh → kaf
    map[0x06AA - 0x0600] = 0x0643;
    for (char32_t d = 0; d < 10; ++d) map[0x60 + d] = map[0xF0 + d] = U'0' + d;
    map[0x060C - 0x0600] = U',';
    map[0x061B - 0x0600] = U';';
    map[0x061F - 0x0600] = U'?';
    map[0x066A - 0x0600] = U'%';
    map[0x066B - 0x0600] = U'.';
    map[0x066C - 0x0600] = U',';
    map[0x06D4 - 0x0600] = U'.';
    for (char32_t c = 0x0610; c <= 0x061A; ++c) map[c - 0x0600] = kDrop;
    for (char32_t c = 0x064B; c <= 0x065F; ++c) map[c - 0x0600] = kDrop;
    for (char32_t c = 0x06D6; c <= 0x06ED; ++c)
      if (c != 0x06DD && c != 0x06DE && c != 0x06E5 && c != 0x06E6 && c != 0x06E9)
        map[c - 0x0600] = kDrop;
    map[0x061C - 0x0600] = kDrop;  // Arabic letter mark
    map[0x0640 - 0x0600] = kDrop;  // tatweel
    map[0x0670 - 0x0600] = kDrop;  // dagger alef
  }
};
constexpr ArabicSearchTable kArabicSearch;

bool is_space_variant(char32_t c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0x1680;
}

// Invisible format controls that carry no text: BOM, ZW(N)J/ZWSP, bidi marks and embeddings.
bool is_invisible_control(char32_t c) {
  return c == 0xFEFF || c == 0x00AD || c == 0x061C || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069);
}

bool is_presentation_form(char32_t c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// Composes an Arabic letter with a following combining hamza or madda (NFC does the same).
char32_t compose_hamza(char32_t base, char32_t mark) {
  if (base == 0x0627) return mark == 0x0653 ? 0x0622 : mark == 0x0654 ? 0x0623 : mark == 0x0655 ? 0x0625 : 0;
  if (mark != 0x0654) return 0;
  switch (base) {
    case 0x0648: return 0x0624;
    case 0x064A: case 0x0649: return 0x0626;
    case 0x06D5: return 0x06C0;
    default: return 0;
  }
}

const icu::Normalizer2& nfkc(bool casefold) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* n = casefold ? icu::Normalizer2::getNFKCCasefoldInstance(ec)
                                       : icu::Normalizer2::getNFKCInstance(ec);
  if (U_FAILURE(ec)) throw Error(std::string("ICU normalizer unavailable: ") + u_errorName(ec));
  return *n;
}

// Feeds the NFKC(-casefold) form of one code point to emit().
template <class Emit>
void emit_icu(char32_t c, bool casefold, Emit&& emit) {
  UErrorCode ec = U_ZERO_ERROR;
  icu::UnicodeString out = nfkc(casefold).normalize(icu::UnicodeString(static_cast<UChar32>(c)), ec);
  if (U_FAILURE(ec)) return emit(c);
  for (int32_t i = 0; i < out.length();) {
    UChar32 o = out.char32At(i);
    emit(static_cast<char32_t>(o));
    i += U16_LENGTH(o);
  }
}

// decode_utf8 with the two-byte sequences of Arabic (and Latin-1 …) decoded inline: the
// normalizer runs over every word several times in analyze, and the call was 6% of it.
inline char32_t decode_at(std::string_view in, std::size_t i, int& len) noexcept {
  const auto b0 = static_cast<unsigned char>(in[i]);
  if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < in.size()) {
    const auto b1 = static_cast<unsigned char>(in[i + 1]);
    if ((b1 & 0xC0) == 0x80) {
      len = 2;
      return static_cast<char32_t>((b0 & 0x1F) << 6 | (b1 & 0x3F));
    }
  }
  return decode_utf8(in, i, len);
}

// Runs `profile` over `in`, calling emit(code_point, input_byte_offset) for each output.
template <class Emit>
void run(std::string_view in, Profile profile, Emit&& emit_at) {
  const bool search = profile == Profile::kSearch;
  for (std::size_t i = 0; i < in.size();) {
    const auto b = static_cast<unsigned char>(in[i]);
    const auto at = static_cast<std::uint32_t>(i);
    auto emit = [&](char32_t o) { emit_at(o, at); };
    if (b < 0x80) {  // ASCII
      char32_t c = b;
      if (search && c >= 'A' && c <= 'Z') c += 'a' - 'A';
      if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') c = ' ';
      emit(c);
      ++i;
      continue;
    }
    int len;
    char32_t c = decode_at(in, i, len);
    i += len;
    // Combining hamza/madda after a letter: merge into the letter already emitted is not
    // possible with a stream, so look ahead from the base instead.
    if (i < in.size() && c >= 0x0600 && c <= 0x06FF) {
      int len2;
      char32_t next = decode_at(in, i, len2);
      if (next >= 0x0653 && next <= 0x0655) {
        if (char32_t composed = compose_hamza(c, next)) {
          c = composed;
          i += len2;
        }
      }
    }
    if (c >= 0x0600 && c <= 0x06FF) {
      if (!search) {
        emit(c);
      } else if (char32_t m = kArabicSearch.map[c - 0x0600]; m != kDrop) {
        emit(m);
      }
    } else if (is_space_variant(c) || (c >= 0x80 && c < 0xA0)) {
      emit(U' ');
    } else if (is_invisible_control(c)) {
      // dropped in every profile
    } else if (search && (c == 0x00AB || c == 0x00BB || (c >= 0x201C && c <= 0x201F))) {
      emit(U'"');
    } else if (search && (c >= 0x2018 && c <= 0x201B)) {
      emit(U'\'');
    } else if (search) {
      emit_icu(c, /*casefold=*/true, [&](char32_t o) {
        // Presentation forms decompose into Arabic letters that still need the search map.
        if (o >= 0x0600 && o <= 0x06FF) {
          if (char32_t m = kArabicSearch.map[o - 0x0600]; m != kDrop) emit(m);
        } else if (o != U' ' || !is_presentation_form(c)) {
          emit(o);
        }
      });
    } else if (is_presentation_form(c)) {
      emit_icu(c, /*casefold=*/false, [&](char32_t o) {
        if (o != U' ') emit(o);  // isolated tashkeel forms carry a leading space in NFKC
      });
    } else {
      emit(c);
    }
  }
}

}  // namespace

Profile parse_profile(std::string_view name) {
  if (name == "search") return Profile::kSearch;
  if (name == "display") return Profile::kDisplay;
  throw InputError("unknown normalization profile '" + std::string(name) +
                   "' (expected 'search' or 'display')");
}

std::string_view profile_name(Profile profile) noexcept {
  return profile == Profile::kSearch ? "search" : "display";
}

Normalized normalize(std::string_view input, Profile profile) {
  Normalized n;
  n.text.reserve(input.size());
  n.to_orig.reserve(input.size() + 1);
  run(input, profile, [&](char32_t c, std::uint32_t at) {
    std::size_t before = n.text.size();
    append_utf8(n.text, c);
    n.to_orig.insert(n.to_orig.end(), n.text.size() - before, at);
  });
  n.to_orig.push_back(static_cast<std::uint32_t>(input.size()));
  return n;
}

void normalize_into(std::string_view input, Profile profile, std::string& out) {
  out.clear();
  run(input, profile, [&](char32_t c, std::uint32_t) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {  // Arabic letters: two bytes, written here rather than by a call
      const char two[2] = {static_cast<char>(0xC0 | c >> 6), static_cast<char>(0x80 | (c & 0x3F))};
      out.append(two, 2);
    } else {
      append_utf8(out, c);
    }
  });
}

std::string normalize_search(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  normalize_into(input, Profile::kSearch, out);
  return out;
}

namespace {
// Applies f(c) -> replacement (kDrop to delete) to each code point, copying the rest.
template <class F>
std::string map_codepoints(std::string_view s, F f) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    int len;
    char32_t c = decode_utf8(s, i, len);
    char32_t m = f(c);
    if (m == c)
      out.append(s.substr(i, len));
    else if (m != kDrop)
      append_utf8(out, m);
    i += len;
  }
  return out;
}
}  // namespace

std::string dediac(std::string_view s) {
  return map_codepoints(s, [](char32_t c) { return is_arabic_diacritic(c) ? kDrop : c; });
}
std::string normalize_alef(std::string_view s) {
  return map_codepoints(s, [](char32_t c) -> char32_t {
    return (c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0671) ? 0x0627 : c;
  });
}
std::string normalize_alef_maksura(std::string_view s) {
  return map_codepoints(s, [](char32_t c) -> char32_t { return c == 0x0649 ? 0x064A : c; });
}
std::string normalize_teh_marbuta(std::string_view s) {
  return map_codepoints(s, [](char32_t c) -> char32_t { return c == 0x0629 ? 0x0647 : c; });
}
std::string normalize_digits(std::string_view s) {
  return map_codepoints(s, [](char32_t c) -> char32_t {
    if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
    return c;
  });
}
std::string remove_tatweel(std::string_view s) {
  return map_codepoints(s, [](char32_t c) { return c == kTatweel ? kDrop : c; });
}

}  // namespace marsad::text
