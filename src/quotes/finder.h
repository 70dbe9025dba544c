// The quote finder's working state, shared by its two halves: quotes.cpp finds cues and
// their content, speakers.cpp finds who speaks. Internal to src/quotes.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "marsad/quotes.h"
#include "quotes/article_view.h"

namespace marsad::quotes {

inline constexpr std::size_t kMaxSpeakerWords = 10;
inline constexpr std::size_t kMaxSubjectWords = 8;
inline constexpr std::size_t kContentWindow = 14;  // tokens between a speaker and its content
// A verb's content may come after a long adjunct (وقال خلال زيارته للمستشفى برفقة … إن).
inline constexpr std::size_t kLongContentWindow = 40;
inline constexpr std::size_t kMaxClauseWords = 40;  // tokens of a relative clause passed over
inline constexpr std::size_t kMaxHeadlineTokens = 30;
inline constexpr std::size_t kMaxQuotedName = 5;  // words of a name in quote marks
inline constexpr std::string_view kThus = "\u0647\u0643\u0630\u0627";  // هكذا, folded
inline constexpr std::uint32_t kNarrativeReach = 2;  // sentences back to a narrative subject
inline constexpr std::size_t kMinClauseWords = 3;  // a content shorter than this is no statement
inline constexpr std::size_t kTitleReach = 6;      // tokens between a name and its role
inline constexpr int kNoHolder = -2;               // no person holds the role (-1: several)

/// الذي، التي، الذين (search forms): a relative pronoun, whose antecedent is a verb's subject.
inline bool relative_pronoun(std::string_view w) {
  return w == "\u0627\u0644\u0630\u064A" || w == "\u0627\u0644\u062A\u064A" || w == "\u0627\u0644\u0630\u064A\u0646";
}

struct Cue {
  std::size_t first = 0, end = 0;  // token range
  CueClass cls = CueClass::kNone;
  bool conj = false;                // written with و/ف: starts a new clause
};

struct Found {
  Quote quote;
  bool implicit = false;   // the speaker is left to the context
  bool anaphor = false;    // … by an honorific pronoun (وقال معاليه)
  bool nested = false;     // the cue sits inside another quote's content
  bool after_quote = false;  // the cue follows its content («…»، يقول فلان)
  bool closing = false;      // an attribution after its content (…، بحسب الوزارة)
  std::uint32_t sentence = 0;
  std::uint32_t paragraph = 0;
  std::size_t cue_token = 0;
};

// Calls fn(other) for the other quotes of f's paragraph (no quote reaches past its paragraph,
// so this keeps long articles linear).
template <class Fn>
void for_paragraph_neighbours(const std::vector<Found>& found, std::size_t i, Fn&& fn) {
  for (std::size_t j = i; j-- > 0 && found[j].paragraph == found[i].paragraph;) fn(found[j]);
  for (std::size_t j = i + 1; j < found.size() && found[j].paragraph == found[i].paragraph; ++j)
    fn(found[j]);
}

class Finder {
 public:
  explicit Finder(const ArticleView& v) : v_(v) {}
  std::vector<Quote> run();

