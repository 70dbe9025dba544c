// Finding quotes: cues first, then for each cue its speaker and its content, then the
// speakers the text leaves implicit. The grammar it follows is that of Arabic news prose:
//   VS   وقال وزير الخارجية عادل الجبوري في مؤتمر صحفي: «…»
//   SV   المحلل سعد الدليمي قال لـ«المدى» إن …
//   none وأضاف أن …  /  …، مضيفا: «…»          (the speaker is the previous one)
//   attr وبحسب مسؤول عراقي رفيع، فإن …  /  …، بحسب مسؤولين عراقيين.
#include <algorithm>
#include <map>

#include "quotes/finder.h"
#include "summary/words.h"
#include "text/word_set.h"
#include "util/vectors.h"

namespace marsad::quotes {

void Finder::find_cues() {
  const CueLexicon& lexicon = CueLexicon::instance();
  std::vector<std::string_view> words;  // the word and the two after it
  for (std::size_t i = 0; i < v_.size(); ++i) {
    if (v_.at(i).norm.empty()) continue;
    words.clear();
    for (std::size_t k = i; k < v_.size() && k < i + 3 && !v_.at(k).norm.empty(); ++k)
      words.push_back(v_.at(k).norm);
    Cue c{i, i + 1, v_.at(i).cls, v_.at(i).conj};
    CueClass phrase_cls;
    bool phrase_conj;
    if (std::size_t n = lexicon.match_phrase(words, &phrase_cls, &phrase_conj)) {
      c = {i, i + n, phrase_cls, phrase_conj};
    }
    if (!is_cue(c.cls) && said_between(i)) c = {i, i + 1, CueClass::kVerb, v_.at(i).norm.size() > 6};
    // «…»، هذا ما قاله فلان: the verb with its object, after «this is what», is a cue (هكذا قال
    // has its verb in the lexicon).
    const std::size_t thus = thus_opener(i);
    if (!is_cue(c.cls) && thus != kNone && thus + 1 != i) c = {i, i + 1, CueClass::kVerb, false};
    // نقلت الوكالة عن فلان أن …: a verb of carrying is a cue only with عن after its channel (not
    // in the lexicon: ونقلوا إلى المستشفى "they were taken" ends no quote).
    // (نقل after تم is the noun, «transport»; عن طريق is «by way of»; after a relative, مجلة
    // «لكسبريس»، التي نقلت الخبر عن …، the main verb's subject speaks)
    static const text::WordSet not_reporting_after =
        text::search_forms({"تم", "وتم", "يتم", "ويتم", "سيتم", "التي", "الذي", "الذين"});
    if (!is_cue(c.cls) && carrying(i) && !(i > 0 && not_reporting_after.contains(v_.at(i - 1).norm))) {
      const std::size_t last = v_.sentence_of(i).last_token;
      for (std::size_t k = i + 2; k + 1 < last && k < i + kMaxSpeakerWords + 2 && v_.is_word(k); ++k)
        if (v_.at(k).norm == "\u0639\u0646" && v_.at(k + 1).norm != "\u0637\u0631\u064A\u0642") {
          c = {i, i + 1, CueClass::kVerb, v_.at(i).norm.size() > 6};
          break;
        }
    }
    // وعلمت «عكاظ» من مصادرها أن …، علم من مصدر مطلع أن: learning is a cue only with من after
    // its channel (build: and the complementizer after the source); علم is mostly a noun (a
    // flag, a science: علم من أعلام الأدب).
    if (!is_cue(c.cls) && learning(i)) {
      const std::size_t last = v_.sentence_of(i).last_token;
      std::size_t from = kNone;
      for (std::size_t k = i + 1; k + 1 < last && k < i + kMaxSpeakerWords + 2 && from == kNone; ++k)
        if (v_.at(k).norm == "\u0645\u0646") from = k;
      for (std::size_t k = from + 2; from != kNone && k < last && k < from + kMaxSpeakerWords + 4; ++k)
        if (v_.at(k).cls == CueClass::kComplement) {
          c = {i, i + 1, CueClass::kVerb, without_and(i).size() < v_.at(i).norm.size()};
          break;
        }
    }
    // وأورد التقرير أن …: citing is a cue only with إن or أن after its subject, not with a list or
    // a title (فأورد نماذج من أعمالهم: …، أورد لبعض المؤلفين), nor after a relative (صحيفة واشنطن
    // تايمز، التي أوردت الخبر …، إن: the main verb's subject speaks).
    if (!is_cue(c.cls) && citing(i) && !(i > 0 && not_reporting_after.contains(v_.at(i - 1).norm))) {
      const std::size_t last = v_.sentence_of(i).last_token;
      for (std::size_t k = i + 1; k < last && k < i + kMaxSpeakerWords + 3 && !v_.is(k, ":"); ++k)
        if (v_.at(k).cls == CueClass::kComplement) {
          c = {i, i + 1, CueClass::kVerb, without_and(i).size() < v_.at(i).norm.size()};
          break;
        }
    }
    // ومضى الرويلي بالقول، واختتم تصريحاته بالقول: "by saying" after a verb that is no cue is
    // the cue, its speaker the verb's subject; after a verb of saying (تساءل آخرون بالقول،
    // وأوضح بالقول) it is that verb's adverb.
    if (c.cls == CueClass::kAdverb && by_saying(i)) {
      bool saying = false;
      for (std::size_t k = i; k-- > 0 && k + 5 > i && v_.is_word(k);) saying = saying || is_cue(v_.at(k).cls);
      // (its words follow it: a colon, a quote mark, a comma or إن; not بالقول والعمل)
      const bool words_follow = i + 1 < v_.size() && (v_.is(i + 1, ":") || v_.opens_quote(i + 1) || v_.is_comma(i + 1) ||
                                                      v_.at(i + 1).cls == CueClass::kComplement);
      if (!saying && words_follow) c.cls = CueClass::kParticiple;
    }
    if (!is_cue(c.cls)) continue;
    // وهذا ما يؤكد أن …، وفي كل ذلك ما يشير إلى أن …: «this is what shows», in the present, is the
    // writer's reasoning, no one's words (وهذا ما أكد عليه الوزير بقوله: … reports his).
    static const text::WordSet demonstratives = text::search_forms({"هذا", "وهذا", "ذلك", "وذلك", "هذه", "وهذه"});
    if (c.cls == CueClass::kVerb && thus == kNone && i > 1 && v_.at(i - 1).norm == "\u0645\u0627" &&
        v_.at(i).norm.starts_with("\u064A") && demonstratives.contains(v_.at(i - 2).norm))
      continue;
    // A participle that is also an adjective opens a clause of saying after a comma or و, or with
    // its content right after it (متوقعا أن); elsewhere it is the adjective (لم يكن متوقعا،
    // تهديدات متوقعة، أصدر أمرا مشددا).
    if (c.cls == CueClass::kParticiple && lexicon.adjective(v_.at(i).norm) && !c.conj && i > 0 && !v_.is_comma(i - 1) &&
        i != v_.sentence_of(i).first_token && !(c.end < v_.size() && (v_.at(c.end).cls == CueClass::kComplement ||
                                                                    v_.at(c.end).cls == CueClass::kBridge ||
                                                                    v_.is(c.end, ":") || v_.opens_quote(c.end))))
      continue;
    // وزاد: «…»، وزاد أن …، مشيدا بأن …: a verb or participle that is a cue only with its words
    // right after it (أشاد بجهود is praise, no report).
    if ((c.cls == CueClass::kVerb || c.cls == CueClass::kParticiple) && lexicon.content_only(v_.at(i).norm) &&
        !(c.end < v_.size() && (v_.at(c.end).cls == CueClass::kComplement || v_.is(c.end, ":") || v_.opens_quote(c.end))))
      continue;
    cues_.push_back(c);
    i = c.end - 1;
    // بحسب ما ذكر موقع …، حسبما أعلنت الوزارة: the verb is the attribution's, not a cue.
    if (c.cls == CueClass::kAccording || c.cls == CueClass::kAccordingLam) {
      std::size_t v = c.end < v_.size() && v_.at(c.end).norm == "\u0645\u0627" ? c.end + 1 : c.end;
      if (v < v_.size() && v_.at(v).cls == CueClass::kVerb && (v > c.end || ends_with_ma(c.first))) i = v;
    }
  }
}

// بيّن is written like بين "between": it is the verb only at a clause start (وبين، كما بين،
// …، بين), with a complementizer or a speaker after it (وبين أن، وبين معاليه، بين مدير …).
bool Finder::said_between(std::size_t i) const {
  const WordInfo& w = v_.at(i);
  bool waw = w.norm == "\u0648\u0628\u064A\u0646";
  if ((!waw && w.norm != "\u0628\u064A\u0646") || i + 1 >= v_.size()) return false;
  // (written with its shadda, بيّن is the verb anywhere: كلمة بيّن فيها أنه …)
  const bool shadda = v_.surface(i).find("\u0651") != std::string_view::npos;
  if (!waw && !shadda) {
    bool clause_start = i == v_.sentence_of(i).first_token || v_.is_comma(i - 1) ||
                        (v_.at(i - 1).cls == CueClass::kClause &&
                         v_.at(i - 1).norm != "\u0641\u064A\u0645\u0627");  // فيما بين: among
    // (after a relative pronoun, with its complementizer: «فلان، الذي بين أن المهرجان …»)
    if (!clause_start && i > 0 && relative_pronoun(v_.at(i - 1).norm) && v_.at(i + 1).cls == CueClass::kComplement)
      return true;
    if (!clause_start) return false;
  }
  if (shadda && i + 2 < v_.size() && adjunct_of_antecedent(i + 1) && v_.at(i + 2).cls == CueClass::kComplement)
    return true;
  const WordInfo& next = v_.at(i + 1);
  bool person = next.entity >= 0 && v_.entities()[next.entity].type == EntityType::kPerson;
  if (next.cls == CueClass::kComplement || next.cls == CueClass::kAnaphor || person || names_a_source(i + 1, i + 2, false))
    return true;
  // وبين الدكتور طارق أن …، وبين القسم الإعلامي بالمستشفى، في بيان له، أن …: «between» at a
  // clause's start has no complementizer after the words it joins; the verb has, within ten
  // words of its subject (and adjuncts between commas), with no other cue or mark between.
  // (at the sentence's start, as وبين or بيّن: not «… منها وبين ما يمكن أن», «بين الفرضيات التي
  // تدرس أن»)
  if (!(waw || shadda) || i != v_.sentence_of(i).first_token || next.norm == "\u0645\u0627") return false;  // ما
  // (nor before the two or more it lies between: وبين البلدين علاقات قديمة، بين الطرفين)
  if (next.norm.starts_with("\u0627\u0644") && v_.surface(i + 1).ends_with("\u064A\u0646")) return false;
  const std::size_t end = std::min<std::size_t>(v_.sentence_of(i).last_token, i + 12);
  for (std::size_t k = i + 2; k < end; ++k) {
    if (v_.at(k).cls == CueClass::kComplement) return true;
    if (!(v_.is_word(k) || v_.is_comma(k)) || is_cue(v_.at(k).cls)) return false;
  }
  return false;
}

bool Finder::ends_with_ma(std::size_t i) const {  // حسبما
  std::string_view w = v_.at(i).norm;
  return w.size() > 6 && w.substr(w.size() - 4) == "\u0645\u0627";
}

// الوصول إلى الجناة وكشف هوياتهم: a verb cue with و in the middle of a clause and an object
// after it is a verbal noun joined to the one before (uncovering), no verb of speech. Not a
// verb of saying (فقال سبحانه، وقال لمحققيه), nor before a plural with the article (وأفاد
// الجزارين بأنهم: the subject, in the case news often gives it).
bool Finder::verbal_noun(const Cue& c) const {
  return c.cls == CueClass::kVerb && c.conj && c.first > 0 && c.end < v_.size() && v_.is_word(c.first - 1) &&
         v_.is_word(c.end) && v_.at(c.end).cls == CueClass::kNone && v_.at(c.end).entity < 0 &&
         v_.at(c.first - 1).sentence == v_.at(c.first).sentence && !saying_verb(c.first) &&
         !v_.at(c.end).norm.starts_with("\u0627\u0644") && object_not_subject(c.end, c.end + 1);
}

// A cue that opens a clause of its own (وأضاف، مضيفا، …، بحسب) ends the content before it;
// one without a conjunction inside reported content is a report within the report.
bool Finder::coordinating(const Cue& c) const {
  if (c.conj && verbal_noun(c)) return false;
  // ويشدد من قوة …، ويعتبر من العناصر: a verb that takes من is no speech, unless it warns (حذر من).
  if (c.cls == CueClass::kVerb && c.end < v_.size() && v_.at(c.end).norm == "\u0645\u0646" &&
      v_.at(c.first).norm.find("\u062D\u0630\u0631") == std::string::npos)
    return false;
  if (c.conj || c.cls == CueClass::kParticiple) return true;
  if (c.first > 0 && v_.at(c.first - 1).cls == CueClass::kClause) return true;  // لكنه حذر
  if (c.cls == CueClass::kAccording || c.cls == CueClass::kAccordingLam)
    return c.first > 0 && v_.is_comma(c.first - 1);
  return false;
}

void Finder::set_content(Quote* q, std::size_t first, std::size_t end) const {
  while (end > first && v_.tokens()[end - 1].kind == text::TokenKind::kPunct &&
         !v_.is(end - 1, "\u00BB") && !v_.is(end - 1, "\u201D") && !v_.is(end - 1, "\"") &&
         !v_.is(end - 1, ")"))
    --end;
  q->span = end > first ? v_.span(first, end) : Span{};
}

// Where reported content starting at `start` ends: the sentence end (or the close of a quote
// that runs past it), cut before the next cue that opens its own clause.
std::size_t Finder::reported_end(std::size_t start, std::size_t cue_index) const {
  const text::Sentence& s = v_.sentence_of(start);
  std::size_t end = s.last_token;
  for (std::size_t i = start; i < end; ++i) {
    if (!v_.opens_quote(i)) continue;
    const QuotePair& q = v_.pairs()[v_.at(i).pair];
    std::size_t after = q.close == kNone ? q.end_token : q.close + 1;
    end = std::max(end, after);
    i = after - 1;
  }
  // …، فيما أثنى الدكتور القرني على …: a clause that turns to another person ends the report.
  for (std::size_t i = start + 1; i + 2 < end; ++i)
    if (v_.is_comma(i - 1) && turn_to_person(i, end) != kNone) {
      end = i - 1;
      break;
    }
  for (std::size_t k = cue_index + 1; k < cues_.size() && cues_[k].first < end; ++k) {
    if (cues_[k].first <= start || !coordinating(cues_[k])) continue;
    end = cues_[k].first;
    while (end > start && (v_.is_comma(end - 1) || v_.is(end - 1, "-") ||
                           v_.at(end - 1).cls == CueClass::kClause))
      --end;
    break;
  }
  return end;
}

// نقلت الوكالة عن الوزير قوله: the phrase after the nearest عن before قوله, in its sentence.
bool Finder::speaker_before_saying(std::size_t cue, Span* span) const {
  const text::Sentence& s = v_.sentence_of(cue);
  // نقلت الصحيفة عن الشاب، الذي يرقد في المستشفى …، قوله: a relative clause between commas
  // after the one quoted is passed over.
  static const text::WordSet relatives = text::search_forms({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"});
  if (cue > s.first_token + 1 && v_.is_comma(cue - 1))
    for (std::size_t r = cue - 1; r-- > s.first_token && cue - r <= kMaxClauseWords;)
      if (v_.is_comma(r) && relatives.contains(v_.at(r + 1).norm)) {
        cue = r;
        break;
      }
  for (std::size_t t = cue; t-- > s.first_token && cue - t <= kMaxSpeakerWords + 2;) {
    if (v_.at(t).norm != "\u0639\u0646") continue;  // عن
    Span phrase;
    std::size_t end = speaker_after(t + 1, cue, 0, &phrase);
    if (end == t + 1) return false;
    *span = phrase;
    return true;
  }
  return false;
}

// Whether the content starts later in the clause that goes on at p (لمجموعة "…" في مؤتمر
// صحفي "…"): a complementizer, colon or quote mark before any punctuation or other cue
// (قال "…"، متسائلا "…" has two quotes).
bool Finder::content_follows(std::size_t p, std::size_t limit) const {
  for (std::size_t k = p; k < limit && k < p + kContentWindow; ++k) {
    const WordInfo& w = v_.at(k);
    if ((w.cls == CueClass::kComplement && !after_subordinator(k)) || v_.is(k, ":") || v_.opens_quote(k))
      return true;
    if (!v_.is_word(k) || is_cue(w.cls)) return false;
  }
  return false;
}

bool Finder::after_subordinator(std::size_t i) const {
  if (i > 0 && v_.at(i - 1).cls == CueClass::kSubordinator) return true;
  // دون أن، بدون أن ("without"): not a subordinator elsewhere, where دون is also a name (دون ريجل).
  static const text::WordSet without = text::search_forms({"دون", "بدون"});
  if (i > 0 && without.contains(v_.at(i - 1).norm)) return true;
  return i > 1 && v_.at(i - 1).cls == CueClass::kBridge && v_.at(i - 2).cls == CueClass::kSubordinator;
}

// The closing dash or bracket of an aside opened at i (قيس الخزعلي، مؤسس … - وهي … - الأسبوع
// الماضي: «…»), in the same sentence, or kNone. A dash (also the tatweel written as one) right
// after a cue may be closed by the colon before the words said instead: وقال ـ رافضا ذكر اسمه :
// إنه … (then the aside ends before the colon).
std::size_t Finder::aside_end(std::size_t i, std::size_t limit) const {
  const bool dash = v_.is(i, "-") || v_.is(i, "\u2013") || v_.is(i, "\u0640");
  std::string_view close = dash ? v_.surface(i) : v_.is(i, "(") ? ")" : "";
  if (close.empty()) return kNone;
  for (std::size_t k = i + 1; k < limit && v_.at(k).sentence == v_.at(i).sentence; ++k) {
    if (v_.is(k, close)) return k;
    if (dash && v_.is(k, ":") && k > i + 1 && i > 0 && is_cue(v_.at(i - 1).cls)) return k - 1;
  }
  return kNone;
}

// The word at i without the و or ف it may start with (a verb's conjunction).
std::string_view Finder::without_and(std::size_t i) const {
  std::string_view w = v_.at(i).norm;
  if (w.starts_with("\u0648") || w.starts_with("\u0641")) w.remove_prefix(2);
  return w;
}

// نقل، نقلت، نقلوا (behind و or ف): a channel carried someone's words (build).
bool Finder::carrying(std::size_t cue) const {
  const std::string_view w = without_and(cue);
  return w == "\u0646\u0642\u0644" || w == "\u0646\u0642\u0644\u062A" || w == "\u0646\u0642\u0644\u0648\u0627";
}

// علم، علمت (behind و or ف): a channel learnt something from someone (build).
bool Finder::learning(std::size_t cue) const {
  const std::string_view w = without_and(cue);
  return w == "\u0639\u0644\u0645" || w == "\u0639\u0644\u0645\u062A";
}

// أورد، أوردت، أوردوا (behind و or ف): cited (find_cues).
bool Finder::citing(std::size_t cue) const {
  const std::string_view w = without_and(cue);
  return w.starts_with("\u0627\u0648\u0631\u062F") && w.size() <= 12;  // اورد، اوردت، اوردوا (normalized)
}

// بالقول "by saying" (a cue or a verb's adverb: find_cues, build).
bool Finder::by_saying(std::size_t i) const {
  static const text::WordSet forms = text::search_forms({"بالقول", "بقوله", "بقولها", "بقولهم"});
  return forms.contains(v_.at(i).norm);
}

// قائلا لا نلعب على النتائج، قائلة يبدأ يومها ليلة العيد: "saying" with the words said right
// after it, no complementizer or colon between (on 20,000 records, each such one speech). Not
// an adjunct or whom he told first (قائلا في بيان …، قائلا له …، قائلا وهو ينصرف: …), which
// content_after reads.
bool Finder::bare_saying(const Cue& c) const {
  static const text::WordSet saying = text::search_forms({"قائلا", "قائلة", "قائلين", "قائلتين", "قائلات"});
  static const text::WordSet openers = text::search_forms(
      {"لا", "لن", "لم", "لقد", "لكن", "لكنه", "لكنها", "لكننا", "لكني", "لو", "لولا", "بل"});
  static const text::WordSet adjuncts = text::search_forms(
      {"في", "على", "عن", "عبر", "خلال", "من", "إلى", "مع", "أمام", "بعد", "قبل", "وهو", "وهي", "وهم", "أثناء",
       "عند", "حين", "بينما", "يوم", "أمس", "اليوم"});
  if (c.cls != CueClass::kParticiple || !saying.contains(without_and(c.first)) || c.end + 1 >= v_.size() ||
      !v_.is_word(c.end) || v_.at(c.end).sentence != v_.at(c.first).sentence)
    return false;
  if (c.first > 0 && adjuncts.contains(v_.at(c.first - 1).norm)) return false;  // في قائلة الصيف: the noon heat
  const std::string_view w = v_.at(c.end).norm;
  if (is_cue(v_.at(c.end).cls) || is_stop(v_.at(c.end).cls) || adjuncts.contains(w)) return false;
  return openers.contains(w) || !(w.starts_with("\u0644") || w.starts_with("\u0628"));  // له، للصحفيين، باستفهام
}

// حديثه، كلمتها، تصريحاته، كلامه: a word for one's speech with a possessive pronoun.
bool Finder::own_speech(std::size_t i) const {
  static const text::WordSet stems = text::search_forms(
      {"حديث", "كلام", "كلمت", "تصريح", "تصريحات", "خطاب", "كلمات", "مداخلت", "رد", "ردود", "لقاء", "اعمال"});
  const std::string_view w = v_.at(i).norm;
  if (v_.at(i).entity >= 0) return false;
  for (std::string_view pronoun : {"\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627"})
    if (w.size() > pronoun.size() + 4 && w.ends_with(pronoun) && stems.contains(w.substr(0, w.size() - pronoun.size())))
      return true;
  return false;
}

// قال، أضاف، تابع …: a verb that gives the words said, not a view or a report (اعتبر، أفاد).
bool Finder::saying_verb(std::size_t cue) const {
  static const text::WordSet verbs = text::search_forms(
      {"قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون", "أضاف", "أضافت", "أضافوا", "تابع",
       "تابعت", "استطرد", "استطردت", "أردف", "أردفت", "ختم", "ختمت"});
  std::string_view w = v_.at(cue).norm;
  if (w.size() > 4 && (w.starts_with("\u0648") || w.starts_with("\u0641"))) w.remove_prefix(2);
  return verbs.contains(w);
}

// وقال المدير (نحن مستعدون …)، فقال سبحانه (إن الله يأمر …): after a verb of saying and its
// speaker, brackets hold the words said when they hold a statement (four words or more, not
// opening with a preposition or a pronoun) and neither a complementizer nor a colon follows
// (an aside does: وقال المدير (55 عاما) إن …).
bool Finder::bracketed_words(std::size_t open, std::size_t close) const {
  if (!v_.is(open, "(") || open + 1 >= close || !v_.is_word(open + 1) || is_stop(v_.at(open + 1).cls) ||
      is_cue(v_.at(open + 1).cls))
    return false;
  static const text::WordSet openers = text::search_forms(
      {"من", "في", "على", "إلى", "عن", "مع", "وهو", "وهي", "هو", "هي", "أي", "أو"});
  if (openers.contains(v_.at(open + 1).norm)) return false;
  std::size_t words = 0;
  for (std::size_t k = open + 1; k < close; ++k) words += v_.is_word(k);
  if (words < 4) return false;
  for (std::size_t k = close + 1; k < close + 4 && k < v_.size(); ++k)
    if (v_.at(k).cls == CueClass::kComplement || v_.is(k, ":")) return false;
  return true;
}

// Finds the content after a cue's speaker: a complementizer opens reported content, a colon
// or a quote mark a direct quote. Returns the token where the content starts, or kNone.
std::size_t Finder::content_after(std::size_t p, std::size_t limit, bool long_reach, bool says,
                                  Quote* q) const {
  std::size_t sentence = p < v_.size() ? v_.at(p).sentence : 0;
  std::size_t window = long_reach ? kLongContentWindow : kContentWindow;
  for (std::size_t i = p, steps = 0; i < limit && steps < window; ++i, ++steps) {
    if (v_.at(i).sentence != sentence) return kNone;
    const WordInfo& w = v_.at(i);
    if (std::size_t close = aside_end(i, limit); close != kNone) {  // - a description -
      if (steps == 0 && says && bracketed_words(i, close)) {
        q->kind = QuoteKind::kDirect;
        return i;
      }
      i = close;
      continue;
    }
    if (w.cls == CueClass::kComplement) {
      // بعد أن، رغم أنه، بالرغم من أن: the adjunct's clause; the verb's content may follow it.
      if (after_subordinator(i)) continue;
      // Far from its verb, أن after a preposition (على أن) belongs to the adjunct.
      if (steps >= kContentWindow && i > 0 &&
          (is_stop(v_.at(i - 1).cls) || v_.at(i - 1).cls == CueClass::kBridge))
        return kNone;
      q->kind = QuoteKind::kIndirect;
      return i + 1;
    }
    if (w.cls == CueClass::kAccording || w.cls == CueClass::kAccordingLam) {
      // A channel between the verb and its content (وشددت، وفقا لما نقلته الوكالة، على أن؛
      // وتابعت وفقا لما ذكره راديو فرنسا إن …).
      std::size_t k = i + 1;
      while (k < limit && k < i + kContentWindow && v_.at(k).sentence == sentence && !v_.is_comma(k) &&
             v_.at(k).cls != CueClass::kComplement)
        ++k;
      if (k < limit && v_.is_comma(k)) {
        i = k;
        continue;
      }
      if (k < limit && k >= i + 2 && v_.at(k).cls == CueClass::kComplement) {
        i = k - 1;
        continue;
      }
      return kNone;
    }
    if (is_cue(w.cls)) return kNone;
    if (v_.is(i, ":")) {
      // «…": أنه تم …»: a complementizer after the colon makes the report indirect.
      if (i + 1 < limit && v_.at(i + 1).cls == CueClass::kComplement) {
        q->kind = QuoteKind::kIndirect;
        return i + 2;
      }
      q->kind = QuoteKind::kDirect;
      return i + 1;
    }
    if (v_.opens_quote(i)) {
      const QuotePair& pair = v_.pairs()[w.pair];
      // كتب مقالا بعنوان «…»، صدر كتابه «…»: a title the writer quotes, not what was said; the
      // content may follow it.
      static const text::WordSet titles = text::search_forms(
          {"بعنوان", "عنوان", "عنوانه", "عنوانها", "المعنون", "المعنونة", "كتاب", "كتابه", "كتابها", "رواية",
           "روايته", "روايتها", "قصيدة", "قصيدته", "قصيدتها", "مقال", "مقاله", "مقالها", "مقالة", "مقالته"});
      if (i > 0 && titles.contains(v_.at(i - 1).norm)) {
        if (pair.close == kNone) return kNone;
        i = pair.close;
        continue;
      }
      // A short quoted name in an adjunct or apposition (لـ«المدى»، مؤسس مجموعة "…" في مؤتمر
      // صحفي "…") is skipped when the content follows it.
      bool name = pair.close != kNone && pair.close - i <= kMaxQuotedName + 1;
      bool skip = name && (content_follows(pair.close + 1, limit) ||
                           (i > 0 && v_.at(i - 1).norm == "\u0644"));  // لـ«…»: whom he told
      for (std::size_t k = pair.close + 1; name && !skip && pair.close - i <= 4 && k < pair.close + 4 && k < limit; ++k)
        skip = v_.at(k).cls == CueClass::kComplement || v_.is(k, ":");  // لـ«المدى»، إن
      if (skip) {
        i = pair.close;
        continue;
      }
      // حذر من «المخاطر الملموسة …»: quoted words right after the cue's preposition are its
      // object, a noun phrase the writer quotes, not a statement; but «أنه …» is one, and so
      // are words in the speaker's own voice (مشيرًا إلى «إيمان الحكومة بقدرات قواتنا …»).
      if (i > 0 && i - 1 >= p && v_.at(i - 1).cls == CueClass::kBridge && i + 1 < limit &&
          v_.at(i + 1).cls != CueClass::kComplement && !first_person(i + 1, pair.end_token))
        return kNone;
      // One or two quoted words with no colon before them are a name (شركة "سوني"، أعلنت
      // الشرطة إغلاق «شارع النور»، مواقع في «اللواء 19»), not what was said.
      if (pair.close != kNone && (pair.close == i + 2 || pair.close == i + 3)) {
        i = pair.close;
        continue;
      }
      q->kind = QuoteKind::kDirect;
      return i;
    }
    if (v_.tokens()[i].kind == text::TokenKind::kPunct && !v_.is_comma(i) && !v_.is(i, "-") &&
        !v_.is(i, "/") &&  // الدكتور / بدر السمحان
        !((v_.is(i, "\u061B") || v_.is(i, ";")) && i + 1 < limit &&  // بدوي؛ لـ"سبق"، أن
          is_stop(v_.at(i + 1).cls)) &&
        !v_.is(i, "\u00BB") && !v_.is(i, "(") &&
        !(i > p && v_.abbreviation_stop(i)))  // في سورية د. بدر
      return kNone;
  }
  return kNone;
}

// Whether a word of [b, e) speaks in the first person: نحن، أنا، or a word of four letters or
// more outside any name ending in نا (قواتنا، لدينا، إننا).
bool Finder::first_person(std::size_t b, std::size_t e) const {
  for (std::size_t k = b; k < e && k < v_.size(); ++k) {
    const std::string_view w = v_.at(k).norm;
    if (w == "\u0646\u062D\u0646" || w == "\u0627\u0646\u0627") return true;
    if (v_.at(k).entity < 0 && w.ends_with("\u0646\u0627") && text::count_codepoints(w) >= 4) return true;
  }
  return false;
}

// The quote-mark pair that closes right before token i (past a comma or full stop, or هكذا),
// when it opens in the same paragraph and holds a statement, not a name; kNone otherwise.
std::size_t Finder::thus_opener(std::size_t cue) const {
  if (cue > 0 && v_.at(cue - 1).norm == kThus) return cue - 1;
  // (هذا ما يؤكد أن … is a reasoning, not a report of words)
  static const text::WordSet this_is = text::search_forms({"هذا", "وهذا"});
  static const text::WordSet said_it = text::search_forms(
      {"قاله", "قالته", "قالوه", "أكده", "أكدته", "ذكره", "ذكرته", "أوضحه", "أوضحته", "يقوله", "تقوله"});
  if (cue > 1 && v_.at(cue - 1).norm == "\u0645\u0627" && this_is.contains(v_.at(cue - 2).norm) &&
      said_it.contains(v_.at(cue).norm))
    return cue - 2;
  return kNone;
}

bool Finder::blessing_at(std::size_t t) const {
  static const std::string words[] = {text::normalize_search("صلى"), text::normalize_search("الله"),
                                      text::normalize_search("عليه"), text::normalize_search("وسلم")};
  for (std::size_t k = 0; k < 4; ++k)
    if (t + k >= v_.size() || v_.at(t + k).norm != words[k]) return false;
  return true;
}

// The last «النبي», «الرسول» or «رسول الله» before token t, as written; empty if none.
Span Finder::prophet_before(std::size_t t) const {
  static const std::string prophet = text::normalize_search("النبي"), messenger = text::normalize_search("الرسول"),
                           rasul = text::normalize_search("رسول"), god = text::normalize_search("الله");
  for (std::size_t k = t; k-- > 0;) {
    const std::string& w = v_.at(k).norm;
    if (w == prophet || w == messenger) return v_.span(k, k + 1);
    if (w == rasul && k + 1 < t && v_.at(k + 1).norm == god) return v_.span(k, k + 2);
  }
  return {};
}

std::size_t Finder::quote_before(std::size_t i) const {
  const std::size_t opener = thus_opener(i);
  const bool thus = opener != kNone;
  std::size_t j = thus ? opener : i;
  for (int steps = 0; steps < 2 && j > 0; ++steps) {
    if (v_.is_comma(j - 1) || v_.is(j - 1, ".")) --j;
  }
  if (j == 0 || v_.at(j - 1).pair == kNone) return kNone;
  std::size_t pair = v_.at(j - 1).pair;
  const QuotePair& q = v_.pairs()[pair];
  if (q.close != j - 1 || v_.at(q.open).paragraph != v_.at(i).paragraph) return kNone;
  std::size_t words = 0;
  for (std::size_t k = q.open + 1; k < q.close; ++k) words += v_.is_word(k);
  // (after «…»، هكذا قال / هذا ما قاله the words are said, however few: «كان السباق جيدا»)
  return words > (thus ? 1 : kMaxQuotedName) ? pair : kNone;
}

// The cue's span without its و or ف. The letter is skipped as it is written in the original
// (a presentation form such as U+FEED is three bytes) together with its vowel marks.
Span Finder::cue_span(const Cue& c) const {
  Span s = v_.span(c.first, c.end);
  if (!c.conj) return s;
  int len = 0;
  text::decode_utf8(v_.text(), s.begin, len);
  s.begin += static_cast<std::size_t>(len);
  while (s.begin < s.end && text::is_arabic_diacritic(text::decode_utf8(v_.text(), s.begin, len)))
    s.begin += static_cast<std::size_t>(len);
  return s;
}

Found Finder::found_at(const Cue& c) const {
  Found f;
  f.sentence = v_.at(c.first).sentence;
  f.paragraph = v_.at(c.first).paragraph;
  f.cue_token = c.first;
  f.quote.cue = cue_span(c);
  return f;
}

std::optional<Found> Finder::build(std::size_t k) {
  const Cue& c = cues_[k];
  if (c.cls == CueClass::kAccording || c.cls == CueClass::kAccordingLam) return build_according(c);
  if (c.cls == CueClass::kNaming) return build_naming(c);
  if (c.cls == CueClass::kVerb && thus_opener(c.first) != kNone) return build_thus(c);
  // رافضا ذكر اسمه، طلب عدم كشف هويته: naming oneself is no statement (the verb is a noun here).
  static const text::WordSet identity = text::search_forms({"اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم"});
  if (c.cls == CueClass::kVerb && c.end < v_.size() && identity.contains(v_.at(c.end).norm)) return std::nullopt;
  Found f = found_at(c);
  Quote& q = f.quote;
  std::size_t limit = v_.paragraph_end(c.first);
  std::size_t after = c.end;
  if (c.cls == CueClass::kSaying) {
    f.implicit = !speaker_before_saying(c.first, &q.speaker_span);
  } else if (c.end < limit && v_.at(c.end).cls == CueClass::kAnaphor) {  // وقال معاليه: the one named before
    after = c.end + 1;
    f.implicit = true;
    f.anaphor = true;
  } else if (c.cls == CueClass::kVerb && carrying(c.first)) {
    // ونقلت وكالة أنباء الصين أمس عن لي تشونغ المتحدث باسم الوزارة أن …: the channel carried
    // the words of the one named after عن, who speaks. Without عن the verb moves things (نقلت
    // الطائرة الركاب); with قوله after the source, that cue has the quote.
    std::size_t k = speaker_after(c.end, limit, 0, &q.speaker_span);
    while (k < limit && v_.is_word(k) && v_.at(k).cls == CueClass::kAdverb) ++k;
    if (k == c.end || k + 1 >= limit || v_.at(k).norm != "\u0639\u0646") return std::nullopt;
    after = speaker_after(k + 1, limit, 0, &q.speaker_span);
    std::size_t n = after;
    while (n < limit && (v_.is_comma(n) || !v_.is_word(n))) ++n;
    if (after == k + 1 || (n < limit && v_.at(n).cls == CueClass::kSaying)) return std::nullopt;
  } else if (c.cls == CueClass::kVerb && learning(c.first)) {
    // وعلمت «الشرق الأوسط» من مصادر مطلعة أن …: the one named after من speaks, when the
    // complementizer follows it (without a source, علمت الصحيفة أن, the paper's own news).
    Span channel;
    std::size_t k = speaker_after(c.end, limit, 0, &channel);
    while (k < limit && v_.is_word(k) && v_.at(k).cls == CueClass::kAdverb) ++k;
    if (k + 1 >= limit || v_.at(k).norm != "\u0645\u0646") return std::nullopt;
    after = speaker_after(k + 1, limit, 0, &q.speaker_span);
    // (a time between them: من مصدر مطلع اليوم الاثنين أن)
    std::size_t n = after;
    while (n < limit && n < after + 4 && (v_.is_comma(n) || v_.is_word(n)) && v_.at(n).cls != CueClass::kComplement) ++n;
    // (the source a body, an office or a source word, also with a pronoun: من مصادرها)
    const bool sources = v_.at(k + 1).norm.starts_with("\u0645\u0635\u0627\u062F\u0631");
    if (after == k + 1 || n >= limit || v_.at(n).cls != CueClass::kComplement || !(sources || names_a_source(k + 1, after)))
      return std::nullopt;
  } else if (c.cls == CueClass::kVerb && c.end + 4 <= limit && blessing_at(c.end)) {
    // فقال صلى الله عليه وسلم: «…»: the blessing after the verb stands for the Prophet, named
    // before it (النبي، رسول الله), not for a speaker of that name.
    // (With no such mention before, the blessing itself is what names him.)
    after = c.end + 4;
    q.speaker_span = prophet_before(c.first);
    if (q.speaker_span.end == 0) q.speaker_span = v_.span(c.end, after);
  } else if (c.cls == CueClass::kVerb || c.cls == CueClass::kSource) {
    after = speaker_after(c.end, limit, 0, &q.speaker_span);
    if (verbal_noun(c)) return std::nullopt;
    if (after > c.end && c.cls == CueClass::kVerb && told_body(c.end)) after = c.end, q.speaker_span = {};
    // وقال ساكن يدعى أبو بكر، قالت الوالدة وتدعى إليزابيث أوسبورن: a description, then the
    // person's name after «who is called»: the name speaks.
    if (after > c.end) {
      static const text::WordSet called = text::search_forms({"يدعى", "تدعى", "ويدعى", "وتدعى", "يسمى", "تسمى", "ويسمى", "وتسمى"});
      std::size_t k = after;
      if (k < limit && v_.is_comma(k)) ++k;
      if (k + 1 < limit && called.contains(v_.at(k).norm) && v_.at(k + 1).entity >= 0 &&
          v_.entities()[v_.at(k + 1).entity].type == EntityType::kPerson)
        q.speaker_span = v_.span(k + 1, v_.at(k + 1).mention_end);
    }
    // وأبلغت «عكاظ» مصادر مطلعة أن: the paper told, without ل, then the speaker.
    if (std::size_t told = v_.opens_quote(c.end) ? past_addressee(c.end, limit) : kNone; told != kNone && told > c.end) {
      Span span;
      std::size_t later = speaker_after(told, limit, 0, &span);
      if (later > told && names_a_source(told, later)) after = later, q.speaker_span = span;
      // فإن النجيفي أبلغ «الشرق الأوسط» بأن …: no one after it, the quoted name is the one told;
      // the speaker is the subject before the verb, or the one before.
      else if (later == told && v_.at(told).cls == CueClass::kComplement) after = c.end, q.speaker_span = {};
    }
    if (after == c.end && c.end + 1 < limit && v_.at(c.end).cls == CueClass::kAdverb) {
      std::size_t later = speaker_after(c.end + 1, limit, 0, &q.speaker_span);  // وأعلنت أمس الشرطة
      if (later > c.end + 1 && names_a_source(c.end + 1, later)) after = later;  // not أمس الأول
      else q.speaker_span = {};
      // علّقت بالقول: «…»: "by saying" names no one; the one who speaks is the one before.
      if (after == c.end && by_saying(c.end)) after = c.end + 1, f.implicit = true;
    }
    // في وقت قال فيه مسؤول أمني إن: a source after the pronoun of the time or the speech the
    // relative clause is on.
    // (not كتب: لافتة كتب فيها نص تصريح لفوتشيتش is what was written on it)
    if (after == c.end && c.end + 1 < limit && adjunct_of_antecedent(c.end) &&
        !CueLexicon::instance().named_only(v_.at(c.first).norm)) {
      Span span;
      const std::size_t later = speaker_after(c.end + 1, limit, 0, &span);
      if (later > c.end + 1 && names_a_source(c.end + 1, later)) after = later, q.speaker_span = span;
    }
    // واختتم حديثه بأن، وختم كلمته قائلا: the speech the verb ends is its object; the speaker is
    // the one before.
    if (c.end < limit && own_speech(c.end)) after = c.end + 1, q.speaker_span = {}, f.implicit = true;
    // The newspaper told comes before the speaker: وأوضح لـ"الاقتصادية" الدكتور ضياء الخطيب،
    // نفى لـ«الرياض» مصدر مسؤول.
    // After a pronoun told (أكد لنا مرشدنا السياحي أن، قال له المصور) the subject may be any
    // noun with the article, or one with a pronoun and its adjective; not a manner (قال له
    // بهدوء، قالت لها ضاحكة) nor an object (قال لي نفس الكلام).
    if (std::size_t p = after == c.end ? past_addressee(c.end, limit) : kNone; p != kNone && p > c.end) {
      std::size_t later = speaker_after(p, limit, 0, &q.speaker_span);
      if (later > p && (names_a_source(p, later) || (told_pronoun(c.end) && subject_told(p, later)))) after = later;
      else q.speaker_span = {};
    }
  }
  if (c.cls == CueClass::kSaying) {
    // its speaker was looked for before it
  } else if (after == c.end && c.cls == CueClass::kVerb && !c.conj && adjunct_of_antecedent(c.end)) {
    // كلمة قال خلالها إنه …: a relative clause on the noun before the verb; the speaker is
    // implied (the one who gave the speech), not that noun — or the one named right before the
    // verb as the speech's (تصريحات للرئيس الأمريكي باراك أوباما أكد فيها أن).
    f.implicit = true;
    if (const std::size_t p = c.first; p > 0 && is_person(p - 1) && v_.at(p - 1).mention_end == p) {
      std::size_t b = p - 1;
      while (b > 0 && v_.at(b - 1).entity == v_.at(p - 1).entity) --b;
      q.speaker_span = v_.span(b, p);
      f.implicit = false;
    }
  } else if (after == c.end && c.cls == CueClass::kVerb && !c.conj) {
    if (subject_before(c, &q.speaker_span, &f.implicit) == kNone && !f.implicit)
      return std::nullopt;
  } else if (after == c.end) {
    f.implicit = true;
  }
  // Only an adjunct right after the speaker (وقال خلال زيارته …) or an apposition after a
  // name (وقال فلان، مستشار …) makes the long reach worth its risk: يعتبر and يرى far from
  // any أن are often no speech at all.
  const auto person = [&](std::size_t i) {
    return v_.at(i).entity >= 0 && v_.entities()[v_.at(i).entity].type == EntityType::kPerson;
  };
  bool named = false;
  for (std::size_t i = c.end; i < after; ++i) named = named || person(i);
  // The speaker's phrase may go on past a quoted name that ended it (وأوضح مدير تمرين "الصمصام
  // 5" العميد شائح القرني، في كلمة …، أن; منتج مسلسل "…" ماجد العبيد): a person named within
  // three words after the name is the speaker, not the office before it. (Also a body's name
  // after ل: الرئيس التنفيذي لـ"هتلان ميديا" الدكتور سليمان الهتلان.)
  std::size_t quoted = after;
  if (after > c.end + 1 && after + 1 < limit && v_.lam_apart(after)) ++quoted;
  if (!named && after > c.end && quoted < limit && v_.opens_quote(quoted)) {
    const QuotePair& pair = v_.pairs()[v_.at(quoted).pair];
    for (std::size_t i = pair.close + 1; pair.close != kNone && pair.close <= quoted + kMaxQuotedName + 1 && i < limit &&
                                         i <= pair.close + 3;
         ++i) {
      if (!v_.is_word(i) || is_cue(v_.at(i).cls) || is_stop(v_.at(i).cls) || v_.at(i).cls == CueClass::kBridge ||
          v_.at(i).cls == CueClass::kComplement)
        break;
      if (!person(i)) continue;
      named = true;
      q.speaker_span = v_.span(i, std::min(v_.at(i).mention_end, limit));
      break;
    }
  }
  // وذكر راديو “بي بي سي”، اليوم الثلاثاء، أن …: a short quoted name right after the speaker's
  // head, the complementizer a few words after it, names the speaker; it is no quote.
  // (after a word that names a kind of source, not after a person: قالت فلانة «شعرت بأنني …»،
  // مضيفة أن is her own words)
  static const text::WordSet outlets = text::search_forms(
      {"راديو", "شبكة", "بنك", "مصرف", "مجموعة", "مؤسسة", "مركز", "جامعة", "برنامج", "مجلة", "صحيفة", "وكالة",
       "موقع", "قناة", "تلفزيون", "إذاعة", "شركة", "منظمة", "جمعية", "حركة", "حزب", "جماعة"});
  const auto outlet_before = [&](std::size_t t) {
    std::string_view w = v_.at(t).norm;
    if (w.size() > 6 && (w.starts_with("\u0628") || w.starts_with("\u0644"))) w.remove_prefix(2);  // بصحيفة
    return outlets.contains(w);
  };
  if (c.cls == CueClass::kVerb && after > c.end && after < limit && v_.opens_quote(after) && outlet_before(after - 1)) {
    const QuotePair& pair = v_.pairs()[v_.at(after).pair];
    if (pair.close != kNone && pair.close < limit && pair.close <= after + kMaxQuotedName + 1) {
      std::size_t n = pair.close + 1, words = 0;
      while (n < limit && words < 4 && v_.at(n).cls != CueClass::kComplement && (v_.is_comma(n) || v_.is_word(n)))
        words += v_.is_word(n), ++n;
      if (n < limit && v_.at(n).cls == CueClass::kComplement) {
        q.speaker_span = pair.content;
        after = pair.close + 1;
      }
    }
  }
  // The office's holder named after a comma, between commas or before the complementizer
  // (وأوضح المتحدث الرسمي باسم الخطوط السعودية، عبدالرحمن الفهد، أن …) is the speaker, also
  // with the one he told and the day after his name (، محمد جريبي لـ"الوطن" أمس، أنه).
  if (!named && after > c.end && after + 1 < limit && v_.is_comma(after) && person(after + 1)) {
    const std::size_t name_end = std::min(v_.at(after + 1).mention_end, limit);
    std::size_t end = name_end;
    if (const std::size_t told = past_addressee(end, limit); told != kNone && told > end) end = told;
    while (end < limit && end < name_end + 6 && v_.is_word(end) && v_.at(end).cls == CueClass::kAdverb) ++end;
    if (end < limit && (v_.is_comma(end) || v_.at(end).cls == CueClass::kComplement)) {
      named = true;
      q.speaker_span = v_.span(after + 1, name_end);
    }
  }
  // وقال مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه، إن …: an office's holder between
  // commas whose foreign name the tagger missed: two or three words without the article, no
  // name of another kind, no function word, then a comma and the complementizer.
  // (past the place of the office: مدير الوحدة في ليبيريا، …)
  std::size_t comma = after;
  if (comma + 2 < limit && v_.at(comma).norm == "\u0641\u064A" && v_.at(comma + 1).entity >= 0 &&
      v_.entities()[v_.at(comma + 1).entity].type == EntityType::kLocation)
    comma = v_.at(comma + 1).mention_end;
  if (!named && after > c.end && comma + 4 < limit && v_.is_comma(comma) && office_or_role(c.end)) {
    const std::size_t after_comma = comma;
    std::size_t e = after_comma + 1;
    const auto bare_word = [&](std::size_t i) {
      const std::string_view w = v_.at(i).norm;
      const int n = v_.at(i).entity;
      return v_.is_word(i) && v_.at(i).cls == CueClass::kNone && !w.starts_with("\u0627\u0644") &&
             !w.starts_with("\u0648") && (n < 0 || v_.entities()[n].type == EntityType::kPerson) &&
             !summary::StopWords::instance().contains(w);
    };
    while (e < limit && e < after_comma + 4 && bare_word(e)) ++e;
    if (e >= after_comma + 3 && e + 1 < limit && v_.is_comma(e) && v_.at(e + 1).cls == CueClass::kComplement) {
      named = true;
      q.speaker_span = v_.span(after_comma + 1, e);
      after = e;
    }
  }
  // وقال الصحفي والناشط في محافظة الحديدة أيمن جرمش لـ«عكاظ»: «…»: a place between the
  // description and the name; the person named right after it, before the content (or before
  // whom he told), speaks.
  if (!named && c.cls == CueClass::kVerb && after > c.end && after + 2 < limit && v_.at(after).norm == "\u0641\u064A") {
    for (std::size_t i = after + 1; i < limit && i < after + 5 && v_.is_word(i) && !is_cue(v_.at(i).cls) &&
                                    v_.at(i).cls != CueClass::kComplement;
         ++i) {
      if (!person(i)) continue;
      const std::size_t end = std::min(v_.at(i).mention_end, limit);
      const bool told = end + 1 < limit && v_.lam_apart(end) && v_.opens_quote(end + 1);
      if (end < limit && (told || v_.is(end, ":") || v_.at(end).cls == CueClass::kComplement)) {
        named = true;
        q.speaker_span = v_.span(c.end, end);
        after = end;
      }
      break;
    }
  }
  bool long_reach = c.cls == CueClass::kVerb && after < limit && (named || is_stop(v_.at(after).cls));
  std::size_t start = content_after(after, limit, long_reach, saying_verb(c.first), &q);
  if (start == kNone && bare_saying(c)) {
    q.kind = QuoteKind::kIndirect;
    start = c.end;
  }
  if ((start == kNone || start >= v_.size()) && !c.conj && after > c.end) {
    // «…»، يقول فلان: the attribution after the quote it closes.
    if (std::size_t pair = quote_before(c.first); pair != kNone) {
      q.kind = QuoteKind::kDirect;
      q.span = v_.pairs()[pair].content;
      f.after_quote = true;
      return f;
    }
  }
  if (start == kNone || start >= v_.size()) {
    // أكد المحافظ دعمه … وقال: who speaks next, if the phrase names a source at all (تؤكد
    // وجود مفاوضات: an object).
    // (Not a verb inside brackets, text cited: «(… وأية جهة أخرى ترى وزارة التجارة الاستعانة بها)».)
    const auto in_brackets = [&](std::size_t t) {
      for (std::size_t i = t; i-- > v_.sentence_of(t).first_token;) {
        if (v_.is(i, ")")) return false;
        if (v_.is(i, "(")) return true;
      }
      return false;
    };
    // (Nor God's name before a verse: ممن قال الله فيهم (…) cites; the one citing goes on.)
    if (!f.implicit && q.speaker_span.end > q.speaker_span.begin &&
        (after == c.end || names_a_source(c.end, after)) && !in_brackets(c.first) && !divine(q.speaker_span))
      subjects_.push_back({c.first, q.speaker_span});
    return std::nullopt;
  }
  if (after > c.end && q.speaker_span.end > q.speaker_span.begin)
    if (std::size_t e = name_in_apposition(c.end, after, start); e != kNone) q.speaker_span = v_.span(c.end, e);
  if (q.kind == QuoteKind::kDirect && v_.opens_quote(start)) {
    q.span = v_.pairs()[v_.at(start).pair].content;
  } else if (q.kind == QuoteKind::kDirect && v_.is(start, "(")) {
    // Words in brackets may run over several sentences (قال: (نحن مستعدون. وسنعمل معا)); never
    // closed, to the paragraph's end.
    std::size_t close = start + 1;
    while (close < limit && !v_.is(close, ")")) ++close;
    q.span = {v_.tokens()[start].end, close < limit ? v_.tokens()[close].begin : v_.tokens()[limit - 1].end};
  } else {
    set_content(&q, start, reported_end(start, k));
  }
  if (q.span.begin >= q.span.end) return std::nullopt;
  return f;
}

// A subject after a pronoun told: a noun with the article (المصور، المسؤول الأمني), or one
// ending in a pronoun before its adjective (مرشدنا السياحي).
bool Finder::subject_told(std::size_t first, std::size_t end) const {
  const WordInfo& w = v_.at(first);
  if (w.cls != CueClass::kNone) return false;
  if (w.norm.starts_with("\u0627\u0644")) return true;
  const std::string_view x = v_.surface(first);
  const bool pronoun = x.ends_with("\u0646\u0627") || x.ends_with("\u0647") || x.ends_with("\u0647\u0627");  // نا ه ها
  return pronoun && first + 1 < end && v_.at(first + 1).norm.starts_with("\u0627\u0644");
}

// ل with a pronoun, the one told (له، لها، لهم، لنا، لي، لك، لكم).
bool Finder::told_pronoun(std::size_t p) const {
  static const text::WordSet pronouns = {"\u0644\u0647", "\u0644\u0647\u0627", "\u0644\u0647\u0645", "\u0644\u0647\u0645\u0627",
                                         "\u0644\u0646\u0627", "\u0644\u064A", "\u0644\u0643", "\u0644\u0643\u0645"};
  return v_.is_word(p) && pronouns.contains(v_.at(p).norm);
}

// لرويترز، لوكالة «فرانس برس» named: a body the tagger found behind ل at p (its name without
// it, not لجنة …), the one told, never the speaker.
bool Finder::told_body(std::size_t p) const {
  const WordInfo& w = v_.at(p);
  if (w.entity < 0 || !w.norm.starts_with("\u0644") || w.norm.starts_with("\u0644\u0644") ||
      v_.entities()[w.entity].type != EntityType::kOrganization)
    return false;
  const std::string name = text::normalize_search(v_.entities()[w.entity].name);
  return !name.starts_with(w.norm) && name.starts_with(w.norm.substr(2));
}

// Past the addressee written as لـ + a name in quote marks (قال لـ«الرياض»), as an addressee
// word (قال للصحف الكينية), or as the name alone after أبلغ/أخبر: the token after it; p itself
// when there is none; kNone when its quote mark does not close in time.
std::size_t Finder::past_addressee(std::size_t p, std::size_t limit) const {
  if (p >= limit) return p;
  // أبلغ/أخبر take the one told without ل: وأبلغت «عكاظ» مصادر مطلعة أن …
  std::string_view verb = p > 0 ? v_.at(p - 1).norm : std::string_view();
  if (verb.starts_with("\u0648") || verb.starts_with("\u0641")) verb.remove_prefix(2);
  const bool telling = verb.starts_with("\u0627\u0628\u0644\u063A") || verb.starts_with("\u0627\u062E\u0628\u0631");
  if (telling && p + 1 < limit && v_.opens_quote(p)) {
    const QuotePair& pair = v_.pairs()[v_.at(p).pair];
    if (pair.close != kNone && pair.close <= p + kMaxQuotedName + 1 && pair.close + 1 < limit) return pair.close + 1;
  }
  // للصحيفة، لمحطة التلفزيون الكينية «كي تي إن»، لوسائل إعلام محلية: an addressee word (a
  // stop with ل), the plain words or media nouns after it (up to three; a role or a source
  // noun starts the speaker: للصحيفة مصدر مسؤول) and its quoted name.
  // (ل + the article, للمشجع الشبابي، للصحفيين, is one told as well: no speaker takes ل.)
  if (told_pronoun(p)) return p + 1;
  if (told_body(p)) return v_.at(p).mention_end < limit ? v_.at(p).mention_end : kNone;
  if (const WordInfo& w = v_.at(p);
      (w.cls == CueClass::kStop && w.norm.size() > 2 && w.norm.starts_with("\u0644")) ||
      (w.norm.size() > 6 && w.norm.starts_with("\u0644\u0644") && v_.is_word(p))) {
    std::size_t i = p + 1;
    while (i < limit && i < p + 4 && v_.is_word(i) && !is_person(i) &&
           (v_.at(i).cls == CueClass::kNone || v_.at(i).cls == CueClass::kReporter))
      ++i;
    if (i < limit && v_.opens_quote(i)) {
      const QuotePair& pair = v_.pairs()[v_.at(i).pair];
      if (pair.close == kNone || pair.close + 1 >= limit) return kNone;
      if (pair.close <= i + kMaxQuotedName + 1) i = pair.close + 1;
    }
    return i < limit ? i : kNone;
  }
  if (p + 1 >= limit || v_.at(p).norm != "\u0644" || !v_.opens_quote(p + 1)) return p;
  const QuotePair& pair = v_.pairs()[v_.at(p + 1).pair];
  return pair.close == kNone || pair.close + 1 >= limit ? kNone : pair.close + 1;
}

// هكذا يقول لـ«الصحيفة» فلان، …: the sentence before is what he says (or the quote that
// closes right before هكذا). The speaker comes after the verb and its addressee.
std::optional<Found> Finder::build_thus(const Cue& c) const {
  Found f = found_at(c);
  Quote& q = f.quote;
  std::size_t limit = v_.paragraph_end(c.first);
  const std::size_t p = past_addressee(c.end, limit);
  if (p == kNone || speaker_after(p, limit, 0, &q.speaker_span) == p) return std::nullopt;
  q.kind = QuoteKind::kDirect;
  if (std::size_t pair = quote_before(c.first); pair != kNone) {
    q.span = v_.pairs()[pair].content;
    f.after_quote = true;
    return f;
  }
  std::uint32_t s = v_.at(c.first).sentence;
  if (v_.sentences()[s].first_token != thus_opener(c.first) || s == 0) return std::nullopt;
  const text::Sentence& before = v_.sentences()[s - 1];
  std::size_t words = 0;
  for (std::size_t i = before.first_token; i < before.last_token; ++i) words += v_.is_word(i);
  if (words < kMinClauseWords || v_.at(before.first_token).paragraph + 1 < f.paragraph) return std::nullopt;
  set_content(&q, before.first_token, before.last_token);
  f.after_quote = true;
  return f;
}

// بحسب X، فإن … (the attribution opens the sentence) or …، بحسب X (it closes it).
std::optional<Found> Finder::build_according(const Cue& c) {
  Found f = found_at(c);
  Quote& q = f.quote;
  q.kind = QuoteKind::kIndirect;
  const text::Sentence& s = v_.sentence_of(c.first);
  std::size_t p = c.end;
  if (p < s.last_token && v_.at(p).norm == "\u0645\u0627") ++p;  // بحسب ما (ذكرت) …
  // (also a present tense the lexicon keeps out, «يذكر أن» being the paper's own voice: بحسب ما
  // يذكر موقع الأكاديمية)
  // (and a verb with the relative's pronoun on it: بحسب ما ذكره البيت الأبيض، وفق ما نقلته الوكالة)
  const auto saying_after_ma = [&](std::size_t i) {
    if (v_.at(i).cls == CueClass::kVerb) return true;
    if (!v_.is_word(i)) return false;
    const CueLexicon& lexicon = CueLexicon::instance();
    std::string_view w = v_.at(i).norm;
    for (std::string_view pronoun : {"\u0647", "\u0647\u0627"})  // ه، ها
      if (w.size() > pronoun.size() + 4 && w.ends_with(pronoun) &&
          lexicon.word_class(w.substr(0, w.size() - pronoun.size())) == CueClass::kVerb)
        return true;
    return w.size() > 6 && (w.starts_with("\u064A") || w.starts_with("\u062A")) &&
           lexicon.word_class(w.substr(2)) == CueClass::kVerb;
  };
  if ((p > c.end || ends_with_ma(c.first)) && p < s.last_token && saying_after_ma(p)) {
    ++p;
    if (std::size_t told = past_addressee(p, s.last_token); told != kNone) p = told;  // وفق ما كشف للصحيفة مصدر
  }
  std::size_t lam = 0;
  if (c.cls == CueClass::kAccordingLam) {
    if (p >= s.last_token || v_.at(p).norm.rfind("\u0644", 0) != 0) return std::nullopt;
    if (v_.at(p).norm == "\u0644") ++p;  // لـ written apart
    else lam = v_.surface(p).substr(2, 2) == "\u0640" ? 4 : 2;  // ل or لـ
  }
  // بحسب ما ذكرت …، حسبما تناقلت …: whatever follows a verb there is a source.
  bool said = p > c.end || ends_with_ma(c.first);
  std::size_t after = speaker_after(p, s.last_token, lam, &q.speaker_span);
  if (after == p) return std::nullopt;
  // بحسب also means "by" a measure (بحسب النسب الموزونة): only a source makes a quote, named
  // before a word with و opens another phrase (حسب الواقع الاجتماعي وتحديد … وتقوم جمعية واعي).
  const auto conjoined = [&](std::size_t i) {  // و the conjunction, not وكالة's
    if (v_.at(i).entity >= 0 || !v_.at(i).norm.starts_with("\u0648")) return false;
    const text::Segmentation seg = text::Segmenter::instance().segment(v_.surface(i));
    return seg.stem > 0 && seg.restored.front() == "\u0648";
  };
  std::size_t head = p + 1;
  while (head < after && !conjoined(head)) ++head;
  // (… unless فإن follows the phrase, maybe after a comma: وحسب المجلس الوطني للمقاومة
  // الإيرانية، فإن …، وبحسب إعلان الأمس فإن …: the attribution's own clause)
  // (past a relative clause on the source: وبحسب التفاصيل التي حصلت عليها "سبق" فإن …; and
  // after a comma أن or فقد opens it too: وبحسب المصادر، أنه …، وحسب ادعاءات المجلة، فقد وافق …)
  // (those two only where the attribution opens the sentence, not set off inside another
  // report: وقال الخبير، بحسب ديلي ميل، إن …; nor after ل with a pronoun: ووفقا له، فقد …)
  const bool opens_own = (c.first == s.first_token || c.conj) && !told_pronoun(c.end);
  // (a rule the clause follows is no source: وفقا لآلية الطرح التي اعتمدتها الهيئة فإن …; a deal
  // is, as the sets write it: وبحسب الاتفاق الذي أبرم بين واشنطن وأنقرة، فإن …)
  static const text::WordSet rules = text::search_forms(
      {"آلية", "لائحة", "اللائحة", "لوائح", "اللوائح", "بنود", "قرار", "القرار", "نظام", "النظام",
       "قانون", "القانون", "خطة", "الخطة", "شروط", "الشروط"});
  std::string_view source_head = v_.at(p).norm;
  if (c.cls == CueClass::kAccordingLam && source_head.starts_with("\u0644")) source_head.remove_prefix(2);  // لآلية
  const bool rule = rules.contains(source_head) ||
                    (source_head.starts_with("\u0644") && rules.contains("\u0627" + std::string(source_head)));  // للقرار
  std::size_t fa = after;
  if (opens_own && !rule && fa < s.last_token && relative_pronoun(v_.at(fa).norm))
    for (std::size_t k = fa + 1; k < s.last_token && k < fa + 8; ++k)
      if (v_.is_comma(k) || v_.at(k).cls == CueClass::kComplement) {
        fa = k;
        break;
      }
  const bool comma = fa < s.last_token && v_.is_comma(fa);
  if (comma) ++fa;
  // (opening its clause: at the sentence's start, with و or after a comma; not a channel inside
  // another report, «قال مسؤول إنه وفق نظام القطاع فإنه …»)
  const bool clause_start = c.first == s.first_token || c.conj || (c.first > s.first_token && v_.is_comma(c.first - 1));
  const std::string_view opener = fa < s.last_token ? std::string_view(v_.at(fa).norm) : std::string_view();
  const bool fa_inna = clause_start && !(c.first > s.first_token && v_.at(c.first - 1).cls == CueClass::kComplement) &&
                       fa < s.last_token &&
                       ((v_.at(fa).cls == CueClass::kComplement && opener.starts_with("\u0641\u0627\u0646")) ||  // فإن، فإنه
                        (comma && opens_own &&
                         (opener == "\u0627\u0646" || opener == "\u0627\u0646\u0647" || opener == "\u0641\u0642\u062F")));
  if (!said && !fa_inna && !v_.opens_quote(p) && !names_a_source(p, head)) return std::nullopt;
  bool opens_sentence = c.first == s.first_token ||
                        (c.first == s.first_token + 1 && v_.at(s.first_token).norm.size() == 2);
  // …، ووفقا لمصادر صحافية فإن …: after a comma or with و, an attribution before a
  // complementizer (its source's phrase may go on to it: لمصادر في الهلال الأحمر فإن) opens a
  // clause of its own, whose content follows.
  // (بعد أن، رغم أنه open an adjunct, no content: حسب الإحصائيات الرسمية بعد أن …)
  const auto complement = [&](std::size_t i) { return v_.at(i).cls == CueClass::kComplement && !after_subordinator(i); };
  const bool complement_after = after < s.last_token && complement(after);
  bool complement_ahead = complement_after;
  for (std::size_t i = after; !complement_ahead && i < s.last_token && i < after + kContentWindow && v_.is_word(i); ++i)
    complement_ahead = complement(i);
  if (!opens_sentence && ((complement_ahead && (c.conj || (c.first > s.first_token && v_.is_comma(c.first - 1)))) || fa_inna))
    opens_sentence = true;
  // …، وحسب الهيئة، تم تسجيل …: with و and set off by commas, it opens the clause after it (not
  // inside a quote, where it is the speaker's own source; not after ما + a verb).
  if (!opens_sentence && !said && c.conj && c.first > s.first_token && v_.is_comma(c.first - 1) &&
      after + 1 < s.last_token && v_.is_comma(after) && !inside_marks(c.first))
    opens_sentence = true;
  // رئيس الأركان وفقا للمسؤول العراقي أكد أن …: between a subject and its verb the attribution
  // is a channel inside the verb's report, no quote of its own.
  // وتقول المؤسسة وفقا للتقارير إنه …: nor, with ل, between a verb's speaker and its
  // complementizer (ذكرت الصحيفة نقلا عن مصادر أن …: the sources speak, as below).
  if (!opens_sentence && after < s.last_token &&
      (v_.at(after).cls == CueClass::kVerb || (c.cls == CueClass::kAccordingLam && complement_after)))
    return std::nullopt;
  if (opens_sentence) {
    // The attribution clause may go on past its speaker (… تحدث شرط عدم الكشف عن هويته،):
    // the content starts after its comma or at فإن.
    std::size_t start = after;
    for (std::size_t i = after; i < s.last_token && i < after + kContentWindow; ++i)
      if (v_.is_comma(i) || v_.at(i).cls == CueClass::kComplement) {
        start = v_.is_comma(i) ? i + 1 : i;
        break;
      }
    while (start < s.last_token && !v_.is_word(start) && !v_.opens_quote(start)) ++start;
    if (start < s.last_token && (v_.at(start).cls == CueClass::kComplement ||
                                 v_.at(start).norm == "\u0641\u0642\u062F"))  // فإن، فقد
      ++start;
    if (start >= s.last_token) return std::nullopt;  // nothing after the attribution
    // وبحسب «رويترز»، فقد قال هولاند إن …: the report after it has its own verb and speaker; the
    // attribution is the channel that report came through, no quote of its own.
    if (v_.at(start).cls == CueClass::kVerb && start + 1 < s.last_token &&
        (v_.opens_quote(start + 1) || (v_.is_word(start + 1) && v_.at(start + 1).cls != CueClass::kComplement &&
                                       v_.at(start + 1).cls != CueClass::kStop)))
      return std::nullopt;
    // وبحسب مصادر عسكرية، أكدت أن …: a verb without a subject of its own is the source's; what
    // it reports follows its complementizer (and the verb's own quote is this one, run()).
    if (v_.at(start).cls == CueClass::kVerb && start + 2 < s.last_token && v_.at(start + 1).cls == CueClass::kComplement)
      start += 2;
    set_content(&q, start, reported_end(start, &c - cues_.data()));
  } else {
    // (orders the words follow, closing them, are no source: …، وفقا لتوجيهات الرئيس; nor is
    // an attribution inside the quote marks of someone's words that opened in its sentence:
    // وأضاف: «… وفقا لتوجيهات الرئيس هادي», the speaker's own)
    static const text::WordSet orders =
        text::search_forms({"توجيهات", "التوجيهات", "تعليمات", "التعليمات", "أوامر", "الأوامر"});
    if (orders.contains(source_head) || std::any_of(v_.pairs().begin(), v_.pairs().end(), [&](const QuotePair& pair) {
          return pair.open >= s.first_token && pair.open < c.first && c.first < pair.end_token;
        }))
      return std::nullopt;
    std::size_t end = c.first;
    while (end > s.first_token && v_.is_comma(end - 1)) --end;
    std::size_t words = 0;
    for (std::size_t i = s.first_token; i < end; ++i) words += v_.is_word(i);
    if (words < kMinClauseWords) return std::nullopt;  // وشددت، وفقا لـ…: a channel, not content
    f.closing = true;
    set_content(&q, s.first_token, end);
  }
  if (q.span.begin >= q.span.end) return std::nullopt;
  return f;
}

// ما وصفه بـ«…» / لما سماه “…”: the speaker's own words for something, quoted.
std::optional<Found> Finder::build_naming(const Cue& c) const {
  // ألف كتابا سماه «الواحات المفقودة»: a verb of naming right after a noun names a thing (a book,
  // a place) with its title; the speaker's own words are what he named so (ما سماه «…»، وصفه بـ«…»).
  static const text::WordSet titling = text::search_forms({"سماه", "أسماه", "سمته", "أسمته"});
  if (c.first > 0 && titling.contains(v_.at(c.first).norm) && v_.is_word(c.first - 1) &&
      v_.at(c.first - 1).norm != "\u0645\u0627" && !v_.at(c.first - 1).norm.ends_with("\u0645\u0627"))
    return std::nullopt;
  std::size_t p = c.end;
  if (p < v_.size() && v_.at(p).norm == "\u0628") ++p;  // بـ written apart
  if (!v_.opens_quote(p)) return std::nullopt;
  const QuotePair& pair = v_.pairs()[v_.at(p).pair];
  if (pair.close == kNone || pair.content.begin >= pair.content.end) return std::nullopt;
  Found f = found_at(c);
  f.implicit = true;
  f.quote.kind = QuoteKind::kDirect;
  f.quote.span = pair.content;
  return f;
}

// Whether [first, end) is all of a body's name: an organisation's mention, the end of an
// organisation's name (الهلال الأحمر for هيئة الهلال الأحمر), or a ministry's short name
// that the text gives in full (التعليم for وزارة التعليم).
bool Finder::names_a_body(std::size_t first, std::size_t end) const {
  int e = v_.at(first).entity;
  if (e >= 0 && v_.entities()[e].type == EntityType::kOrganization && v_.at(first).mention_end == end) return true;
  std::string phrase;
  for (std::size_t i = first; i < end; ++i) {
    int x = v_.at(i).entity;  // السعودية: a place, even at the end of شركة … السعودية
    if (!v_.is_word(i) || (x >= 0 && v_.entities()[x].type == EntityType::kLocation)) return false;
    phrase += (i > first ? " " : "") + v_.at(i).norm;
  }
  for (const Entity& x : v_.entities()) {
    if (x.type != EntityType::kOrganization) continue;
    std::string name = fold_word(x.name);
    if (name.size() > phrase.size() && name.compare(name.size() - phrase.size(), phrase.size(), phrase) == 0 &&
        name[name.size() - phrase.size() - 1] == ' ')
      return true;
  }
  if (end != first + 1) return false;
  static const std::string kMinistry = fold_word("\u0648\u0632\u0627\u0631\u0629");  // وزارة
  for (std::size_t i = end; i + 1 < v_.size(); ++i) {
    std::string_view w = v_.at(i).norm;
    if (w.size() >= kMinistry.size() && w.substr(w.size() - kMinistry.size()) == kMinistry &&
        w.size() <= kMinistry.size() + 4 && v_.at(i + 1).norm == phrase)
      return true;
  }
  return false;
}

// «SPEAKER: content» is how a headline reports a statement: the article's first line, short,
// with a colon after a few words that name a person, a body or a role (a lead-in before
// «...» is skipped; بالفيديو: or السعودية: name no speaker).
std::optional<Found> Finder::build_headline() const {
  if (v_.size() == 0) return std::nullopt;
  std::size_t end = v_.paragraph_end(0);
  if (end > kMaxHeadlineTokens) return std::nullopt;
  std::size_t start = 0, colon = kNone;
  for (std::size_t i = 0; i < end && colon == kNone; ++i) {
    if (v_.is(i, ":")) colon = i;
    else if (v_.is(i, "...") || v_.is(i, "\u2026") || v_.is(i, "..") || v_.is(i, "|")) start = i + 1;
  }
  if (colon == kNone || colon == start) return std::nullopt;
  // «الناطق باسم الأمين العام لـ«الشرق الأوسط»: …»: the paper told stands before the colon.
  std::size_t stop = colon;
  for (std::size_t j = colon - 1; j > start + 1 && colon - j <= kMaxQuotedName + 2; --j)
    if (v_.opens_quote(j) && v_.pairs()[v_.at(j).pair].close == colon - 1) {
      if (v_.lam_apart(j - 1)) stop = j - 1;
      break;
    }
  if (stop - start > kMaxSubjectWords) return std::nullopt;
  Found f;
  f.cue_token = colon;
  f.quote.cue = v_.span(colon, colon + 1);
  f.quote.kind = QuoteKind::kDirect;
  std::size_t after = speaker_after(start, stop, 0, &f.quote.speaker_span);
  // In a headline «الفيفا: تحقيقات …» is a topic more often than a statement: people only.
  // … or a body whose name is all there is before the colon (ناسا: …، الهلال: …).
  bool body = after > start && after - start <= 4 && names_a_body(start, after);
  // «الإسكان»: …، «نزاهة»: …، "الغذاء والدواء": …: a short name in quote marks before the colon is
  // how the papers write a body's statement (52 such headlines in 8,000 records, nearly all
  // bodies' statements).
  if (!body && v_.opens_quote(start) && after == stop) {
    const QuotePair& pair = v_.pairs()[v_.at(start).pair];
    std::size_t words = 0;
    for (std::size_t i = start + 1; i < pair.close; ++i) words += v_.is_word(i);
    body = words >= 1 && words <= 4;
  }
  // سفارة المملكة بمسقط: …، صحة مكة: …، إدارة مستشفى الدوادمي: …: a body named by its head and a
  // place or two words more speaks too (the gold sets mark 8 of 8 such headlines).
  static const text::WordSet body_heads = text::search_forms(
      {"سفارة", "وزارة", "هيئة", "شرطة", "أمانة", "إمارة", "بلدية", "مديرية", "إدارة", "قيادة", "رئاسة", "صحة",
       "تعليم", "مرور", "جامعة", "مستشفى", "مجلس", "لجنة", "جمعية", "شركة", "محكمة", "نيابة"});
  const std::size_t first_word = start + (v_.opens_quote(start) ? 1 : 0);
  if (!body && after > first_word + 1 && after - first_word <= 4 && body_heads.contains(v_.at(first_word).norm))
    body = true;
  // التحالف لـ«الوطن»: …: whoever told a paper speaks, named by what it is (no topic is told).
  if (!body && stop < colon && after == stop) body = true;
  // «الخرطوم: الجزائر لم تخطرنا …»، «روسيا: لن نناقش …»: a place alone before the colon is the
  // news's topic (مصر: افتتاح المتحف …) unless what follows denies or speaks for «us», as only
  // its government would: a negation (لا، لم، لن، ليس، لسنا) or a word with نا, «our», «we».
  if (!body && after == stop && v_.at(start).entity >= 0 && v_.at(start).mention_end == stop &&
      v_.entities()[v_.at(start).entity].type == EntityType::kLocation) {
    static const text::WordSet denials =
        text::search_forms({"لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لسنا", "نحن"});
    // (not the accusative's نًا, قانونًا، سجنًا, nor a name in quote marks: شعراء «كلنا الوطن»)
    for (std::size_t i = colon + 1; i < end && !body; ++i) {
      const std::string_view w = v_.at(i).norm;
      const bool ours = w.size() >= 8 && w.ends_with("\u0646\u0627") &&  // نا
                        v_.surface(i).find("\u064B") == std::string_view::npos && !inside_marks(i);
      body = v_.is_word(i) && (denials.contains(w) || ours);
    }
  }
  // الخارجية الإيطالية: …، الداخلية الكويتية: …، المعارضة السورية: …: a state's body by its
  // short name and its nation's adjective speaks for it.
  if (!body && after == stop && stop == first_word + 2 && v_.is_word(first_word + 1)) {
    static const text::WordSet state_bodies = text::search_forms(
        {"الخارجية", "الداخلية", "الصحة", "الدفاع", "المالية", "العدل", "الحكومة", "المعارضة", "السلطات",
         "الاستخبارات", "الإفتاء", "الشرطة", "الرئاسة", "الخزانة", "النيابة", "القضاء", "البرلمان"});
    const std::string_view nation = v_.at(first_word + 1).norm;
    body = state_bodies.contains(v_.at(first_word).norm) && text::definite_nisba(nation) && nation.size() >= 10;
  }
  // مسنون: …، سياسيون يمنيون: …، المبتعثون: …: people named by a plural in ون speak (as باحثون،
  // مختصون do in the lexicon); not a word that only ends so (قانون، تلفزيون، مليون).
  if (!body && after == stop && stop - first_word <= 2 && v_.is_word(first_word) && v_.at(first_word).entity < 0) {
    static const text::WordSet singulars =
        text::search_forms({"قانون", "القانون", "تلفزيون", "التلفزيون", "مليون", "زيتون", "الزيتون", "كانون", "صابون"});
    const std::string_view w = v_.surface(first_word);
    const std::string_view n = v_.at(first_word).norm;
    body = w.ends_with("\u0648\u0646") && text::count_codepoints(w) >= 5 && !singulars.contains(n) &&
           !n.starts_with("\u0628\u0627\u0644") && !n.starts_with("\u0644\u0644");  // (بالقانون: a rubric)
  }
  if (after == start || !(body || names_a_source(start, after, false))) return std::nullopt;
  for (std::size_t i = after; i < stop; ++i)
    if (is_cue(v_.at(i).cls)) return std::nullopt;  // الوزير قال: … is the verb's quote
  std::size_t first = colon + 1;
  if (v_.opens_quote(first) && v_.pairs()[v_.at(first).pair].close == end - 1) {
    f.quote.span = v_.pairs()[v_.at(first).pair].content;
  } else {
    std::size_t words = 0;
    for (std::size_t i = first; i < end; ++i) words += v_.is_word(i);
    if (words < kMinClauseWords - 1) return std::nullopt;
    set_content(&f.quote, first, end);
  }
  if (f.quote.span.begin >= f.quote.span.end) return std::nullopt;
  return f;
}

// A column of sayings («قالوا»): a paragraph that is only a quote, as a list item
//   * «نحن في حالة حرب …».
//   وزير الداخلية الكويتي الشيخ محمد الخالد الصباح قال أمس …
// or with its speaker in brackets after it ((الرئيس الأميركي باراك أوباما مروجا لاتفاقه)).
// The next paragraph opens with the speaker: a person, after his titles. Quotes no cue has
// taken are added, in text order.
void Finder::add_captioned(std::vector<Found>& found) const {
  const auto bullet = [&](std::size_t i) { return v_.is(i, "*") || v_.is(i, "-") || v_.is(i, "\u2022"); };
  for (const QuotePair& pair : v_.pairs()) {
    const std::size_t o = pair.open;
    if (pair.close == kNone || o + 1 >= pair.close) continue;
    const bool first = o == 0 || v_.at(o - 1).paragraph != v_.at(o).paragraph;
    const bool listed = o > 0 && bullet(o - 1) && (o == 1 || v_.at(o - 2).paragraph != v_.at(o).paragraph);
    if (!first && !listed) continue;
    const std::size_t end = v_.paragraph_end(o);
    std::size_t after_close = pair.close + 1;
    if (after_close < end && v_.is(after_close, ".")) ++after_close;
    if (after_close != end || end >= v_.size()) continue;
    std::size_t words = 0;
    for (std::size_t i = o + 1; i < pair.close; ++i) words += v_.is_word(i);
    if (words < 2) continue;  // one word in marks is a name or a term
    std::size_t start = end;
    const bool caption = v_.is(start, "(");
    if (caption) ++start;
    if (!listed && !caption) continue;
    Found f;
    const std::size_t limit = v_.paragraph_end(start);
    const std::size_t after = speaker_after(start, limit, 0, &f.quote.speaker_span);
    bool person = false;
    for (std::size_t i = start; i < after && !person; ++i) person = is_person(i);
    if (!person) continue;
    const Span content = pair.content;
    const auto covers = [&](const Found& g) {
      return g.quote.span.begin < content.end && content.begin < g.quote.span.end;
    };
    if (std::any_of(found.begin(), found.end(), covers)) continue;
    f.sentence = v_.at(o).sentence;
    f.paragraph = v_.at(o).paragraph;
    f.cue_token = o;
    f.quote.cue = v_.span(o, o + 1);
    f.quote.kind = QuoteKind::kDirect;
    f.quote.span = content;
    auto at = std::find_if(found.begin(), found.end(), [&](const Found& g) { return g.cue_token > o; });
    found.insert(at, std::move(f));
  }
}

std::vector<Quote> Finder::run() {
  find_cues();
  std::vector<Found> found;
  if (auto h = build_headline()) found.push_back(std::move(*h));
  for (std::size_t k = 0; k < cues_.size(); ++k) {
    auto f = build(k);
    // «…»، قال: the quote may be the content of an earlier cue already (قال: «…»، قال ذلك …).
    auto same = [&](const Found& o) { return o.quote.span == f->quote.span; };
    if (!f || (f->after_quote && std::any_of(found.begin(), found.end(), same))) continue;
    // وبحسب مصادر عسكرية، أكدت أن …: the attribution reports the words its verb does (build_according).
    const auto attributed = [&](const Found& o) {
      const CueClass c = v_.at(o.cue_token).cls;
      return same(o) && (c == CueClass::kAccording || c == CueClass::kAccordingLam) &&
             tokens_in(o.quote.span).first == f->cue_token + 2;
    };
    if (std::any_of(found.begin(), found.end(), attributed)) continue;
    // أوضح ذلك فلان، الذي بين أن …: two cues reach the same words; the one a relative pronoun
    // gives its subject reports them, the other (ذلك: "that") what came before.
    if (auto o = std::find_if(found.begin(), found.end(), same);
        o != found.end() && !f->after_quote && o->quote.cue.end <= f->quote.cue.begin && f->cue_token > 0 &&
        relative_pronoun(v_.at(f->cue_token - 1).norm)) {
      *o = std::move(*f);
      continue;
    }
    found.push_back(std::move(*f));
  }
  add_captioned(found);
  // وبحسب وكالة يونهاب، فإنه …، حسبما أعلنت الوزارة: a sentence another quote's cue reports
  // already names its channel at the end, no second quote. (A person named there is the source
  // of what others warn of: لكن المنتقدين يحذرون من أن …، بحسب تشارلز ليستر.)
  std::vector<bool> channel(found.size(), false);
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (!found[k].closing) continue;
    const auto [b, e] = tokens_in(found[k].quote.speaker_span);
    bool person = false;
    for (std::size_t i = b; i < e && !person; ++i) person = is_person(i);
    if (person) continue;
    for_paragraph_neighbours(found, k, [&](const Found& o) {
      channel[k] = channel[k] || (found[k].quote.span.begin <= o.quote.cue.begin && o.quote.cue.end <= found[k].quote.span.end);
    });
  }
  util::erase_flagged(found, channel);
  for (std::size_t k = 0; k < found.size(); ++k) {
    Found& f = found[k];
    for_paragraph_neighbours(found, k, [&](const Found& o) {
      f.nested = f.nested || (o.quote.span.begin <= f.quote.cue.begin && f.quote.cue.end <= o.quote.span.end);
    });
  }
  // كتب التاريخ، كتبت عن ظاهرة، كتب رسالتين: «wrote» reports speech only from someone named.
  // Who is named is known once the speakers are resolved; a quote dropped then must not lend
  // its speaker to the next, so the speakers are resolved again without it.
  const CueLexicon& lexicon = CueLexicon::instance();
  // (so is a finding's: أظهرت الدراسة أن, not أظهر اللاعب أنه جاهز, a finding of no one, nor one
  // inside another's words: وقالت الشبكة إن الإفادة … أظهرت أنه …, the network's report)
  const auto named_only = [&](const Found& f) { return lexicon.named_only(v_.at(f.cue_token).norm); };
  const auto finding = [&](const Found& f) { return lexicon.finding(v_.at(f.cue_token).norm); };
  std::vector<Found> unresolved;
  if (std::any_of(found.begin(), found.end(), [&](const Found& f) { return named_only(f) || finding(f); }))
    unresolved = found;
  resolve_speakers(found);
  std::vector<bool> unnamed(found.size(), false);
  for (std::size_t k = 0; k < found.size(); ++k) {
    const Quote& q = found[k].quote;
    const auto nested = [&] {
      return std::any_of(found.begin(), found.end(), [&](const Found& o) {
        return &o != &found[k] && o.quote.span.begin <= q.cue.begin && q.cue.end <= o.quote.span.end;
      });
    };
    unnamed[k] = (named_only(found[k]) && q.speaker_entity.empty()) ||
                 (finding(found[k]) && (q.speaker.empty() || is_person_entity(q.speaker_entity) || nested()));
  }
  if (std::find(unnamed.begin(), unnamed.end(), true) != unnamed.end()) {
    util::erase_flagged(unresolved, unnamed);
    found = std::move(unresolved);
    resolve_speakers(found);
  }
  // حذر فلان … بقوله «…»، أكد … بالقول إن: two cues over the same words report them once, as
  // the one whose speaker is named (else found), the first if both or neither; dropped only now,
  // so the speakers implied after them are those read with both.
  // (one pass with the best kept per span: a 5 MB article has tens of thousands of quotes)
  const auto rank = [](const Quote& q) { return !q.speaker_entity.empty() ? 2 : !q.speaker.empty() ? 1 : 0; };
  std::vector<bool> repeated(found.size(), false);
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> kept;  // span → the quote kept for it
  for (std::size_t k = 0; k < found.size(); ++k) {
    const Span& span = found[k].quote.span;
    auto [it, first] = kept.try_emplace({span.begin, span.end}, k);
    if (first) continue;
    if (rank(found[k].quote) > rank(found[it->second].quote)) {
      repeated[it->second] = true;
      it->second = k;
    } else {
      repeated[k] = true;
    }
  }
  util::erase_flagged(found, repeated);
  std::vector<Quote> out;
  out.reserve(found.size());
  for (Found& f : found) out.push_back(std::move(f.quote));
  return out;
}

std::vector<Quote> find_quotes(std::string_view text, std::span<const text::Token> tokens,
                               std::span<const text::Sentence> sentences,
                               std::span<const Entity> entities) {
  return find_quotes(text, tokens, sentences, entities, {});
}

std::vector<Quote> find_quotes(std::string_view text, std::span<const text::Token> tokens,
                               std::span<const text::Sentence> sentences,
                               std::span<const Entity> entities, std::span<const std::string> norms) {
  if (tokens.empty() || sentences.empty()) return {};
  ArticleView view(text, tokens, sentences, entities, norms.size() == tokens.size() ? norms : std::span<const std::string>());
  return Finder(view).run();
}

}  // namespace marsad::quotes
