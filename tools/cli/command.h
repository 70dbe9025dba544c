// The pieces every `marsad` subcommand shares: self-registration and common options.
//
// A subcommand lives in its own file, parses its options, calls the library and prints; it
// registers itself with a static Registration, so adding one never touches main.cpp:
//
//   static marsad::cli::Registration reg("", [](CLI::App& parent) {
//     auto* cmd = parent.add_subcommand("tokenize", "Split text into tokens");
//     ...
//     cmd->callback([=] { ... });
//   });
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "marsad/analysis.h"
#include "marsad/document.h"
#include "marsad/ner.h"

namespace marsad::cli {

using AddCommand = std::function<void(CLI::App&)>;

/// Registers a subcommand under `parent` ("" for top level, "eval" for `marsad eval …`).
struct Registration {
  Registration(std::string parent, AddCommand add);
};

/// All registrations, in file order, for main().
std::vector<std::pair<std::string, AddCommand>>& registry();

/// FILES… (or "-" / nothing for stdin) and --encoding, shared by the text commands.
struct InputArgs {
  std::vector<std::string> files;
  std::string encoding = "auto";
  void add_to(CLI::App& cmd);
  /// Calls fn(name, utf8_text) for each input, decoded and validated.
  void for_each_text(const std::function<void(const std::string&, const std::string&)>& fn) const;
};

/// --format with a fixed set of choices; the first is the default.
struct FormatArg {
  std::string value;
  void add_to(CLI::App& cmd, std::vector<std::string> choices);
};

/// `--ner fast|accurate`: the NER mode (see NerMode in marsad/analysis.h).
struct NerModeArg {
  std::string value = "fast";
  void add_to(CLI::App& cmd);
  NerMode mode() const { return value == "accurate" ? NerMode::kAccurate : NerMode::kFast; }
};

/// `--model`, `--ner`, `--neural`: the options that choose a recognizer (a feature model file,
/// the mode, a neural model file).
struct RecognizerArgs {
  std::string model, neural;
  NerModeArg ner;
  void add_to(CLI::App& cmd);
  /// Null when the built-in recognizer of the mode will do; throws InputError for --neural
  /// without --ner accurate, and what loading a model file throws.
  std::unique_ptr<ner::Recognizer> load() const;
  /// The recognizer: loaded into `own`, or the built-in one.
  const ner::Recognizer& get(std::unique_ptr<ner::Recognizer>& own) const;
};

/// Calls fn(article, record, where) for each line of a gold JSONL file (an article with its
/// annotations; blank lines skipped) and returns how many there were. IoError if the file
/// cannot be read, InputError for a line that is no JSON record or a file with none.
std::size_t for_each_gold_article(
    const std::string& path, std::string_view what,
    const std::function<void(const Document&, const nlohmann::json&, const Location&)>& fn);

/// Reads a whole file (or stdin for "-") as bytes; throws IoError naming the file.
std::string read_bytes(const std::string& path);

}  // namespace marsad::cli
