// Tokenizer, sentence splitter and normalizer on arbitrary bytes: no crash, and the
// invariants every later module relies on (ordered, in-bounds, non-overlapping spans).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "marsad/text.h"

namespace tx = marsad::text;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto tokens = tx::tokenize(text);
  std::uint32_t prev_end = 0;
  for (const auto& t : tokens) {
    if (t.begin < prev_end || t.end <= t.begin || t.end > size) std::abort();
    prev_end = t.end;
  }
  auto sentences = tx::split_sentences(text, tokens);
  std::uint32_t next_token = 0;
  for (const auto& s : sentences) {
    if (s.first_token != next_token || s.last_token <= s.first_token) std::abort();
    next_token = s.last_token;
  }
  if (next_token != tokens.size()) std::abort();
  for (auto profile : {tx::Profile::kSearch, tx::Profile::kDisplay}) {
    tx::Normalized n = tx::normalize(text, profile);
    if (n.to_orig.size() != n.text.size() + 1 || n.to_orig.back() != size) std::abort();
    for (std::size_t k = 1; k < n.to_orig.size(); ++k)
      if (n.to_orig[k] < n.to_orig[k - 1]) std::abort();
    if (tx::find_invalid_utf8(n.text) != std::string_view::npos) std::abort();
    std::string fast;
    tx::normalize_into(text, profile, fast);
    if (fast != n.text) std::abort();
  }
  tx::CodepointIndex idx(text);
  if (idx.to_codepoint(size) != tx::count_codepoints(text)) std::abort();
  return 0;
}
