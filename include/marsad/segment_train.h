// marsad/segment_train.h: gold clitic segmentations, evaluation, and training the segmenter.
//
//   auto gold = marsad::text::read_gold_segmentation("ar_padt-ud1.3-test.conllu.gz");
//   auto scores = marsad::text::evaluate_segmenter(marsad::text::Segmenter::instance(), gold);
//   std::cout << scores.f1() << '\n';
//
//   marsad::text::SegmenterTraining opts;
//   opts.corpus = "saudinewsnet.jsonl.zst";
//   std::string model = marsad::text::train_segmenter(
//       marsad::text::read_gold_segmentation("ar_padt-ud1.3-dev.conllu.gz"), opts, &std::cerr);
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "marsad/text.h"

namespace marsad::text {

/// One orthographic token of a treebank and the syntactic words it was written as.
struct GoldToken {
  std::string surface;             ///< the token as written, without tashkeel
  std::vector<std::string> words;  ///< its syntactic words in full form, without tashkeel
  std::string document;            ///< source document (for reporting and splits)
  bool sentence_start = false;     ///< first token of a sentence
  /// False if the treebank left a word of this token unanalyzed (PADT's XPOS U---------,
  /// e.g. وفلسطين kept whole): its gold segmentation is then unknown, not "no split".
  bool analyzed = true;
};

/// Reads a CoNLL-U file (.conllu, or .conllu.gz). A multiword-token range line gives one
/// token. Without range lines (the old PADT, whose clitics are split but whose tokens are not
/// recorded) tokens are rebuilt: a one-letter proclitic (و ف ب ل ك س, not tagged X) joins the
/// next word, a non-nominative pronoun clitic (ه ها هم هما هن ك كم كما كن ي ني نا) the
/// previous one; ل + ال is written لل, and before a pronoun ة is written ت, ى is written ي
/// after a preposition and ا otherwise, and the plural وا loses its alif.
/// Throws IoError if the file cannot be read, FormatError for a malformed line.
std::vector<GoldToken> read_gold_segmentation(const std::filesystem::path& path);

/// Words precision/recall/F1 as in CoNLL 2018 ("Words", aligned by token): per token, the
/// multiset of restored pieces against the multiset of gold words.
struct SegmentationScores {
  std::uint64_t tokens = 0;
  std::uint64_t exact_tokens = 0;     ///< tokens whose pieces equal the gold words exactly
  std::uint64_t gold_words = 0;
  std::uint64_t system_words = 0;
  std::uint64_t correct_words = 0;
  std::uint64_t gold_split_tokens = 0;  ///< tokens of more than one gold word
  std::uint64_t over_split = 0;         ///< tokens given more pieces than gold words
  std::uint64_t under_split = 0;        ///< tokens given fewer pieces than gold words

  double precision() const noexcept;
  double recall() const noexcept;
  double f1() const noexcept;
};

/// Segments each gold token's surface with `segmenter` and scores it.
SegmentationScores evaluate_segmenter(const Segmenter& segmenter, std::span<const GoldToken> gold);

struct SegmenterTraining {
  std::filesystem::path corpus;  ///< news documents for word counts (any DocumentReader input)
  std::uint32_t min_count = 3;   ///< corpus words seen fewer times are left out of the model
  int epochs = 12;
  std::uint64_t max_documents = 0;  ///< 0: the whole corpus
};

/// Trains an averaged perceptron over the candidate splits of each gold token, with word
/// counts from `opts.corpus`, and returns the model file (plain text; compress with zstd).
/// Progress goes to `log` if given. Throws IoError/InputError from reading the corpus.
std::string train_segmenter(std::span<const GoldToken> gold, const SegmenterTraining& opts,
                            std::ostream* log);

}  // namespace marsad::text
