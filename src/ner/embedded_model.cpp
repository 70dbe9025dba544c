// The default NER model (models/ner.bin), linked into the library with the assembler's
// .incbin: a multi-megabyte file would take minutes as a generated C++ array.
#include <string_view>

#include "ner/embedded_model.h"

#ifdef MARSAD_NER_MODEL_PATH
__asm__(
    ".section .rodata\n"
    ".balign 16\n"
    "marsad_ner_model_begin:\n"
    ".incbin \"" MARSAD_NER_MODEL_PATH "\"\n"
    "marsad_ner_model_end:\n"
    ".previous\n");
extern "C" const char marsad_ner_model_begin[];
extern "C" const char marsad_ner_model_end[];
#endif

namespace marsad::ner {

std::string_view embedded_model() noexcept {
#ifdef MARSAD_NER_MODEL_PATH
  return {marsad_ner_model_begin, static_cast<std::size_t>(marsad_ner_model_end - marsad_ner_model_begin)};
#else
  return {};
#endif
}

}  // namespace marsad::ner
