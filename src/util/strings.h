// Small string helpers shared by the readers of marsad's tab-separated tables and models.
#pragma once

#include <string_view>
#include <vector>

namespace marsad::util {

/// The fields of one line split at every tab (empty fields kept; no tab: the whole line).
/// The views point into `line`.
inline std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == line.npos ? line.npos : tab - start));
    if (tab == line.npos) return fields;
    start = tab + 1;
  }
}

}  // namespace marsad::util
