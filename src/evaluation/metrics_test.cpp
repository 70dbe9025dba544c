#include <gtest/gtest.h>

#include <cmath>

#include "marsad/error.h"
#include "marsad/evaluation.h"

namespace marsad::evaluation {
namespace {

// q1 has two relevant documents (grades 1 and 2) and the run puts a miss first; q2 is judged
// but the run has no answer for it; q3 has no relevant document, so it is not averaged.
const char* kQrels =
    "q1 0 d1 1\n"
    "q1 0 d3 2\n"
    "q1 0 d7 0\n"
    "\n"
    "q2 0 d9 1\n"
    "q3 0 d5 0\n";
const char* kRun =
    "q1 Q0 d1 3 1.0 t\n"  // rank column is ignored: scores decide
    "q1 Q0 d2 1 3.0 t\n"
    "q1 Q0 d3 2 2.0 t\n"
    "q9 Q0 d4 1 5.0 t\n";  // not in the qrels: ignored

TEST(Metrics, HandComputedValues) {
  Report r = evaluate(parse_run(kRun, "run"), parse_qrels(kQrels, "qrels"));
  ASSERT_EQ(r.queries.size(), 2u);
  const QueryScores& q1 = r.queries[0];
  EXPECT_EQ(q1.qid, "q1");
  EXPECT_DOUBLE_EQ(q1.rr, 0.5);  // first relevant (d3) at rank 2
  // DCG = 2/log2(3) + 1/log2(4); ideal = 2/log2(2) + 1/log2(3).
  const double dcg = 2 / std::log2(3.0) + 0.5, idcg = 2 + 1 / std::log2(3.0);
  EXPECT_NEAR(q1.ndcg, dcg / idcg, 1e-12);
  EXPECT_NEAR(q1.ndcg, 0.669672, 1e-6);
  EXPECT_DOUBLE_EQ(q1.recall, 1.0);
  EXPECT_EQ(r.queries[1].qid, "q2");
  EXPECT_DOUBLE_EQ(r.queries[1].rr, 0.0);
  EXPECT_EQ(r.queries[1].retrieved, 0u);
  EXPECT_DOUBLE_EQ(r.mrr, 0.25);
  EXPECT_NEAR(r.ndcg, dcg / idcg / 2, 1e-12);
  EXPECT_DOUBLE_EQ(r.recall, 0.5);
}

TEST(Metrics, Cutoffs) {
  const std::map<std::string, int> rels{{"a", 1}, {"b", 1}};
  const std::vector<std::string> ranked{"x", "y", "a", "b"};
  EXPECT_DOUBLE_EQ(reciprocal_rank(ranked, rels, 2), 0.0) << "relevant only below k";
  EXPECT_DOUBLE_EQ(reciprocal_rank(ranked, rels, 3), 1.0 / 3);
  EXPECT_DOUBLE_EQ(recall(ranked, rels, 3), 0.5);
  EXPECT_DOUBLE_EQ(recall(ranked, rels, 100), 1.0);
  EXPECT_DOUBLE_EQ(ndcg(ranked, rels, 2), 0.0);
  EXPECT_DOUBLE_EQ(ndcg({"a", "b"}, rels, 10), 1.0) << "the ideal ranking";
  EXPECT_DOUBLE_EQ(ndcg({}, rels, 10), 0.0);
  EXPECT_DOUBLE_EQ(recall(ranked, {}, 10), 0.0) << "no relevant documents: 0, not NaN";
}

TEST(TrecIo, TiesAreBrokenByDocumentIdDescendingAsInTrecEval) {
  evaluation::Run run = parse_run("q Q0 doc-a 1 1.5 t\nq Q0 doc-c 2 1.5 t\nq Q0 doc-b 3 1.5 t\n", "run");
  ASSERT_EQ(run["q"].size(), 3u);
  EXPECT_EQ(run["q"][0].doc, "doc-c");
  EXPECT_EQ(run["q"][1].doc, "doc-b");
  EXPECT_EQ(run["q"][2].doc, "doc-a");
}

TEST(TrecIo, FormatRoundTrip) {
  evaluation::Run run = parse_run(kRun, "run");
  std::string text = format_run(run, "marsad");
  EXPECT_EQ(text.substr(0, text.find('\n')), "q1 Q0 d2 1 3.000000 marsad");
  evaluation::Run again = parse_run(text, "again");
  ASSERT_EQ(again.size(), run.size());
  for (const auto& [qid, docs] : run)
    for (std::size_t i = 0; i < docs.size(); ++i) EXPECT_EQ(again[qid][i].doc, docs[i].doc);
}

TEST(TrecIo, Queries) {
  auto qs = parse_queries("# news queries\nq1\tالملك سلمان\r\n\nq2\tأسعار النفط\n", "q.tsv");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].qid, "q1");
  EXPECT_EQ(qs[0].text, "الملك سلمان") << "a CRLF line end is not part of the query";
  EXPECT_EQ(qs[1].text, "أسعار النفط");
  EXPECT_THROW(parse_queries("q1 no tab\n", "q.tsv"), InputError);
  EXPECT_THROW(parse_queries("\tno qid\n", "q.tsv"), InputError);
  EXPECT_THROW(parse_queries("q1\ta\nq1\tb\n", "q.tsv"), InputError);
}

