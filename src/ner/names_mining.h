// Organisation and place names mined from unlabeled news: the words that follow a head noun
// that announces a type (نادي الهلال، صحيفة عكاظ، محافظة ضبا), kept when the corpus says they
// are a name of that type and not a common word. The tagger reads the list as two lexicon
// categories (Category::kMinedOrg, kMinedLoc).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "marsad/ner.h"
#include "ner/model.h"

namespace marsad::ner {

/// One candidate name with the counts the filters read.
struct MinedName {
  std::string type;                 ///< "ORG" or "LOC": the type of most of its heads
  std::string name;                 ///< most frequent spelling of each word, without tashkeel
  std::uint32_t after_head = 0;     ///< occurrences right after a head of either type
  std::uint32_t of_type = 0;        ///< of those, after a head of `type`
  std::uint32_t ends = 0;           ///< of those, where the words after it cannot go on with it
  std::uint64_t total = 0;          ///< occurrences anywhere (first word with proclitics)
  /// One word: how often the corpus writes it the other way (with ال if the name has none,
  /// without if it has), per time as in the name. 0 for longer names.
  double other_form = 0;
  std::string dropped_by;           ///< the filter that dropped it; empty if kept
};

class NameMiner {
 public:
  explicit NameMiner(NameMiningOptions opts);
  /// Adds one article (any spelling; tokenized and split into sentences here).
  void add(std::string_view article);
  /// Every candidate, kept ones (dropped_by empty) and dropped ones, sorted by type and name.
  std::vector<MinedName> mine() const;
  std::size_t documents() const noexcept { return documents_; }

 private:
  struct Key {
    std::uint32_t w[3] = {0, 0, 0};  // word ids, 0 after the name's last word
    friend bool operator==(const Key&, const Key&) = default;
    std::size_t size() const noexcept { return w[2] ? 3 : w[1] ? 2 : 1; }
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const noexcept;
  };
  struct TypeCounts {
    std::uint32_t org = 0, loc = 0, ends = 0;
    std::uint32_t sum() const noexcept { return org + loc; }
  };
  using Counts = std::unordered_map<Key, TypeCounts, KeyHash>;
  using Totals = std::unordered_map<Key, std::uint64_t, KeyHash>;
  struct Occurrence {
    std::uint32_t head;  // stream position of the head
    std::uint8_t run;    // words after it that may belong to the name (0–3)
    bool org;
  };

  std::uint32_t id_of(const std::string& norm);
  std::uint64_t count_of(std::string_view norm) const;
  /// Words after the head at `pos` that may make a name; 0 if what follows cannot start one.
  std::uint8_t name_run(std::size_t pos) const;
  bool common_word(std::uint32_t id) const;
  double article_ratio(std::uint32_t id) const;
  bool definite(std::uint32_t id) const;
  double other_form(std::uint32_t id) const;
  bool conjunct(std::uint32_t id) const;
  bool ends_name(std::uint32_t id) const;
  Key key_at(std::size_t pos, std::size_t length) const;
  Totals totals(const Counts& names) const;
  std::string display(const Key& k) const;

  NameMiningOptions opts_;
  Lexicon lexicon_;  // titles, person triggers and adjectives of origin
  std::unordered_map<std::string, std::uint32_t> heads_;  // normalized head → 1 ORG, 2 LOC
  std::unordered_map<std::string, bool> function_words_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> words_;      // id → normalized word
  std::vector<std::uint64_t> counts_;   // id → occurrences
  std::vector<std::uint8_t> flags_;     // id → Flag bits
  std::vector<std::uint32_t> stream_;   // word ids; kBoundary between sentences, kStop for others
  // Spellings of the words that follow heads: id → spelling → count.
  std::unordered_map<std::uint32_t, std::unordered_map<std::string, std::uint32_t>> spellings_;
  std::size_t documents_ = 0;
};

/// Adds the `type<TAB>name` lines of a mined list (mine_names()'s output) to `lex` as
/// kMinedOrg / kMinedLoc. `source` names the list in errors (FormatError on a bad line).
void add_mined_names(std::string_view tsv, const std::string& source, Lexicon& lex);

}  // namespace marsad::ner
