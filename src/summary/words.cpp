#include "summary/words.h"

#include "marsad/text.h"

namespace marsad::data {
extern const std::string_view kStopwordsAr;
}

namespace marsad::summary {
namespace {

// Two-byte UTF-8 forms of the letters involved.
constexpr std::string_view kWaw = "\u0648", kFa = "\u0641", kBa = "\u0628", kKaf = "\u0643",
                           kAl = "\u0627\u0644";

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Removes و/ف when what follows is itself prefixed (والحكومة، وبالقرب، وللمرة): a bare word
// may start with و (وزير) and must keep it.
std::string_view strip_conjunction(std::string_view w) {
  if ((starts(w, kWaw) || starts(w, kFa)) && w.size() > 6) {
    std::string_view rest = w.substr(2);
    if (starts(rest, kAl) || starts(rest, "\u0628\u0627\u0644") || starts(rest, "\u0644\u0644"))
      return rest;
  }
  return w;
}

}  // namespace

std::string_view key_of_folded(std::string_view folded) {
  std::string_view w = strip_conjunction(folded);
  for (std::string_view p : {"\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0644\u0644"})
    if (starts(w, p) && w.size() > p.size() + 4) return w.substr(p.size());
  if (starts(w, kAl) && w.size() > 6) return w.substr(kAl.size());
  return w;
}

std::string word_key(std::string_view surface) {
  std::string folded;
  text::normalize_into(surface, text::Profile::kSearch, folded);
  return std::string(key_of_folded(folded));
}

std::uint32_t WordIds::id(std::string_view word) {
  if (auto it = ids_.find(word); it != ids_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(words_.size());
  ids_.emplace(words_.emplace_back(word), id);
  return id;
}

std::string display_word(std::string_view surface) {
  std::string_view w = surface;
  if ((starts(w, kWaw) || starts(w, kFa)) && w.size() > 6) {
    std::string_view rest = w.substr(2);
    if (starts(rest, "\u0627\u0644") || starts(rest, "\u0628\u0627\u0644") ||
        starts(rest, "\u0644\u0644"))
      w = rest;
  }
  if ((starts(w, kBa) || starts(w, kKaf)) && starts(w.substr(2), kAl) && w.size() > 8)
    return std::string(w.substr(2));
  if (starts(w, "\u0644\u0644") && w.size() > 8) return std::string(kAl) + std::string(w.substr(4));
  return std::string(w);
}

const StopWords& StopWords::instance() {
  static const StopWords words(data::kStopwordsAr);
  return words;
}

StopWords::StopWords(std::string_view tsv) {
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view{} : tsv.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    std::string folded;
    text::normalize_into(line.substr(0, line.find('\t')), text::Profile::kSearch, folded);
    if (!folded.empty()) words_.insert(std::move(folded));
  }
}

bool StopWords::contains(std::string_view folded) const {
  if (words_.find(folded) != words_.end()) return true;
  if ((starts(folded, kWaw) || starts(folded, kFa)) && folded.size() > 2)
    return words_.find(folded.substr(2)) != words_.end();
  return false;
}

}  // namespace marsad::summary
