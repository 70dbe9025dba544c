// marsad dups: clusters of near-duplicate articles (the same story republished or lightly edited).
#include <chrono>
#include <iomanip>
#include <iostream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/dedup.h"
#include "marsad/search.h"

namespace marsad::cli {
namespace {

using nlohmann::json;

struct DupsOptions {
  std::vector<std::string> files;
  std::string index;
  FormatArg format;
  std::string field = "body";
  double threshold = 0.5;
  double containment = 0.8;
  std::uint32_t bands = 64;
  std::string linkage = "leader";
  bool pairs = false;
};

void print_cluster(const index::DuplicateCluster& c, bool as_json) {
  if (as_json) {
    json arr = json::array();
    for (const auto& m : c.members)
      arr.push_back({{"id", m.id}, {"source", m.source}, {"date", m.date}, {"title", m.title},
                     {"similarity", m.similarity}});
    std::cout << json{{"cluster", c.id}, {"size", c.members.size()}, {"members", arr}}.dump() << '\n';
    return;
  }
  std::cout << "cluster " << c.id << " (" << c.members.size() << ")\n";
  for (const auto& m : c.members)
    std::cout << "  " << std::fixed << std::setprecision(2) << m.similarity << "  " << m.id << "  "
              << m.source << "  " << m.title << '\n';
}

// The clusters the ingest stored in an archive.
void run_index(const DupsOptions& o) {
  auto clusters = index::duplicate_clusters(o.index);
  std::size_t in_clusters = 0;
  for (const auto& c : clusters) {
    print_cluster(c, o.format.value == "json");
    in_clusters += c.members.size();
  }
  std::cerr << "marsad dups: " << clusters.size() << " clusters of 2+ holding " << in_clusters
            << " articles in " << o.index << '\n';
}

void run(const DupsOptions& o) {
  dedup::LshIndex lsh({.threshold = o.threshold, .containment = o.containment, .bands = o.bands,
                       .rows = static_cast<std::uint32_t>(dedup::kNumHashes / o.bands),
                       .linkage = o.linkage == "single" ? dedup::Linkage::kSingle : dedup::Linkage::kLeader});
  std::unordered_map<std::string, index::DuplicateMember> meta;
  std::size_t skipped = 0, matched_pairs = 0;
  const bool as_json = o.format.value == "json";
  auto start = std::chrono::steady_clock::now();
  for (const auto& file : o.files.empty() ? std::vector<std::string>{"-"} : o.files) {
    DocumentReader reader(file);
    Document d;
    while (reader.next(d)) {
      if (meta.contains(d.id)) throw InputError("duplicate document id " + d.id, Location{file});
      auto added = lsh.add(d.id, dedup::signature(o.field == "body" ? d.body : d.text));
      meta.emplace(d.id, index::DuplicateMember{d.id, d.title, d.date, d.source});
      matched_pairs += added.matches.size();
      if (!o.pairs) continue;
      for (const auto& m : added.matches) {
        if (as_json)
          std::cout << json{{"a", m.key}, {"b", d.id}, {"similarity", m.similarity}, {"containment", m.containment}}.dump()
                    << '\n';
        else
          std::cout << std::fixed << std::setprecision(3) << m.similarity << '\t' << m.key << '\t' << d.id << '\t'
                    << m.containment << '\n';
      }
    }
    const auto& bad = reader.skipped();
    for (std::size_t i = 0; i < bad.size() && i < 3; ++i) std::cerr << "marsad: skipped: " << bad[i].what() << '\n';
    if (bad.size() > 3) std::cerr << "marsad: skipped " << bad.size() - 3 << " more records in " << file << '\n';
    skipped += reader.skipped().size();
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  auto clusters = lsh.clusters();
  if (!o.pairs) {
    for (const auto& ids : clusters) {
      index::DuplicateCluster c{ids.front(), {}};
      for (const auto& id : ids) {
        c.members.push_back(meta.at(id));
        c.members.back().similarity = lsh.similarity(ids.front(), id);
      }
      print_cluster(c, as_json);
    }
  }
  std::size_t in_clusters = 0;
  for (const auto& c : clusters) in_clusters += c.size();
  std::cerr << "marsad dups: " << lsh.size() << " documents (" << skipped << " skipped), "
            << clusters.size() << " clusters of 2+ holding " << in_clusters << " documents, "
            << matched_pairs << " matched pairs, " << std::fixed << std::setprecision(2) << seconds
            << " s (" << std::setprecision(0) << lsh.size() / std::max(seconds, 1e-9) << " docs/s)\n";
}

Registration dups_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<DupsOptions>();
  auto* cmd = app.add_subcommand("dups", "Cluster near-duplicate articles (MinHash LSH over word shingles)");
  auto* files = cmd->add_option("files", opts->files, "Articles: .jsonl/.txt, optionally .gz/.zst ('-' or none: stdin)");
  auto* index = cmd->add_option("--index", opts->index, "Print the clusters stored in this archive (computed at ingest)")
      ->excludes(files);
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->add_option("--threshold", opts->threshold, "Estimated Jaccard similarity of word 3-shingles")
      ->check(CLI::Range(0.01, 1.0))
      ->capture_default_str();
  cmd->add_option("--containment", opts->containment,
                  "Also a near-duplicate: this share of the shorter text inside the longer (and J >= 0.35); 0: off")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--bands", opts->bands, "LSH bands (of 128 hashes): more bands find lower similarities, slower")
      ->check(CLI::IsMember({"8", "16", "32", "64"}))
      ->capture_default_str();
  cmd->add_option("--linkage", opts->linkage,
                  "leader: join the cluster whose first article is most alike; single: chain every match")
      ->check(CLI::IsMember({"leader", "single"}))
      ->capture_default_str();
  cmd->add_option("--field", opts->field, "Compare the body, or the whole text (title + body)")
      ->check(CLI::IsMember({"body", "text"}))
      ->capture_default_str();
  cmd->add_flag("--pairs", opts->pairs, "Print each matched pair (similarity, earlier, later, containment) instead of clusters");
  // The archive's clusters were made at ingest with the defaults; these shape a new run only.
  for (const char* name : {"--threshold", "--containment", "--bands", "--linkage", "--field", "--pairs"})
    index->excludes(cmd->get_option(name));
  cmd->callback([opts] { opts->index.empty() ? run(*opts) : run_index(*opts); });
});

}  // namespace
}  // namespace marsad::cli
