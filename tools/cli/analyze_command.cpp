// marsad analyze: entities, times, quotes, keyphrases, summary and timeline of each article.
#include <iostream>
#include <string>

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
  RecognizerArgs recognizer;
};

// Prints the rendered documents. With `--format json` the output is always one JSON value:
// the object of a single document, or an array when there are several (jsonl streams one
// object a line instead). The first document is held until a second one shows which.
class DocumentPrinter {
 public:
  explicit DocumentPrinter(std::string format) : json_(format == "json"), format_(std::move(format)) {}

  void add(const Analysis& a) {
    std::string s = render(a, format_);
    if (!json_) {
      std::cout << s;
      return;
    }
    while (!s.empty() && s.back() == '\n') s.pop_back();
    if (count_ == 0) held_ = std::move(s);
    else std::cout << (count_ == 1 ? "[\n" + held_ : std::string()) << ",\n" << s;
    ++count_;
  }

  void finish() {
    if (json_ && count_ == 1) std::cout << held_ << '\n';
    if (json_ && count_ > 1) std::cout << "\n]\n";
  }

 private:
  bool json_;
  std::string format_, held_;
  std::size_t count_ = 0;
};

// Analyzes every document of one input; a bad JSONL record is a warning and is skipped. A
// failure inside the analysis of one document (a defect of marsad's) is reported with the
// document's place and id, and the others go on; false when that happened.
bool analyze_file(const Analyzer& analyzer, const std::string& file, const AnalyzeArgs& args,
                  const AnalyzeOptions& opts, DocumentPrinter& out) {
  ReadOptions read;
  read.encoding = parse_encoding(args.encoding);
  DocumentReader reader(file, read);
  Document doc;
  bool ok = true;
  while (reader.next(doc)) {
    reader.warn_skipped(std::cerr);
    try {
      out.add(analyzer.analyze(doc, opts));
    } catch (const InputError&) {
      throw;  // the options' fault (a bad --date): the same for every document
    } catch (const std::exception& e) {
      std::cerr << "marsad: error: " << reader.where().str() << ": document '" << doc.id
                << "': internal error: " << e.what() << " (document skipped; please report it)\n";
      ok = false;
    }
  }
  reader.warn_skipped(std::cerr);
  return ok;
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
  args->recognizer.add_to(*cmd);
  cmd->callback([args] {
    std::unique_ptr<ner::Recognizer> own = args->recognizer.load();
    Analyzer analyzer = own ? Analyzer(std::move(own)) : Analyzer(args->recognizer.ner.mode());
    AnalyzeOptions opts{args->date, args->summary, args->keyphrases};
    std::vector<std::string> inputs = args->files.empty() ? std::vector<std::string>{"-"} : args->files;
    bool failed = false;
    DocumentPrinter out(args->format.value);
    for (const auto& file : inputs) {
      try {
        failed = !analyze_file(analyzer, file, *args, opts, out) || failed;
      } catch (const InputError& e) {
        // One bad article does not stop the others; the exit status still says it happened.
        std::cerr << "marsad: error: " << e.what() << '\n';
        failed = true;
      }
    }
    out.finish();
    std::cout.flush();
    if (failed) throw CLI::RuntimeError(1);
  });
});

}  // namespace
}  // namespace marsad::cli
