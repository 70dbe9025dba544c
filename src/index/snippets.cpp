#include "index/snippets.h"

#include <algorithm>
#include <set>

#include "index/terms.h"

namespace marsad::index::detail {
namespace {

// The stem a matching token stands for (so that variants of one query word count once), or
// null; `quality` says how closely it matched: 3 exact, 2 clitic variant, 1 stem only.
const std::string* match_key(const TermToken& t, const MatchForms& m, int* quality = nullptr) {
  int q = m.surfaces.count(t.forms.surface) ? 3 : m.words.count(t.forms.word) ? 2 : m.stems.count(t.forms.stem) ? 1 : 0;
  if (quality) *quality = q;
  return q ? &t.forms.stem : nullptr;
}

struct Window {
  std::size_t first = 0, last = 0;  // token indexes, inclusive
  std::size_t distinct = 0, quality = 0;
};

// Best window over the tokens from `from`: most distinct matched words, then the closest
// matches (exact forms before stem-mates).
Window best_window(const std::vector<TermToken>& toks, const std::vector<const std::string*>& keys,
                   const std::vector<int>& quality, std::size_t from, std::size_t size) {
  Window best{from, std::min(toks.size(), from + size) - 1, 0, 0};
  for (std::size_t i = from; i < toks.size(); ++i) {
    if (!keys[i]) continue;  // windows worth having start at a match
    std::set<std::string_view> seen;
    std::size_t q = 0, last = std::min(toks.size(), i + size) - 1;
    for (std::size_t j = i; j <= last; ++j)
      if (keys[j]) seen.insert(*keys[j]), q += quality[j];
    if (seen.size() > best.distinct || (seen.size() == best.distinct && q > best.quality))
      best = {i, last, seen.size(), q};
  }
  return best;
}

}  // namespace

std::vector<Highlight> find_matches(std::string_view text, const MatchForms& forms) {
  std::vector<Highlight> out;
  for (const auto& t : analyze_terms(text))
    if (match_key(t, forms)) out.push_back({t.begin, t.end});
  return out;
}

void make_snippet(std::string_view text, std::uint32_t body_begin, const MatchForms& forms, Hit& hit,
                  std::size_t max_tokens) {
  auto toks = analyze_terms(text);
  hit.snippet.clear();
  hit.highlights.clear();
  if (toks.empty()) return;
  std::vector<const std::string*> keys(toks.size());
  std::vector<int> quality(toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i) keys[i] = match_key(toks[i], forms, &quality[i]);
  std::size_t body = 0;
  while (body < toks.size() && toks[body].begin < body_begin) ++body;
  Window w = best_window(toks, keys, quality, body < toks.size() ? body : 0, max_tokens);
  bool title_matches = std::any_of(keys.begin(), keys.begin() + body, [](auto k) { return k != nullptr; });
  if (w.distinct == 0 && title_matches) w = best_window(toks, keys, quality, 0, max_tokens);
  // Start a window that does not begin the body a little earlier, for context.
  if (w.first > body && w.first < toks.size() && keys[w.first]) {
    std::size_t back = std::min<std::size_t>(3, w.first - body);
    w.first -= back;
    if (w.last >= back + w.first + max_tokens) w.last -= back;
  }
  std::uint32_t begin = toks[w.first].begin, end = toks[w.last].end;
  // Keep trailing punctuation that closes the last word's sentence.
  while (end < text.size() && (text[end] == '.' || text[end] == ')' || text[end] == '"')) ++end;
  hit.snippet_begin = begin;
  hit.snippet = std::string(text.substr(begin, end - begin));
  for (std::size_t i = w.first; i <= w.last; ++i)
    if (keys[i]) hit.highlights.push_back({toks[i].begin - begin, toks[i].end - begin});
}

}  // namespace marsad::index::detail
