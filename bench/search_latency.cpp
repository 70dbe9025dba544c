// Query latency of marsad search, single thread, p50/p99 over a query set.
//
//   build-bench/bench/search_latency INDEX_DIR [INDEX_DIR…] --queries bench/queries/news-100.tsv [--repeats 5]
//
// Each query runs once to warm the caches, then `repeats` timed passes. Three settings are
// timed, from the bare ranking to what `marsad search` does by default: top 10 by BM25; plus
// snippets; plus facets (which must visit every match, not just the top 10).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "marsad/error.h"
#include "marsad/search.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace ix = marsad::index;

std::vector<std::string> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw marsad::IoError("cannot open query file", marsad::Location{path});
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab != std::string::npos) out.push_back(line.substr(tab + 1));
  }
  return out;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

void run(ix::Searcher& s, const std::vector<std::string>& queries, const char* name,
         const ix::SearchOptions& opts, int repeats) {
  std::vector<double> ms;
  std::uint64_t matches = 0;
  for (const auto& q : queries) s.search(q, opts);  // warm up
  for (int r = 0; r < repeats; ++r)
    for (const auto& q : queries) {
      auto t0 = Clock::now();
      auto res = s.search(q, opts);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      if (r == 0) matches += res.total;
    }
  double mean = 0;
  for (double x : ms) mean += x;
  mean /= ms.size();
  std::printf("| %-28s | %5zu | %8.3f | %8.3f | %8.3f | %8.3f | %10.0f |\n", name, ms.size(), percentile(ms, 0.5),
              percentile(ms, 0.99), mean, *std::max_element(ms.begin(), ms.end()),
              double(matches) / queries.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> dirs;
  std::string queries_path;
  int repeats = 5;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--queries" && i + 1 < argc) queries_path = argv[++i];
    else if (a == "--repeats" && i + 1 < argc) repeats = std::stoi(argv[++i]);
    else dirs.emplace_back(a);
  }
  if (dirs.empty() || queries_path.empty()) {
    std::fprintf(stderr, "usage: search_latency INDEX_DIR… --queries FILE [--repeats N]\n");
    return 2;
  }
  try {
    ix::Searcher s(dirs);
    auto queries = read_queries(queries_path);
    std::printf("%llu articles, %zu queries, %d timed passes, one thread\n\n",
                static_cast<unsigned long long>(s.documents()), queries.size(), repeats);
    std::printf("| setting                      | runs  | p50 ms   | p99 ms   | mean ms  | max ms   | matches/q  |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    run(s, queries, "top 10, ranking only", {.k = 10, .snippets = false, .facets = false}, repeats);
    run(s, queries, "top 10 + snippets", {.k = 10, .snippets = true, .facets = false}, repeats);
    run(s, queries, "top 10 + snippets + facets", {.k = 10, .snippets = true, .facets = true}, repeats);
  } catch (const marsad::Error& e) {
    std::fprintf(stderr, "search_latency: %s\n", e.what());
    return 1;
  }
}
