// Near-duplicate detection speed: MinHash signatures and LSH clustering, in documents and
// bytes per second, over SaudiNewsNet bodies (MARSAD_SHARED or ../shared) held in memory.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "marsad/dedup.h"
#include "marsad/document.h"

namespace {

const std::vector<marsad::Document>& corpus() {
  static const std::vector<marsad::Document> docs = [] {
    const char* env = std::getenv("MARSAD_SHARED");
    std::filesystem::path shared = env ? env : MARSAD_SHARED_DIR;
    std::vector<marsad::Document> out;
    marsad::DocumentReader reader(shared / "data/news-saudinewsnet/saudinewsnet.jsonl.zst");
    marsad::Document d;
    while (reader.next(d)) out.push_back(d);
    return out;
  }();
  return docs;
}

std::int64_t body_bytes(const std::vector<marsad::Document>& docs) {
  std::int64_t n = 0;
  for (const auto& d : docs) n += static_cast<std::int64_t>(d.body.size());
  return n;
}

void BM_Signature(benchmark::State& state) {
  const auto& docs = corpus();
  for (auto _ : state)
    for (const auto& d : docs) benchmark::DoNotOptimize(marsad::dedup::signature(d.body));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(docs.size()));
  state.SetBytesProcessed(state.iterations() * body_bytes(docs));
}

void BM_LshCluster(benchmark::State& state) {
  const auto& docs = corpus();
  std::vector<marsad::dedup::Signature> sigs;
  for (const auto& d : docs) sigs.push_back(marsad::dedup::signature(d.body));
  for (auto _ : state) {
    marsad::dedup::LshIndex lsh;
    for (std::size_t i = 0; i < docs.size(); ++i) benchmark::DoNotOptimize(lsh.add(docs[i].id, sigs[i]));
    state.counters["clusters"] = static_cast<double>(lsh.clusters().size());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(docs.size()));
}

BENCHMARK(BM_Signature)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_LshCluster)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
