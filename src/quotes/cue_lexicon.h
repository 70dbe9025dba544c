// The cue lexicon of data/quote_cues.tsv, looked up by search-normalized word forms.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace marsad::quotes {

enum class CueClass : std::uint8_t {
  kNone,
  kVerb,
  kParticiple,
  kAccording,
  kAccordingLam,
  kSource,
  kComplement,
  kBridge,
  kStop,
  kDescriptor,
  kClause,
  kAnaphor,
  kNaming,
  kReporter,
  kHonorific,
  kOffice,
  kRole,
  kSubordinator,
  kSame,
  kAdverb,
  kPartitive,
  kSaying,
};

bool is_cue(CueClass c) noexcept;  ///< verb, participle, according(_lam), source, naming, saying
/// A word that ends a speaker phrase: stop, subordinator or adverb.
bool is_stop(CueClass c) noexcept;
/// الدكتور، المهندس، الشيخ: a style before a name (a search form).
bool style_word(std::string_view norm);

class CueLexicon {
 public:
  /// The lexicon compiled into the library (parsed once; thread-safe).
  static const CueLexicon& instance();
  /// Parses a TSV table (form<TAB>class, optionally <TAB>continues or <TAB>adjective); throws FormatError
  /// naming the line. `anaphors`: more forms of the anaphor class, one a line
  /// (data/honorific_pronouns.tsv, which entity resolution reads too).
  explicit CueLexicon(std::string_view tsv, std::string_view anaphors = {});

  /// Class of one normalized word, trying it as is and then without a leading و/ف.
  /// `conj` tells whether the conjunction had to be stripped.
  CueClass word_class(std::string_view norm, bool* conj = nullptr) const;

  /// The longest phrase entry starting at words[0]; returns its length in words (0 if none).
  std::size_t match_phrase(const std::vector<std::string_view>& words, CueClass* cls,
                           bool* conj) const;

  /// True for a cue that goes on with the speaker before it (وأضاف، وتابع، مضيفا), tried as
  /// is and without a leading و/ف.
  bool continues(std::string_view norm) const;

  /// True for a participle that is also an adjective (متوقعا "expected", مفيدا "useful", لافتة
  /// "a sign"): a cue only where it opens a clause.
  bool adjective(std::string_view norm) const;
  /// A verb that is a cue only with its words right after it, a colon, a quote mark or a
  /// complementizer (وزاد: …، وزاد أن …; زاد is "increased" elsewhere): third column "content".
  bool content_only(std::string_view norm) const;
  /// A verb that is a cue only when its speaker is a named entity (كتب: also the plural
  /// "books", the writer's own كتبت, a book written): third column "named".
  bool named_only(std::string_view norm) const;
  /// A verb that reports a finding (أظهرت الدراسة أن): a cue only when its speaker is found and
  /// is no person (أظهر اللاعب أنه جاهز shows by deeds), and not inside another quote's words:
  /// third column "finding".
  bool finding(std::string_view norm) const;

 private:
  struct Phrase {
    std::vector<std::string> rest;
    CueClass cls;
  };
  // Looked up by string_view for every word of every article: no temporary strings.
  util::StringMap<CueClass> words_;
  util::StringMap<std::vector<Phrase>> phrases_;  // by first word
  util::StringSet continues_;
  util::StringSet adjectives_;
  util::StringSet content_only_;
  util::StringSet named_only_;
  util::StringSet findings_;
};

/// Search-normalized form of one word (hamza forms → ا, ة → ه, ى → ي, no tashkeel).
std::string fold_word(std::string_view word);

}  // namespace marsad::quotes
