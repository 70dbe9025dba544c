// marsad segment | stem | eval segment: clitic segmentation, light stems and roots.
#include <algorithm>
#include <iostream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/segment_train.h"
#include "marsad/text.h"

namespace marsad::cli {
namespace {

namespace tx = marsad::text;
using nlohmann::json;

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "+") + p;
  return out;
}

// Sentences as token ranges: one per input line, or found by split_sentences.
std::vector<tx::Sentence> sentences_of(const std::string& text, const std::vector<tx::Token>& tokens,
                                       bool per_line) {
  if (!per_line) return tx::split_sentences(text, tokens);
  std::vector<tx::Sentence> out;
  for (std::uint32_t i = 0; i < tokens.size();) {
    std::uint32_t j = i + 1;
    while (j < tokens.size() &&
           text.find('\n', tokens[j - 1].end) >= tokens[j].begin)
      ++j;
    out.push_back({tokens[i].begin, tokens[j - 1].end, i, j});
    i = j;
  }
  return out;
}

void print_conllu(const std::string& text, const std::vector<tx::Token>& tokens, const tx::Sentence& s,
                  const tx::CodepointIndex& codepoints) {
  std::string lines = "# text = " + text.substr(s.begin, s.end - s.begin) + "\n";
  tx::append_conllu_sentence(lines, text, tokens, s, codepoints);
  std::cout << lines << '\n';
}

json token_json(const std::string& text, const tx::Token& tok, const tx::CodepointIndex& idx) {
  auto seg = tx::Segmenter::instance().segment(tok.view(text));
  json pieces = json::array();
  std::size_t at = tok.begin;
  for (std::size_t i = 0; i < seg.pieces.size(); ++i) {
    pieces.push_back({{"text", seg.pieces[i]}, {"restored", seg.restored[i]},
                      {"start", idx.to_codepoint(at)}, {"end", idx.to_codepoint(at + seg.pieces[i].size())}});
    at += seg.pieces[i].size();
  }
  return {{"text", tok.view(text)}, {"start", idx.to_codepoint(tok.begin)},
          {"end", idx.to_codepoint(tok.end)}, {"pieces", pieces}, {"stem", seg.stem}};
}

struct SegmentOptions {
  InputArgs input;
  FormatArg format;
  bool per_line = false;
};

Registration segment_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<SegmentOptions>();
  auto* cmd = app.add_subcommand(
      "segment",
      "Split words into proclitics, stem and pronoun enclitic.\n"
      "tsv: surface<TAB>piece+piece<TAB>restored+restored per token, blank line between sentences;\n"
      "conllu: CoNLL-U with multiword-token ranges; json: one object per input, code-point offsets");
  opts->input.add_to(*cmd);
  opts->format.add_to(*cmd, {"tsv", "conllu", "json"});
  cmd->add_flag("--sentence-per-line", opts->per_line, "Input has one sentence per line");
  cmd->callback([opts] {
    opts->input.for_each_text([&](const std::string& name, const std::string& text) {
      auto tokens = tx::tokenize(text);
      auto sentences = sentences_of(text, tokens, opts->per_line);
      if (opts->format.value == "json") {
        tx::CodepointIndex idx(text);
        json sents = json::array();
        for (const auto& s : sentences) {
          json toks = json::array();
          for (auto t = s.first_token; t < s.last_token; ++t) toks.push_back(token_json(text, tokens[t], idx));
          sents.push_back({{"start", idx.to_codepoint(s.begin)}, {"end", idx.to_codepoint(s.end)}, {"tokens", toks}});
        }
        std::cout << json{{"input", name}, {"sentences", sents}}.dump() << '\n';
        return;
      }
      const tx::CodepointIndex codepoints(text);
      for (const auto& s : sentences) {
        if (opts->format.value == "conllu") {
          print_conllu(text, tokens, s, codepoints);
          continue;
        }
        for (auto t = s.first_token; t < s.last_token; ++t) {
          auto seg = tx::Segmenter::instance().segment(tokens[t].view(text));
          std::cout << tokens[t].view(text) << '\t' << join(seg.pieces) << '\t' << join(seg.restored) << '\n';
        }
        std::cout << '\n';
      }
    });
  });
});

struct StemOptions {
  InputArgs input;
  bool root = false;
};

Registration stem_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<StemOptions>();
  auto* cmd = app.add_subcommand(
      "stem", "Light stem (and root) of one token per line: token<TAB>stem[<TAB>root]");
  opts->input.add_to(*cmd);
  cmd->add_flag("--root", opts->root, "Add the consonantal root as a third column");
  cmd->callback([opts] {
    opts->input.for_each_text([&](const std::string&, const std::string& text) {
      for (std::size_t pos = 0; pos < text.size();) {
        std::size_t nl = text.find('\n', pos);
        std::string_view line = std::string_view(text).substr(pos, nl == text.npos ? text.npos : nl - pos);
        pos = nl == text.npos ? text.size() : nl + 1;
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (line.empty()) continue;
        std::cout << line << '\t' << tx::light_stem(line);
        if (opts->root) std::cout << '\t' << tx::root(line);
        std::cout << '\n';
      }
    });
  });
});

