// Ranking measures, computed as trec_eval computes them (see marsad/evaluation.h).
#include <algorithm>
#include <cmath>

#include "marsad/evaluation.h"

namespace marsad::evaluation {
namespace {

int grade(const std::map<std::string, int>& rels, const std::string& doc) noexcept {
  auto it = rels.find(doc);
  return it == rels.end() ? 0 : it->second;
}

// log2(rank + 1) for a 1-based rank (Järvelin & Kekäläinen 2002, as in trec_eval's ndcg_cut).
double discount(std::size_t rank) noexcept { return std::log2(double(rank) + 1.0); }

}  // namespace

double reciprocal_rank(const std::vector<std::string>& ranked, const std::map<std::string, int>& rels,
                       std::size_t k) noexcept {
  for (std::size_t i = 0; i < ranked.size() && i < k; ++i)
    if (grade(rels, ranked[i]) > 0) return 1.0 / double(i + 1);
  return 0.0;
}

double ndcg(const std::vector<std::string>& ranked, const std::map<std::string, int>& rels,
            std::size_t k) noexcept {
  double dcg = 0;
  for (std::size_t i = 0; i < ranked.size() && i < k; ++i)
    if (int g = grade(rels, ranked[i]); g > 0) dcg += g / discount(i + 1);
  std::vector<int> ideal;
  for (const auto& [doc, g] : rels)
    if (g > 0) ideal.push_back(g);
  std::sort(ideal.begin(), ideal.end(), std::greater<>());
  double idcg = 0;
  for (std::size_t i = 0; i < ideal.size() && i < k; ++i) idcg += ideal[i] / discount(i + 1);
  return idcg > 0 ? dcg / idcg : 0.0;
}

double recall(const std::vector<std::string>& ranked, const std::map<std::string, int>& rels,
              std::size_t depth) noexcept {
  std::size_t relevant = 0, found = 0;
  for (const auto& [doc, g] : rels) relevant += g > 0;
  for (std::size_t i = 0; i < ranked.size() && i < depth; ++i) found += grade(rels, ranked[i]) > 0;
  return relevant ? double(found) / double(relevant) : 0.0;
}

Report evaluate(const Run& run, const Qrels& qrels, const EvalOptions& opts) {
  Report report;
  report.k = opts.k;
  report.recall_depth = opts.recall_depth;
  static const std::vector<ScoredDoc> kNone;
  for (const auto& [qid, rels] : qrels) {
    if (std::none_of(rels.begin(), rels.end(), [](const auto& r) { return r.second > 0; })) continue;
    auto it = run.find(qid);
    const auto& docs = it == run.end() ? kNone : it->second;
    std::vector<std::string> ranked;
    ranked.reserve(docs.size());
    for (const auto& d : docs) ranked.push_back(d.doc);
    QueryScores q{qid, reciprocal_rank(ranked, rels, opts.k), ndcg(ranked, rels, opts.k),
                  recall(ranked, rels, opts.recall_depth), ranked.size()};
    report.mrr += q.rr;
    report.ndcg += q.ndcg;
    report.recall += q.recall;
    report.queries.push_back(std::move(q));
  }
  if (const double n = double(report.queries.size()); n > 0) {
    report.mrr /= n;
    report.ndcg /= n;
    report.recall /= n;
  }
  return report;
}

}  // namespace marsad::evaluation
