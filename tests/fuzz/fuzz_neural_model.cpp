// The neural NER model reader on arbitrary bytes: a FormatError or a model that tags, never
// a crash, a hang or an allocation the file's size does not justify.
#include <cstdint>
#include <string_view>

#include "marsad/error.h"
#include "ner/neural.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    marsad::ner::NeuralTagger t = marsad::ner::NeuralTagger::parse(bytes, "fuzz");
    t.tag({"قال", "الوزير", "في", "بغداد"});
  } catch (const marsad::FormatError&) {
  }
  return 0;
}