json scores_json(const tx::SegmentationScores& s) {
  return {{"tokens", s.tokens}, {"exact_tokens", s.exact_tokens}, {"gold_words", s.gold_words},
          {"system_words", s.system_words}, {"correct_words", s.correct_words},
          {"gold_split_tokens", s.gold_split_tokens}, {"over_split", s.over_split},
          {"under_split", s.under_split}, {"precision", s.precision()}, {"recall", s.recall()},
          {"f1", s.f1()}};
}

void print_scores(const std::string& label, const tx::SegmentationScores& s) {
  std::printf("%-22s words P %.4f  R %.4f  F1 %.4f | tokens exact %.4f (%llu/%llu), over-split %llu, under-split %llu\n",
              label.c_str(), s.precision(), s.recall(), s.f1(),
              s.tokens ? static_cast<double>(s.exact_tokens) / static_cast<double>(s.tokens) : 0.0,
              static_cast<unsigned long long>(s.exact_tokens), static_cast<unsigned long long>(s.tokens),
              static_cast<unsigned long long>(s.over_split), static_cast<unsigned long long>(s.under_split));
}

struct SegmentEvalOptions {
  std::string gold;
  FormatArg format;
  std::size_t min_stem = 3;
  std::size_t show_errors = 0;
};

Registration eval_segment_cmd("eval", [](CLI::App& eval) {
  auto opts = std::make_shared<SegmentEvalOptions>();
  auto* cmd = eval.add_subcommand(
      "segment", "Words P/R/F1 of the segmenter and of the rule-only baseline against CoNLL-U gold");
  cmd->add_option("--gold", opts->gold, "CoNLL-U gold (.conllu or .conllu.gz)")->required();
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->add_option("--min-stem", opts->min_stem, "Minimum stem length of the rule-only baseline")
      ->capture_default_str();
  cmd->add_option("--show-errors", opts->show_errors,
                  "Also print up to N tokens the model segments wrongly (surface, gold, system)");
  cmd->callback([opts] {
    auto all = tx::read_gold_segmentation(opts->gold);
    if (all.empty()) throw InputError("no sentences: the file holds no CoNLL-U sentence", Location{opts->gold});
    std::vector<tx::GoldToken> gold;
    std::copy_if(all.begin(), all.end(), std::back_inserter(gold), [](const auto& t) { return t.analyzed; });
    const tx::Segmenter rules_seg = tx::Segmenter::rules(opts->min_stem);
    auto model = tx::evaluate_segmenter(tx::Segmenter::instance(), gold);
    auto rules = tx::evaluate_segmenter(rules_seg, gold);
    auto model_all = tx::evaluate_segmenter(tx::Segmenter::instance(), all);
    auto rules_all = tx::evaluate_segmenter(rules_seg, all);
    std::string rules_label = "rules (min stem " + std::to_string(opts->min_stem) + ")";
    if (opts->format.value == "json") {
      std::cout << json{{"gold", opts->gold}, {"rules_min_stem", opts->min_stem},
                        {"analyzed_tokens", {{"model", scores_json(model)}, {"rules", scores_json(rules)}}},
                        {"all_tokens", {{"model", scores_json(model_all)}, {"rules", scores_json(rules_all)}}}}
                       .dump(2) << '\n';
      return;
    }
    std::printf("gold: %s\n", opts->gold.c_str());
    std::printf("analyzed tokens (%llu tokens, %llu words, %llu with clitics):\n",
                static_cast<unsigned long long>(model.tokens), static_cast<unsigned long long>(model.gold_words),
                static_cast<unsigned long long>(model.gold_split_tokens));
    print_scores("  segmenter (model)", model);
    print_scores("  " + rules_label, rules);
    std::printf("all tokens (%llu; %llu have a word the treebank left unanalyzed, gold = unsplit):\n",
                static_cast<unsigned long long>(model_all.tokens),
                static_cast<unsigned long long>(model_all.tokens - model.tokens));
    print_scores("  segmenter (model)", model_all);
    print_scores("  " + rules_label, rules_all);
    std::size_t shown = 0;
    for (const auto& t : gold) {
      if (shown >= opts->show_errors) break;
      auto restored = tx::Segmenter::instance().segment(t.surface).restored;
      if (restored == t.words) continue;
      std::cout << t.surface << "\tgold " << join(t.words) << "\tsystem " << join(restored) << '\n';
      ++shown;
    }
  });
});

}  // namespace
}  // namespace marsad::cli
