// Hash mixing shared by the feature hashing of the NER model and its document pass, and the
// string-keyed tables the modules read for every word.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>

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

/// A word's 64-bit hash: eight bytes at a time, each block through the splitmix64 mixer. The
/// same in every run (tables keyed by it behave alike everywhere); no file stores one.
inline std::uint64_t hash_word(std::string_view s) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull * (s.size() + 1);  // the length: "ab" is not "ab\0"
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t block;
    std::memcpy(&block, s.data() + i, 8);
    h = mix64(h ^ block);
  }
  std::uint64_t block = 0;
  const std::size_t rest = s.size() - i;
  static_assert(std::endian::native == std::endian::little, "the shift below keeps the last bytes read");
  if (rest > 0 && s.size() >= 8) {  // the last eight bytes, without those already mixed in
    std::memcpy(&block, s.data() + s.size() - 8, 8);
    block >>= 8 * (8 - rest);
  } else {
    for (std::size_t k = 0; k < rest; ++k) block |= std::uint64_t{static_cast<unsigned char>(s[i + k])} << (8 * k);
  }
  return mix64(h ^ block);
}

/// Linear probing in a power-of-two table of slots keyed by a 64-bit hash (the flat tables read
/// for every word: one probe into one cache line where a node-based map follows pointers):
/// from the key's low bits, the first slot that is empty (`taken` false) or holds the key
/// (`holds` true).
template <class Slot, class Taken, class Holds>
std::size_t probe(const std::vector<Slot>& table, std::uint64_t key, Taken taken, Holds holds) noexcept {
  const std::size_t mask = table.size() - 1;
  std::size_t i = key & mask;
  while (taken(table[i]) && !holds(table[i])) i = (i + 1) & mask;
  return i;
}

/// Keeps such a table at most half full: when `count` entries (the one about to go in included)
/// would fill more than half of it, a new table of bit_ceil(count × spread) slots (64 at least)
/// with every taken slot put back at its key (`key_of`).
template <class Slot, class Taken, class KeyOf>
void keep_half_empty(std::vector<Slot>& table, std::size_t count, std::size_t spread, Taken taken, KeyOf key_of) {
  if (count * 2 <= table.size()) return;
  std::vector<Slot> old = std::exchange(table, std::vector<Slot>(std::max<std::size_t>(64, std::bit_ceil(count * spread))));
  for (const Slot& s : old)
    if (taken(s)) table[probe(table, key_of(s), taken, [](const Slot&) { return false; })] = s;
}

/// Hash for string-keyed tables searched with a string_view (no temporary string): Abseil's
/// own string hash, a few multiplications for a short word where std::hash runs MurmurHash
/// over it. (Debian builds Abseil with its own absl::string_view: hashed as a std::string_view,
/// Abseil would hand the word to std::hash and mix the result.)
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return absl::Hash<absl::string_view>{}(absl::string_view(s.data(), s.size()));
  }
};

/// Open-addressing tables of strings searched with string_views: one probe where a node-based
/// table follows pointers. Elements move when the table grows: keep no pointer across inserts.
using StringSet = absl::flat_hash_set<std::string, StringHash, std::equal_to<>>;
template <typename Value>
using StringMap = absl::flat_hash_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace marsad::util
