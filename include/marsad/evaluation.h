// marsad/evaluation.h: retrieval quality, scored the way trec_eval scores it.
//
//   auto qrels = marsad::evaluation::read_qrels("qrels.txt");   // qid 0 docid rel
//   auto run = marsad::evaluation::read_run("run.txt");         // qid Q0 docid rank score tag
//   auto report = marsad::evaluation::evaluate(run, qrels);
//   std::cout << report.mrr << ' ' << report.ndcg << ' ' << report.recall << '\n';
//
// Conventions (those of trec_eval 9, so marsad's runs and any peer's runs score alike):
// - A run's documents are ranked by score, highest first, ties by document id in decreasing
//   order; the rank column is ignored.
// - A document is relevant when its grade is > 0. nDCG uses the grade as gain and log2(rank + 1)
//   as discount (trec_eval's ndcg_cut), the ideal ranking coming from the qrels.
// - Means are over every query of the qrels that has a relevant document (trec_eval -c): a
//   query the run has no answer for counts as 0. Run queries absent from the qrels are ignored.
#pragma once

#include <filesystem>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace marsad::evaluation {

/// qid → document id → relevance grade.
using Qrels = std::map<std::string, std::map<std::string, int>>;

struct ScoredDoc {
  std::string doc;
  double score = 0;
};
/// qid → ranked documents (ranked as described above by parse_run / rank_run).
using Run = std::map<std::string, std::vector<ScoredDoc>>;

/// Parses TREC qrels text ("qid iter docid rel" per line; blank lines allowed). Throws
/// InputError naming `name` and the line for a malformed line or a repeated (qid, docid).
Qrels parse_qrels(std::string_view text, const std::string& name);
/// Parses a TREC run ("qid Q0 docid rank score tag"), then ranks it. Throws InputError for
/// a malformed line, a non-numeric score, or a document listed twice for one query.
Run parse_run(std::string_view text, const std::string& name);
/// Read a file and parse it; IoError if it cannot be read.
Qrels read_qrels(const std::filesystem::path& path);
Run read_run(const std::filesystem::path& path);

/// One query of a topic file.
struct Query {
  std::string qid;
  std::string text;
};
/// Parses a query file: "qid<TAB>text" per line; blank lines and lines starting with '#' are
/// skipped. Throws InputError naming the line for a line without a tab or an empty qid, and
/// for a qid given twice.
std::vector<Query> parse_queries(std::string_view text, const std::string& name);
std::vector<Query> read_queries(const std::filesystem::path& path);

/// Sorts each query's documents by score descending, ties by document id descending.
void rank_run(Run& run);

/// Writes a run in TREC format ("qid Q0 docid rank score tag"), ranked.
std::string format_run(const Run& run, std::string_view tag);

struct EvalOptions {
  std::size_t k = 10;              ///< cutoff of MRR and nDCG
  std::size_t recall_depth = 100;  ///< cutoff of recall
};

struct QueryScores {
  std::string qid;
  double rr = 0;      ///< reciprocal rank of the first relevant document within k, else 0
  double ndcg = 0;    ///< nDCG@k
  double recall = 0;  ///< share of the relevant documents within recall_depth
  std::size_t retrieved = 0;
};

struct Report {
  std::vector<QueryScores> queries;  ///< in qid order
  double mrr = 0, ndcg = 0, recall = 0;
  std::size_t k = 10, recall_depth = 100;
};

/// Scores `run` (ranked) against `qrels`. Never throws; an empty qrels gives zero means.
Report evaluate(const Run& run, const Qrels& qrels, const EvalOptions& opts = {});

/// Per-query measures on one ranked list of document ids.
double reciprocal_rank(const std::vector<std::string>& ranked, const std::map<std::string, int>& rels,
                       std::size_t k) noexcept;
double ndcg(const std::vector<std::string>& ranked, const std::map<std::string, int>& rels,
            std::size_t k) noexcept;
double recall(const std::vector<std::string>& ranked, const std::map<std::string, int>& rels,
              std::size_t depth) noexcept;

/// Two-sided paired randomization test (Fisher; as recommended for IR by Smucker, Allan and
/// Carterette, CIKM 2007): the share of `trials` random sign swaps of the per-query differences
/// whose mean is at least as far from 0 as the observed one. `a` and `b` are per-query scores
/// of two systems on the same queries, in the same order. Deterministic for a given seed.
/// Returns 1 for empty or identical inputs; throws InputError if the sizes differ.
double randomization_p_value(std::span<const double> a, std::span<const double> b,
                             std::size_t trials = 10000, std::uint64_t seed = 20151);

}  // namespace marsad::evaluation
