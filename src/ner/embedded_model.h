// The models compiled into the library; empty if the build had no such file.
#pragma once

#include <string_view>

namespace marsad::ner {
std::string_view embedded_model() noexcept;         ///< models/ner.bin
std::string_view embedded_neural_model() noexcept;  ///< models/ner_neural.bin
}  // namespace marsad::ner
