// marsad eval search: MRR@k, nDCG@k and Recall@depth of TREC runs against TREC qrels.
#include <iomanip>
#include <iostream>
#include <optional>

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
  cmd->add_option("--run", opts->runs, "TREC run file(s): qid Q0 docid rank score tag")->required();
  cmd->add_option("--qrels", opts->qrels, "TREC qrels: qid 0 docid rel")->required();
  cmd->add_option("--k", opts->k, "Cutoff of MRR and nDCG")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_option("--depth", opts->depth, "Cutoff of recall")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_flag("--per-query", opts->per_query, "Also print each query's scores");
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->callback([opts] {
    const ev::Qrels qrels = ev::read_qrels(opts->qrels);
    std::optional<ev::Report> first;
    for (const auto& path : opts->runs) {
      ev::Report r = ev::evaluate(ev::read_run(path), qrels, {opts->k, opts->depth});
      std::optional<Comparison> vs;
      if (first) vs = compare(opts->runs.front(), *first, r);
      print(path, r, vs ? &*vs : nullptr, opts->per_query, opts->format.value == "json");
      if (!first) first = std::move(r);
    }
  });
});

}  // namespace
}  // namespace marsad::cli
