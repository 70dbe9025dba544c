// The model compiled into the library; empty if the build had no models/ner.bin.
#pragma once

#include <string_view>

namespace marsad::ner {
std::string_view embedded_model() noexcept;
}  // namespace marsad::ner
