// Throughput of the text pipeline a search index runs on every article — normalize, tokenize,
// segment clitics, light-stem — against Snowball's Arabic stemmer alone on the same word
// tokens, in the same run. Reads SaudiNewsNet bodies from ../shared (skips if absent).
//
//   MARSAD_SHARED=/work/shared ./build-bench/bench/text_throughput [--docs N] [benchmark flags]
#include <benchmark/benchmark.h>
#include <libstemmer.h>
#include <sys/resource.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <thread>

#include "marsad/document.h"
#include "marsad/text.h"
#include "util/cpu_time.h"

namespace {

namespace tx = marsad::text;

struct Corpus {
  std::vector<std::string> bodies;
  std::vector<std::string> words;  // the Arabic word tokens of the bodies, in order
};

// MARSAD_SHARED in the environment overrides the build-time location of ../shared.
std::filesystem::path shared_dir() {
  const char* env = std::getenv("MARSAD_SHARED");
  return env ? env : MARSAD_SHARED_DIR;
}

Corpus& corpus() {
  static Corpus c;
  return c;
}

void load(std::size_t max_docs) {
  std::filesystem::path path = shared_dir() / "data/news-saudinewsnet/saudinewsnet.jsonl.zst";
  marsad::DocumentReader reader(path);
  marsad::Document doc;
  while (corpus().bodies.size() < max_docs && reader.next(doc)) corpus().bodies.push_back(doc.body);
  std::string norm;
  for (const auto& body : corpus().bodies) {
    tx::normalize_into(body, tx::Profile::kDisplay, norm);
    for (const auto& t : tx::tokenize(norm))
      if (t.kind == tx::TokenKind::kWord) corpus().words.emplace_back(t.view(norm));
  }
}

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

// normalize + tokenize (+ segment + light_stem) over every body; returns word tokens seen.
std::size_t run_pipeline(bool analyze = true) {
  std::string norm;
  std::size_t words = 0;
  for (const auto& body : corpus().bodies) {
    tx::normalize_into(body, tx::Profile::kDisplay, norm);
    for (const auto& t : tx::tokenize(norm)) {
      if (t.kind != tx::TokenKind::kWord) continue;
      ++words;
      if (!analyze) continue;
      auto seg = tx::Segmenter::instance().segment(t.view(norm));
      auto stem = tx::light_stem(t.view(norm));
      benchmark::DoNotOptimize(seg);
      benchmark::DoNotOptimize(stem);
    }
  }
  return words;
}

// Steady state: the per-thread caches are warm after the first pass (a long-running indexer).
void BM_MarsadPipeline(benchmark::State& state) {
  run_pipeline();
  std::size_t words = 0;
  for (auto _ : state) words += run_pipeline();
  state.SetItemsProcessed(static_cast<std::int64_t>(words));
  state.counters["peak_rss_mb"] = peak_rss_mb();
}

// The share of normalize + tokenize alone, for reading the figure above.
void BM_NormalizeTokenizeOnly(benchmark::State& state) {
  std::size_t words = 0;
  for (auto _ : state) words += run_pipeline(false);
  state.SetItemsProcessed(static_cast<std::int64_t>(words));
}

// Cold: every pass runs on a new thread, so every cache starts empty. Timed by that thread's
// CPU clock, so other load on the machine does not count.
void BM_MarsadPipelineColdCache(benchmark::State& state) {
  std::size_t words = 0;
  for (auto _ : state) {
    double seconds = 0;
    std::thread([&] {
      double start = marsad::util::thread_cpu_seconds();
      words += run_pipeline();
      seconds = marsad::util::thread_cpu_seconds() - start;
    }).join();
    state.SetIterationTime(seconds);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(words));
  state.counters["peak_rss_mb"] = peak_rss_mb();
}

void BM_SnowballStemOnly(benchmark::State& state) {
  sb_stemmer* stemmer = sb_stemmer_new("arabic", "UTF_8");
  if (!stemmer) {
    state.SkipWithError("libstemmer has no arabic stemmer");
    return;
  }
  std::size_t words = 0;
  for (auto _ : state) {
    for (const auto& w : corpus().words) {
      const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(w.data()),
                                             static_cast<int>(w.size()));
      benchmark::DoNotOptimize(out);
    }
    words += corpus().words.size();
  }
  sb_stemmer_delete(stemmer);
  state.SetItemsProcessed(static_cast<std::int64_t>(words));
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t docs = 2000;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--docs") == 0) docs = std::stoul(argv[i + 1]);
  std::filesystem::path shared = shared_dir() / "data/news-saudinewsnet";
  if (!std::filesystem::exists(shared)) {
    std::cerr << "text_throughput: " << shared << " not found; nothing to measure\n";
    return 0;
  }
  load(docs);
  std::cerr << "corpus: " << corpus().bodies.size() << " bodies, " << corpus().words.size()
            << " Arabic word tokens\n";
  tx::Segmenter::instance();  // load the model outside the timings
  benchmark::RegisterBenchmark("MarsadPipeline/normalize+tokenize+segment+stem", BM_MarsadPipeline)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("MarsadPipelineColdCache", BM_MarsadPipelineColdCache)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("NormalizeTokenizeOnly", BM_NormalizeTokenizeOnly)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("SnowballArabicStemOnly", BM_SnowballStemOnly)->Unit(benchmark::kMillisecond);
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--docs") == 0) { ++i; continue; }
    args.push_back(argv[i]);
  }
  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
