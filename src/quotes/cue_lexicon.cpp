#include "quotes/cue_lexicon.h"

#include <sstream>

#include "marsad/error.h"
#include "marsad/text.h"
#include "text/word_set.h"
#include "util/strings.h"

namespace marsad::data {
extern const std::string_view kQuoteCues;
extern const std::string_view kHonorificPronouns;
}

namespace marsad::quotes {
namespace {

CueClass parse_class(std::string_view name, std::size_t line) {
  static const std::pair<std::string_view, CueClass> kNames[] = {
      {"verb", CueClass::kVerb},           {"participle", CueClass::kParticiple},
      {"according", CueClass::kAccording}, {"according_lam", CueClass::kAccordingLam},
      {"source", CueClass::kSource},       {"complement", CueClass::kComplement},
      {"bridge", CueClass::kBridge},       {"stop", CueClass::kStop},
      {"descriptor", CueClass::kDescriptor}, {"clause", CueClass::kClause},
      {"anaphor", CueClass::kAnaphor},     {"naming", CueClass::kNaming},
      {"reporter", CueClass::kReporter},   {"honorific", CueClass::kHonorific},
      {"office", CueClass::kOffice},       {"role", CueClass::kRole},
      {"subordinator", CueClass::kSubordinator}, {"same", CueClass::kSame},
      {"adverb", CueClass::kAdverb},       {"partitive", CueClass::kPartitive},
      {"saying", CueClass::kSaying}};
  for (const auto& [n, c] : kNames)
    if (n == name) return c;
  throw FormatError("unknown cue class '" + std::string(name) + "'",
                    Location{"data/quote_cues.tsv", line});
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(fold_word(w));
  return out;
}

bool strip_conjunction(std::string_view norm, std::string_view& rest) {
  // و and ف are one byte pair each in UTF-8 (U+0648, U+0641).
  if (norm.size() > 4 && (norm.substr(0, 2) == "\u0648" || norm.substr(0, 2) == "\u0641")) {
    rest = norm.substr(2);
    return true;
  }
  return false;
}

// Whether a flagged set holds the word, as written or after its conjunction (وأضاف → أضاف).
bool flagged(const util::StringSet& set, std::string_view norm) {
  std::string_view rest;
  return set.contains(norm) || (strip_conjunction(norm, rest) && set.contains(rest));
}

}  // namespace

bool is_cue(CueClass c) noexcept {
  return c == CueClass::kVerb || c == CueClass::kParticiple || c == CueClass::kAccording ||
         c == CueClass::kAccordingLam || c == CueClass::kSource || c == CueClass::kNaming ||
         c == CueClass::kSaying;
}

bool is_stop(CueClass c) noexcept {
  return c == CueClass::kStop || c == CueClass::kSubordinator || c == CueClass::kAdverb;
}

bool style_word(std::string_view norm) {
  static const text::WordSet styles =
      text::search_forms({"الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة",
                          "الشيخ", "السيد", "السيدة"});
  return styles.contains(norm);
}

std::string fold_word(std::string_view word) {
  std::string out;
  text::normalize_into(word, text::Profile::kSearch, out);
  return out;
}

const CueLexicon& CueLexicon::instance() {
  static const CueLexicon lexicon(data::kQuoteCues, data::kHonorificPronouns);
  return lexicon;
}

CueLexicon::CueLexicon(std::string_view tsv, std::string_view anaphors) {
  util::for_each_table_line(anaphors, [&](std::string_view form) { words_.emplace(fold_word(form), CueClass::kAnaphor); });
  std::size_t line_no = 0;
  while (!tsv.empty()) {
    std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view{} : tsv.substr(nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
      throw FormatError("expected form<TAB>class", Location{"data/quote_cues.tsv", line_no});
    std::string_view rest = line.substr(tab + 1);
    std::size_t tab2 = rest.find('\t');
    bool goes_on = false, adjective = false, content = false, named = false, finding = false;
    if (tab2 != std::string_view::npos) {
      const std::string_view third = rest.substr(tab2 + 1);
      if (third != "continues" && third != "adjective" && third != "content" && third != "named" && third != "finding")
        throw FormatError("third column must be 'continues', 'adjective', 'content', 'named' or 'finding'",
                          Location{"data/quote_cues.tsv", line_no});
      goes_on = third == "continues";
      adjective = third == "adjective";
      content = third == "content";
      named = third == "named";
      finding = third == "finding";
      rest = rest.substr(0, tab2);
    }
    CueClass cls = parse_class(rest, line_no);
    std::vector<std::string> words = split_words(line.substr(0, tab));
    if (words.empty()) throw FormatError("empty form", Location{"data/quote_cues.tsv", line_no});
    if (goes_on) continues_.insert(words[0]);
    if (adjective) adjectives_.insert(words[0]);
    if (content) content_only_.insert(words[0]);
    if (named) named_only_.insert(words[0]);
    if (finding) findings_.insert(words[0]);
    if (words.size() == 1) {
      words_.emplace(words[0], cls);
    } else {
      std::string first = words[0];
      words.erase(words.begin());
      phrases_[first].push_back({std::move(words), cls});
    }
  }
}

CueClass CueLexicon::word_class(std::string_view norm, bool* conj) const {
  if (conj) *conj = false;
  if (auto it = words_.find(norm); it != words_.end()) return it->second;
  std::string_view rest;
  if (strip_conjunction(norm, rest)) {
    if (auto it = words_.find(rest); it != words_.end() && is_cue(it->second)) {
      if (conj) *conj = true;
      return it->second;
    }
    // وإذ، وحين، وعندما: a coordinator stays one after و.
    if (auto it = words_.find(rest); it != words_.end() && it->second == CueClass::kClause) return it->second;
  }
  return CueClass::kNone;
}

bool CueLexicon::continues(std::string_view norm) const { return flagged(continues_, norm); }
bool CueLexicon::content_only(std::string_view norm) const { return flagged(content_only_, norm); }
bool CueLexicon::named_only(std::string_view norm) const { return flagged(named_only_, norm); }
bool CueLexicon::finding(std::string_view norm) const { return flagged(findings_, norm); }
bool CueLexicon::adjective(std::string_view norm) const { return flagged(adjectives_, norm); }

std::size_t CueLexicon::match_phrase(const std::vector<std::string_view>& words, CueClass* cls,
                                     bool* conj) const {
  if (words.empty()) return 0;
  auto try_first = [&](std::string_view first) -> std::size_t {
    auto it = phrases_.find(first);
    if (it == phrases_.end()) return 0;
    std::size_t best = 0;
    for (const Phrase& p : it->second) {
      if (p.rest.size() + 1 > words.size() || p.rest.size() + 1 <= best) continue;
      bool ok = true;
      for (std::size_t k = 0; k < p.rest.size() && ok; ++k) ok = words[k + 1] == p.rest[k];
      if (ok) {
        best = p.rest.size() + 1;
        *cls = p.cls;
      }
    }
    return best;
  };
  *conj = false;
  if (std::size_t n = try_first(words[0])) return n;
  std::string_view rest;
  if (strip_conjunction(words[0], rest)) {
    if (std::size_t n = try_first(rest)) {
      *conj = true;
      return n;
    }
  }
  return 0;
}

}  // namespace marsad::quotes
