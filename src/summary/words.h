// Word keys shared by keyphrases, the summary and the timeline: search-normalized words with
// the clitics that do not change what a word names (و ف before the article, ال ب ل ك) removed.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace marsad::summary {

/// The key two spellings of one word share: والحكومة، للحكومة، الحكومه → حكومه.
std::string word_key(std::string_view surface);

/// The word as a reader writes it alone: والحكومة → الحكومة، للحكومة → الحكومة.
std::string display_word(std::string_view surface);

class StopWords {
 public:
  /// The list compiled into the library (data/stopwords_ar.tsv).
  static const StopWords& instance();
  explicit StopWords(std::string_view tsv);
  /// `folded` is search-normalized; a leading و/ف is tried off as well.
  bool contains(std::string_view folded) const;

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace marsad::summary
