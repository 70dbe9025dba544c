// The harness every peer program shares, so each engine is fed, timed and scored the same way.
//
//   peer_<engine> index CORPUS.jsonl[.gz|.zst] INDEX_DIR
//       indexes each document's text (title + "\n" + body; the body alone when the title is
//       empty) under its id, and prints {"engine","op":"index","docs","seconds","bytes"}.
//   peer_<engine> search INDEX_DIR QUERIES.tsv RUN_OUT K REPEATS
//       runs every query (qid<TAB>text) once to warm up, then REPEATS timed passes, one thread;
//       writes the first timed pass as a TREC run and prints
//       {"engine","op":"search","queries","k","p50_ms","p99_ms","mean_ms"}.
//
// An engine supplies an Indexer (add documents, finish) and a Searcher (top k ids with scores).
#pragma once

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/document.h"
#include "marsad/error.h"
#include "marsad/evaluation.h"

namespace marsad::bench {

struct Hit {
  std::string id;
  double score = 0;
};

/// What every peer indexes of an article: title + "\n" + body, or the body alone when the
/// title is empty (the known-item corpus).
inline const std::string& indexed_text(const Document& d) { return d.title.empty() ? d.body : d.text; }

class PeerIndexer {
 public:
  virtual ~PeerIndexer() = default;
  virtual void add(const Document& doc) = 0;
  virtual void finish() = 0;
  /// Bytes the finished index takes (by default: every file under the index directory).
  virtual std::uintmax_t bytes() const { return 0; }
};

class PeerSearcher {
 public:
  virtual ~PeerSearcher() = default;
  virtual std::vector<Hit> search(const std::string& query, std::size_t k) = 0;
};

struct Peer {
  std::string name;
  std::function<std::unique_ptr<PeerIndexer>(const std::string& dir)> indexer;
  std::function<std::unique_ptr<PeerSearcher>(const std::string& dir)> searcher;
};

inline std::uintmax_t directory_bytes(const std::filesystem::path& dir) {
  std::uintmax_t total = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) total += e.file_size();
  return total;
}

inline double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

inline int run_index(const Peer& peer, const std::string& corpus, const std::string& dir) {
  auto start = std::chrono::steady_clock::now();
  auto indexer = peer.indexer(dir);
  DocumentReader reader(corpus);
  Document d;
  std::size_t docs = 0;
  while (reader.next(d)) {
    indexer->add(d);
    ++docs;
  }
  indexer->finish();
  double seconds = seconds_since(start);
  std::uintmax_t bytes = indexer->bytes();
  if (bytes == 0) bytes = directory_bytes(dir);
  std::cout << nlohmann::json{{"engine", peer.name}, {"op", "index"}, {"docs", docs}, {"seconds", seconds},
                              {"bytes", bytes}, {"skipped", reader.skipped().size()}}.dump()
            << std::endl;
  return 0;
}

inline double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size() - 1) + 0.5));
  return v[i];
}

inline int run_search(const Peer& peer, const std::string& dir, const std::string& queries_path,
                      const std::string& run_out, std::size_t k, int repeats) {
  auto searcher = peer.searcher(dir);
  auto queries = evaluation::read_queries(queries_path);
  for (const auto& [qid, text] : queries) searcher->search(text, k);  // warm the caches
  evaluation::Run run;
  std::vector<double> ms;
  for (int pass = 0; pass < std::max(repeats, 1); ++pass)
    for (const auto& [qid, text] : queries) {
      auto start = std::chrono::steady_clock::now();
      auto hits = searcher->search(text, k);
      ms.push_back(seconds_since(start) * 1000.0);
      if (pass > 0) continue;
      auto& docs = run[qid];
      for (const auto& h : hits) docs.push_back({h.id, h.score});
    }
  evaluation::rank_run(run);
  std::ofstream(run_out) << evaluation::format_run(run, peer.name);
  double mean = 0;
  for (double m : ms) mean += m;
  std::cout << nlohmann::json{{"engine", peer.name}, {"op", "search"}, {"queries", queries.size()},
                              {"k", k}, {"p50_ms", percentile(ms, 0.5)}, {"p99_ms", percentile(ms, 0.99)},
                              {"mean_ms", ms.empty() ? 0 : mean / double(ms.size())}}.dump()
            << std::endl;
  return 0;
}

inline int peer_main(const Peer& peer, int argc, char** argv) {
  try {
    std::vector<std::string> a(argv + 1, argv + argc);
    if (a.size() == 3 && a[0] == "index") return run_index(peer, a[1], a[2]);
    if (a.size() == 6 && a[0] == "search")
      return run_search(peer, a[1], a[2], a[3], std::stoul(a[4]), std::stoi(a[5]));
    std::cerr << "usage: " << argv[0] << " index CORPUS DIR | search DIR QUERIES RUN_OUT K REPEATS\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << argv[0] << ": error: " << e.what() << '\n';
    return 1;
  }
}

}  // namespace marsad::bench
