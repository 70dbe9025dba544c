// Small string helpers shared across modules: splitting tab-separated lines, escaping XML.
#pragma once

#include <string>
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

/// Calls fn(line) for each line of an embedded data table (data/*.tsv), without the line
/// break, a trailing CR, blank lines and # comments.
template <typename Fn>
void for_each_table_line(std::string_view table, Fn fn) {
  for (std::size_t pos = 0; pos < table.size();) {
    std::size_t end = table.find('\n', pos);
    if (end == std::string_view::npos) end = table.size();
    std::string_view line = table.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line[0] != '#') fn(line);
  }
}

/// Whether `s` begins with `p`, by a byte loop: the callers test one- or two-letter Arabic
/// prefixes on every word, where a call to memcmp costs more than the comparison.
inline bool has_prefix(std::string_view s, std::string_view p) noexcept {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (s[i] != p[i]) return false;
  return true;
}

/// Appends `s` with & < > " ' escaped, for XML and HTML text and attribute values.
inline void append_xml_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

}  // namespace marsad::util
