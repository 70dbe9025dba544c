// marsad train ner | train ner-clusters | train ner-names | train ner-given | ner | eval ner: the named-entity tagger.
#include <array>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/error.h"
#include "marsad/ner.h"
#include "marsad/text.h"

namespace marsad::cli {
namespace {

using nlohmann::json;

// `marsad train …` is shared by every module that trains something; the first to register
// creates it.
CLI::App& train_group(CLI::App& app) {
  try {
    return *app.get_subcommand("train");
  } catch (const CLI::OptionNotFound&) {
    auto* train = app.add_subcommand("train", "Train a model from data");
    train->require_subcommand(1);
    return *train;
  }
}

// Output to a file or standard output.
struct OutputFile {
  explicit OutputFile(const std::string& path) {
    if (path != "-") {
      file_.open(path, std::ios::binary);
      if (!file_) throw IoError("cannot write", {path});
    }
  }
  std::ostream& get() { return file_.is_open() ? file_ : std::cout; }

 private:
  std::ofstream file_;
};

void print(std::ostream& out, const ner::Evaluation& e, const std::string& format) {
  if (format == "json") {
    json types = json::object();
    auto row = [](const ner::TypeScore& s) {
      return json{{"precision", s.precision()}, {"recall", s.recall()}, {"f1", s.f1()},
                  {"gold", s.gold}, {"predicted", s.predicted}, {"correct", s.correct}};
    };
    for (const auto& [type, s] : e.by_type) types[type] = row(s);
    out << json{{"overall", row(e.overall)}, {"types", types}, {"tokens", e.tokens},
                {"token_accuracy", e.tokens ? double(e.tokens_correct) / double(e.tokens) : 0.0},
                {"tokens_per_second", e.seconds > 0 ? double(e.tokens) / e.seconds : 0.0}}
               .dump(2)
        << '\n';
    return;
  }
  out << std::fixed << std::setprecision(2);
  out << "type     precision  recall     F1   gold  found  correct\n";
  auto line = [&](const std::string& name, const ner::TypeScore& s) {
    out << std::left << std::setw(8) << name << std::right << std::setw(10) << s.precision() * 100
        << std::setw(8) << s.recall() * 100 << std::setw(7) << s.f1() * 100 << std::setw(7) << s.gold
        << std::setw(7) << s.predicted << std::setw(9) << s.correct << '\n';
  };
  for (const auto& [type, s] : e.by_type) line(type, s);
  line("overall", e.overall);
  out << e.tokens << " tokens, accuracy " << (e.tokens ? 100.0 * double(e.tokens_correct) / double(e.tokens) : 0.0)
      << "%, tagged at " << std::setprecision(0) << (e.seconds > 0 ? double(e.tokens) / e.seconds : 0.0)
      << " tokens/s\n";
}

Registration train_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<ner::TrainOptions>();
  auto out = std::make_shared<std::string>();
  auto folds = std::make_shared<int>(0);
  auto* cmd = train_group(app).add_subcommand("ner", "Train the named-entity tagger on CoNLL data");
  cmd->add_option("--data", opts->data, "CoNLL file: token<TAB>BIO-tag, blank line between sentences")->required();
  cmd->add_option("--extra", opts->extra,
                  "CoNLL file of machine-labelled sentences the sentence pass also learns from (uptraining; "
                  "with --cv, labels made by a model that saw the folds inflate the figures)");
  cmd->add_option("--extra-document-share", opts->extra_document_share,
                  "Share of the --extra sentences (the first ones) that also train the document pass")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_option("--more-gold", opts->more_gold,
                  "Further hand-labelled CoNLL files (articles between -DOCSTART- lines, such as the news sets "
                  "gold.py builds) both passes learn from with the train part of --data; never held out")
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", *out, "Model file to write (required unless --cv)");
  cmd->add_option("--cv", *folds, "Only cross-validate over K contiguous folds of --data, print pooled scores");
  cmd->add_flag("!--no-o-penalty", opts->tune_o_penalty, "Do not tune the O penalty");
  cmd->add_option("--dev-fraction", opts->dev_fraction, "Last part of the sentences held out for dev")->capture_default_str();
  cmd->add_option("--epochs", opts->epochs, "Passes over the training data")->capture_default_str();
  cmd->add_option("--gazetteers", opts->gazetteers, "Folder with countries.tsv and world-cities-ar.csv");
  cmd->add_option("--clusters", opts->clusters, "Word clusters from `marsad train ner-clusters`");
  cmd->add_option("--hash-bits", opts->hash_bits, "Feature table size, 2^bits rows")->check(CLI::Range(10, 26))->capture_default_str();
  cmd->add_flag("--domains", opts->domains,
                "Domain features: --data read as ANERcorp's conventions, --extra and --more-gold as news's, each "
                "with its own copy of some features; the model reads text as news (eval ner --domain)");
  cmd->add_option("--seed", opts->seed, "Seed of the training order")->capture_default_str();
  cmd->add_option("--orders", opts->orders, "Training orders whose weights are averaged, per pass")
      ->capture_default_str()->check(CLI::Range(1, 16));
  cmd->add_option("--document-folds", opts->document_folds,
                  "Parts the training data is cut into to train the document pass (0: no document pass)")
      ->check(CLI::Range(0, 20))->capture_default_str();
  cmd->add_option("--document-window", opts->document_window,
                  "Sentences either side that form a document in a CoNLL file")->capture_default_str();
  cmd->callback([opts, out, folds] {
    if (*folds > 0) {
      std::cout << *folds << "-fold cross-validation over " << opts->data.string() << '\n';
      print(std::cout, ner::cross_validate(*opts, *folds, &std::cerr), "text");
      return;
    }
    if (out->empty()) throw InputError("--out is required");
    ner::TrainReport r = ner::train(*opts, *out, &std::cerr);
    std::cout << "trained on " << r.train_sentences << " sentences";
    if (r.more_gold_sentences > 0) std::cout << " and " << r.more_gold_sentences << " of --more-gold";
    if (r.extra_sentences > 0) std::cout << " and " << r.extra_sentences << " machine-labelled ones";
    std::cout << ", held out " << r.dev_sentences
              << "; O penalty " << r.o_penalty << "; model " << r.model_bytes << " bytes written to "
              << *out << '\n';
    if (r.dev_sentences > 0) print(std::cout, r.dev, "text");
  });
});

