// marsad search: run a query (or a file of them) over one archive or several shards.
#include <unistd.h>

#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/error.h"
#include "marsad/search.h"
#include "marsad/document.h"

namespace marsad::cli {
namespace {

namespace ix = marsad::index;

constexpr const char* kQueryHelp = R"(Query language (docs/query-language.md):
  words            all must match; clitics, diacritics, hamza/alef/ya and light stems match
                   too, exact forms rank first:  العراق  finds بالعراق and العراقيين
  "a phrase"       words in this order (also «…»)
  a OR b           either
  -word -"phrase"  exclude
  title:word  title:"phrase"       in the title
  source:alriyadh                  outlet
  date:2015  date:2015-08  date:2015-08-03  date:2015-07..2015-08  date:2015-08..
  entity:"محمد السوداني"            articles naming that entity
  type:PER  (PER LOC ORG MISC)     articles naming an entity of that type)";

struct SearchArgs {
  std::vector<std::string> dirs;
  std::string query, queries_file, run_format = "trec", match = "auto";
  std::size_t k = 10, offset = 0;
  bool explain = false, no_facets = false, by_date = false;
  FormatArg format;
};

void print_text(const ix::SearchResults& r, bool tty) {
  std::cout << r.total << " articles match  " << r.parsed << "\n\n";
  const char* on = tty ? "\033[1m" : "**";
  const char* off = tty ? "\033[0m" : "**";
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    const auto& h = r.hits[i];
    std::cout << i + 1 << ". " << h.title << "\n   " << h.id << "  " << h.source << "  " << h.date
              << "  score " << h.score << "\n   ";
    std::size_t at = 0;
    for (const auto& m : h.highlights) {
      std::cout << h.snippet.substr(at, m.begin - at) << on << h.snippet.substr(m.begin, m.end - m.begin) << off;
      at = m.end;
    }
    std::cout << h.snippet.substr(at) << "\n";
    if (!h.explanation.empty()) std::cout << h.explanation;
    std::cout << '\n';
  }
  auto facet = [](const char* name, const std::vector<ix::FacetValue>& values) {
    if (values.empty()) return;
    std::cout << name << ':';
    for (const auto& v : values) std::cout << "  " << v.value << " (" << v.count << ')';
    std::cout << '\n';
  };
  facet("sources", r.facets.sources);
  facet("months", r.facets.months);
  facet("entities", r.facets.entities);
}

// One `qid<TAB>query` per line; blank lines and # comments are skipped. A malformed query is
// reported and the batch goes on, so one bad line does not void an evaluation run.
void run_batch(ix::Searcher& searcher, const SearchArgs& a, const ix::SearchOptions& opts) {
  std::ifstream in = open_input(a.queries_file, "query file");
  std::string line;
  for (std::uint64_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    if (tab == std::string::npos) throw InputError("expected qid<TAB>query", Location{a.queries_file, n});
    std::string qid = line.substr(0, tab);
    try {
      auto r = searcher.search(line.substr(tab + 1), opts);
      if (a.run_format == "json") {
        std::cout << nlohmann::json{{"qid", qid}, {"results", ix::to_json(r)}}.dump() << '\n';
        continue;
      }
      for (std::size_t i = 0; i < r.hits.size(); ++i)
        std::cout << qid << " Q0 " << r.hits[i].id << ' ' << opts.offset + i + 1 << ' ' << r.hits[i].score
                  << " marsad\n";
    } catch (const InputError& e) {
      std::cerr << "marsad: warning: " << a.queries_file << ':' << n << ": query " << qid << ": " << e.what() << '\n';
    }
  }
}

Registration search_cmd("", [](CLI::App& app) {
  auto a = std::make_shared<SearchArgs>();
  auto* cmd = app.add_subcommand("search", "Search one archive or several shards as one");
  cmd->footer(kQueryHelp);
  cmd->add_option("--index", a->dirs, "Archive directory (repeat to search shards together)")
      ->required()
      ->allow_extra_args(false);
  cmd->add_option("query", a->query, "The query (see below)");
  cmd->add_option("-k", a->k, "Results to show")->capture_default_str();
  cmd->add_option("--offset", a->offset, "Results to skip (paging)")->capture_default_str();
  cmd->add_flag("--explain", a->explain, "Show how each score arose");
  cmd->add_flag("--no-facets", a->no_facets, "Skip counting facets (faster on big result sets)");
  cmd->add_flag("--by-date", a->by_date, "Newest first instead of by score");
  cmd->add_option("--match", a->match,
                  "Free words: all required, any (ranked), or auto (all up to 3 words, else any)")
      ->check(CLI::IsMember({"auto", "all", "any"}))->capture_default_str();
  cmd->add_option("--queries", a->queries_file, "Run a batch: one qid<TAB>query per line");
  cmd->add_option("--run-format", a->run_format, "Batch output: trec (qid Q0 docid rank score marsad) or json")
      ->check(CLI::IsMember({"trec", "json"}))->capture_default_str();
  a->format.add_to(*cmd, {"text", "json"});
  cmd->callback([a] {
    std::vector<std::filesystem::path> dirs(a->dirs.begin(), a->dirs.end());
    ix::Searcher searcher(dirs);
    bool batch = !a->queries_file.empty();
    ix::SearchOptions opts{.k = a->k, .offset = a->offset, .snippets = !batch || a->run_format == "json",
                           .facets = !batch && !a->no_facets, .explain = a->explain, .sort_by_date = a->by_date,
                           .match = ix::parse_match(a->match)};
    if (batch) return run_batch(searcher, *a, opts);
    if (a->query.empty()) throw InputError("give a QUERY or --queries FILE");
    auto r = searcher.search(a->query, opts);
    if (a->format.value == "json") std::cout << ix::to_json(r).dump(2) << '\n';
    else print_text(r, isatty(STDOUT_FILENO));
  });
});

}  // namespace
}  // namespace marsad::cli
