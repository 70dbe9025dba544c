// marsad eval search: MRR@k, nDCG@k and Recall@depth of TREC runs against TREC qrels.
#include <iomanip>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <optional>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/error.h"
#include "marsad/evaluation.h"
#include "marsad/search.h"

namespace marsad::cli {
namespace {

namespace ev = marsad::evaluation;
using nlohmann::json;

struct EvalSearchOptions {
  std::string index, queries, run_out;
  std::vector<std::string> runs;
  std::string qrels;
  std::size_t k = 10, depth = 100;
  bool per_query = false;
  FormatArg format;
};

// Runs every query against the archive, as deep as recall is measured. A query the query
// language rejects is reported and scores 0, as a query with no results would.
ev::Run run_queries(const EvalSearchOptions& o) {
  index::Searcher searcher{std::filesystem::path(o.index)};
  ev::Run run;
  for (const auto& q : ev::read_queries(o.queries)) {
    auto& docs = run[q.qid];
    try {
      auto results = searcher.search(q.text, {.k = std::max(o.k, o.depth), .snippets = false, .facets = false});
      for (const auto& h : results.hits) docs.push_back({h.id, h.score});
    } catch (const InputError& e) {
      std::cerr << "marsad: query " << q.qid << " rejected: " << e.what() << '\n';
    }
  }
  ev::rank_run(run);
  return run;
}

// Difference of each measure from the first run, with its paired randomization p-value.
struct Comparison {
  std::string base;
  double delta[3] = {}, p[3] = {};
};

Comparison compare(const std::string& base_name, const ev::Report& base, const ev::Report& r) {
  Comparison c{base_name};
  double ev::QueryScores::*fields[3] = {&ev::QueryScores::rr, &ev::QueryScores::ndcg, &ev::QueryScores::recall};
  double means[2][3] = {{r.mrr, r.ndcg, r.recall}, {base.mrr, base.ndcg, base.recall}};
  for (int m = 0; m < 3; ++m) {
    std::vector<double> a, b;
    for (const auto& q : r.queries) a.push_back(q.*fields[m]);
    for (const auto& q : base.queries) b.push_back(q.*fields[m]);
    c.delta[m] = means[0][m] - means[1][m];
    c.p[m] = ev::randomization_p_value(a, b);
  }
  return c;
}

void print(const std::string& name, const ev::Report& r, const Comparison* vs, bool per_query, bool as_json) {
  static const char* kNames[3] = {"mrr", "ndcg", "recall"};
  if (as_json) {
    json out{{"run", name}, {"queries", r.queries.size()}, {"mrr@" + std::to_string(r.k), r.mrr},
             {"ndcg@" + std::to_string(r.k), r.ndcg}, {"recall@" + std::to_string(r.recall_depth), r.recall}};
    if (vs) {
      json j{{"run", vs->base}};
      for (int m = 0; m < 3; ++m) j[std::string(kNames[m]) + "_delta"] = vs->delta[m], j[std::string(kNames[m]) + "_p"] = vs->p[m];
      out["vs"] = j;
    }
    if (per_query) {
      json qs = json::array();
      for (const auto& q : r.queries)
        qs.push_back({{"qid", q.qid}, {"rr", q.rr}, {"ndcg", q.ndcg}, {"recall", q.recall}, {"retrieved", q.retrieved}});
      out["per_query"] = qs;
    }
    std::cout << out.dump() << '\n';
    return;
  }
  std::cout << std::fixed << std::setprecision(4);
  if (per_query)
    for (const auto& q : r.queries)
      std::cout << q.qid << "\trr=" << q.rr << "\tndcg=" << q.ndcg << "\trecall=" << q.recall << '\n';
  std::cout << name << "\tqueries=" << r.queries.size() << "\tMRR@" << r.k << '=' << r.mrr << "\tnDCG@" << r.k
            << '=' << r.ndcg << "\tRecall@" << r.recall_depth << '=' << r.recall << '\n';
  if (vs)
    std::cout << "  vs " << vs->base << std::showpos << "\tMRR " << vs->delta[0] << std::noshowpos << " (p=" << vs->p[0]
              << ")\tnDCG " << std::showpos << vs->delta[1] << std::noshowpos << " (p=" << vs->p[1] << ")\tRecall "
              << std::showpos << vs->delta[2] << std::noshowpos << " (p=" << vs->p[2] << ")\n";
}

Registration eval_search_cmd("eval", [](CLI::App& eval) {
  auto opts = std::make_shared<EvalSearchOptions>();
  auto* cmd = eval.add_subcommand("search", "Score TREC run files against TREC qrels (trec_eval conventions); later runs are compared with the first (paired randomization test)");
  cmd->add_option("--index", opts->index, "Archive to search (with --queries); scored first, the others compared with it");
  cmd->add_option("--queries", opts->queries, "Queries to run on --index: qid<TAB>text");
  cmd->add_option("--run-out", opts->run_out, "Also write the archive's run here (TREC format)");
  cmd->add_option("--run", opts->runs, "TREC run file(s): qid Q0 docid rank score tag");
  cmd->add_option("--qrels", opts->qrels, "TREC qrels: qid 0 docid rel")->required();
  cmd->add_option("--k", opts->k, "Cutoff of MRR and nDCG")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--depth", opts->depth, "Cutoff of recall")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_flag("--per-query", opts->per_query, "Also print each query's scores");
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->callback([opts] {
    if (opts->index.empty() != opts->queries.empty()) throw InputError("--index and --queries go together");
    if (opts->index.empty() && opts->runs.empty()) throw InputError("give --run FILE, or --index DIR --queries FILE");
    const ev::Qrels qrels = ev::read_qrels(opts->qrels);
    std::vector<std::pair<std::string, ev::Run>> runs;
    if (!opts->index.empty()) {
      runs.emplace_back(opts->index, run_queries(*opts));
      if (!opts->run_out.empty()) {
        std::ofstream out(opts->run_out);
        out << ev::format_run(runs.back().second, "marsad");
        if (!out) throw IoError("cannot write run", Location{opts->run_out});
      }
    }
    for (const auto& path : opts->runs) runs.emplace_back(path, ev::read_run(path));
    std::optional<ev::Report> first;
    for (const auto& [name, run] : runs) {
      ev::Report r = ev::evaluate(run, qrels, {opts->k, opts->depth});
      std::optional<Comparison> vs;
      if (first) vs = compare(runs.front().first, *first, r);
      print(name, r, vs ? &*vs : nullptr, opts->per_query, opts->format.value == "json");
      if (!first) first = std::move(r);
    }
  });
});

}  // namespace
}  // namespace marsad::cli