Registration clusters_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<ner::ClusterOptions>();
  auto paths = std::make_shared<std::pair<std::string, std::string>>();
  auto* cmd = train_group(app).add_subcommand("ner-clusters", "Learn word clusters from unlabeled articles");
  cmd->add_option("--corpus", paths->first, "Articles: .txt, .jsonl, .jsonl.gz or .jsonl.zst")->required();
  cmd->add_option("--out", paths->second, "Clusters file to write")->required();
  cmd->add_option("--vocabulary", opts->vocabulary, "Words that get a cluster")->capture_default_str();
  cmd->add_option("--window", opts->window, "Context words counted on each side")->capture_default_str()->check(CLI::Range(1, 4));
  cmd->add_option("--fine", opts->fine, "Number of fine clusters")->capture_default_str();
  cmd->add_option("--coarse", opts->coarse, "Number of coarse clusters")->capture_default_str();
  cmd->add_option("--extra", opts->extra, "Sizes of further independent clusterings (at most 3)")->capture_default_str()
      ->delimiter(',')->expected(0, 3);
  cmd->add_option("--max-docs", opts->max_documents, "Read at most this many articles (0: all)")->capture_default_str();
  cmd->callback([opts, paths] { ner::learn_clusters(paths->first, *opts, paths->second, &std::cerr); });
});

