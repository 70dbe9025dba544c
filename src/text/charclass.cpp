#include "marsad/text.h"

namespace marsad::text {

bool is_arabic_diacritic(char32_t c) noexcept {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A) ||
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 ||
         c == 0x06E8 || (c >= 0x06EA && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08FF);
}

bool is_arabic_letter(char32_t c) noexcept {
  if (c < 0x0620) return false;
  if (c <= 0x06FF)
    return (c >= 0x0620 && c <= 0x063F) || (c >= 0x0641 && c <= 0x064A) ||
           (c >= 0x066E && c <= 0x066F) || (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 ||
           (c >= 0x06EE && c <= 0x06EF) || (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF;
  return (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9) ||
         (c >= 0xFB50 && c <= 0xFD3D) || (c >= 0xFD40 && c <= 0xFDFB) ||  // (not ﴾ ﴿, brackets)
         (c >= 0xFE70 && c <= 0xFEFC);
}

}  // namespace marsad::text
