// Throughput of time tagging on SaudiNewsNet bodies, in tokens per second.
//   cmake --preset bench && cmake --build build-bench --target time_bench && build-bench/bench/time_bench
// MARSAD_BENCH_DOCS sets how many articles are read (default 3000), MARSAD_SHARED_DIR where
// the shared data is.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "marsad/document.h"
#include "marsad/text.h"
#include "marsad/time.h"

namespace {

struct Corpus {
  std::vector<marsad::Document> docs;
  std::vector<std::vector<marsad::text::Token>> tokens;
  std::size_t token_count = 0;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    const char* shared = std::getenv("MARSAD_SHARED_DIR");  // overrides the build's ../shared
    std::filesystem::path path = std::filesystem::path(shared ? shared : MARSAD_SHARED_DIR) /
                                 "data/news-saudinewsnet/saudinewsnet.jsonl.zst";
    if (!std::filesystem::exists(path)) return out;
    const char* env = std::getenv("MARSAD_BENCH_DOCS");
    std::size_t limit = env ? std::strtoul(env, nullptr, 10) : 3000;
    marsad::DocumentReader reader(path);
    marsad::Document doc;
    while (out.docs.size() < limit && reader.next(doc)) {
      out.tokens.push_back(marsad::text::tokenize(doc.text));
      out.token_count += out.tokens.back().size();
      out.docs.push_back(std::move(doc));
    }
    return out;
  }();
  return c;
}

void BM_FindTimes(benchmark::State& state) {
  const Corpus& c = corpus();
  if (c.docs.empty()) return state.SkipWithError("SaudiNewsNet not found under MARSAD_SHARED_DIR");
  std::size_t found = 0;
  for (auto _ : state)
    for (std::size_t k = 0; k < c.docs.size(); ++k)
      found += marsad::time::find_times(c.docs[k].text, c.tokens[k], c.docs[k].date).size();
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.token_count));
  state.counters["times_per_doc"] = static_cast<double>(found) / state.iterations() / c.docs.size();
}
BENCHMARK(BM_FindTimes)->Unit(benchmark::kMillisecond)->MinTime(3);

void BM_TokenizeOnly(benchmark::State& state) {  // the peer in the same run: the tokenizer
  const Corpus& c = corpus();
  if (c.docs.empty()) return state.SkipWithError("SaudiNewsNet not found under MARSAD_SHARED_DIR");
  for (auto _ : state)
    for (const auto& d : c.docs) benchmark::DoNotOptimize(marsad::text::tokenize(d.text));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * c.token_count));
}
BENCHMARK(BM_TokenizeOnly)->Unit(benchmark::kMillisecond)->MinTime(3);

}  // namespace

BENCHMARK_MAIN();
