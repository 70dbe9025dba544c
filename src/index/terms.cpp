#include "index/terms.h"

#include <unordered_map>

namespace marsad::index::detail {
namespace {

namespace tx = marsad::text;

bool indexable(tx::TokenKind kind) {
  switch (kind) {
    case tx::TokenKind::kPunct:
    case tx::TokenKind::kSymbol:
      return false;
    default:
      return true;
  }
}

WordForms compute_forms(std::string_view token, tx::TokenKind kind) {
  WordForms f;
  // A hashtag or mention is found by its word: #العراق matches العراق.
  if ((kind == tx::TokenKind::kHashtag || kind == tx::TokenKind::kMention) && token.size() > 1)
    token.remove_prefix(1);
  f.surface = tx::normalize_search(token);
  if (kind == tx::TokenKind::kWord || kind == tx::TokenKind::kHashtag) {
    auto seg = tx::Segmenter::instance().segment(f.surface);
    f.word = seg.restored.empty() ? f.surface : tx::normalize_search(seg.restored[seg.stem]);
    f.stem = tx::light_stem(f.surface);
    if (f.stem.empty()) f.stem = f.word;
  } else {
    f.word = f.surface;
    f.stem = f.surface;
  }
  return f;
}

// Per-thread memo of forms. Bounded: cleared when full, which costs a few misses only.
constexpr std::size_t kCacheLimit = 1 << 18;

}  // namespace

WordForms word_forms(std::string_view token, tx::TokenKind kind) {
  thread_local std::unordered_map<std::string, WordForms> cache;
  std::string key;
  key.reserve(token.size() + 1);
  key.push_back(static_cast<char>(kind));
  key.append(token);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kCacheLimit) cache.clear();
  return cache.emplace(std::move(key), compute_forms(token, kind)).first->second;
}

std::vector<TermToken> analyze_terms(std::string_view text) {
  std::vector<TermToken> out;
  for (const auto& tok : tx::tokenize(text)) {
    if (!indexable(tok.kind) || tok.end - tok.begin > kMaxTermBytes) continue;
    WordForms f = word_forms(tok.view(text), tok.kind);
    if (f.surface.empty()) continue;  // a token made only of tatweel or tashkeel
    out.push_back({tok.begin, tok.end, std::move(f)});
  }
  return out;
}

std::string normalize_name(std::string_view name) {
  std::string out;
  for (const auto& t : analyze_terms(name)) {
    if (!out.empty()) out.push_back(' ');
    out += t.forms.surface;
  }
  return out;
}

}  // namespace marsad::index::detail
