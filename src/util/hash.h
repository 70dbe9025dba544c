// Hash mixing shared by the feature hashing of the NER model and its document pass.
#pragma once

#include <cstdint>

namespace marsad::util {

/// The splitmix64 finalizer (Steele, Lea & Flood, OOPSLA 2014): spreads every input bit over
/// the whole word. Models store weights at positions derived from it: never change it.
constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace marsad::util