Registration names_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<ner::NameMiningOptions>();
  auto paths = std::make_shared<std::array<std::string, 3>>();
  auto* cmd = train_group(app).add_subcommand(
      "ner-names", "Mine organisation and place names that follow head nouns (نادي، محافظة…) in articles");
  cmd->add_option("--corpus", (*paths)[0], "Articles: .txt, .jsonl, .jsonl.gz or .jsonl.zst")->required();
  cmd->add_option("--out", (*paths)[1], "Names file to write (type<TAB>name)")->required();
  cmd->add_option("--report", (*paths)[2], "Also write every candidate with its counts and the filter that dropped it");
  cmd->add_option("--min-count", opts->min_count, "Times a name follows a head of its type")->capture_default_str();
  cmd->add_option("--min-type-share", opts->min_type_share, "Share of its heads of one type")->capture_default_str();
  cmd->add_option("--min-head-share", opts->min_head_share, "Share of its occurrences after a head")->capture_default_str();
  cmd->add_option("--max-article-ratio", opts->max_article_ratio,
                  "One word without the article: most times the corpus writes it with the article, per time without")
      ->capture_default_str();
  cmd->add_option("--max-bare-ratio", opts->max_bare_ratio,
                  "One word with the article: most times the corpus writes it without, per time with")->capture_default_str();
  cmd->add_option("--min-extension-share", opts->min_extension_share,
                  "A longer name: least share of the head occurrences of its shorter part")->capture_default_str();
  cmd->add_option("--min-end-share", opts->min_end_share,
                  "Least share of its head occurrences after which no name word follows")->capture_default_str();
  cmd->add_option("--max-docs", opts->max_documents, "Read at most this many articles (0: all)")->capture_default_str();
  cmd->callback([opts, paths] {
    std::size_t kept = ner::mine_names((*paths)[0], *opts, (*paths)[1], (*paths)[2], &std::cerr);
    std::cout << kept << " names written to " << (*paths)[1] << '\n';
  });
});

Registration given_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<ner::GivenNameOptions>();
  auto paths = std::make_shared<std::array<std::string, 2>>();
  auto* cmd = train_group(app).add_subcommand(
      "ner-given", "Mine given names (تشارلز، هيفاء) from articles with the built-in tagger's readings of them");
  cmd->add_option("--corpus", (*paths)[0], "Articles: .txt, .jsonl, .jsonl.gz or .jsonl.zst")->required();
  cmd->add_option("--out", (*paths)[1], "Names file to write (word<TAB>first<TAB>person<TAB>total)")->required();
  cmd->add_option("--min-count", opts->min_count, "Least occurrences of a word")->capture_default_str();
  cmd->add_option("--min-person-share", opts->min_person_share,
                  "Least share of its occurrences the tagger reads inside a person's name")->capture_default_str();
  cmd->add_option("--min-first-share", opts->min_first_share,
                  "Least share of its occurrences that start a person's name of two words or more")->capture_default_str();
  cmd->add_option("--max-docs", opts->max_documents, "Read at most this many articles (0: all)")->capture_default_str();
  cmd->callback([opts, paths] {
    std::size_t kept = ner::mine_given_names((*paths)[0], *opts, (*paths)[1], &std::cerr);
    std::cout << kept << " given names written to " << (*paths)[1] << '\n';
  });
});

struct TagOptions {
  std::string file = "-", out = "-";
  std::string input = "conll", output = "conll";  // formats
  RecognizerArgs recognizer;
};

// CoNLL in (one token per line, a blank line between sentences), token<TAB>BIO tag out. The
// whole input is read before the output is opened, so that a file is never truncated unread.
void tag_conll(const ner::Recognizer& rec, const TagOptions& o) {
  std::vector<std::vector<std::string>> words;
  for (auto& s : ner::read_conll(o.file == "-" ? "/dev/stdin" : o.file)) words.push_back(std::move(s.words));
  auto tags = rec.tag_running(words);
  OutputFile out(o.out);
  for (std::size_t s = 0; s < words.size(); ++s) {
    for (std::size_t i = 0; i < words[s].size(); ++i) out.get() << words[s][i] << '\t' << tags[s][i] << '\n';
    out.get() << '\n';
  }
}

