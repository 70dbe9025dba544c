#include "command.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "marsad/error.h"
#include "marsad/document.h"

namespace marsad::cli {

std::vector<std::pair<std::string, AddCommand>>& registry() {
  static std::vector<std::pair<std::string, AddCommand>> commands;
  return commands;
}

Registration::Registration(std::string parent, AddCommand add) {
  registry().emplace_back(std::move(parent), std::move(add));
}

void InputArgs::add_to(CLI::App& cmd) {
  cmd.add_option("files", files, "Input files ('-' or none: standard input)");
  cmd.add_option("--encoding", encoding, "auto, utf-8, windows-1256 or iso-8859-6")
      ->capture_default_str();
}

void InputArgs::for_each_text(
    const std::function<void(const std::string&, const std::string&)>& fn) const {
  ReadOptions opts;
  opts.encoding = parse_encoding(encoding);
  std::vector<std::string> inputs = files.empty() ? std::vector<std::string>{"-"} : files;
  for (const auto& name : inputs) {
    std::string shown = name == "-" ? "<stdin>" : name;
    fn(shown, decode_text(read_bytes(name), shown, opts));
  }
}

void FormatArg::add_to(CLI::App& cmd, std::vector<std::string> choices) {
  value = choices.front();
  cmd.add_option("--format", value, "Output format")
      ->check(CLI::IsMember(std::move(choices)))
      ->capture_default_str();
}

void NerModeArg::add_to(CLI::App& cmd) {
  cmd.add_option("--ner", value,
                 "Entities: fast (feature model) or accurate (adds a neural tagger: more entities, about 1/10 of the speed)")
      ->check(CLI::IsMember({"fast", "accurate"}))
      ->capture_default_str();
}

void RecognizerArgs::add_to(CLI::App& cmd) {
  cmd.add_option("--model", model, "Feature model file (default: the built-in model)");
  ner.add_to(cmd);
  cmd.add_option("--neural", neural, "Neural model file for --ner accurate (default: the built-in one)");
}

std::unique_ptr<ner::Recognizer> RecognizerArgs::load() const {
  if (!neural.empty() && ner.mode() != NerMode::kAccurate) throw InputError("--neural needs --ner accurate");
  if (ner.mode() == NerMode::kAccurate && (!model.empty() || !neural.empty()))
    return std::make_unique<ner::Recognizer>(ner::Recognizer::accurate(model, neural));
  if (model.empty()) return nullptr;
  return std::make_unique<ner::Recognizer>(std::filesystem::path(model));
}

const ner::Recognizer& RecognizerArgs::get(std::unique_ptr<ner::Recognizer>& own) const {
  own = load();
  return own ? *own : ner::Recognizer::instance(ner.mode());
}

std::size_t for_each_gold_article(
    const std::string& path, std::string_view what,
    const std::function<void(const Document&, const nlohmann::json&, const Location&)>& fn) {
  std::ifstream in = open_input(path, what);
  std::size_t line_no = 0, articles = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty()) continue;
    Location where{path, line_no};
    Document doc = parse_json_record(line, where);  // rejects what is no JSON object
    fn(doc, nlohmann::json::parse(line), where);
    ++articles;
  }
  if (articles == 0) throw InputError("no articles: the file holds no gold line", Location{path});
  return articles;
}

std::string read_bytes(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return std::move(ss).str();
  }
  return read_file(path, "input file");
}

}  // namespace marsad::cli
