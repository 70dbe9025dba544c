// marsad index add | delete | stats: build and inspect an archive.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/analysis.h"
#include "marsad/index.h"
#include "marsad/version.h"

namespace marsad::cli {
namespace {

namespace ix = marsad::index;
using nlohmann::json;

void report_progress(const ix::IngestProgress& p, bool tty) {
  double rate = p.seconds > 0 ? p.committed / p.seconds : 0;
  if (!tty) {
    std::fprintf(stderr, "committed %llu articles (%.0f/s)\n", static_cast<unsigned long long>(p.committed), rate);
    return;
  }
  std::string eta = "?";
  if (p.input_bytes > 0 && p.input_bytes_read > 0) {
    double left = p.seconds * (double(p.input_bytes) / double(p.input_bytes_read) - 1);
    eta = std::to_string(static_cast<long>(std::max(0.0, left))) + "s";
  }
  std::fprintf(stderr, "\r%llu articles  %.0f/s  ETA %s   ", static_cast<unsigned long long>(p.committed),
               rate, eta.c_str());
}

void print_summary(const ix::IngestSummary& s, std::uint64_t total, bool as_json) {
  if (as_json) {
    std::cout << json{{"added", s.added}, {"updated", s.updated}, {"skipped", s.skipped},
                      {"skip_reasons", s.skip_reasons}, {"documents", total}, {"seconds", s.seconds},
                      {"writer_cpu_seconds", s.writer_cpu_seconds}, {"writer_wait_seconds", s.writer_wait_seconds}}
                     .dump()
              << '\n';
    return;
  }
  std::cout << "added " << s.added << ", updated " << s.updated << ", skipped " << s.skipped << " in "
            << s.seconds << " s (writer: " << s.writer_cpu_seconds << " s CPU, waited " << s.writer_wait_seconds
            << " s for analysis); the archive holds " << total << " articles\n";
  for (const auto& why : s.skip_reasons) std::cout << "  skipped: " << why << '\n';
}

void add_command(CLI::App& index) {
  struct Opts {
    std::string dir;
    std::vector<std::string> inputs;
    std::size_t batch = 1000;
    unsigned threads = 2;
    FormatArg format;
    NerModeArg ner;
  };
  auto o = std::make_shared<Opts>();
  auto* cmd = index.add_subcommand("add", "Add articles (re-adding an id updates it)");
  cmd->add_option("--index", o->dir, "Archive directory (created if missing)")->required();
  cmd->add_option("inputs", o->inputs, ".txt articles, directories of them, .jsonl[.gz|.zst], - for stdin");
  cmd->add_option("--batch", o->batch, "Commit every N articles")->capture_default_str();
  cmd->add_option("--threads", o->threads, "Analysis threads")->capture_default_str();
  o->format.add_to(*cmd, {"text", "json"});
  o->ner.add_to(*cmd);
  cmd->callback([o] {
    std::vector<std::filesystem::path> inputs(o->inputs.begin(), o->inputs.end());
    if (inputs.empty()) inputs.emplace_back("-");
    ix::Writer writer(o->dir);
    bool tty = isatty(STDERR_FILENO);
    ix::IngestOptions opts{.batch_size = o->batch, .threads = o->threads,
                           .on_commit = [tty](const ix::IngestProgress& p) { report_progress(p, tty); }};
    // One Analyzer (models loaded once) shared by the analysis threads: analyze() is const.
    auto analyzer = std::make_shared<const Analyzer>(o->ner.mode());
    ix::IngestSummary s =
        ix::ingest(writer, inputs, [analyzer](const Document& d) { return analyzer->analyze(d); }, opts);
    if (tty) std::fputc('\n', stderr);
    print_summary(s, writer.documents(), o->format.value == "json");
  });
}

void delete_command(CLI::App& index) {
  auto dir = std::make_shared<std::string>();
  auto ids = std::make_shared<std::vector<std::string>>();
  auto* cmd = index.add_subcommand("delete", "Delete articles by id");
  cmd->add_option("--index", *dir, "Archive directory")->required()->check(CLI::ExistingDirectory);
  cmd->add_option("ids", *ids, "Article ids")->required();
  cmd->callback([dir, ids] {
    ix::Writer writer(*dir);
    std::size_t deleted = 0;
    for (const auto& id : *ids) {
      if (writer.remove(id)) ++deleted;
      else std::cerr << "marsad: warning: no article with id " << id << '\n';
    }
    writer.commit();
    std::cout << "deleted " << deleted << " of " << ids->size() << "; the archive holds "
              << writer.documents() << " articles\n";
  });
}

void stats_command(CLI::App& index) {
  auto dir = std::make_shared<std::string>();
  auto format = std::make_shared<FormatArg>();
  auto* cmd = index.add_subcommand("stats", "Documents, size, sources, dates, versions of an archive");
  cmd->add_option("--index", *dir, "Archive directory")->required();
  format->add_to(*cmd, {"text", "json"});
  cmd->callback([dir, format] {
    ix::ArchiveInfo i = ix::archive_info(*dir);
    json sources = json::array();
    for (const auto& [s, n] : i.sources) sources.push_back({{"source", s}, {"documents", n}});
    if (format->value == "json") {
      std::cout << json{{"dir", i.dir.string()}, {"documents", i.documents}, {"bytes", i.bytes_on_disk},
                        {"first_date", i.first_date}, {"last_date", i.last_date}, {"sources", sources},
                        {"format_version", i.format_version}, {"analyzer_version", i.analyzer_version}}
                       .dump(2)
                << '\n';
      return;
    }
    std::cout << "archive    " << i.dir.string() << "\ndocuments  " << i.documents << "\nsize       "
              << i.bytes_on_disk / 1024 << " KiB\ndates      " << i.first_date << " .. " << i.last_date
              << "\nformat     " << i.format_version << " (analyzer " << i.analyzer_version << ")\nsources\n";
    for (const auto& [s, n] : i.sources) std::cout << "  " << s << '\t' << n << '\n';
  });
}

void compact_command(CLI::App& index) {
  auto dir = std::make_shared<std::string>();
  auto* cmd = index.add_subcommand("compact", "Rewrite the archive compactly (about half the size after a big ingest)");
  cmd->add_option("--index", *dir, "Archive directory")->required();
  cmd->callback([dir] {
    ix::compact(*dir);
    std::cout << "compacted " << *dir << ": " << ix::archive_info(*dir).bytes_on_disk / (1024 * 1024) << " MiB\n";
  });
}

Registration index_cmd("", [](CLI::App& app) {
  auto* index = app.add_subcommand("index", "Build and inspect an archive (a searchable directory)");
  index->require_subcommand(1);
  add_command(*index);
  delete_command(*index);
  stats_command(*index);
  compact_command(*index);
});

}  // namespace
}  // namespace marsad::cli