// The tag names of the CoNLL files (ANERcorp's: PERS, not PER).
std::string_view conll_type_name(EntityType type) {
  return type == EntityType::kPerson ? "PERS" : entity_type_name(type);
}

// An article in: its tokens with the BIO tags of the entities analyze reports (conll), or the
// entities (json, text).
void tag_article(const ner::Recognizer& rec, const TagOptions& o) {
  std::string text = decode_text(read_bytes(o.file), o.file == "-" ? "<stdin>" : o.file);
  auto tokens = text::tokenize(text);
  auto sentences = text::split_sentences(text, tokens);
  auto entities = rec.recognize(text, tokens, sentences);
  OutputFile out(o.out);
  if (o.output == "conll") {
    std::vector<std::string> tags(tokens.size(), "O");
    for (const auto& e : entities)
      for (const auto& m : e.mentions) {
        bool first = true;
        for (std::size_t t = 0; t < tokens.size(); ++t)
          if (tokens[t].begin < m.end && m.begin < tokens[t].end) {
            tags[t] = (first ? "B-" : "I-") + std::string(conll_type_name(e.type));
            first = false;
          }
      }
    for (const auto& s : sentences) {
      for (std::size_t t = s.first_token; t < s.last_token; ++t)
        out.get() << tokens[t].view(text) << '\t' << tags[t] << '\n';
      out.get() << '\n';
    }
    return;
  }
  text::CodepointIndex idx(text);
  if (o.output == "text") {
    for (const auto& e : entities) {
      out.get() << e.id << '\t' << entity_type_name(e.type) << '\t' << e.name << '\t' << e.mentions.size();
      for (const auto& t : e.titles) out.get() << '\t' << t;
      out.get() << '\n';
    }
    return;
  }
  json arr = json::array();
  for (const auto& e : entities) {
    json mentions = json::array();
    for (const auto& m : e.mentions)
      mentions.push_back({{"start", idx.to_codepoint(m.begin)}, {"end", idx.to_codepoint(m.end)},
                          {"text", text.substr(m.begin, m.end - m.begin)}});
    arr.push_back({{"id", e.id}, {"type", entity_type_name(e.type)}, {"name", e.name},
                   {"titles", e.titles}, {"mentions", mentions}});
  }
  out.get() << json{{"entities", arr}}.dump(2) << '\n';
}

Registration ner_cmd("", [](CLI::App& app) {
  auto o = std::make_shared<TagOptions>();
  auto* cmd = app.add_subcommand(
      "ner", "Named entities: BIO tags for CoNLL tokens (--input conll --output conll), or an article's entities");
  cmd->add_option("file", o->file, "File to read ('-': standard input)")->capture_default_str();
  cmd->add_option("--input", o->input,
                  "Input format: conll (one token per line, a blank line between sentences) or text (an article)")
      ->check(CLI::IsMember({"conll", "text"}))
      ->capture_default_str();
  cmd->add_option("--output,--format", o->output,
                  "Output format: conll (token<TAB>BIO tag), json or text (the article's entities)")
      ->check(CLI::IsMember({"conll", "json", "text"}))
      ->capture_default_str();
  cmd->add_option("-o,--out", o->out, "File to write ('-': standard output)")->capture_default_str();
  o->recognizer.add_to(*cmd);
  cmd->callback([o] {
    if (o->input == "conll" && o->output != "conll")
      throw InputError("--input conll gives tags only (--output conll); use --input text for the entities of an article");
    if (o->file != "-" && o->out != "-" && std::filesystem::exists(o->out) &&
        std::filesystem::equivalent(o->file, o->out))
      throw InputError("--out is the input file; it would be overwritten", {o->out});
    std::unique_ptr<ner::Recognizer> own;
    const ner::Recognizer& rec = o->recognizer.get(own);
    if (o->input == "conll") tag_conll(rec, *o);
    else tag_article(rec, *o);
  });
});

