// marsad eval quotes GOLD.jsonl: precision and recall of quotes against hand annotations.
// Each line is an article (id, title, body, date) with "quotes": [{speaker, cue, kind, text}].
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/analysis.h"
#include "marsad/error.h"
#include "marsad/quotes.h"
#include "marsad/document.h"

namespace marsad::cli {
namespace {

std::vector<quotes::GoldQuote> gold_quotes(const nlohmann::json& j, const Location& where) {
  std::vector<quotes::GoldQuote> out;
  try {
    for (const auto& q : j.at("quotes"))
      out.push_back({q.at("speaker").get<std::string>(), q.value("cue", ""),
                     q.at("kind").get<std::string>() == "direct" ? QuoteKind::kDirect : QuoteKind::kIndirect,
                     q.at("text").get<std::string>()});
  } catch (const nlohmann::json::exception& e) {
    throw InputError(std::string("bad gold quotes: ") + e.what(), where);
  }
  return out;
}

void print_row(const char* name, std::size_t hit_p, std::size_t predicted, std::size_t hit_r, std::size_t gold) {
  double p = predicted ? double(hit_p) / double(predicted) : 0, r = gold ? double(hit_r) / double(gold) : 0;
  std::printf("%-16s P=%.3f  R=%.3f  F1=%.3f\n", name, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
}

// Misses, wrong speakers and extras as the scores counted them (one pairing for the article,
// so a nested quote is compared with the quote it was paired with).
void explain(const Document& doc, const std::vector<quotes::GoldQuote>& gold, const Analysis& a) {
  std::vector<std::ptrdiff_t> match;
  quotes::score_quotes(doc.text, gold, a.quotes, &match);
  std::vector<bool> paired(a.quotes.size());
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (match[g] < 0) {
      std::cout << doc.id << "\tMISSED\t" << gold[g].speaker << "\t" << gold[g].text << "\n";
      continue;
    }
    const Quote& q = a.quotes[static_cast<std::size_t>(match[g])];
    paired[static_cast<std::size_t>(match[g])] = true;
    if (quotes::score_quotes(doc.text, {gold[g]}, {q}).speaker == 0)
      std::cout << doc.id << "\tSPEAKER\t" << gold[g].speaker << " (marsad: " << q.speaker << ")\t"
                << gold[g].text << "\n";
  }
  for (std::size_t i = 0; i < a.quotes.size(); ++i)
    if (!paired[i])
      std::cout << doc.id << "\tEXTRA\t" << a.quotes[i].speaker << "\t"
                << doc.text.substr(a.quotes[i].span.begin, a.quotes[i].span.end - a.quotes[i].span.begin) << "\n";
}

Registration eval_quotes_cmd("eval", [](CLI::App& eval) {
  struct Args {
    std::string gold;
    bool verbose = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = eval.add_subcommand("quotes", "Quotes against hand annotations (speaker + content overlap)");
  cmd->add_option("gold", args->gold, "JSONL: articles with their annotated quotes")->required();
  cmd->add_flag("--verbose", args->verbose, "List missed, wrongly attributed and extra quotes");
  cmd->callback([args] {
    Analyzer analyzer;
    quotes::QuoteScores total;
    const std::size_t articles = for_each_gold_article(
        args->gold, "quote annotations", [&](const Document& doc, const nlohmann::json& j, const Location& where) {
          auto gold = gold_quotes(j, where);
          Analysis a = analyzer.analyze(doc);
          total += quotes::score_quotes(doc.text, gold, a.quotes);
          if (args->verbose) explain(doc, gold, a);
        });
    std::printf("articles %zu  gold quotes %zu  predicted %zu\n", articles, total.gold, total.predicted);
    print_row("content", total.span, total.predicted, total.span, total.gold);
    print_row("content+speaker", total.speaker, total.predicted, total.speaker, total.gold);
    auto share = [&](std::size_t n) { return total.span ? double(n) / double(total.span) : 0.0; };
    std::printf("%-16s %.3f of %zu matched\n", "speaker accuracy", share(total.speaker), total.span);
    std::printf("%-16s %.3f of %zu matched\n", "kind accuracy", share(total.kind), total.span);
  });
});

}  // namespace
}  // namespace marsad::cli
