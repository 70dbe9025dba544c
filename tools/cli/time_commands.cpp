// marsad times | marsad eval times: time expressions in articles, and their accuracy against
// hand-annotated TimeML.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/error.h"
#include "marsad/text.h"
#include "marsad/time.h"

namespace marsad::cli {
namespace {

namespace tx = marsad::text;
using nlohmann::json;

struct TimesOptions {
  InputArgs input;
  FormatArg format;
  std::string date;
};

json times_json(const std::string& text, const std::vector<TimeExpression>& times) {
  tx::CodepointIndex idx(text);
  json arr = json::array();
  for (const auto& t : times)
    arr.push_back({{"text", text.substr(t.span.begin, t.span.end - t.span.begin)},
                   {"start", idx.to_codepoint(t.span.begin)}, {"end", idx.to_codepoint(t.span.end)},
                   {"type", t.type}, {"value", t.value}, {"mod", t.mod}});
  return arr;
}

Registration times_cmd("", [](CLI::App& app) {
  auto opts = std::make_shared<TimesOptions>();
  auto* cmd = app.add_subcommand("times", "Find and normalize time expressions (TimeML TIMEX3)");
  opts->input.add_to(*cmd);
  opts->format.add_to(*cmd, {"text", "json", "timeml"});
  cmd->add_option("--date", opts->date, "Reference date YYYY-MM-DD (relative expressions resolve to it)");
  cmd->callback([opts] {
    opts->input.for_each_text([&](const std::string& name, const std::string& text) {
      auto tokens = tx::tokenize(text);
      auto times = time::find_times(text, tokens, opts->date);
      if (opts->format.value == "timeml") {
        std::cout << time::to_timeml(text, times, opts->date);
      } else if (opts->format.value == "json") {
        std::cout << json{{"input", name}, {"date", opts->date}, {"times", times_json(text, times)}}.dump()
                  << '\n';
      } else {
        for (const auto& t : times)
          std::cout << text.substr(t.span.begin, t.span.end - t.span.begin) << '\t' << t.type << '\t'
                    << t.value << (t.mod.empty() ? "" : "\t" + t.mod) << '\n';
      }
    });
  });
});

struct TimeEvalOptions {
  std::string gold;
  FormatArg format;
  bool errors = false;
};

std::string show(const std::string& text, const TimeExpression& t) {
  return "\"" + text.substr(t.span.begin, t.span.end - t.span.begin) + "\" " + t.type + " " + t.value +
         (t.mod.empty() ? "" : " " + t.mod);
}

// Prints what the system missed, added or normalized differently, for error analysis.
void print_errors(const std::string& file, const time::TimeMlDocument& doc,
                  const std::vector<TimeExpression>& sys) {
  auto overlaps = [](const TimeExpression& a, const TimeExpression& b) {
    return a.span.begin < b.span.end && b.span.begin < a.span.end;
  };
  for (const auto& g : doc.times) {
    auto it = std::find_if(sys.begin(), sys.end(), [&](const auto& s) { return overlaps(g, s); });
    if (it == sys.end()) std::cout << file << "\tMISS\t" << show(doc.text, g) << '\n';
    else if (it->span != g.span || it->value != g.value || it->type != g.type || it->mod != g.mod)
      std::cout << file << "\tDIFF\t" << show(doc.text, g) << "\t→ " << show(doc.text, *it) << '\n';
  }
  for (const auto& s : sys)
    if (std::none_of(doc.times.begin(), doc.times.end(), [&](const auto& g) { return overlaps(g, s); }))
      std::cout << file << "\tEXTRA\t" << show(doc.text, s) << '\n';
}

void print_scores(const time::TimeScores& s, std::size_t files, const std::string& format) {
  if (format == "json") {
    std::cout << json{{"files", files}, {"gold", s.gold}, {"system", s.system},
                      {"strict", {{"precision", s.strict_precision()}, {"recall", s.strict_recall()},
                                  {"f1", s.strict_f1()}}},
                      {"relaxed", {{"precision", s.relaxed_precision()}, {"recall", s.relaxed_recall()},
                                   {"f1", s.relaxed_f1()}}},
                      {"value_accuracy", s.value_accuracy()}, {"type_accuracy", s.type_accuracy()},
                      {"mod_accuracy", s.mod_accuracy()}}.dump(2)
              << '\n';
    return;
  }
  std::printf("files %zu, gold %zu, system %zu\n", files, s.gold, s.system);
  std::printf("strict   P %.3f  R %.3f  F1 %.3f\n", s.strict_precision(), s.strict_recall(), s.strict_f1());
  std::printf("relaxed  P %.3f  R %.3f  F1 %.3f\n", s.relaxed_precision(), s.relaxed_recall(),
              s.relaxed_f1());
  std::printf("on relaxed matches: value %.3f  type %.3f  mod %.3f\n", s.value_accuracy(),
              s.type_accuracy(), s.mod_accuracy());
}

Registration eval_times_cmd("eval", [](CLI::App& app) {
  auto opts = std::make_shared<TimeEvalOptions>();
  auto* cmd = app.add_subcommand("times", "Score `marsad times` against TimeML files (*.tml)");
  cmd->add_option("--gold", opts->gold, "Directory of TimeML files with a DCT")->required();
  opts->format.add_to(*cmd, {"text", "json"});
  cmd->add_flag("--errors", opts->errors, "List misses, extras and wrong values per file");
  cmd->callback([opts] {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(opts->gold, ec)) throw IoError("not a directory", Location{opts->gold});
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(opts->gold))
      if (e.path().extension() == ".tml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw InputError("no *.tml files", Location{opts->gold});
    time::TimeScores total;
    for (const auto& f : files) {
      time::TimeMlDocument doc;
      try {
        doc = time::parse_timeml(read_bytes(f.string()));
      } catch (const Error& e) {
        throw FormatError(e.message(), Location{f.string(), 0, e.where().offset});
      }
      auto tokens = tx::tokenize(doc.text);
      auto sys = time::find_times(doc.text, tokens, doc.dct);
      if (opts->errors) print_errors(f.filename().string(), doc, sys);
      total.add(time::score_times(doc.times, sys));
    }
    print_scores(total, files.size(), opts->format.value);
  });
});

}  // namespace
}  // namespace marsad::cli
