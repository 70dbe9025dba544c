// The NER models (models/ner.bin, models/ner_neural.bin), linked into the library with the
// assembler's .incbin: a multi-megabyte file would take minutes as a generated C++ array.
#include <string_view>

#include "ner/embedded_model.h"

#define MARSAD_INCBIN(name, path)                                       \
  __asm__(".section .rodata\n.balign 16\n" #name "_begin:\n.incbin \"" path \
          "\"\n" #name "_end:\n.previous\n");                           \
  extern "C" const char name##_begin[];                                 \
  extern "C" const char name##_end[];

#ifdef MARSAD_NER_MODEL_PATH
MARSAD_INCBIN(marsad_ner_model, MARSAD_NER_MODEL_PATH)
#endif
#ifdef MARSAD_NER_NEURAL_PATH
MARSAD_INCBIN(marsad_ner_neural, MARSAD_NER_NEURAL_PATH)
#endif

namespace marsad::ner {

std::string_view embedded_model() noexcept {
#ifdef MARSAD_NER_MODEL_PATH
  return {marsad_ner_model_begin, static_cast<std::size_t>(marsad_ner_model_end - marsad_ner_model_begin)};
#else
  return {};
#endif
}

std::string_view embedded_neural_model() noexcept {
#ifdef MARSAD_NER_NEURAL_PATH
  return {marsad_ner_neural_begin, static_cast<std::size_t>(marsad_ner_neural_end - marsad_ner_neural_begin)};
#else
  return {};
#endif
}

}  // namespace marsad::ner
