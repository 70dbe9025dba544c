// Internal: the TSV tables of the stemmer and root finder (data/stem_*.tsv).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace marsad::text::detail {

/// Rows of a TAB-separated table; '#' lines and blank lines are skipped. Throws FormatError
/// naming `name` and the line if a row has fewer than `min_fields` fields.
std::vector<std::vector<std::string>> read_table(std::string_view text, const std::string& name,
                                                 std::size_t min_fields);

/// True if `s` is made only of Arabic letters (and tashkeel/tatweel), as the segmenter reads words.
bool is_arabic_word(std::string_view s);

}  // namespace marsad::text::detail