TEST(TrecIo, MalformedInputNamesTheLine) {
  struct Case {
    const char* text;
    bool is_run;
    const char* why;
  };
  const Case cases[] = {
      {"q1 0 d1\n", false, "qrels line with 3 fields"},
      {"q1 0 d1 yes\n", false, "grade not a number"},
      {"q1 0 d1 1\nq1 0 d1 0\n", false, "same document judged twice"},
      {"q1 Q0 d1 1 0.5\n", true, "run line without a tag"},
      {"q1 Q0 d1 1 high t\n", true, "score not a number"},
      {"q1 Q0 d1 1 0.5 t\nq1 Q0 d1 2 0.4 t\n", true, "document listed twice"},
  };
  for (const auto& c : cases) {
    try {
      if (c.is_run) parse_run(c.text, "f.txt");
      else parse_qrels(c.text, "f.txt");
      ADD_FAILURE() << "no error for: " << c.why;
    } catch (const InputError& e) {
      EXPECT_EQ(e.where().file, "f.txt") << c.why;
      EXPECT_GE(e.where().line, 1u) << c.why;
    }
  }
  EXPECT_THROW(read_qrels("/nonexistent/qrels.txt"), IoError);
}

}  // namespace
}  // namespace marsad::evaluation

namespace marsad::evaluation {
namespace {

TEST(Significance, RandomizationTest) {
  const std::vector<double> zeros(20, 0.0), ones(20, 1.0);
  EXPECT_DOUBLE_EQ(randomization_p_value(ones, ones), 1.0) << "no difference";
  EXPECT_DOUBLE_EQ(randomization_p_value({}, {}), 1.0);
  // Twenty queries all better by 1: only the two all-same-sign swaps (2 / 2^20) are as extreme.
  EXPECT_LT(randomization_p_value(ones, zeros), 0.001);
  // One query better, nineteen tied: every swap is as extreme as the observation.
  std::vector<double> one_better = zeros;
  one_better[3] = 1.0;
  EXPECT_DOUBLE_EQ(randomization_p_value(one_better, zeros), 1.0);
  // Two queries each better by 1: sums +2, 0, 0, -2, so half the swaps are as extreme.
  EXPECT_NEAR(randomization_p_value(std::vector<double>{1, 1}, std::vector<double>{0, 0}), 0.5, 0.02);
  EXPECT_THROW(randomization_p_value(ones, std::vector<double>(3, 0.0)), InputError);
}

}  // namespace
}  // namespace marsad::evaluation
