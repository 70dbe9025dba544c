// marsad eval summary GOLD.jsonl: summaries and keyphrases against readers' choices.
// Each line is an article (id, title, body, date) with "readers": [{name, summary: [sentence
// text…], keyphrases: [phrase…]}]. Each reader is a reference on its own; lead-3 (the body's
// first three sentences) is scored beside marsad, and two readers against each other give the
// agreement a system can hope for.
#include <cstdio>
#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/analysis.h"
#include "marsad/document.h"
#include "marsad/error.h"
#include "marsad/summary.h"
#include "marsad/text.h"

namespace marsad::cli {
namespace {

struct Reader {
  std::string name;
  summary::GoldAbout about;
};

// The readers of one gold line; each sentence is found in the body as written.
std::vector<Reader> readers_of(const nlohmann::json& j, const Document& doc, const Location& where) {
  std::vector<Reader> out;
  try {
    for (const auto& r : j.at("readers")) {
      Reader reader{r.at("name").get<std::string>(), {}};
      for (const auto& s : r.at("summary")) {
        const std::string sentence = s.get<std::string>();
        std::size_t at = sentence.empty() ? std::string::npos : doc.text.find(sentence, doc.body_begin);
        if (at == std::string::npos)
          throw InputError("reader " + reader.name + ": summary sentence not in the body: " + sentence, where);
        reader.about.sentences.push_back(
            {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + sentence.size())});
      }
      for (const auto& k : r.at("keyphrases")) reader.about.keyphrases.push_back(k.get<std::string>());
      out.push_back(std::move(reader));
    }
  } catch (const nlohmann::json::exception& e) {
    throw InputError(std::string("bad gold readers: ") + e.what(), where);
  }
  if (out.empty()) throw InputError("no readers", where);
  return out;
}

// The body's first three sentences of six words or more (a dateline or a caption is none).
std::vector<Span> lead(const Document& doc, std::size_t count) {
  auto tokens = text::tokenize(doc.text);
  auto sentences = text::split_sentences(doc.text, tokens);
  std::vector<Span> out;
  for (const auto& s : sentences) {
    if (out.size() == count) break;
    if (s.first_token >= s.last_token || tokens[s.first_token].begin < doc.body_begin) continue;
    std::size_t words = 0;
    for (std::size_t t = s.first_token; t < s.last_token; ++t) words += tokens[t].kind == text::TokenKind::kWord;
    if (words >= 6) out.push_back({tokens[s.first_token].begin, tokens[s.last_token - 1].end});
  }
  return out;
}

double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }
double ratio(std::size_t a, std::size_t b) { return b ? double(a) / double(b) : 0; }

nlohmann::json row_json(const summary::AboutScores& s) {
  const auto prf = [](std::size_t right, std::size_t predicted, std::size_t found, std::size_t gold) {
    const double p = ratio(right, predicted), r = ratio(found, gold);
    return nlohmann::json{{"p", p}, {"r", r}, {"f1", f1(p, r)}};
  };
  const double n = s.articles ? double(s.articles) : 1;
  nlohmann::json j{{"sentences", prf(s.sentences_right, s.predicted_sentences, s.sentences_found, s.gold_sentences)},
                   {"rouge1", s.rouge1 / n},
                   {"rouge2", s.rouge2 / n}};
  if (s.predicted_phrases > 0) {
    j["keyphrases"] = prf(s.phrases_right, s.predicted_phrases, s.phrases_found, s.gold_phrases);
    j["keyphrases_partly"] =
        prf(s.phrases_right_partly, s.predicted_phrases, s.phrases_found_partly, s.gold_phrases);
  }
  return j;
}

