// The text core over JSON: normalize, tokenize, sentences, segment. Offsets are code points.
#include <charconv>

#include "endpoints.h"
#include "marsad/error.h"
#include "marsad/text.h"
#include "marsad/time.h"

namespace marsad::server {
namespace tx = marsad::text;

json parse_body(std::string_view body) {
  json parsed;
  try {
    parsed = json::parse(body);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    std::uint64_t offset = e.byte > 0 ? e.byte - 1 : 0;
    throw InputError("malformed JSON body", Location{"body", 0, offset});
  }
  if (!parsed.is_object()) throw InputError("the body must be a JSON object", Location{"body"});
  return parsed;
}

std::string string_field(const json& object, std::string_view name, bool required,
                         std::string fallback) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) {
    if (required) throw InputError("missing field \"" + std::string(name) + "\"", Location{"body"});
    return fallback;
  }
  if (!it->is_string())
    throw InputError("field \"" + std::string(name) + "\" must be a string", Location{"body"});
  return it->get<std::string>();
}

std::string string_param(const QueryParams& query, std::string_view name) {
  auto it = query.find(name);
  return it == query.end() ? std::string() : it->second;
}

std::size_t int_param(const QueryParams& query, std::string_view name, std::size_t fallback,
                      std::size_t min, std::size_t max) {
  auto it = query.find(name);
  if (it == query.end() || it->second.empty()) return fallback;
  const std::string& s = it->second;
  std::size_t value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || value < min || value > max)
    throw InputError("parameter \"" + std::string(name) + "\" must be an integer from " +
                         std::to_string(min) + " to " + std::to_string(max) + ", not \"" + s + "\"",
                     Location{"query"});
  return value;
}

json normalize_endpoint(const json& body) {
  std::string text = string_field(body, "text", true);
  std::string profile_name = string_field(body, "profile", false, "search");
  tx::Profile profile = tx::parse_profile(profile_name);
  tx::Normalized n = tx::normalize(text, profile);
  tx::CodepointIndex orig(text);
  json to_orig = json::array();
  for (std::size_t k = 0; k < n.text.size(); ++k)
    if ((static_cast<unsigned char>(n.text[k]) & 0xC0) != 0x80)
      to_orig.push_back(orig.to_codepoint(n.to_orig[k]));
  return {{"text", n.text}, {"profile", tx::profile_name(profile)}, {"to_orig", to_orig}};
}

json tokenize_endpoint(const json& body) {
  std::string text = string_field(body, "text", true);
  tx::CodepointIndex idx(text);
  json tokens = json::array();
  for (const auto& t : tx::tokenize(text))
    tokens.push_back({{"text", t.view(text)},
                      {"kind", tx::token_kind_name(t.kind)},
                      {"start", idx.to_codepoint(t.begin)},
                      {"end", idx.to_codepoint(t.end)}});
  return {{"tokens", std::move(tokens)}};
}

json sentences_endpoint(const json& body) {
  std::string text = string_field(body, "text", true);
  auto tokens = tx::tokenize(text);
  tx::CodepointIndex idx(text);
  json sentences = json::array();
  for (const auto& s : tx::split_sentences(text, tokens))
    sentences.push_back({{"text", text.substr(s.begin, s.end - s.begin)},
                         {"start", idx.to_codepoint(s.begin)},
                         {"end", idx.to_codepoint(s.end)}});
  return {{"sentences", std::move(sentences)}};
}

json segment_endpoint(const json& body) {
  std::string text = string_field(body, "text", true);
  const auto& segmenter = tx::Segmenter::instance();
  tx::CodepointIndex idx(text);
  json words = json::array();
  for (const auto& t : tx::tokenize(text)) {
    if (t.kind != tx::TokenKind::kWord) continue;
    std::string_view surface = t.view(text);
    tx::Segmentation seg = segmenter.segment(surface);
    words.push_back({{"text", surface},
                     {"start", idx.to_codepoint(t.begin)},
                     {"end", idx.to_codepoint(t.end)},
                     {"pieces", seg.pieces},
                     {"restored", seg.restored},
                     {"stem", seg.stem},
                     {"light_stem", tx::light_stem(surface)},
                     {"root", tx::root(surface)}});
  }
  return {{"words", std::move(words)}};
}

json times_endpoint(const json& body) {
  std::string text = string_field(body, "text", true);
  std::string date = string_field(body, "date", false);
  auto tokens = tx::tokenize(text);
  tx::CodepointIndex idx(text);
  json times = json::array();
  for (const auto& t : time::find_times(text, tokens, date)) {
    json j = {{"text", text.substr(t.span.begin, t.span.end - t.span.begin)},
              {"start", idx.to_codepoint(t.span.begin)},
              {"end", idx.to_codepoint(t.span.end)},
              {"type", t.type},
              {"value", t.value}};
    if (!t.mod.empty()) j["mod"] = t.mod;
    times.push_back(std::move(j));
  }
  return {{"date", date}, {"times", std::move(times)}};
}

}  // namespace marsad::server