 private:
  void find_cues();
  bool verbal_noun(const Cue& c) const;
  bool coordinating(const Cue& c) const;
  bool said_between(std::size_t i) const;
  bool ends_with_ma(std::size_t i) const;
  std::optional<Found> build(std::size_t k);
  Found found_at(const Cue& c) const;
  std::optional<Found> build_according(const Cue& c);
  std::optional<Found> build_naming(const Cue& c) const;
  std::optional<Found> build_headline() const;
  void add_captioned(std::vector<Found>& found) const;
  std::optional<Found> build_thus(const Cue& c) const;
  bool names_a_source(std::size_t first, std::size_t end, bool bodies = true) const;
  bool names_a_body(std::size_t first, std::size_t end) const;
  bool object_not_subject(std::size_t first, std::size_t end) const;
  std::size_t speaker_after(std::size_t p, std::size_t limit, std::size_t lam_skip,
                            Span* span) const;
  std::size_t past_addressee(std::size_t p, std::size_t limit) const;
  bool told_pronoun(std::size_t p) const;
  bool subject_told(std::size_t first, std::size_t end) const;
  std::size_t subject_before(const Cue& c, Span* span, bool* implicit) const;
  std::size_t name_in_apposition(std::size_t head, std::size_t from, std::size_t limit) const;
  bool first_person(std::size_t b, std::size_t e) const;
  bool general(std::size_t i) const;
  bool time_adjunct(std::size_t i) const;
  bool adjunct_of_antecedent(std::size_t i) const;
  bool fronted_adjunct(std::size_t i, bool topic = false) const;
  bool reply_adjunct(std::size_t i) const;
  bool opening_verb(std::size_t first, std::size_t cue, bool opener) const;
  std::size_t content_after(std::size_t p, std::size_t limit, bool long_reach, bool says, Quote* q) const;
  std::size_t aside_end(std::size_t i, std::size_t limit) const;
  bool after_subordinator(std::size_t i) const;
  std::size_t quote_before(std::size_t i) const;
  bool content_follows(std::size_t p, std::size_t limit) const;
  bool bracketed_words(std::size_t open, std::size_t close) const;
  bool saying_verb(std::size_t cue) const;
  bool own_speech(std::size_t i) const;
  bool by_saying(std::size_t i) const;
  bool bare_saying(const Cue& c) const;
  std::string_view without_and(std::size_t i) const;
  bool carrying(std::size_t cue) const;
  // هكذا before a verb of saying, or هذا ما before the verb with its object (هذا ما قاله
  // فلان): the word that opens it, or kNone.
  std::size_t thus_opener(std::size_t cue) const;
  // صلى الله عليه وسلم from token t; the Prophet's last mention before t (empty if none).
  bool blessing_at(std::size_t t) const;
  Span prophet_before(std::size_t t) const;
  bool learning(std::size_t cue) const;
  bool citing(std::size_t cue) const;
  bool expressed_verb(std::size_t t, std::size_t limit) const;
  bool speaker_before_saying(std::size_t cue, Span* span) const;
  std::size_t reported_end(std::size_t start, std::size_t cue_index) const;
  Span cue_span(const Cue& c) const;
  void set_content(Quote* q, std::size_t first, std::size_t end) const;
  void resolve_speakers(std::vector<Found>& found) const;
  Span implied_subject(const std::vector<Found>& found, std::size_t k) const;
  void link_entity(Quote* q) const;
  int named_by_head(std::size_t token, std::uint32_t before) const;
  int named_by_title(std::size_t first, std::size_t end) const;
  int named_by_title(std::size_t role, std::size_t from, std::size_t to, std::size_t words) const;
  int named_in_body(std::size_t first, std::size_t end) const;
  int introduced_by_name(std::size_t t) const;
  int held_by_one(std::size_t t, std::size_t words, std::uint32_t before) const;
  int titled_as(Span phrase) const;
  bool office_before(std::size_t i) const;
  bool holds_office(std::size_t i) const;
  bool unnamed_source(std::size_t i) const;
  bool role_head(std::size_t i) const;
  Span named_in_full(std::size_t token) const;
  Span first_person_before(std::uint32_t before) const;
  Span honorific_holder(const Found& f) const;
  Span narrative_subject(const Found& f, std::size_t since) const;
  Span body_by_head(std::size_t first, std::size_t limit) const;
  Span lede_subject(const Found& f) const;
  int same_source_before(const std::vector<Found>& found, std::size_t k) const;
  int statement_issuer(const std::vector<Found>& found, std::size_t k) const;
  Span body_named_before(Span speaker, std::uint32_t before, std::string_view last_speaker = {},
                         std::uint32_t last_said = 0) const;
  bool told_body(std::size_t p) const;
  Span source_introduced(const std::vector<Found>& found, std::size_t k) const;
  bool office_or_role(std::size_t i) const;
  std::pair<std::size_t, std::size_t> tokens_in(Span sp) const;
  bool demonstrative_before_noun(std::size_t i) const;
  static bool feminine(std::string_view norm);
  int verb_gender(std::size_t t) const;
  Span other_gender_subject(const Found& f, std::size_t since, std::string_view last) const;
  bool divine(Span span) const;
  bool eulogy_only(Span span) const;
  Span blessed_one(Span eulogy) const;
  Span whole_mention(std::size_t i) const;
  bool official_taken_up(Span span) const;
  /// «أكد نائب رئيس الفيفا السابق» right after علي بن الحسين spoke (his cue at `last_cue`, his
  /// entity `last_entity`): an office in construct with the body it serves, no one named in it,
  /// of his gender, and no other office the article gives him, takes up the person quoted just
  /// before.
  bool role_taken_up(Span span, std::size_t last_cue, std::string_view last_entity) const;
  Span sole_person_before(const Found& f) const;
  Span headline_role_holder(Span speaker) const;
  int named_before_role(std::size_t t, std::uint32_t before) const;
  bool is_person(std::size_t i) const;
  std::size_t turn_to_person(std::size_t i, std::size_t limit) const;
  bool is_person_entity(std::string_view id) const;
  bool inside_marks(std::size_t t) const;

  const ArticleView& v_;
  std::vector<Cue> cues_;
  std::vector<std::pair<std::size_t, Span>> subjects_;  // speech verbs' subjects without a quote
};

}  // namespace marsad::quotes
