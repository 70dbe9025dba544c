#include "index/function_words.h"

#include <string>

#include "marsad/error.h"
#include "marsad/text.h"
#include "util/hash.h"
#include "util/strings.h"

namespace marsad::data {
extern const std::string_view kIndexFunctionWords;
}

namespace marsad::index::detail {
namespace {

constexpr std::string_view kTable = "data/index_function_words.tsv";
constexpr std::string_view kWaw = "\u0648";

using WordSet = util::StringSet;

WordSet load() {
  WordSet words;
  std::string_view rest = data::kIndexFunctionWords;
  for (std::size_t line_no = 1; !rest.empty(); ++line_no) {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    auto fields = util::split_tabs(line);
    if (fields.size() != 2 || fields[0].empty())
      throw FormatError("expected word<TAB>class", Location{std::string(kTable), line_no});
    words.insert(text::normalize_search(fields[0]));
  }
  return words;
}

}  // namespace

bool is_function_word(std::string_view word) {
  static const WordSet words = load();
  std::string folded = text::normalize_search(word);
  if (words.contains(std::string_view(folded))) return true;
  std::string_view w = folded;
  return w.starts_with(kWaw) && w.size() > kWaw.size() && words.contains(w.substr(kWaw.size()));
}

}  // namespace marsad::index::detail
