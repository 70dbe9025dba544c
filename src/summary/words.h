// Word keys shared by keyphrases, the summary and the timeline: search-normalized words with
// the clitics that do not change what a word names (و ف before the article, ال ب ل ك) removed.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "marsad/summary.h"
#include "util/hash.h"

namespace marsad::summary {

/// The key two spellings of one word share: والحكومة، للحكومة، الحكومه → حكومه.
std::string word_key(std::string_view surface);

/// word_key of a word that is already search-normalized: a view into `folded`.
std::string_view key_of_folded(std::string_view folded);
/// Token `i`'s search form: the caller's (ctx.norms) when it made them, else folded into `buffer`.
std::string_view search_form(const Context& ctx, std::size_t i, std::string& buffer);

/// The word as a reader writes it alone: والحكومة → الحكومة، للحكومة → الحكومة.
std::string display_word(std::string_view surface);

using util::StringHash;

/// Small ids for the distinct words of one article, in order of first sight, so that the
/// ranking loops index arrays instead of hashing strings.
class WordIds {
 public:
  std::uint32_t id(std::string_view word);
  std::string_view word(std::uint32_t id) const { return words_[id]; }
  std::size_t size() const noexcept { return words_.size(); }

 private:
  std::deque<std::string> words_;  // stable addresses for the views in ids_
  absl::flat_hash_map<std::string_view, std::uint32_t, StringHash> ids_;
};

/// ctx.boilerplate if the caller set it, else boilerplate(ctx) kept in `storage`.
const std::vector<bool>& boilerplate_of(const Context& ctx, std::vector<bool>& storage);

class StopWords {
 public:
  /// The list compiled into the library (data/stopwords_ar.tsv).
  static const StopWords& instance();
  explicit StopWords(std::string_view tsv);
  /// `folded` is search-normalized; a leading و/ف is tried off as well.
  bool contains(std::string_view folded) const;

 private:
  util::StringSet words_;
};

}  // namespace marsad::summary
