// The whole analysis on arbitrary bytes: no crash, every span inside the text, the JSON
// round trip exact, and every output format rendered.
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "marsad/analysis.h"
#include "marsad/error.h"

namespace {

void check(marsad::Span s, std::size_t size) {
  if (s.begin > s.end || s.end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // One input in 16 through the accurate mode: the neural tagger's matrix loops, with the
  // fuzzer's coverage hooks on every step, make it a hundred times slower than the rest.
  static const marsad::Analyzer fast, accurate(marsad::NerMode::kAccurate);
  const marsad::Analyzer& analyzer = size % 16 == 1 ? accurate : fast;
  std::string text(reinterpret_cast<const char*>(data), size);
  marsad::Document doc;
  try {
    doc = marsad::Document::from_text("fuzz", text);
  } catch (const marsad::InputError&) {
    return 0;  // blank text: refused with a clear error, which is the contract
  }
  marsad::Analysis a = analyzer.analyze(doc, {.date = "2024-09-28"});
  for (const auto& e : a.entities)
    for (const auto& m : e.mentions) check(m, size);
  for (const auto& t : a.times) check(t.span, size);
  for (const auto& q : a.quotes) {
    check(q.span, size);
    check(q.cue, size);
    check(q.speaker_span, size);
    if (q.span.begin == q.span.end) std::abort();
  }
  for (const auto& s : a.summary) check(s, size);
  for (const auto& t : a.timeline) {
    check(t.sentence, size);
    check(t.time, size);
  }
  nlohmann::json j = marsad::to_json(a);
  if (marsad::to_json(marsad::analysis_from_json(j)) != j) std::abort();
  for (const char* format : {"jsonl", "text", "html", "timeml", "conllu"}) marsad::render(a, format);
  return 0;
}