void print_row(const std::string& name, const summary::AboutScores& s) {
  if (s.predicted_phrases == 0) {  // lead-3 chooses sentences only
    const double sp = ratio(s.sentences_right, s.predicted_sentences), sr = ratio(s.sentences_found, s.gold_sentences);
    const double n = s.articles ? double(s.articles) : 1;
    std::printf("%-22s %5.3f %5.3f %5.3f   %5.3f %5.3f   %5s %5s %5s   %5s %5s %5s\n", name.c_str(), sp, sr, f1(sp, sr),
                s.rouge1 / n, s.rouge2 / n, "-", "-", "-", "-", "-", "-");
    return;
  }
  const double sp = ratio(s.sentences_right, s.predicted_sentences), sr = ratio(s.sentences_found, s.gold_sentences);
  const double kp = ratio(s.phrases_right, s.predicted_phrases), kr = ratio(s.phrases_found, s.gold_phrases);
  const double pp = ratio(s.phrases_right_partly, s.predicted_phrases), pr = ratio(s.phrases_found_partly, s.gold_phrases);
  const double n = s.articles ? double(s.articles) : 1;
  std::printf("%-22s %5.3f %5.3f %5.3f   %5.3f %5.3f   %5.3f %5.3f %5.3f   %5.3f %5.3f %5.3f\n", name.c_str(), sp, sr,
              f1(sp, sr), s.rouge1 / n, s.rouge2 / n, kp, kr, f1(kp, kr), pp, pr, f1(pp, pr));
}

Registration eval_summary_cmd("eval", [](CLI::App& eval) {
  struct Args {
    std::string gold;
    std::string format = "text";
    bool verbose = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = eval.add_subcommand("summary", "Summaries and keyphrases against readers' choices (lead-3 beside)");
  cmd->add_option("gold", args->gold, "JSONL: articles with each reader's summary sentences and keyphrases")->required();
  cmd->add_flag("--verbose", args->verbose, "Print each article's keyphrases, marsad's and the readers'");
  cmd->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->callback([args] {
    Analyzer analyzer;
    std::map<std::string, summary::AboutScores> rows;  // "marsad vs A", "lead-3 vs A", "A vs B"
    std::vector<std::string> order;
    const auto add = [&](const std::string& row, const summary::AboutScores& s) {
      if (!rows.count(row)) order.push_back(row);
      rows[row] += s;
    };
    const auto score = [&](const Document& doc, const nlohmann::json& j, const Location& where) {
      auto readers = readers_of(j, doc, where);
      Analysis a = analyzer.analyze(doc);
      const auto lead3 = lead(doc, 3);
      for (const Reader& r : readers) {
        add("marsad vs " + r.name, summary::score_about(doc.text, r.about, a.summary, a.keyphrases));
        add("lead-3 vs " + r.name, summary::score_about(doc.text, r.about, lead3, {}));
        for (const Reader& o : readers)
          if (&o != &r)
            add(o.name + " vs " + r.name,
                summary::score_about(doc.text, r.about, o.about.sentences, o.about.keyphrases));
      }
      if (args->verbose && args->format == "text") {
        std::cout << doc.id << "\n  marsad:";
        for (const auto& k : a.keyphrases) std::cout << " | " << k;
        for (const Reader& r : readers) {
          std::cout << "\n  " << r.name << ":";
          for (const auto& k : r.about.keyphrases) std::cout << " | " << k;
        }
        std::cout << "\n";
      }
    };
    const std::size_t articles = for_each_gold_article(args->gold, "summary annotations", score);
    if (args->format == "json") {
      nlohmann::json j{{"articles", articles}, {"rows", nlohmann::json::object()}};
      for (const auto& row : order) j["rows"][row] = row_json(rows[row]);
      std::cout << j.dump(2) << "\n";
      return;
    }
    std::printf("articles %zu\n", articles);
    std::printf("%-22s %-17s   %-11s   %-17s   %-17s\n", "", "summary sentences", "ROUGE", "keyphrases exact",
                "keyphrases partly");
    std::printf("%-22s %5s %5s %5s   %5s %5s   %5s %5s %5s   %5s %5s %5s\n", "system vs reader", "P", "R", "F1", "1", "2",
                "P", "R", "F1", "P", "R", "F1");
    for (const auto& row : order) print_row(row, rows[row]);
  });
});

}  // namespace
}  // namespace marsad::cli
