// marsad analyze: entities, times, quotes, keyphrases, summary and timeline of each article.
#include <iostream>

#include "command.h"
#include "marsad/analysis.h"
#include "marsad/error.h"

namespace marsad::cli {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> files;
  std::string encoding = "auto";
  std::string date;
  FormatArg format;
  std::size_t summary = 3;
  std::size_t keyphrases = 10;
};

// Analyzes every document of one input; a bad JSONL record is a warning and is skipped.
void analyze_file(const Analyzer& analyzer, const std::string& file, const AnalyzeArgs& args,
                  const AnalyzeOptions& opts) {
  ReadOptions read;
  read.encoding = parse_encoding(args.encoding);
  DocumentReader reader(file, read);
  std::size_t warned = 0;
  Document doc;
  auto warn = [&] {
    for (; warned < reader.skipped().size(); ++warned)
      std::cerr << "marsad: warning: " << reader.skipped()[warned].what() << " (record skipped)\n";
  };
  while (reader.next(doc)) {
    warn();
    std::cout << render(analyzer.analyze(doc, opts), args.format.value);
  }
  warn();
}

Registration analyze_cmd("", [](CLI::App& app) {
  auto args = std::make_shared<AnalyzeArgs>();
  auto* cmd = app.add_subcommand("analyze", "Find entities, times, quotes, keyphrases, a summary and a timeline");
  cmd->add_option("files", args->files, "Articles: .txt, .jsonl (.gz, .zst); '-' or none: standard input");
  cmd->add_option("--date", args->date, "Reference date YYYY-MM-DD for relative times (default: each document's date)");
  args->format.add_to(*cmd, {"json", "jsonl", "text", "html", "timeml", "conllu"});
  cmd->add_option("--encoding", args->encoding, "auto, utf-8, windows-1256 or iso-8859-6")->capture_default_str();
  cmd->add_option("--summary", args->summary, "Sentences in the summary")->capture_default_str();
  cmd->add_option("--keyphrases", args->keyphrases, "Number of keyphrases")->capture_default_str();
  cmd->callback([args] {
    Analyzer analyzer;
    AnalyzeOptions opts{args->date, args->summary, args->keyphrases};
    std::vector<std::string> inputs = args->files.empty() ? std::vector<std::string>{"-"} : args->files;
    bool failed = false;
    for (const auto& file : inputs) {
      try {
        analyze_file(analyzer, file, *args, opts);
      } catch (const InputError& e) {
        // One bad article does not stop the others; the exit status still says it happened.
        std::cerr << "marsad: error: " << e.what() << '\n';
        failed = true;
      }
    }
    std::cout.flush();
    if (failed) throw CLI::RuntimeError(1);
  });
});

}  // namespace
}  // namespace marsad::cli
