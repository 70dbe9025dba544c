// NER throughput: the tagger alone on ANERcorp's dev part, and whole-article recognition
// (tagging + resolution) on SaudiNewsNet articles. Reports tokens per second.
//
//   cmake --preset bench && cmake --build build-bench --target ner_bench
//   ./build-bench/bench/ner_bench            # MARSAD_SHARED=/path/to/shared to override
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

#include "marsad/document.h"
#include "marsad/ner.h"

namespace {

std::filesystem::path shared() {
  const char* env = std::getenv("MARSAD_SHARED");
  return env ? env : MARSAD_SHARED_DIR;
}

void BM_TagDevPart(benchmark::State& state) {
  auto path = shared() / "data/anercorp/train.conll";
  if (!std::filesystem::exists(path)) return state.SkipWithError("no ANERcorp under MARSAD_SHARED");
  std::vector<std::vector<std::string>> dev;
  std::size_t words = 0;
  for (auto& s : marsad::ner::split_dev(marsad::ner::read_conll(path), 0.1).dev) {
    words += s.words.size();
    dev.push_back(std::move(s.words));
  }
  const auto& ner = marsad::ner::Recognizer::instance();
  std::size_t tokens = 0;
  for (auto _ : state) {  // both passes, as `marsad eval ner` tags running text
    benchmark::DoNotOptimize(ner.tag_running(dev));
    tokens += words;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(tokens));
}
BENCHMARK(BM_TagDevPart)->Unit(benchmark::kMillisecond);

void BM_RecognizeArticles(benchmark::State& state) {
  auto path = shared() / "data/news-saudinewsnet/saudinewsnet.jsonl.zst";
  if (!std::filesystem::exists(path)) return state.SkipWithError("no SaudiNewsNet under MARSAD_SHARED");
  marsad::DocumentReader reader(path);
  std::vector<std::string> texts;
  marsad::Document doc;
  while (texts.size() < 300 && reader.next(doc)) texts.push_back(doc.text);
  const auto& ner = marsad::ner::Recognizer::instance();
  std::size_t tokens = 0;
  for (auto _ : state)
    for (const auto& text : texts) {
      auto toks = marsad::text::tokenize(text);
      auto sentences = marsad::text::split_sentences(text, toks);
      benchmark::DoNotOptimize(ner.recognize(text, toks, sentences));
      tokens += toks.size();
    }
  state.SetItemsProcessed(static_cast<std::int64_t>(tokens));
}
BENCHMARK(BM_RecognizeArticles)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
