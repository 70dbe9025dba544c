#include "text/stem_tables.h"

#include "marsad/error.h"
#include "text/segment_model.h"

namespace marsad::text::detail {

std::vector<std::vector<std::string>> read_table(std::string_view text, const std::string& name,
                                                 std::size_t min_fields) {
  std::vector<std::vector<std::string>> rows;
  std::uint64_t line_no = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == text.npos ? text.npos : nl - pos);
    pos = nl == text.npos ? text.size() : nl + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> row;
    for (std::size_t start = 0;;) {
      std::size_t tab = line.find('\t', start);
      row.emplace_back(line.substr(start, tab == line.npos ? line.npos : tab - start));
      if (tab == line.npos) break;
      start = tab + 1;
    }
    if (row.size() < min_fields)
      throw FormatError("expected at least " + std::to_string(min_fields) + " fields",
                        Location{name, line_no});
    rows.push_back(std::move(row));
  }
  return rows;
}

bool is_arabic_word(std::string_view s) {
  thread_local Word w;
  return read_word(s, w);
}

}  // namespace marsad::text::detail
