// Small string helpers shared across modules: splitting lines into fields, escaping XML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace marsad::util {

/// The fields of one line split at every `sep` (empty fields kept; no `sep`: the whole line).
/// The views point into `line`.
inline std::vector<std::string_view> split_at(std::string_view line, char sep) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    std::size_t at = line.find(sep, start);
    fields.push_back(line.substr(start, at == line.npos ? line.npos : at - start));
    if (at == line.npos) return fields;
    start = at + 1;
  }
}

/// The fields of one line split at every tab (see split_at).
inline std::vector<std::string_view> split_tabs(std::string_view line) { return split_at(line, '\t'); }

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

/// Whether `s` ends with `p`, the same way.
inline bool has_suffix(std::string_view s, std::string_view p) noexcept {
  if (s.size() < p.size()) return false;
  const std::size_t from = s.size() - p.size();
  for (std::size_t i = 0; i < p.size(); ++i)
    if (s[from + i] != p[i]) return false;
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
