// train_segmenter: rebuilds models/segmenter.model.zst (see models/README.md for the command).
//
//   train_segmenter --gold DEV.conllu.gz --corpus NEWS.jsonl.zst --out models/segmenter.model.zst
#include <zstd.h>

#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "marsad/error.h"
#include "marsad/segment_train.h"

int main(int argc, char** argv) {
  CLI::App app{"Train marsad's clitic segmenter from a CoNLL-U treebank and a news corpus"};
  std::vector<std::string> gold_files;
  std::string out;
  marsad::text::SegmenterTraining opts;
  std::string corpus;
  std::string heldout;
  app.add_option("--gold", gold_files, "CoNLL-U training files (.conllu or .conllu.gz)")->required();
  app.add_option("--corpus", corpus, "News documents for word counts (.jsonl.zst …)")->required();
  app.add_option("--out", out, "Model file to write (.zst: compressed)")->required();
  app.add_option("--min-count", opts.min_count, "Drop corpus words seen fewer times")->capture_default_str();
  app.add_option("--epochs", opts.epochs, "Perceptron epochs")->capture_default_str();
  app.add_option("--max-documents", opts.max_documents, "Read at most this many documents (0: all)");
  app.add_option("--eval", heldout, "Held-out CoNLL-U file to score the new model on");
  CLI11_PARSE(app, argc, argv);
  try {
    opts.corpus = corpus;
    std::vector<marsad::text::GoldToken> gold;
    for (const auto& f : gold_files) {
      auto part = marsad::text::read_gold_segmentation(f);
      gold.insert(gold.end(), part.begin(), part.end());
    }
    std::cerr << "gold: " << gold.size() << " tokens from " << gold_files.size() << " file(s)\n";
    std::string model = marsad::text::train_segmenter(gold, opts, &std::cerr);
    if (!heldout.empty()) {
      auto test = marsad::text::read_gold_segmentation(heldout);
      std::erase_if(test, [](const auto& t) { return !t.analyzed; });
      auto s = marsad::text::evaluate_segmenter(marsad::text::Segmenter::from_model(model, "<new>"), test);
      std::cerr << "held-out " << heldout << ": words P " << s.precision() << " R " << s.recall()
                << " F1 " << s.f1() << ", over-split " << s.over_split << ", under-split "
                << s.under_split << '\n';
    }
    if (out.ends_with(".zst")) {
      std::string packed(ZSTD_compressBound(model.size()), '\0');
      std::size_t n = ZSTD_compress(packed.data(), packed.size(), model.data(), model.size(), 19);
      if (ZSTD_isError(n)) throw marsad::FormatError(ZSTD_getErrorName(n));
      packed.resize(n);
      model = std::move(packed);
    }
    std::ofstream file(out, std::ios::binary);
    if (!file.write(model.data(), static_cast<std::streamsize>(model.size())))
      throw marsad::IoError("cannot write", marsad::Location{out});
    std::cerr << "wrote " << out << " (" << model.size() << " bytes)\n";
  } catch (const marsad::Error& e) {
    std::cerr << "train_segmenter: error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