struct NerEvalOptions {
  std::string gold;
  RecognizerArgs recognizer;
  bool dev = false;
  double dev_fraction = 0.1;
  bool entities = false;
  std::string domain = "news";
  std::string predictions;
  FormatArg format;
};

Registration eval_cmd("eval", [](CLI::App& app) {
  auto o = std::make_shared<NerEvalOptions>();
  auto* cmd = app.add_subcommand("ner", "Entity P/R/F1 per type (conlleval rules) against gold CoNLL");
  cmd->add_option("--gold", o->gold, "Gold CoNLL file")->required();
  o->recognizer.add_to(*cmd);
  cmd->add_flag("--dev", o->dev, "Score only the held-out dev part of a training file");
  cmd->add_option("--dev-fraction", o->dev_fraction, "Dev part size, as given to train")->capture_default_str();
  cmd->add_flag("--entities", o->entities,
                "Score the entities analyze reports (tagger and resolution); articles between -DOCSTART- lines, else 20 sentences each");
  cmd->add_option("--domain", o->domain,
                  "The conventions a model trained with `train ner --domains` reads by: news, or anercorp to score it "
                  "on ANERcorp (no effect on other models)")
      ->check(CLI::IsMember({"news", "anercorp"}))->capture_default_str();
  cmd->add_option("--predictions", o->predictions,
                  "Also write each scored word as `word gold predicted` (conlleval's input: a blank line "
                  "between sentences) to this file, for reading the errors");
  o->format.add_to(*cmd, {"text", "json"});
  cmd->callback([o] {
    if (!o->predictions.empty() && std::filesystem::exists(o->predictions) &&
        std::filesystem::equivalent(o->gold, o->predictions))
      throw InputError("--predictions is the gold file; it would be overwritten", {o->predictions});
    std::unique_ptr<ner::Recognizer> own = o->recognizer.load();
    if (o->domain == "anercorp") {
      if (!own) own = std::make_unique<ner::Recognizer>(ner::Recognizer::builtin(o->recognizer.ner.mode()));
      own->set_domain(ner::Domain::kAnercorp);
    }
    const ner::Recognizer& rec = own ? *own : ner::Recognizer::instance(o->recognizer.ner.mode());
    auto gold = ner::read_conll(o->gold);
    // A model trained with a smaller dev fraction (the shipped one learns from all of ANERcorp's
    // train part) has seen these sentences.
    if (const double held = rec.held_out(); o->dev && held >= 0 && held + 1e-9 < o->dev_fraction) {
      std::ostringstream msg;
      msg << "the model held out " << held << " of its training sentences, not " << o->dev_fraction
          << ": it learnt from this dev part. Score a model trained with `marsad train ner --dev-fraction "
          << o->dev_fraction << "` instead (--model FILE; models/README.md)";
      throw InputError(msg.str(), Location{o->gold});
    }
    if (o->dev) gold = ner::split_dev(std::move(gold), o->dev_fraction).dev;
    if (gold.empty()) throw InputError(o->dev ? "no sentences in the dev part" : "no sentences: the file is empty", Location{o->gold});
    if (const auto seen = rec.learnt_articles(gold); seen.learnt > 0)
      std::cerr << "marsad: warning: " << o->gold << ": the model learnt " << seen.learnt << " of its " << seen.articles
                << " articles (train ner --more-gold); their scores are no held-out figures\n";
    std::vector<std::vector<std::string>> predicted;
    auto* keep = o->predictions.empty() ? nullptr : &predicted;
    print(std::cout, o->entities ? ner::evaluate_entities(rec, gold, keep) : ner::evaluate(rec, gold, keep),
          o->format.value);
    if (keep) {
      OutputFile out(o->predictions);
      for (std::size_t s = 0; s < gold.size(); ++s) {
        for (std::size_t i = 0; i < gold[s].words.size(); ++i)
          out.get() << gold[s].words[i] << ' ' << gold[s].tags[i] << ' ' << predicted[s][i] << '\n';
        out.get() << '\n';
      }
    }
  });
});

}  // namespace
}  // namespace marsad::cli
