// marsad/version.h: library and on-disk format versions.
#pragma once

namespace marsad {

inline constexpr const char* kVersion = "0.1.0";

/// Bumped whenever normalization, tokenization, segmentation or stemming change what terms an
/// article produces: an index written by another analyzer version must be rebuilt.
inline constexpr int kAnalyzerVersion = 1;

}  // namespace marsad
