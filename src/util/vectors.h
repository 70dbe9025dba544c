// Small vector helpers shared across modules.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace marsad::util {

/// Removes the items whose flag is set (flags[i] for items[i]), keeping the others in order.
template <class T>
void erase_flagged(std::vector<T>& items, const std::vector<bool>& flags) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (flags[i]) continue;
    if (kept != i) items[kept] = std::move(items[i]);
    ++kept;
  }
  items.resize(kept);
}

}  // namespace marsad::util
