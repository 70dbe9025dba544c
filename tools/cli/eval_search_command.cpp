// marsad eval search: MRR@k, nDCG@k and Recall@depth of TREC runs against TREC qrels.
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/evaluation.h"

namespace marsad::cli {
namespace {

namespace ev = marsad::evaluation;
using nlohmann::json;

struct EvalSearchOptions {
  std::vector<std::string> runs;
  std::string qrels;
  std::size_t k = 10, depth = 100;
  bool per_query = false;
  FormatArg format;
};

void print(const std::string& name, const ev::Report& r, bool per_query, bool as_json) {
  if (as_json) {
    json out{{"run", name}, {"queries", r.queries.size()}, {"mrr@" + std::to_string(r.k), r.mrr},
             {"ndcg@" + std::to_string(r.k), r.ndcg}, {"recall@" + std::to_string(r.recall_depth), r.recall}};
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
}

Registration eval_search_cmd("eval", [](CLI::App& eval) {
  auto opts = std::make_shared<EvalSearchOptions>();
  auto* cmd = eval.add_subcommand("search", "Score TREC run files against TREC qrels (trec_eval conventions)");
  cmd->add_option("--run", opts->runs, "TREC run file(s): qid Q0 docid rank score tag")->required();
  cmd->add_option("--qrels", opts->qrels, "TREC qrels: qid 0 docid rel")->required();
  cmd->add_option("--k", opts->k, "Cutoff of MRR and nDCG")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--depth", opts->depth, "Cutoff of recall")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_flag("--per-query", opts->per_query, "Also print each query's scores");
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->callback([opts] {
    const ev::Qrels qrels = ev::read_qrels(opts->qrels);
    for (const auto& path : opts->runs) {
      ev::Report r = ev::evaluate(ev::read_run(path), qrels, {opts->k, opts->depth});
      print(path, r, opts->per_query, opts->format.value == "json");
    }
  });
});

}  // namespace
}  // namespace marsad::cli
