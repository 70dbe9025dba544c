// Who speaks: the phrase after or before a cue, the speakers a text leaves implicit, and
// the entity a speaker phrase names.
#include <algorithm>
#include <set>

#include "quotes/finder.h"
#include "util/strings.h"
#include "text/word_set.h"

namespace marsad::quotes {
namespace {

// Words that cannot continue a speaker phrase: a complementizer, a relative pronoun or an
// adjunct, a coordinator, a preposition, another cue.
bool ends_speaker(const WordInfo& w) {
  return w.cls == CueClass::kComplement || is_stop(w.cls) || w.cls == CueClass::kClause ||
         w.cls == CueClass::kBridge || is_cue(w.cls);
}

// الرئيس، الملك، الأمير، السلطان، الشيخ: a ruler's style (search form), which names no office.
bool ruler_style(std::string_view norm) {
  static const text::WordSet rulers = text::search_forms({"الرئيس", "الملك", "الأمير", "السلطان", "الشيخ"});
  return rulers.contains(norm);
}

// حول، بشأن، بخصوص: "about", a topic's preposition (search form, no conjunction).
bool about(std::string_view w) {
  static const text::WordSet topics = text::search_forms({"حول", "بشأن", "بخصوص"});
  return topics.contains(w);
}

// The last letter of a word, past its vowel marks; 0 if none.
char32_t last_letter(std::string_view word) {
  char32_t last = 0;
  for (std::size_t i = 0; i < word.size();) {
    int len = 1;
    const char32_t c = text::decode_utf8(word, i, len);
    if (!text::is_arabic_diacritic(c) && c != text::kTatweel) last = c;
    i += static_cast<std::size_t>(len > 0 ? len : 1);
  }
  return last;
}

// The head words of institutions named by them (كلية التربية، إدارة المرور، وزارة الخدمة
// المدنية), search forms without the article.
const text::WordSet& institution_heads() {
  static const text::WordSet heads = text::search_forms(
      {"كلية", "جامعة", "وزارة", "هيئة", "إدارة", "أمانة", "بلدية", "جمعية", "شركة", "مؤسسة", "لجنة", "مديرية",
       "شرطة", "مجلس", "منظمة", "مركز", "مستشفى", "بنك", "اتحاد", "نادي", "حكومة", "سفارة", "وكالة"});
  return heads;
}

// بيان "statement", search form: the word the statement rules look for.
const std::string& statement_noun() {
  static const std::string word = text::normalize_search("بيان");
  return word;
}

// ة، ى or ا: how a feminine singular adjective ends (التنفيذية، الكبرى، العليا).
bool feminine_ending(std::string_view word) {
  const char32_t c = last_letter(word);
  return c == U'\u0629' || c == U'\u0649' || c == U'\u0627';
}

// A word that may open with a proclitic preposition or conjunction (بوزارة، للشؤون، وكيل):
// such a word may govern or join what follows and does not end a speaker phrase.
bool starts_with_proclitic(std::string_view norm) {
  return norm.starts_with("\u0628") || norm.starts_with("\u0644") || norm.starts_with("\u0643") ||
         norm.starts_with("\u0641") || norm.starts_with("\u0648");
}

// A word without the article, when a word of more than one letter is left (الوزير → وزير).
std::string_view without_article(std::string_view w) {
  return w.starts_with("\u0627\u0644") && w.size() > 6 ? w.substr(4) : w;
}

// A word as written that ends in a possessive pronoun (شكره، حديثها، أبنائهم؛ ة is none).
bool possessive_ending(std::string_view w) {
  auto ends = [&](std::string_view x) { return w.size() > x.size() + 2 && w.substr(w.size() - x.size()) == x; };
  return ends("\u0647") || ends("\u0647\u0627") || ends("\u0647\u0645") || ends("\u0647\u0646");
}

}  // namespace

// The speaker phrase starting at p: a name ends it, and so do a complementizer, punctuation,
// a relative pronoun or an adjunct of time, place or addressee. Returns one past its end.
std::size_t Finder::speaker_after(std::size_t p, std::size_t limit, std::size_t lam_skip,
                                  Span* span) const {
  if (v_.opens_quote(p)) {  // بحسب «أسوشيتد برس»
    const QuotePair& q = v_.pairs()[v_.at(p).pair];
    if (q.close != kNone && q.close < limit && q.close - p <= 6) {
      *span = q.content;
      return q.close + 1;
    }
    return p;
  }
  // أفاد ردا على سؤال لـ«الشرق الأوسط» بالقول، وأضاف ردا على سؤال آخر: a reply is no speaker.
  if (reply_adjunct(p)) return p;
  // قال كل من فلان وفلان وفلان إن: the people listed speak together.
  if (p + 2 < limit && v_.at(p).norm == "\u0643\u0644" && v_.at(p + 1).norm == "\u0645\u0646" && is_person(p + 2)) {
    std::size_t e = p + 2;
    while (e < limit && is_person(e)) {
      e = std::min(v_.at(e).mention_end, limit);
      if (e + 1 < limit && v_.is_comma(e) && is_person(e + 1)) ++e;
    }
    *span = v_.span(p + 2, e);
    return e;
  }
  // عدد من المواطنين، عشرات من الخبراء: a number of them, then who they are (below).
  static const text::WordSet quantities =
      text::search_forms({"عدد", "العديد", "عشرات", "مئات", "آلاف", "كثير", "الكثير", "أغلب",
                          "معظم", "غالبية", "مجموعة"});
  static const text::WordSet demonstratives = text::search_forms({"ذلك", "هذا", "هذه", "تلك", "ذاك", "هؤلاء", "أولئك"}),
                             times = text::search_forms(
                                 {"اليوم", "الوقت", "الحين", "العام", "الشهر", "الأسبوع", "المساء", "الصباح"});
  // ما أعلنت عنه الشركة، وفق ما أفادت به بعض وسائل الإعلام، ما أشار إليه المراقبون: the
  // relative clause's pronoun after the verb; its subject follows.
  // (also «it» with على: وشدد عليه أيضا المتحدث; and أيضا / كذلك between the verb and its subject)
  static const text::WordSet resumptive =
      text::search_forms({"به", "بها", "عنه", "عنها", "إليه", "إليها", "منه", "منها", "عليه", "عليها"}),
                             also = text::search_forms({"أيضا", "كذلك"});
  {
    std::size_t subject = p;
    if (subject < limit && resumptive.contains(v_.at(subject).norm)) ++subject;
    if (subject < limit && also.contains(v_.at(subject).norm)) ++subject;
    if (subject > p && subject < limit && v_.is_word(subject) && names_a_source(subject, subject + 1)) p = subject;
  }
  bool descriptor = false;
  std::size_t i = p, n = 0;
  while (i < limit && (n < kMaxSpeakerWords || is_person(i)) && v_.is_word(i)) {  // (a long role, then its holder)
    // د. خالد الزعاق، م. سامي، أ.د. فهد: a title's one-letter abbreviation and its full stop;
    // a name follows, whatever it reads as (د. علي is no preposition).
    if (i + 2 < limit && v_.abbreviation_stop(i + 1)) {
      i += 2;
      ++n;
      if (v_.is_word(i) && !(v_.surface(i).size() == 2 && v_.is(i + 1, ".")) && !is_person(i)) ++i, ++n;
      continue;
    }
    const WordInfo& w = v_.at(i);
    if (is_person(i)) {
      i = std::min(w.mention_end, limit);
      // A person's name closes the phrase, unless a name follows (a title the tagger took
      // for a name: الخبيرة منى فؤاد).
      if (i < limit && is_person(i) && v_.at(i).entity != w.entity) {
        n += 1;
        continue;
      }
      break;
    }
    // After باسم the body or person spoken for is named, whatever its first word reads as
    // (الناطق باسم بان كي مون: بان is no بأن).
    const bool named_for = i > p && v_.at(i - 1).norm == "\u0628\u0627\u0633\u0645";
    // (a bridge right before أن is the cue's: وأشارت بعض المصادر إلى أن)
    const bool bridge_of_cue = w.cls == CueClass::kBridge && i + 1 < limit && v_.at(i + 1).cls == CueClass::kComplement;
    const bool partitive_of = n == 1 && w.norm == "\u0645\u0646" && quantities.contains(v_.at(i - 1).norm);
    bool keeps = (descriptor && n <= 3 && (w.norm == "\u0641\u064A" || (w.cls == CueClass::kBridge && !bridge_of_cue))) ||
                 general(i) || named_for || partitive_of;
    // ل + the article opening the phrase is the one told (توضح للمشجع الشبابي أن), no speaker;
    // nor is a demonstrative without its noun, or before a time (ويأتي ذلك في وقت قال فيه، وصرح
    // ذلك اليوم بأن: "that"; هؤلاء الأعضاء، هذا المصدر speak).
    if (n == 0 && !lam_skip && w.norm.size() > 6 && w.norm.starts_with("\u0644\u0644")) break;
    // (nor a topic: أكد حول تثبيت قوة الحرس …، قال بشأن الاتفاق: what is spoken about)
    if (n == 0 && about(without_and(i))) break;
    if (n == 0 && demonstratives.contains(w.norm) &&
        (i + 1 >= limit || !v_.at(i + 1).norm.starts_with("\u0627\u0644") || times.contains(v_.at(i + 1).norm)))
      break;
    // وفقا لشبكة سكاي نيوز: after an attribution with ل the addressee words name the source.
    keeps = keeps || (lam_skip && n == 0 && w.cls == CueClass::kStop);
    if (!keeps && ends_speaker(w)) break;
    if (n >= 1 && time_adjunct(i)) break;
    // ومنعت اللجنة | الإضافات: after a feminine noun with the article that opens the phrase, a
    // word with the article is its adjective, which agrees (اللجنة التنفيذية، الهيئة العليا), or
    // the verb's object. (Not after a genitive: وزير الخارجية المصري.)
    // A title before the holder's name goes on (وكيل وزارة الشؤون الاجتماعية الدكتور فلان).
    if (n == 1 && w.entity < 0 && w.cls == CueClass::kNone && !(i + 1 < limit && is_person(i + 1)) &&
        w.norm.starts_with("\u0627\u0644") && v_.at(i - 1).entity < 0 &&
        v_.at(i - 1).norm.starts_with("\u0627\u0644") && last_letter(v_.surface(i - 1)) == U'\u0629' &&
        !feminine_ending(v_.surface(i)))
      break;
    // استهل والد الشهيد | حديثه: after a word with the article a noun with a possessive ending and
    // none is the verb's object (a construct ends at its definite noun); not نفسه، ذاته (the
    // same source) nor باسمها (whom one speaks for).
    if (n >= 1 && w.entity < 0 && w.cls == CueClass::kNone && !named_for && !w.norm.starts_with("\u0627\u0644") &&
        !w.norm.starts_with("\u0628\u0627\u0633\u0645") && v_.at(i - 1).norm.starts_with("\u0627\u0644") &&
        v_.at(i - 1).entity < 0 && possessive_ending(v_.surface(i)))
      break;
    // أكدت هيئة الصحة الحيوانية الألمانية | ظهور حالة، كشف خبير بالهواتف الذكية | طريقة: after a
    // word with the article, a noun without it and without a proclitic neither agrees with it
    // nor is governed by it: the verb's object begins (a role in apposition, a name, go on;
    // four letters are too few to tell the article: آلان ستيرن).
    if (n >= 1 && w.entity < 0 && w.cls == CueClass::kNone && !w.norm.starts_with("\u0627\u0644") &&
        v_.at(i - 1).entity < 0 && v_.at(i - 1).norm.starts_with("\u0627\u0644") && v_.at(i - 1).norm.size() > 8 &&
        v_.at(i - 1).cls == CueClass::kNone &&
        !starts_with_proclitic(w.norm) && !(i + 1 < limit && is_person(i + 1)) && v_.tokens()[i].kind == text::TokenKind::kWord) {
      // (one or two words closed by the quote, a complementizer or punctuation are a name the
      // tagger missed: الناطق الإعلامي لوزارة العمل تيسير المفرج «إن …)
      std::size_t e = i;
      while (e < limit && e < i + 3 && v_.is_word(e) && !ends_speaker(v_.at(e))) ++e;
      if (e == i + 3) break;
    }
    if (n == 0 && (w.cls == CueClass::kDescriptor || w.cls == CueClass::kOffice ||
                   w.cls == CueClass::kPartitive))
      descriptor = true;
    ++i;
    ++n;
    // بحسب المصدر نفسه | كانوا يخططون: «the same» closes the source it refers back to.
    if (n >= 2 && w.cls == CueClass::kSame) break;
    // الدكتور / بدر السمحان: a slash between a title and the name it announces.
    if (i + 1 < limit && v_.is(i, "/") && is_person(i + 1)) ++i;
    // شبكة إن.بي.سي نيوز: initials joined by full stops with no space are one name.
    while (i + 1 < limit && v_.initials_stop(i)) i += 2;
  }
  if (i == p) return p;
  // مساعد مدير الأمن العام للشؤون الأمنية رئيس فريق العمل المكلف بمتابعة … اللواء جمعان
  // الغامدي أن: a role longer than the phrase's words still ends at its holder, named within
  // twelve more words right before the complementizer (or a comma and it).
  if (n >= kMaxSpeakerWords && i < limit && v_.is_word(i) && !is_person(i)) {
    std::size_t k = i;
    const auto inside_role = [&](std::size_t t) {  // (في، مع، لدى go on a role: … اليمنيين في المملكة)
      const std::string_view w = v_.at(t).norm;
      return !ends_speaker(v_.at(t)) || w == "\u0641\u064A" || w == "\u0645\u0639" || w == "\u0644\u062F\u0649";
    };
    while (k < limit && k < i + 12 && v_.is_word(k) && !is_person(k) && inside_role(k)) ++k;
    if (k < limit && is_person(k)) {
      const std::size_t end = std::min(v_.at(k).mention_end, limit);
      const std::size_t next = end < limit && v_.is_comma(end) ? end + 1 : end;
      if (next < limit && v_.at(next).cls == CueClass::kComplement) i = end;
    }
  }
  // A source's own name in quote marks belongs to it: مصادر "دنيا الرياضة"، موقع "ذا فيرج"،
  // موقع «كل شيء عن الجزائر»; a person's is no source noun (قال فلان "إنها منطقة …").
  // (also after a source noun's adjectives: وكالة الأنباء الصينية «شينخوا»)
  const auto described_source = [&] {
    if (!names_a_source(p, p + 1, false)) return false;
    for (std::size_t k = p + 1; k < i; ++k)
      if (!v_.at(k).norm.starts_with("\u0627\u0644")) return false;
    return true;
  };
  if (i < limit && v_.opens_quote(i) && (names_a_source(i - 1, i) || described_source()) && !is_person(i - 1)) {
    const QuotePair& q = v_.pairs()[v_.at(i).pair];
    // (a full stop after it: the sentence's own quote, but after an attribution with ل its name)
    if (q.close != kNone && q.close <= i + kMaxQuotedName + 1 && q.close + 1 < limit &&
        (lam_skip || !v_.is(q.close + 1, ".")))
      i = q.close + 1;
  }
  // A role's quoted name before the person who holds it: مدير مهرجان "ليالي الصيف" سالم …
  if (i < limit && v_.opens_quote(i)) {
    const QuotePair& q = v_.pairs()[v_.at(i).pair];
    if (q.close != kNone && q.close <= i + kMaxQuotedName + 1 && q.close + 1 < limit && is_person(q.close + 1))
      i = std::min(v_.at(q.close + 1).mention_end, limit);
  }
  // A body's name in brackets after its description: وكالة الأنباء الصينية (شينخوا); a holder's
  // between dashes after the role: المبعوث الأممي الخاص للشرق الأوسط -نيكولاي ملادينوف-.
  if (i + 2 < limit && i > p && (v_.is(i, "(") || v_.is(i, "-")) && v_.at(i + 1).entity >= 0 &&
      v_.entities()[v_.at(i + 1).entity].type != EntityType::kLocation) {
    const std::size_t e = v_.at(i + 1).mention_end;
    if (e < limit && v_.is(e, v_.is(i, "(") ? ")" : "-")) i = e + 1;
  }
  // … or the holder's own name quoted after the role: قائد الفرقة "محمد بالطيور": أنه …;
  // also after a description of the article's own (وقال البائع العماني "أمجد": …).
  const auto described = [&] {
    if (i > p + 3) return false;
    for (std::size_t k = p; k < i; ++k)
      if (!v_.at(k).norm.starts_with("\u0627\u0644") || v_.at(k).entity >= 0 || v_.at(k).cls != CueClass::kNone) return false;
    return true;
  };
  if (i < limit && i > p && v_.opens_quote(i) && (names_a_source(p, p + 1, false) || described())) {
    const QuotePair& q = v_.pairs()[v_.at(i).pair];
    if (q.close != kNone && q.close <= i + kMaxQuotedName + 1 && q.close < limit && is_person(i + 1)) {
      *span = q.content;
      return q.close + 1;
    }
  }
  // رئيس البنك الدولي، جيم يونغ كيم: «…»; رئيس الهيئة، الفريق مهاب مميش: a role's holder
  // named after a comma (after at most two title words), the name closed by punctuation, a
  // quote mark or إن, or by when it was said first (رئيس الهيئة، عيسى قراقع مساء أمس الجمعة: …).
  static const text::WordSet when = text::search_forms(
      {"مساء", "صباح", "ظهر", "عصر", "فجر", "ليلة", "أمس", "اليوم", "يوم", "السبت", "الأحد", "الاثنين",
       "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"});
  if (i < limit && v_.is_comma(i) && names_a_source(p, p + 1, false)) {
    bool named = false;
    for (std::size_t k = p; k < i; ++k) named = named || is_person(k);
    std::size_t j = i + 1;
    while (!named && j < limit && j < i + 3 && v_.is_word(j) && !is_person(j) && v_.at(j).entity < 0 &&
           v_.at(j).cls == CueClass::kNone)
      ++j;
    if (!named && j < limit && is_person(j)) {
      const std::size_t e = std::min(v_.at(j).mention_end, limit);
      std::size_t c = e;
      while (c < limit && c < e + 4 && when.contains(v_.at(c).norm)) ++c;
      if (c == limit || !v_.is_word(c) || v_.opens_quote(c) || v_.at(c).cls == CueClass::kComplement) i = e;
    }
  }
  *span = v_.span(p, i);
  if (lam_skip) span->begin += static_cast<std::uint32_t>(lam_skip);
  return i;
}

// العام الماضي، الشهر المقبل، الأسبوع الجاري: a time with the article and its adjective, an
// adjunct of the verb (أعلنت الشركة العام الماضي أن), no part of a speaker phrase.
bool Finder::time_adjunct(std::size_t i) const {
  static const text::WordSet nouns = text::search_forms({"العام", "الشهر", "الأسبوع", "السنة", "اليوم"});
  static const text::WordSet adjectives = text::search_forms(
      {"الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "الجارية", "الحالي", "الحالية", "المنصرم", "القادم",
       "القادمة", "الفائت", "نفسه", "ذاته"});
  return i + 1 < v_.size() && nouns.contains(v_.at(i).norm) && adjectives.contains(v_.at(i + 1).norm);
}

// العام after a role is "general", not "the year": القنصل العام، الأمين العام، المدير العام; so
// after any word with the article (مدير الأمن العام للشؤون الأمنية) but a time's adjective.
bool Finder::general(std::size_t i) const {
  if (i == 0 || v_.at(i).norm != "\u0627\u0644\u0639\u0627\u0645" || is_person(i - 1) || time_adjunct(i)) return false;
  return names_a_source(i - 1, i, false) || (v_.at(i - 1).norm.starts_with("\u0627\u0644") && v_.is_word(i - 1) &&
                                             i + 1 < v_.size() && v_.is_word(i + 1));
}

// وحول أهداف الائتلاف أشار إلى أن، وعن الاتهامات قال: a prepositional phrase before the verb is
// its topic, not its subject, which stays implied. `topic`: a word that names what is spoken
// about (حول، عن، بشأن …), not any adjunct (في كلمة ألقاها الأمير …، قال).
bool Finder::fronted_adjunct(std::size_t i, bool topic) const {
  std::string_view w = v_.at(i).norm;
  if (w.size() > 4 && (w.starts_with("\u0648") || w.starts_with("\u0641"))) w.remove_prefix(2);
  if (about(w) || w == "\u0639\u0646" || w == "\u0628\u0627\u0644\u0646\u0633\u0628\u0647")
    return true;  // عن، بالنسبة
  if (topic) return false;
  return w == "\u0639\u0644\u064A" || is_stop(CueLexicon::instance().word_class(w));  // على، في، خلال، بعد …
}

// وفي رده على سؤال حول …، ردا على أسئلة الصحافيين، وفي معرض ردها على سؤال: a reply to a question
// opening the sentence, whose names (the question's) are no subject of the verb after it.
bool Finder::reply_adjunct(std::size_t i) const {
  static const text::WordSet his_reply = text::search_forms({"رده", "ردها", "ردهم", "ردهما"});
  if (i + 1 >= v_.size()) return false;
  const std::string_view w = without_and(i);
  if (w == "\u0631\u062F\u0627")
    return v_.at(i + 1).norm == "\u0639\u0644\u064A";  // ردا (tanween folded away) على
  if (w != "\u0641\u064A") return false;               // في
  static const std::string showing = text::normalize_search("معرض");
  std::size_t k = i + 1;
  if (v_.at(k).norm == showing) ++k;
  return k + 1 < v_.size() && his_reply.contains(v_.at(k).norm) && v_.at(k + 1).norm == "\u0639\u0644\u064A";
}

// خلاله، خلالها، فيه، فيها right after a verb: "during it", "in it", the pronoun standing for
// the noun before the verb (كلمة قال خلالها، كلمة أكد فيها): the verb opens a relative clause.
bool Finder::adjunct_of_antecedent(std::size_t i) const {
  if (i >= v_.size()) return false;
  const std::string_view w = v_.at(i).norm;
  return w == "\u062E\u0644\u0627\u0644\u0647" || w == "\u062E\u0644\u0627\u0644\u0647\u0627" ||
         w == "\u0641\u064A\u0647" || w == "\u0641\u064A\u0647\u0627";
}

// قائد الكتيبة 80 المسؤولة عن … العميد روي الكبيتس، أن: a role's phrase that runs past a
// stop word (في، مع، لدى) to the name of its holder. The head at `head` must be a role,
// office or descriptor and the words up to the name plain (no punctuation, no adjunct such
// as خلال لقائه مع …); returns one past the name, or kNone.
std::size_t Finder::name_in_apposition(std::size_t head, std::size_t from, std::size_t limit) const {
  if (head >= limit || !names_a_source(head, head + 1, false) || is_person(head)) return kNone;
  // The holder's name closed by punctuation, a quote mark or إن.
  const auto closed = [&](std::size_t e) {
    return e < limit && (!v_.is_word(e) || v_.at(e).cls == CueClass::kComplement) ? e : kNone;
  };
  bool past_comma = false;
  bool named = false;  // (a phrase that already names its holder, اللواء جعفر سعد، مستشار الرئيس …)
  for (std::size_t k = head; k < from && k < v_.size(); ++k) named = named || is_person(k);
  for (std::size_t i = from; i < limit && i < head + kMaxSpeakerWords + 6; ++i) {
    if (is_person(i)) return past_comma ? closed(v_.at(i).mention_end) : v_.at(i).mention_end <= limit ? v_.at(i).mention_end : kNone;
    // … مدير العمليات في شركة الشايع للتجارة، هنريك كريستيانسن: «…»: the holder after a comma;
    // or after one more description (رئيس اللجنة الاجتماعية بالنادي السعودي في يورك، المبتعث
    // لتحضير رسالة الدكتوراه سويلم العطوي، إنه).
    if (i > from && v_.is_comma(i) && i + 1 < limit && is_person(i + 1)) return closed(v_.at(i + 1).mention_end);
    // (also a comma right after the role: وقال الباحث الفلكي، بقسم علوم الفلك بجامعة الملك
    // عبدالعزيز، ملهم بن محمد هندي:)
    if ((i > from || !named) && v_.is_comma(i) && !past_comma) {
      past_comma = true;
      continue;
    }
    if (v_.is(i, "/") && i + 1 < limit && is_person(i + 1)) continue;  // الدكتور / بدر السمحان
    if (i > from && v_.abbreviation_stop(i)) continue;                   // في سورية د. بدر السمحان
    const WordInfo& w = v_.at(i);
    bool plain = v_.is_word(i) || v_.tokens()[i].kind == text::TokenKind::kNumber;
    bool allowed_stop = w.norm == "\u0641\u064A" || w.norm == "\u0645\u0639" ||  // في، مع
                        w.norm == "\u0644\u062F\u064A";  // لدى: السفير لدى الأمم المتحدة
    if (!plain || is_cue(w.cls) || w.cls == CueClass::kComplement || (is_stop(w.cls) && !allowed_stop && !general(i)) ||
        object_not_subject(i, i + 1))
      return kNone;
  }
  return kNone;
}

// The subject written before a verb (الوزير قال), back to the clause's start. Sets *implicit
// when the clause starts right at the verb or with a pronoun (لكنه قال). Returns the first
// token of the subject, or kNone when the verb has no usable subject.
std::size_t Finder::subject_before(const Cue& c, Span* span, bool* implicit) const {
  const text::Sentence& s = v_.sentence_of(c.first);
  if (c.first > s.first_token && relative_pronoun(v_.at(c.first - 1).norm)) {
    // … ايلون ماسك، مؤسس شركة … (سبيس إكس) الذي قال إنه …: the nearest person before it.
    // (not past a cue: in «… بحسب المصادر الامريكية التي قالت» the sources speak)
    for (std::size_t t = c.first - 1; t > s.first_token && c.first - t <= kMaxSpeakerWords + 6;) {
      --t;
      if (is_cue(v_.at(t).cls)) break;
      if (!is_person(t)) continue;
      std::size_t b = t;
      while (b > s.first_token && v_.at(b - 1).entity == v_.at(t).entity) --b;
      *span = v_.span(b, v_.at(t).mention_end);
      return b;
    }
    // … وأخص بالشكر ذلك الخبير السعودي المختص في قطاع الثروة الحيوانية الذي أشار إلى أن: no one
    // named; the described source the relative pronoun follows, its phrase up to the pronoun.
    // (a descriptor, a role or an office heads it; no name and no verb of saying in it)
    std::size_t h = kNone;
    for (std::size_t t = c.first - 1; t-- > s.first_token && c.first - 1 - t <= 8;) {
      const WordInfo& w = v_.at(t);
      if (!v_.is_word(t) || w.entity >= 0 || is_cue(w.cls) || w.cls == CueClass::kComplement || w.cls == CueClass::kClause)
        break;
      std::string_view head = w.norm;
      head = without_article(head);
      const CueClass cls = CueLexicon::instance().word_class(head);
      if (cls == CueClass::kDescriptor || cls == CueClass::kRole || cls == CueClass::kOffice) h = t;
    }
    // (أحد كبار المسؤولين: one of them, named by أحد and كبار before the head)
    static const text::WordSet of_them = text::search_forms({"أحد", "إحدى", "كبار"});
    while (h != kNone && h > s.first_token && of_them.contains(v_.at(h - 1).norm)) --h;
    // (the pronoun agrees with it: الذي no head written with ة, التي no role or masculine plural
    // without it — not رئيس مقتنع بالدعاية الإيرانية التي تقول, whose pronoun is the propaganda's;
    // المصادر … التي is)
    if (h != kNone) {
      const bool feminine_head = v_.surface(h).ends_with("\u0629");
      std::string_view head = v_.at(h).norm;
      head = without_article(head);
      const CueClass cls = CueLexicon::instance().word_class(head);
      const std::string_view written = v_.surface(h);
      const bool person_title = cls == CueClass::kRole || cls == CueClass::kOffice ||
                                written.ends_with("\u0648\u0646") || written.ends_with("\u064A\u0646");  // المحللون
      const std::string_view pronoun = v_.at(c.first - 1).norm;
      if ((pronoun == "\u0627\u0644\u0630\u064A" && feminine_head) ||
          (pronoun == "\u0627\u0644\u062A\u064A" && !feminine_head && person_title))
        h = kNone;
    }
    if (h != kNone && h + 1 < c.first - 1) {
      *span = v_.span(h, c.first - 1);
      return h;
    }
    *implicit = true;
    return kNone;
  }
  // كان، وكانت، فكان: "was", before the subject it sets in the past.
  const auto was = [&](std::size_t t) {
    std::string_view w = v_.at(t).norm;
    if (w.size() > 4 && (w.starts_with("\u0648") || w.starts_with("\u0641"))) w.remove_prefix(2);
    return w == "\u0643\u0627\u0646" || w == "\u0643\u0627\u0646\u062A";
  };
  // وكان نائب القائد … جون ديفيز قد قال: the subject stands between كان and قد.
  if (c.first > s.first_token + 2 && v_.at(c.first - 1).norm == "\u0642\u062F") {
    for (std::size_t t = c.first - 1; t-- > s.first_token && c.first - t <= kMaxSpeakerWords + 8;) {
      if (!was(t)) continue;
      if (t + 1 >= c.first - 1) break;
      *span = v_.span(t + 1, c.first - 1);
      return t + 1;
    }
  }
  // فهي تقول «…»، وهو يقول: a pronoun right before the verb is its subject; the speaker is the
  // one it stands for.
  if (c.first > s.first_token) {
    std::string_view w = v_.at(c.first - 1).norm;
    if (w.size() > 4 && (w.starts_with("\u0648") || w.starts_with("\u0641"))) w.remove_prefix(2);
    // ومضى يقول، وراحت تقول، وظل يقول: a verb of going on right before it is no subject either;
    // the one who goes on speaking is the speaker before.
    static const text::WordSet going_on =
        text::search_forms({"مضى", "مضت", "راح", "راحت", "ظل", "ظلت", "عاد", "عادت", "أخذ", "أخذت", "استمر", "استمرت"});
    if (w == "\u0647\u0648" || w == "\u0647\u064A" || w == "\u0647\u0645" || w == "\u0647\u0645\u0627" ||
        going_on.contains(w)) {
      *implicit = true;
      return kNone;
    }
  }
  std::size_t b = c.first;
  std::size_t end = c.first;  // the subject's end: before a channel (وفقا للمسؤول) if there is one
  // أحد الأيتام "فضل عدم ذكر اسمه" أوضح: a remark in quote marks right before the verb stands
  // aside; the subject ends before it.
  // (Not a name the subject gives in quote marks: وكانت صحيفة "واشنطن بوست" ذكرت; a remark has
  // three words or more, no name, and no source noun before it.)
  if (const std::size_t m = c.first - 1; c.first > s.first_token + 2 && v_.at(m).pair != kNone) {
    const QuotePair& q = v_.pairs()[v_.at(m).pair];
    bool remark = q.close == m && q.open > s.first_token + 1 && m - q.open >= 4 && m - q.open <= 6 &&
                  v_.is_word(q.open - 1) && v_.at(q.open - 1).cls == CueClass::kNone;
    for (std::size_t k = q.open + 1; remark && k < m; ++k) remark = v_.at(k).entity < 0;
    if (remark) b = end = q.open;
  }
  while (b > s.first_token && end - b < kMaxSubjectWords + 1) {
    std::size_t t = b - 1;
    const WordInfo& w = v_.at(t);
    // رئيس الأركان وفقا للمسؤول العراقي أكد: the subject stands before the channel.
    if ((w.cls == CueClass::kAccording || w.cls == CueClass::kAccordingLam) && end == c.first && t > s.first_token) {
      end = b = t;
      continue;
    }
    if (!v_.is_word(t) || w.cls == CueClass::kComplement || w.cls == CueClass::kClause ||
        is_cue(w.cls))
      break;
    b = t;
  }
  // المسؤول العراقي الذي رفض ذكر اسمه قال: a relative clause's object is no subject; the
  // subject is the phrase before the relative pronoun.
  if (b < end && object_not_subject(b, end) && b > s.first_token) {
    for (std::size_t r = b; r-- > s.first_token && b - r <= kMaxSubjectWords;) {
      if (!relative_pronoun(v_.at(r).norm)) continue;
      std::size_t h = r;
      while (h > s.first_token && r - h < kMaxSubjectWords && v_.is_word(h - 1) &&
             v_.at(h - 1).cls != CueClass::kComplement && v_.at(h - 1).cls != CueClass::kClause && !is_cue(v_.at(h - 1).cls))
        --h;
      if (h < r) b = h, end = r;
      break;
    }
  }
  bool at_boundary = b == s.first_token || !v_.is_word(b - 1) ||
                     v_.at(b - 1).cls == CueClass::kComplement ||
                     v_.at(b - 1).cls == CueClass::kClause || is_cue(v_.at(b - 1).cls);
  if (!at_boundary) return kNone;  // too long to be a subject: the verb is not a cue
  if (b + 1 < end && was(b)) ++b;  // وكان النجيفي أبلغ: without قد too
  if (b + 1 == end && was(b)) {    // لكنه كان يقول: "was", no subject
    *implicit = true;
    return kNone;
  }
  if (b + 1 == end && v_.at(b).norm == "\u0642\u062F") ++b;  // …، كان قد أوضح: no subject written
  if (b == end || fronted_adjunct(b) || reply_adjunct(b)) {
    *implicit = true;
    return kNone;
  }
  *span = v_.span(b, end);
  return b;
}

// A phrase that can be a source: it holds a person (or, with `bodies`, an organisation), or
// starts with a word that names one (مسؤول، مصادر، وزير، بيان، وكالة …), maybe after ال/ل/بال.
bool Finder::names_a_source(std::size_t first, std::size_t end, bool bodies) const {
  for (std::size_t i = first; i < end; ++i) {
    int e = v_.at(i).entity;
    EntityType type = e >= 0 ? v_.entities()[e].type : EntityType::kLocation;
    if (type == EntityType::kPerson || (bodies && type != EntityType::kLocation)) return true;
  }
  if (first >= end) return false;
  const CueLexicon& lexicon = CueLexicon::instance();
  std::string_view w = v_.at(first).norm;
  for (std::string_view prefix : {"", "\u0627\u0644", "\u0644\u0644", "\u0644", "\u0628\u0627\u0644"}) {
    if (w.substr(0, prefix.size()) != prefix || w.size() <= prefix.size() + 2) continue;
    CueClass cls = lexicon.word_class(w.substr(prefix.size()));
    if (cls == CueClass::kReporter || cls == CueClass::kDescriptor || cls == CueClass::kOffice ||
        cls == CueClass::kRole || cls == CueClass::kPartitive)
      return true;
  }
  return false;
}

// Whether the word at i names an office or a role (وزير، أمين، المدير، الناطق), maybe with the article.
bool Finder::office_or_role(std::size_t i) const {
  std::string_view w = v_.at(i).norm;
  w = without_article(w);
  const CueClass cls = CueLexicon::instance().word_class(w);
  return cls == CueClass::kOffice || cls == CueClass::kRole;
}

// What follows a verb but is its object, not its subject: a word with a possessive ending
// and no article (وأبدى أسفه، وقدم شكره), or a plural in the object case (وناشد المسؤولين).
// Names (entities) are always subjects.
bool Finder::object_not_subject(std::size_t first, std::size_t end) const {
  for (std::size_t i = first; i < end; ++i)
    if (v_.at(i).entity >= 0) return false;
  std::string_view w = v_.surface(first);  // as written: ة is no pronoun
  auto ends = [&](std::string_view x) { return w.size() > x.size() + 2 && w.substr(w.size() - x.size()) == x; };
  if (ends("\u064A\u0646") && v_.at(first).norm.rfind("\u0627\u0644", 0) == 0) return true;  // المسؤولين
  if (v_.at(first).norm.rfind("\u0627\u0644", 0) == 0) return false;
  return possessive_ending(w);
}

// The subject an implied cue's sentence names: the first person or organisation in it
// before the cue (not inside a quote), else the subject of the verb that opens it. Empty if
// the sentence names none.
Span Finder::implied_subject(const std::vector<Found>& found, std::size_t k) const {
  const Found& f = found[k];
  const text::Sentence& s = v_.sentences()[f.sentence];
  // وعن الخيارات المطروحة أمام الاتحاد السعودي، أجاب: the names of a fronted topic are no
  // subject (up to its comma; حول هذه النقطة يشدد المستشار …: or to a cue).
  std::size_t from = s.first_token;
  if (fronted_adjunct(from, true))
    for (std::size_t i = from + 1; i < f.cue_token; ++i)
      if (v_.is_comma(i) || is_cue(v_.at(i).cls)) {
        from = v_.is_comma(i) ? i + 1 : i;
        break;
      }
  // A reply's question ends at its comma when one clause follows it to the cue («وردا على سؤال عن
  // الاتفاق، اكتفى رئيس الوزراء … بالقول»), else it runs up to the cue, commas and all («وردا على
  // ما إذا تراوده فكرة التمثيل، لا سيما أن … يشارك فيه الفنان عاصي الحلاني … أجاب»; وفي رده على
  // سؤال حول … برشلونة …، بسبب انتقاله إلى النصر، قال): its names are the question's.
  if (reply_adjunct(from)) {
    std::size_t comma = kNone, commas = 0;
    for (std::size_t i = from + 1; i < f.cue_token; ++i)
      if (v_.is_comma(i)) {
        if (comma == kNone) comma = i;
        ++commas;
      }
    from = commas == 1 && comma + 1 < f.cue_token && !fronted_adjunct(comma + 1) ? comma + 1 : f.cue_token;
  }
  // ورحب المدير بالزيارة، فيما أبدى القنصل يونج سعادته بها، وقال إن …: a clause that فيما or
  // بينما opens, its verb then a person, hands the turn to that person, the subject nearest the cue.
  // (A participle that opens its sentence goes on with the sentence before: «فيما أثنى الدكتور
  // القرني على جهود العاملين. مبينا أن …», when no quote came between.)
  std::size_t scan_from = from, scan_to = f.cue_token;
  if (v_.at(f.cue_token).cls == CueClass::kParticiple && f.cue_token == s.first_token && f.sentence > 0) {
    const text::Sentence& before = v_.sentences()[f.sentence - 1];
    if (before.first_token < before.last_token && v_.at(before.first_token).paragraph == f.paragraph)
      scan_from = before.first_token, scan_to = before.last_token;
  }
  for (std::size_t c = scan_to; c-- > scan_from + 1;) {
    if (v_.at(c).cls != CueClass::kClause || !(v_.at(c).norm == "\u0641\u064A\u0645\u0627" || v_.at(c).norm == "\u0628\u064A\u0646\u0645\u0627"))
      continue;
    if (scan_to != f.cue_token && k > 0 && found[k - 1].cue_token > c) break;  // (a quote came since)
    if (const std::size_t p = turn_to_person(c, scan_to); p != kNone) return v_.span(p, v_.at(p).mention_end);
    break;
  }
  // واستبعد مصدر بمجلس الوزراء، تغيير محلب، وقال: a source the opening verb has for its subject
  // (a word such as مصدر، مسؤول، المتحدث, closed by a comma) comes before the names after it,
  // its object's.
  if (from == s.first_token && from + 2 < f.cue_token && opening_verb(from, f.cue_token, false) &&
      names_a_source(from + 1, from + 2, false) && v_.at(from + 1).entity < 0) {
    Span span;
    std::size_t e = speaker_after(from + 1, f.cue_token, 0, &span);
    std::size_t comma = from + 2;
    while (comma < e && !v_.is_comma(comma)) ++comma;
    e = std::min(e, comma);
    bool named = false;
    for (std::size_t i = from + 1; i < e; ++i) {  // (a place in it is where the source is)
      const int n = v_.at(i).entity;
      named = named || (n >= 0 && v_.entities()[n].type != EntityType::kLocation);
    }
    // (closed by its comma, and no name after it in apposition: وصف رئيس الوزراء، بنيامين نتنياهو،)
    if (e > from + 1 && !named && v_.is_comma(e) && !(e + 1 < f.cue_token && is_person(e + 1)))
      return v_.span(from + 1, e);
  }
  // ونوه أمين الطائف رئيس المجلس البلدي، بدعم الأمير خالد الفيصل …، مؤكداً أن: the subject of the
  // verb that opens the sentence (نوه: a verb of speech with no quote, or another), an office or a
  // role without a name, is the participle's, not a person its object names.
  const bool said_first = from + 1 < f.cue_token && v_.at(from).cls == CueClass::kVerb &&
                          (v_.at(from).norm.starts_with("\u0648") || v_.at(from).norm.starts_with("\u0641"));
  if (from == s.first_token && (said_first || opening_verb(from, f.cue_token, false))) {
    Span span;
    const std::size_t e = speaker_after(from + 1, f.cue_token, 0, &span);
    bool named = false;
    for (std::size_t i = from + 1; i < e; ++i) {
      const int n = v_.at(i).entity;
      named = named || (n >= 0 && v_.entities()[n].type != EntityType::kLocation);
    }
    // (the subject closed by the verb's object with ب: نوه … بدعم، أشاد … بجهود; not a role that
    // goes on to its holder's name: المستشار في الجيش الليبي صلاح الدين عبد الكريم)
    std::size_t o = e < f.cue_token && v_.is_comma(e) ? e + 1 : e;
    const bool object = o < f.cue_token && v_.is_word(o) && !is_person(o) && v_.at(o).norm.starts_with("\u0628") &&
                        v_.at(o).norm.size() > 6 && v_.at(o).cls == CueClass::kNone;
    if (e > from + 1 && !named && object && office_or_role(from + 1) &&
        name_in_apposition(from + 1, e, f.cue_token) == kNone)
      return span;
  }
  // وأشادت بالعمل الذي تشهده مشاركة الكشافة السعودية من جامبوري إلى آخر، لافتة إلى أن: a verb
  // that opens the sentence with its object right after it (ب + a noun) has its subject implied,
  // and the names in its object are no subject of the participle after it: the speaker is the one
  // before. (A verb of speech later in the sentence may have its own: ونختم بقول فلان حيث قال.)
  if (v_.at(f.cue_token).cls == CueClass::kParticiple && from == s.first_token &&
      opening_verb(from, f.cue_token, false) && v_.at(from + 1).entity < 0 &&
      v_.is_word(from + 1) && v_.at(from + 1).norm.starts_with("\u0628") && v_.at(from + 1).norm.size() > 6 &&
      v_.at(from + 1).cls == CueClass::kNone)
    return {};
  // كما اعتقلت الشرطة رجلا يدعى فلان …، وقالت إنها: a feminine cue goes on with the subject of
  // the feminine verb that opens the sentence, a body named by its head (الشرطة، الوزارة) that no
  // entity covers, not with a person its object names.
  if (from == s.first_token && verb_gender(f.cue_token) > 0) {
    std::size_t t = from;
    const std::string_view w = v_.at(t).norm;
    const bool opened = w == "\u0643\u0645\u0627" || w == "\u062B\u0645";  // كما، ثم
    if (opened) ++t;
    const std::string_view verb = v_.at(t).norm;
    if ((opened || verb.starts_with("\u0648") || verb.starts_with("\u0641")) && t + 2 < f.cue_token &&
        v_.is_word(t) && v_.at(t).entity < 0 && v_.at(t).cls == CueClass::kNone && feminine(verb))
      if (Span body = body_by_head(t + 1, f.cue_token); body.end > body.begin) return body;
  }
  for (std::size_t i = from; i < s.last_token && v_.tokens()[i].end <= f.quote.cue.begin; ++i) {
    int e = v_.at(i).entity;
    // Places and works do not speak (بحمد الله …، وقال: God is praised, not quoted).
    if (e < 0 || v_.entities()[e].type == EntityType::kLocation || v_.entities()[e].type == EntityType::kMisc) continue;
    bool quoted = false;
    for_paragraph_neighbours(found, k, [&](const Found& o) {
      quoted = quoted || (o.quote.span.begin <= v_.tokens()[i].begin &&
                          v_.tokens()[i].end <= o.quote.span.end);
    });
    if (quoted) continue;
    // ذكر لـ"الوطن" رئيس لجنة … محمد المسعودي …، مضيفا: the paper told (لـ«الوطن»، لـ عكاظ) is no
    // subject (ل written apart; joined, لمنظمة …, it is as often «of»).
    const bool told = (i > from && v_.lam_apart(i - 1)) ||
                      (i > from + 1 && v_.opens_quote(i - 1) && v_.lam_apart(i - 2));
    // وأضاف في إجابته على سؤال (عكاظ)، ردا على أسئلة «الوطن»: the paper that asked is no subject.
    static const text::WordSet question = text::search_forms(
        {"سؤال", "لسؤال", "بسؤال", "أسئلة", "لأسئلة", "استفسار", "لاستفسار", "استفسارات", "لاستفسارات"});
    const bool bracketed = i > from && (v_.is(i - 1, "(") || v_.opens_quote(i - 1));
    const bool asked = (i > from && question.contains(v_.at(i - 1).norm)) ||
                       (bracketed && i > from + 1 && question.contains(v_.at(i - 2).norm));
    if (told || asked) {
      i = std::max(i, v_.at(i).mention_end - 1);
      continue;
    }
    // رئيس اللجنة البارأولمبية أحمد المقيرن: a body inside an office's phrase names where the
    // office is; the person named right after the body holds it and is the subject.
    // (also after a comma: فند رئيس بلدية عرسال، علي الحجيري، …، مشيرا إلى أن)
    if (v_.entities()[e].type == EntityType::kOrganization && i > s.first_token && office_before(i)) {
      std::size_t j = v_.at(i).mention_end;
      // (past his style or rank: الأمين العام لمجلس التعاون …، الدكتور عبداللطيف الزياني)
      std::size_t k = j + 1;
      while (k < f.cue_token && k < j + 3 && v_.is_word(k) && v_.at(k).entity < 0 && (style_word(v_.at(k).norm) || holds_office(k)))
        ++k;
      if (k < f.cue_token && v_.is_comma(j) && is_person(k)) return v_.span(k, v_.at(k).mention_end);
      // (or past a description of the body between commas: رئيس نادي بايرن ميونيخ، بطل الدوري
      // الألماني في المواسم الثلاثة الأخيرة، كارل هاينز رومينيغه)
      if (v_.is_comma(j))
        for (std::size_t c = j + 1; c < f.cue_token && c <= j + 14; ++c) {
          if (is_cue(v_.at(c).cls) || is_person(c) || (!v_.is_word(c) && !v_.is_comma(c) &&
                                                      v_.tokens()[c].kind != text::TokenKind::kNumber))
            break;
          if (v_.is_comma(c)) {
            if (c + 1 < f.cue_token && is_person(c + 1)) return v_.span(c + 1, v_.at(c + 1).mention_end);
            break;
          }
        }
      for (; j < v_.at(i).mention_end + 3 && j < f.cue_token && v_.is_word(j) && v_.at(j).cls == CueClass::kNone; ++j)
        if (is_person(j)) return v_.span(j, v_.at(j).mention_end);
    }
    return v_.span(i, v_.at(i).mention_end);
  }
  // وعبرت العطار عن سعادتها، وقالت: the subject of the verb that opens the sentence; also after
  // a side's turn (بدوره، قدم أمين الأحساء شكره … وأكد أن؛ في المقابل، …), where a role will do.
  std::size_t first = s.first_token;
  bool opener = false;
  if (v_.at(first).norm.starts_with("\u0628\u062F\u0648\u0631") && first + 2 < f.cue_token && v_.is_comma(first + 1))
    first += 2, opener = true;  // بدوره، بدورها
  else if (v_.at(first).norm == "\u0641\u064A" && first + 3 < f.cue_token && v_.is_comma(first + 2) &&
           v_.at(first + 1).norm == "\u0627\u0644\u0645\u0642\u0627\u0628\u0644")  // المقابل
    first += 3, opener = true;  // في المقابل، استهل والد الشهيد حديثه … وقال
  Span span;
  if (opening_verb(first, f.cue_token, opener)) {
    std::size_t e = speaker_after(first + 1, f.cue_token, 0, &span);
    if (e > first + 1 && object_not_subject(first + 1, e)) span = {};
    if (opener && span.end > span.begin && !names_a_source(first + 1, e)) span = {};
  }
  return span;
}

// The word at `first`, a sentence's first (or the first after بدوره، / في المقابل، when
// `opener`), read as a verb before the cue at `cue`: with و or ف (وعبرت، واستبعد), or after the
// opener, and not a clause word, a bridge or a fronted adjunct (وفيما يتعلق بـ…، وبعد …).
bool Finder::opening_verb(std::size_t first, std::size_t cue, bool opener) const {
  const WordInfo& w = v_.at(first);
  const bool conj = w.norm.starts_with("\u0648") || w.norm.starts_with("\u0641");
  if (first + 1 >= cue || w.norm.size() <= 4 || w.cls != CueClass::kNone || !(conj || opener)) return false;
  // (وكان قد أكد: the particle of the compound past, no subject after the verb)
  if (v_.at(first + 1).norm == "\u0642\u062F") return false;
  CueClass bare = CueLexicon::instance().word_class(conj ? std::string_view(w.norm).substr(2) : std::string_view(w.norm));
  return bare != CueClass::kClause && bare != CueClass::kBridge && !fronted_adjunct(first);
}

// Speakers left to the context: a participle (مضيفا) belongs to the sentence's subject, the
// first person or organisation named before it; after a quote in the same sentence it is
// that quote's speaker; otherwise the speaker is the last one named, as the previous quote's
// speaker or as the subject of a speech verb that had no quote (أكد المحافظ دعمه … وقال إن).
void Finder::resolve_speakers(std::vector<Found>& found) const {
  Quote last, headline;
  std::uint32_t last_sentence = 0;
  std::size_t last_cue = 0;
  bool any = false, last_person = false;  // last: the last speaker, a person's entity or not
  for (std::size_t k = 0; k < found.size(); ++k) {
    Found& f = found[k];
    Quote& q = f.quote;
    // قوله تعالى: {…}، قوله سبحانه: the words after the cue name God, the verse's speaker (of
    // the verse quoted, not of what a reader made of it: فسر قوله تعالى (…) بأنه …).
    bool god_named = false;
    if (f.implicit && q.kind == QuoteKind::kDirect)
      for (std::size_t e = f.cue_token + 2; !god_named && e <= f.cue_token + 3 && e <= v_.size(); ++e)
        if (divine(v_.span(f.cue_token + 1, e))) q.speaker_span = v_.span(f.cue_token + 1, e), god_named = true;
    if (f.implicit && !god_named) {
      bool same_sentence = any && last_sentence == f.sentence && !last.speaker.empty();
      if (!same_sentence) q.speaker_span = implied_subject(found, k);
      if (q.speaker_span.end == 0 && !same_sentence) {
        // A nested quote's speaker is no last speaker, but a narrative subject before it is stale.
        std::size_t since = k > 0 ? found[k - 1].cue_token : kNone;
        for (const auto& [cue, span] : subjects_)
          if (cue < f.cue_token && (!any || cue > last_cue)) {
            q.speaker_span = span;
            since = cue;
          }
        if (!f.anaphor && !CueLexicon::instance().continues(v_.at(f.cue_token).norm))
          if (Span s = narrative_subject(f, since); s.end > s.begin) q.speaker_span = s;
      }
      if (f.anaphor)
        if (Span s = honorific_holder(f); s.end > s.begin) q.speaker_span = s;  // سموه: the prince
      if (q.speaker_span.end == 0 && f.anaphor && last.speaker.empty())
        q.speaker_span = first_person_before(q.cue.begin);  // سموه with no speaker yet
      if (q.speaker_span.end == 0 && last.speaker.empty()) q.speaker_span = lede_subject(f);
      if (q.speaker_span.end == 0 && !any) q.speaker_span = sole_person_before(f);
      // كشف فلان أن الجامعة تواصلت مع وزارة الخدمة المدنية، وأفادت أنه …: a verb of the other
      // gender than the last speaker's, a person, does not go on with him; the body or person
      // named since speaks, or no one. (A body's gender the news writes loosely: أفاد مجلس …
      // وقالت.)
      // Not for a cue inside quote marks, where أعتبر is the first person, not a past verb.
      if (!f.nested && !inside_marks(f.cue_token) && last_person &&
          verb_gender(f.cue_token) * verb_gender(last_cue) < 0) {
        Quote probe = q;
        if (probe.speaker_span.end > 0) link_entity(&probe);
        if (probe.speaker_span.end == 0 || probe.speaker_entity == last.speaker_entity) {
          q.speaker_span = other_gender_subject(f, last_cue, last.speaker_entity);
          if (q.speaker_span.end == 0) continue;
        }
      }
      if (q.speaker_span.end == 0) {
        const Quote& from = any ? last : headline;  // (the headline's speaker when the body names none)
        q.speaker = from.speaker;
        q.speaker_entity = from.speaker_entity;
        // In the same sentence the speaker phrase is in sight: point at it.
        if (same_sentence) q.speaker_span = last.speaker_span;
        continue;
      }
    }
    // وقال عليه السلام: «…»، وقال صلى الله عليه وسلم: a eulogy alone stands for the one it
    // blesses: the Prophet named last before it (رسول الله، النبي), or for رضي الله عنه the last
    // person named.
    if (Span blessed = eulogy_only(q.speaker_span) ? blessed_one(q.speaker_span) : Span{}; blessed.end > blessed.begin)
      q.speaker_span = blessed;
    if (int j = same_source_before(found, k); j < 0 ? (j = statement_issuer(found, k)) >= 0 : true) {
      q.speaker = found[j].quote.speaker;
      q.speaker_entity = found[j].quote.speaker_entity;
    } else {
      if (Span s = source_introduced(found, k); s.end > s.begin) q.speaker_span = s;
      if (Span s = body_named_before(q.speaker_span, q.cue.begin,
                                     any ? std::string_view(last.speaker_entity) : std::string_view{},
                                     std::max(last.cue.end, last.span.end));
          s.end > s.begin)
        q.speaker_span = s;
      link_entity(&q);
      if (q.speaker_entity.empty() && last_person &&
          (official_taken_up(q.speaker_span) || role_taken_up(q.speaker_span, last_cue, last.speaker_entity))) {
        q.speaker = last.speaker;
        q.speaker_entity = last.speaker_entity;
      }
    }
    // فقال سبحانه (…)، قال الله تعالى: scripture cited: its speaker is God, and the one citing
    // it goes on speaking after it (…، مشيرين إلى أن), or, if no one was named before, the
    // speaker is found as if the verse were not there (وصف فلان … بأنه ممن قال الله فيهم (…).
    // وأوضح أنه: فلان).
    const bool scripture = divine(q.speaker_span);
    if (scripture) q.speaker = "\u0627\u0644\u0644\u0647";
    // (A headline's body by its head and place, «سفارة المملكة بمسقط: …», no entity, is no last
    // speaker: the body names it again, in full, and a verb there without a subject goes on
    // with that; only if the body names none, with the headline's.)
    if (f.paragraph == 0 && v_.is(f.cue_token, ":") && q.speaker_entity.empty()) {
      if (Span s = headline_role_holder(q.speaker_span); s.end > s.begin) {
        q.speaker_span = s;
        link_entity(&q);
      } else {
        headline = q;
        continue;
      }
    }
    if (!f.nested && !scripture) {
      last_person = is_person_entity(q.speaker_entity);
      last = q;
      last_sentence = f.sentence;
      last_cue = f.cue_token;
      any = true;
    }
  }
}

// وعبر المحافظ عن شكره: عبر "via" is the verb "expressed" at a clause's start with عن after it.
bool Finder::expressed_verb(std::size_t t, std::size_t limit) const {
  std::string_view w = v_.at(t).norm;
  if (w.starts_with("\u0648") || w.starts_with("\u0641")) w.remove_prefix(2);
  if (w != "\u0639\u0628\u0631") return false;
  for (std::size_t k = t + 2; k < limit && k < t + 10 && v_.is_word(k); ++k)
    if (v_.at(k).norm == "\u0639\u0646") return true;
  return false;
}

// وتحول أم فيصل من … إلى …. وأبانت أنها …: the subject of a sentence that opens with a verb
// (وزار، كما أدانت) and names a person or an organisation right after it, in one of the two
// sentences before f and after the token `since` (the last speaker's cue, kNone if none);
// empty if none.
// Only for a cue that does not go on with the last speaker (وأضاف keeps him).
// الشرطة، الهيئة العامة للغذاء والدواء: a body named by a feminine head with the article at
// `first`, that no entity covers, as a phrase of the words with the article (or of a name) that
// follow the head (not the object after them: «الحكومة الصينية بيانا»، «الهيئة … خطوات»، «قد»);
// empty if none.
Span Finder::body_by_head(std::size_t first, std::size_t limit) const {
  if (first >= limit || v_.at(first).entity >= 0 || !v_.at(first).norm.starts_with("\u0627\u0644")) return {};
  const std::string_view head = std::string_view(v_.at(first).norm).substr(4);
  if (!head.ends_with("\u0647") || !institution_heads().contains(head)) return {};
  Span phrase;
  const std::size_t end = speaker_after(first, limit, 0, &phrase);
  const auto goes_on = [&](std::size_t i) {
    const std::string_view x = v_.at(i).norm;
    return v_.is_word(i) && (v_.at(i).entity >= 0 || x.starts_with("\u0627\u0644") || x.starts_with("\u0644\u0644") ||
                             x.starts_with("\u0628\u0627\u0644") || x.starts_with("\u0648\u0627\u0644"));
  };
  std::size_t e = first + 1;
  while (e < end && goes_on(e)) ++e;
  return v_.span(first, e);
}

Span Finder::narrative_subject(const Found& f, std::size_t since) const {
  static const text::WordSet adjunct_heads = text::search_forms(
      {"أثناء", "خلال", "عقب", "بعد", "قبل", "في", "وأثناء", "وخلال", "وعقب", "وبعد", "وقبل", "وفي"});
  for (std::uint32_t s = f.sentence, n = 0; s-- > 0 && n < kNarrativeReach; ++n) {
    const text::Sentence& sent = v_.sentences()[s];
    std::size_t t = sent.first_token;
    if (t >= sent.last_token || (since != kNone && t <= since) || v_.at(t).paragraph + 1 < f.paragraph) break;
    // من جهته، شن فلان …؛ بدوره، أكد فلان: a side's turn, then its verb.
    bool opener = false;
    if (v_.at(t).norm == "\u0645\u0646" && t + 2 < sent.last_token && v_.is_comma(t + 2) &&
        (v_.at(t + 1).norm.starts_with("\u062C\u0647\u062A") || v_.at(t + 1).norm.starts_with("\u062C\u0627\u0646\u0628"))) {
      t += 3, opener = true;  // من جهته، من جانبها
    } else if (v_.at(t).norm.starts_with("\u0628\u062F\u0648\u0631") && t + 1 < sent.last_token && v_.is_comma(t + 1)) {
      t += 2, opener = true;  // بدوره، بدورها
    } else if (t + 3 < sent.last_token && v_.at(t).norm.size() > 4 && v_.at(t).norm.starts_with("\u0648") &&
               is_stop(CueLexicon::instance().word_class(std::string_view(v_.at(t).norm).substr(2))) && v_.is_word(t + 1) &&
               v_.at(t + 1).norm.starts_with("\u0627\u0644") && v_.at(t + 1).entity < 0 && v_.is_word(t + 2) &&
               !v_.at(t + 2).norm.starts_with("\u0627\u0644") && v_.at(t + 2).entity < 0) {
      t += 2, opener = true;  // وخلال اللقاء عبر المنسق …: an adjunct before the verb
    } else if (adjunct_heads.contains(v_.at(t).norm)) {
      // أثناء البرنامج، تندر أوباما …: an adjunct of up to four words closed by a comma
      for (std::size_t k = t + 1; k < sent.last_token && k <= t + 5; ++k) {
        if (v_.is_comma(k)) {
          if (k > t + 1 && k + 2 < sent.last_token) t = k + 1, opener = true;
          break;
        }
        if (!v_.is_word(k) || v_.at(k).cls != CueClass::kNone) break;
      }
    }
    const WordInfo& w = v_.at(t);
    std::string_view clause = w.norm;  // كما أدانت، ثم زار
    bool conj = opener || (w.norm.size() > 4 && (w.norm.rfind("\u0648", 0) == 0 || w.norm.rfind("\u0641", 0) == 0));
    // A paragraph's first sentence (the lede) opens with a verb without و: استنكر فلان …
    bool lede = t > 0 && v_.at(t - 1).paragraph != w.paragraph && w.paragraph > 0;
    if (clause == "\u0643\u0645\u0627" || clause == "\u062B\u0645") ++t;
    else if (!conj && !lede)
      continue;
    const bool expressed = expressed_verb(t, sent.last_token);
    if (t + 1 >= sent.last_token || !v_.is_word(t) || (v_.at(t).cls != CueClass::kNone && !expressed) ||
        v_.at(t).entity >= 0 || v_.at(t).norm.rfind("\u0627\u0644", 0) == 0)
      continue;
    std::string_view surface = v_.surface(t);  // a verb has no ال and no ة (وزيارة أوباما)
    if (surface.size() >= 2 && surface.substr(surface.size() - 2) == "\u0629") continue;
    std::string_view bare = v_.at(t).norm;
    if (t == sent.first_token && conj) bare = bare.substr(2);
    else if (opener && (bare.starts_with("\u0648") || bare.starts_with("\u0641"))) bare = bare.substr(2);
    CueClass cls = CueLexicon::instance().word_class(bare);
    if (!expressed && (cls == CueClass::kClause || is_stop(cls) || cls == CueClass::kBridge)) continue;
    Span span;
    std::size_t end = speaker_after(t + 1, sent.last_token, 0, &span);
    if (end == t + 1 || object_not_subject(t + 1, end)) continue;
    bool named = false;
    for (std::size_t i = t + 1; i < end; ++i)
      named = named || is_person(i) ||
              (i == t + 1 && v_.at(i).entity >= 0 &&
               v_.entities()[v_.at(i).entity].type == EntityType::kOrganization);
    if (named) return span;
    if (std::size_t e = name_in_apposition(t + 1, end, sent.last_token); e != kNone) return v_.span(t + 1, e);
    // عبر المنسق الإنساني للأمم المتحدة عن سروره: a role the article gave one person named before.
    if (held_by_one(t + 1, end - (t + 1), v_.tokens()[t].begin) >= 0) return span;
    // A country speaks as a state (كما أدانت مملكة البحرين … وشددت): a place right after a
    // verb, or after one head word, when both verbs are feminine, as a country's are.
    if (!feminine(v_.at(f.cue_token).norm) || !feminine(v_.at(t).norm)) continue;
    for (std::size_t i = t + 1; i < t + 3 && i < sent.last_token && v_.is_word(i); ++i) {
      int e = v_.at(i).entity;
      if (e >= 0 && v_.entities()[e].type == EntityType::kLocation) return v_.span(t + 1, v_.at(i).mention_end);
    }
    // … and so does a body named by its head that no entity covers (كما حددت الهيئة العامة للغذاء
    // والدواء خطوات …. وذكرت أن …).
    if (verb_gender(f.cue_token) <= 0) continue;  // (لفت ends in ت too)
    if (Span body = body_by_head(t + 1, sent.last_token); body.end > body.begin) return body;
  }
  return {};
}

// The first implied speaker of an article with none named before it: the subject of the verb
// that opens the body (أعلنت كلية التربية بعفيف عن حاجتها … وقالت إن), named or described,
// when the two verbs agree in gender. Empty if the body opens otherwise.
Span Finder::lede_subject(const Found& f) const {
  for (std::uint32_t s = 0; s <= f.sentence; ++s) {
    const text::Sentence& sent = v_.sentences()[s];
    const std::size_t t = sent.first_token;
    if (t >= sent.last_token || v_.at(t).paragraph == 0) continue;  // the title
    // (the cue's own sentence too: أصدرت الوزارة بيانا … قالت فيه:)
    if (s == f.sentence && t + 1 >= f.cue_token) return {};
    const WordInfo& w = v_.at(t);
    if (t + 1 >= sent.last_token || !v_.is_word(t) || (w.cls != CueClass::kNone && w.cls != CueClass::kVerb) || w.entity >= 0 ||
        w.norm.rfind("\u0627\u0644", 0) == 0 || w.norm.rfind("\u0648", 0) == 0 || w.norm.rfind("\u0641", 0) == 0)
      return {};
    std::string_view surface = v_.surface(t);  // a verb has no ة
    if (surface.size() >= 2 && surface.substr(surface.size() - 2) == "\u0629") return {};
    const CueClass cls = CueLexicon::instance().word_class(w.norm);
    if (cls == CueClass::kClause || is_stop(cls) || cls == CueClass::kBridge) return {};
    if (feminine(w.norm) != feminine(v_.at(f.cue_token).norm)) return {};
    Span span;
    const std::size_t end = speaker_after(t + 1, s == f.sentence ? f.cue_token : sent.last_token, 0, &span);
    if (end == t + 1 || object_not_subject(t + 1, end)) return {};
    // Someone who can speak: a person or a body named, a role or a source described, or an
    // institution by its head word and name (كلية التربية بعفيف، إدارة المرور); not a thing
    // (عدد، قصة) nor a head alone (شركة).
    const text::WordSet& institutions = institution_heads();
    const std::size_t h = t + 1;
    std::string_view head = v_.at(h).norm;
    head = without_article(head);
    const int e = v_.at(h).entity;
    const bool named_body = v_.at(h).norm == head && institutions.contains(head) && end > h + 1 && end <= h + 5;
    // (or by its head with the article and an adjective after a verb in the feminine past:
    // جددت الإدارة الهلالية تأكيدها; not تُعد الوكالة الشرعية, a power of attorney)
    const bool described_body = v_.at(h).norm != head && institutions.contains(head) && end == h + 2 &&
                                v_.at(h + 1).norm.starts_with("\u0627\u0644") && v_.at(h + 1).entity < 0 &&
                                w.norm.ends_with("\u062A");
    const bool speaks = (e >= 0 && v_.entities()[e].type != EntityType::kLocation) || role_head(h) ||
                        holds_office(h) || unnamed_source(h) || named_body || described_body;
    return speaks ? span : Span{};
  }
  return {};
}

// وأوضحت المصادر أن …, after كشفت مصادر مطلعة يمنية عن خلافات (a verb of speech with no quote):
// the source a description with the article takes up, introduced without it by a speech verb's
// subject (the nearest before found[k] whose phrase, of six words at most, starts with that
// noun); also a news outlet a quote before named by its name (أفادت وكالة أنباء الأناضول أن …
// وقالت الوكالة إن).
// Empty if none.
Span Finder::source_introduced(const std::vector<Found>& found, std::size_t k) const {
  const Found& f = found[k];
  auto [t, end] = tokens_in(f.quote.speaker_span);
  if (end >= t + 2 && demonstrative_before_noun(t)) ++t;
  if (end <= t || end > t + 3 || !v_.is_word(t)) return {};
  std::string_view w = v_.at(t).norm;
  if (!w.starts_with("\u0627\u0644") || w.size() < 8) return {};
  const std::string_view head = w.substr(4);
  static const text::WordSet outlets =
      text::search_forms({"وكالة", "صحيفة", "جريدة", "مجلة", "قناة", "شبكة", "إذاعة", "موقع"});
  const CueClass cls = CueLexicon::instance().word_class(head);
  const bool outlet = cls == CueClass::kReporter && outlets.contains(head);
  if (cls != CueClass::kDescriptor && cls != CueClass::kOffice && !outlet) return {};
  Span best;
  std::size_t best_cue = 0;
  const auto consider = [&](std::size_t cue, Span span) {
    if (cue >= f.cue_token || (best.end > best.begin && cue < best_cue)) return;
    auto [b, e] = tokens_in(span);
    if (b < e && e > b + 1 && e <= b + 6 && v_.at(b).norm == head) best = span, best_cue = cue;
  };
  for (const auto& [cue, span] : subjects_) consider(cue, span);
  // (a quote's outlet only when its phrase names it: «تقرير أجري بطلب …» is no better than التقرير)
  const auto named = [&](Span span) {
    auto [b, e] = tokens_in(span);
    for (std::size_t i = b; i < e; ++i)
      if (v_.at(i).entity >= 0) return true;
    return false;
  };
  if (outlet)
    for (std::size_t j = 0; j < k; ++j)
      if (named(found[j].quote.speaker_span)) consider(found[j].cue_token, found[j].quote.speaker_span);
  return best;
}

// وقال المسؤول التركي …، وقال مسؤول الحج: after a named person has spoken, «the official»
// with the article (and his nation's adjective), or an official in construct with what he is in
// charge of, takes that person up, as the news writes it to vary the name. Not one a relative
// or a place goes on to describe (المسؤول الذي فضل عدم الكشف عن اسمه، المسؤول في أحد المطابخ):
// an unnamed source; في before the occasion he spoke on is none (في مؤتمر صحافي).
bool Finder::official_taken_up(Span span) const {
  static const std::string official = text::normalize_search("\u0627\u0644\u0645\u0633\u0624\u0648\u0644"),
                           bare = text::normalize_search("\u0645\u0633\u0624\u0648\u0644");  // المسؤول، مسؤول
  auto [t, end] = tokens_in(span);
  if (end <= t || end > t + 2 || !v_.is_word(t)) return false;
  const std::string_view w = v_.at(t).norm;
  if (end == t + 1) {
    if (w != official) return false;
  } else {
    const std::string_view next = v_.at(t + 1).norm;
    if (!v_.is_word(t + 1) || !next.starts_with("\u0627\u0644")) return false;
    if (w == official ? !next.ends_with("\u064A") : w != bare) return false;  // المسؤول التركي، مسؤول الحج
  }
  if (end < v_.size() && v_.is_comma(end)) ++end;  // (المسؤول، الذي …)
  if (end < v_.size() && v_.is_word(end)) {
    // (في + the occasion he spoke on is no place he works in: في مؤتمر صحافي، في تصريح)
    static const text::WordSet occasions =
        text::search_forms({"مؤتمر", "تصريح", "تصريحات", "حديث", "كلمة", "مقابلة", "بيان", "لقاء"});
    const std::string_view after = v_.at(end).norm;
    if (relative_pronoun(after) || after == "\u0645\u0646") return false;  // الذي، من
    if (after == "\u0641\u064A" && !(end + 1 < v_.size() && occasions.contains(v_.at(end + 1).norm))) return false;  // في
  }
  return true;
}

bool Finder::role_taken_up(Span span, std::size_t last_cue, std::string_view last_entity) const {
  auto [t, end] = tokens_in(span);
  if (end < t + 2 || end > t + 8 || !v_.is_word(t) || v_.at(t).norm.starts_with("\u0627\u0644") || !holds_office(t))
    return false;
  // (a woman's office, مديرة، رئيسة, is no man's the verbs spoke of before, nor the reverse)
  const int gender = v_.surface(t).ends_with("\u0629") ? 1 : -1;
  if (gender * verb_gender(last_cue) < 0) return false;
  // (not one the article gives another office: «قال المدير سالم … وبيّن وكيل الأمين», by his
  // titles or an office word right before his name; a ruler's style, الأمير، الملك، is none)
  const auto office_of = [](std::string_view w) {
    w = without_article(w);
    if (w.ends_with("\u0647")) w.remove_suffix(2);  // رئيسة: رئيس
    return std::string(w);
  };
  const auto entity = std::find_if(v_.entities().begin(), v_.entities().end(), [&](const Entity& e) { return e.id == last_entity; });
  if (entity == v_.entities().end()) return false;
  const int index = static_cast<int>(entity - v_.entities().begin());
  std::set<std::string> offices;
  for (const std::string& title : entity->titles) {
    const std::string first = text::normalize_search(title.substr(0, title.find(' ')));
    std::string_view bare = first;
    bare = without_article(bare);
    const CueClass cls = CueLexicon::instance().word_class(bare);
    if ((cls == CueClass::kRole || cls == CueClass::kOffice) &&
        !(title.find(' ') == std::string::npos && ruler_style(first)))
      offices.insert(office_of(first));
  }
  for (std::size_t i = 1; i < v_.size(); ++i) {
    if (v_.at(i).entity != index || v_.at(i - 1).entity == index) continue;
    // (also past a comma and a style: رئيس الهيئة، المهندس سالم العمر)
    for (std::size_t k = i; k-- > 0 && k + 4 >= i && (v_.is_word(k) || v_.is_comma(k)) && v_.at(k).entity < 0;)
      if (holds_office(k) && !ruler_style(v_.at(k).norm)) offices.insert(office_of(v_.at(k).norm));
  }
  if (!offices.empty() && !offices.contains(office_of(v_.at(t).norm))) return false;
  // (each word after it an office, a definite word or a body's: not «متحدث باسم الجيش»، «عضو في
  // الوفد», unnamed sources, nor a name the tagger missed after the office: «رئيسة القسم أمل
  // الحافظي»)
  for (std::size_t i = t + 1; i < end; ++i) {
    if (!v_.is_word(i) || is_person(i)) return false;
    const bool office = i == t + 1 && holds_office(i) && !v_.at(i).norm.starts_with("\u0627\u0644");
    if (!(office || v_.at(i).entity >= 0 || v_.at(i).norm.starts_with("\u0627\u0644"))) return false;
  }
  return true;
}

// «وزير داخلية البحرين: …» over «… راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين»: a
// headline's speaker named by an office alone is the one person the body names with the same
// office word and another word of the headline's phrase after it (داخلية، بايرن): the holder
// right before the office (or a comma before it; the shared word within 8 words of the office),
// or else the first person after it within 16 words of its sentence. Returns that person's
// mention, or nothing when no one or two people fit.
Span Finder::headline_role_holder(Span speaker) const {
  auto [b, e] = tokens_in(speaker);
  if (e <= b + 1 || e > b + 6 || !holds_office(b)) return {};
  // A word's stem for the match: without و، ب، ل، لل and the article.
  const auto stem = [](std::string_view w) {
    if (w.starts_with("\u0648") && w.size() > 6) w.remove_prefix(2);
    if (w.starts_with("\u0644\u0644") && w.size() > 8) w.remove_prefix(4);
    else if ((w.starts_with("\u0628") || w.starts_with("\u0644")) && w.size() > 8) w.remove_prefix(2);
    w = without_article(w);
    return w;
  };
  const std::string_view office = stem(v_.at(b).norm);
  std::set<std::string_view> words;
  for (std::size_t i = b + 1; i < e; ++i)
    if (v_.is_word(i) && (v_.at(i).entity >= 0 || (v_.at(i).cls == CueClass::kNone && stem(v_.at(i).norm).size() > 4)))
      words.insert(stem(v_.at(i).norm));
  if (words.empty()) return {};
  int holder = -1;
  Span found;
  bool two = false;
  const auto hold = [&](std::size_t first) {
    const int entity = v_.at(first).entity;
    if (holder >= 0 && holder != entity) two = true;
    if (holder < 0) holder = entity, found = v_.span(first, v_.at(first).mention_end);
  };
  for (std::size_t t = e; t < v_.size() && !two; ++t) {
    if (v_.at(t).paragraph == 0 || !v_.is_word(t) || stem(v_.at(t).norm) != office) continue;
    const std::size_t last = v_.sentence_of(t).last_token;
    std::size_t shared = kNone, person = kNone;
    for (std::size_t i = t + 1; i < last && i < v_.size() && i <= t + 16; ++i) {
      if (is_person(i)) {
        person = i;
        break;
      }
      if (shared == kNone && v_.is_word(i) && words.contains(stem(v_.at(i).norm))) shared = i;
    }
    if (shared == kNone) continue;
    const std::size_t before = t > 0 && v_.is_comma(t - 1) ? t - 1 : t;  // (جديع القحطاني، المتحدث الرسمي …)
    if (before > 0 && is_person(before - 1) && shared <= t + 8) {
      std::size_t first = before - 1;
      while (first > 0 && v_.at(first - 1).entity == v_.at(before - 1).entity) --first;
      hold(first);
    } else if (person != kNone) {
      hold(person);
    }
  }
  return two ? Span{} : found;
}

// «فقد أبدت رئيسة وحدات الكشافة … القائدة اليخاندرا مونيوز كويلو إعجابها … وأكدت خلال زيارتها
// … أنها»: the first cue of an article, a verb in the singular that opens its sentence with its
// subject implied, is the one person the sentence before names (none when it names two, or a
// body). (A cue inside its sentence has a subject there, often after it: «أكد الأسبوع أنه»,
// «الدعاية التي تقول»; a participle is its sentence's.)
Span Finder::sole_person_before(const Found& f) const {
  if (f.sentence == 0) return {};
  const text::Sentence& own = v_.sentences()[f.sentence];
  const std::string_view verb = v_.at(f.cue_token).norm;
  if (f.cue_token != own.first_token || v_.at(f.cue_token).cls != CueClass::kVerb || verb.ends_with("\u0627") ||
      verb.ends_with("\u0648\u0646") || verb.ends_with("\u0627\u0646"))  // قالا، يقولون، يقولان
    return {};
  const text::Sentence& before = v_.sentences()[f.sentence - 1];
  if (before.first_token >= before.last_token || v_.at(before.first_token).paragraph == 0) return {};  // (the title)
  int person = -1;
  Span span;
  for (std::size_t i = before.first_token; i < before.last_token && i < v_.size(); ++i) {
    const int e = v_.at(i).entity;
    if (e < 0 || v_.entities()[e].type == EntityType::kLocation || v_.entities()[e].type == EntityType::kMisc) continue;
    if (v_.entities()[e].type != EntityType::kPerson || (person >= 0 && person != e)) return {};
    if (person < 0) span = v_.span(i, v_.at(i).mention_end);
    person = e;
  }
  return span;
}

// Whether a speaker phrase is a eulogy alone: عليه السلام، صلى الله عليه وسلم، رضي الله عنه.
bool Finder::eulogy_only(Span span) const {
  auto [b, e] = tokens_in(span);
  if (e < b + 2 || e > b + 4) return false;
  const std::string_view w = v_.at(b).norm, next = v_.at(b + 1).norm;
  return (w == "\u0639\u0644\u064A\u0647" && next == "\u0627\u0644\u0633\u0644\u0627\u0645" && e == b + 2) ||  // عليه السلام
         ((w == "\u0635\u0644\u064A" || w == "\u0631\u0636\u064A") && next == "\u0627\u0644\u0644\u0647");  // صلى/رضي الله
}

// The one a eulogy alone (eulogy_only) blesses, named before it within a few sentences: the
// Prophet's name or title for صلى الله عليه وسلم and عليه السلام, the last person for رضي الله
// عنه; empty if none.
Span Finder::blessed_one(Span eulogy) const {
  static const text::WordSet prophet = text::search_forms({"النبي", "الرسول", "المصطفى", "نبينا", "رسولنا"});
  static const std::string messenger = text::normalize_search("رسول"), god = text::normalize_search("الله"),
                           pleased = text::normalize_search("رضي");
  const std::size_t b = tokens_in(eulogy).first;
  const bool peace = v_.at(b).norm != pleased;
  for (std::size_t i = b; i-- > 0 && b - i <= 80;) {
    if (peace && prophet.contains(v_.at(i).norm)) return v_.span(i, i + 1);
    if (peace && v_.at(i).norm == messenger && i + 1 < b && v_.at(i + 1).norm == god) return v_.span(i, i + 2);
    if (!peace && is_person(i)) return whole_mention(i);
  }
  return {};
}

// Whether a speaker phrase names God only: الله (تعالى، سبحانه وتعالى، عز وجل، جل جلاله)،
// سبحانه (وتعالى)، تعالى، الحق سبحانه وتعالى، المولى عز وجل.
bool Finder::divine(Span span) const {
  static const std::set<std::string, std::less<>> phrases = [] {
    std::set<std::string, std::less<>> out;
    for (const char* head : {"الله", "الحق", "المولى", ""})
      for (const char* tail : {"", "تعالى", "سبحانه", "سبحانه وتعالى", "عز وجل", "جل جلاله", "جل وعلا"}) {
        std::string p = std::string(head) + (*head && *tail ? " " : "") + tail;
        if (p.empty() || ((std::string_view(head) == "الحق" || std::string_view(head) == "المولى") && !*tail)) continue;
        out.insert(text::normalize_search(p));
      }
    return out;
  }();
  // (قال الله فيهم، قال تعالى عنهم: the ones the verse is about, after the name)
  static const text::WordSet about = text::search_forms({"فيهم", "فيه", "فيها", "فيهن", "عنهم", "عنه", "عنها", "لهم", "له", "لها"});
  auto [b, e] = tokens_in(span);
  if (e - b >= 2 && about.contains(v_.at(e - 1).norm)) --e;
  if (b >= e || e - b > 4) return false;
  std::string phrase;
  for (std::size_t i = b; i < e; ++i) phrase += (i == b ? "" : " ") + v_.at(i).norm;
  // قال عز من قائل: «mighty is He who says», the speaker phrase cut before من.
  static const std::string mighty = text::normalize_search("عز"), exalted = text::normalize_search("جل"),
                           sayer = text::normalize_search("قائل");
  if ((phrase == mighty || phrase == exalted) && e + 1 < v_.size() && v_.at(e).norm == "\u0645\u0646" && v_.at(e + 1).norm == sayer)
    return true;  // (جل من قائل alike)
  return phrases.contains(phrase);
}

// The gender a speech verb in the past shows: 1 feminine (أفادت: أفاد is a cue too), -1
// masculine (لفت: لفتت is a cue too), 0 for any other cue (بحسب، مضيفا، يقول).
int Finder::verb_gender(std::size_t t) const {
  const WordInfo& w = v_.at(t);
  if (w.cls != CueClass::kVerb) return 0;
  std::string_view bare = w.norm;
  if (w.conj) bare.remove_prefix(2);
  const CueLexicon& cues = CueLexicon::instance();
  if (bare.size() > 4 && bare.ends_with("\u062A") && cues.word_class(bare.substr(0, bare.size() - 2)) == CueClass::kVerb)
    return 1;
  return cues.word_class(std::string(bare) + "\u062A") == CueClass::kVerb ? -1 : 0;
}

// The subject a verb of the other gender than the last speaker's (entity id `last`) takes: the
// nearest other person or organisation named between the last cue (`since`) and f's cue, or for
// a feminine verb a body named by its head (وزارة الخدمة المدنية، هيئة …) that no entity covers;
// empty if none.
Span Finder::other_gender_subject(const Found& f, std::size_t since, std::string_view last) const {
  // A feminine head (ة), with the article or without: وزارة الخدمة المدنية، الهيئة.
  const auto feminine_head = [&](std::string_view w) {
    if (w.starts_with("\u0627\u0644")) w.remove_prefix(4);
    return w.ends_with("\u0647") && institution_heads().contains(w);
  };
  const bool feminine_verb = verb_gender(f.cue_token) > 0;
  for (std::size_t i = f.cue_token; i-- > since + 1;) {
    if (v_.at(i).sentence + 1 < f.sentence) break;
    if (const int e = v_.at(i).entity; e >= 0) {
      const EntityType type = v_.entities()[e].type;
      if ((type == EntityType::kPerson || type == EntityType::kOrganization) && v_.entities()[e].id != last) {
        std::size_t first = i;
        while (first > since + 1 && v_.at(first - 1).entity == e) --first;
        return v_.span(first, v_.at(i).mention_end);
      }
    }
    if (!feminine_verb || !feminine_head(v_.at(i).norm)) continue;
    std::size_t end = i + 1;
    while (end < f.cue_token && end < i + 4 && v_.is_word(end) && !ends_speaker(v_.at(end)) &&
           (end == i + 1 || v_.at(end).norm.starts_with("\u0627\u0644")))
      ++end;
    if (end > i + 1 || v_.at(i).norm.starts_with("\u0627\u0644")) return v_.span(i, end);
  }
  return {};
}

// A verb in the feminine past (أدانت، شددت، وأكدت).
bool Finder::feminine(std::string_view norm) {
  return norm.size() > 4 && norm.substr(norm.size() - 2) == "\u062A";
}

// هذا المسؤول، هذه المصادر: a demonstrative at i before a noun with the article.
bool Finder::demonstrative_before_noun(std::size_t i) const {
  static const text::WordSet these = text::search_forms({"هذا", "هذه", "هؤلاء"});
  return i + 1 < v_.size() && these.contains(v_.at(i).norm) && v_.is_word(i + 1) &&
         v_.at(i + 1).norm.starts_with("\u0627\u0644");
}

// وأكد المصدر ذاته، بحسب المصدر نفسه: the earlier quote whose speaker phrase holds the same
// noun (مصدر عسكري ليبي); -1 if the phrase is not of that form or none does.
int Finder::same_source_before(const std::vector<Found>& found, std::size_t k) const {
  auto [t, end] = tokens_in(found[k].quote.speaker_span);
  auto bare = [](std::string_view w) {  // المصدر، للمصدر، لمصدر → مصدر
    for (std::string_view prefix : {"\u0627\u0644", "\u0644\u0644", "\u0644"})
      if (w.size() > prefix.size() + 4 && w.substr(0, prefix.size()) == prefix) return w.substr(prefix.size());
    return w;
  };
  if (end >= t + 2 && v_.at(end - 1).cls == CueClass::kSame) {
    std::string_view head = bare(v_.at(t).norm);
    for (std::size_t j = k; j-- > 0;) {
      auto [b, e] = tokens_in(found[j].quote.speaker_span);
      for (std::size_t i = b; i < e; ++i)
        if (bare(v_.at(i).norm) == head) return static_cast<int>(j);
    }
    return -1;
  }
  // المصادر، المسؤول العراقي: a source described with the article is one introduced before
  // without it (مصادر مطلعة يمنية، مسؤول عراقي رفيع المستوى), the nearest whose phrase starts
  // with that noun and holds every other word.
  // (also «this official», هذا المسؤول, and a spokesman so introduced: متحدث باسم قوات
  // الإطفاء … وقال المتحدث)
  if (end >= t + 2 && demonstrative_before_noun(t)) ++t;
  if (end == t || end > t + 3 || !v_.is_word(t) || bare(v_.at(t).norm) == v_.at(t).norm) return -1;
  std::string_view head = bare(v_.at(t).norm);
  if (const CueClass cls = CueLexicon::instance().word_class(head); cls != CueClass::kDescriptor && cls != CueClass::kOffice)
    return -1;
  for (std::size_t j = k; j-- > 0;) {
    auto [b, e] = tokens_in(found[j].quote.speaker_span);
    if (b >= e || v_.at(b).norm != head) continue;
    bool all = true;
    for (std::size_t i = t + 1; i < end && all; ++i) {
      bool in = false;
      for (std::size_t x = b + 1; x < e && !in; ++x) in = bare(v_.at(x).norm) == bare(v_.at(i).norm);
      all = in;
    }
    if (all) return static_cast<int>(j);
  }
  return -1;
}

// وقالت رئاسة الجمهورية في بيان … وذكر البيان أن: the statement speaks for the one who issued
// it, the speaker of the nearest earlier quote whose sentence names a statement (في بيان،
// أصدرت بيانا، ببيان) before its content; -1 if the speaker is not «the statement» or none does.
int Finder::statement_issuer(const std::vector<Found>& found, std::size_t k) const {
  static const std::string statement = text::normalize_search("البيان");
  auto [t, end] = tokens_in(found[k].quote.speaker_span);
  if (end != t + 1 || v_.at(t).norm != statement) return -1;
  const auto names_statement = [&](std::string_view w) {  // بيان، بيانا، بيانه، ببيان، وبيان
    const std::string& stem = statement_noun();
    for (int i = 0; i < 2 && !w.starts_with(stem); ++i)
      if (w.starts_with("\u0648") || w.starts_with("\u0628\u0628")) w.remove_prefix(2);
    return w.starts_with(stem) && w.size() <= stem.size() + 4;
  };
  for (std::size_t j = k; j-- > 0;) {
    const Quote& q = found[j].quote;
    if (q.speaker.empty() || q.speaker_span.end <= q.speaker_span.begin) continue;
    auto [sb, se] = tokens_in(q.speaker_span);
    if (se == sb + 1 && v_.at(sb).norm == statement) continue;
    if (sb < se && v_.at(sb).norm == statement_noun()) return -1;  // (بيان تم نشره: no issuer named)
    const std::size_t from = v_.sentences()[found[j].sentence].first_token;
    const std::size_t cb = tokens_in(q.span).first;
    for (std::size_t i = from; i < cb && i < v_.size(); ++i)
      if (v_.is_word(i) && names_statement(v_.at(i).norm)) return static_cast<int>(j);
  }
  return -1;
}

// وأوضحت الشركة أن …، وقالت الصحيفة إن …: a body's head alone with the article speaks for the
// body of that kind the article named last before the cue, by that head (شركة كوكاكولا، صحيفة
// «ديلي ستار»: the name after it); empty when the speaker is no such head or none was named.
// The body that spoke last (entity id `last_speaker`, its words ending at `last_said`), if the
// article named it by that head too, goes on speaking though another was named by it before it
// spoke or in what it said (قدمت شركة “هيربالايف” طلبا إلى شركة تويتر … وقالت هيربالايف … وقالت
// الشركة: هيربالايف); a body named after its words is the one meant (a digest's next item).
Span Finder::body_named_before(Span speaker, std::uint32_t before, std::string_view last_speaker,
                               std::uint32_t last_said) const {
  static const text::WordSet heads = text::search_forms(
      {"شركة", "صحيفة", "مؤسسة", "تنظيم", "موقع", "هيئة", "جمعية", "منظمة", "وكالة", "حركة", "جماعة", "قناة",
       "مجلة", "جامعة", "مجموعة", "مصرف", "بنك", "لجنة", "مركز"});
  auto [t, end] = tokens_in(speaker);
  if (end != t + 1) return {};
  // (الصحيفة، or للصحيفة after وفقا: لل wrote the article's alef away)
  const std::string_view w = v_.at(t).norm;
  if (!(w.starts_with("\u0627\u0644") || w.starts_with("\u0644\u0644")) || v_.at(t).entity >= 0) return {};
  const std::string head(w.substr(4));
  if (!heads.contains(head)) return {};
  // (a head written with a proclitic: لشركة، بصحيفة، وشركة)
  const auto is_head = [&](std::string_view x) {
    if (x == head) return true;
    for (std::string_view p : {"\u0644", "\u0628", "\u0648", "\u0648\u0644", "\u0648\u0628"})
      if (x.size() == p.size() + head.size() && x.starts_with(p) && x.ends_with(head)) return true;
    return false;
  };
  Span nearest;
  for (std::size_t i = t; i-- > 0;) {
    if (v_.tokens()[i].end > before || !is_head(v_.at(i).norm)) continue;
    std::size_t n = i + 1;
    while (n < v_.size() && n < i + 3 && !v_.is_word(n)) ++n;  // (صحيفة «ديلي ستار»)
    // the name after the head, or a mention that begins with it (شركة أرامكو السعودية)
    for (std::size_t x : {n, i}) {
      if (x >= v_.size() || v_.at(x).entity < 0) continue;
      const Entity& e = v_.entities()[v_.at(x).entity];
      if (e.type != EntityType::kOrganization && e.type != EntityType::kMisc) continue;
      if (x > 0 && x != i && v_.at(x - 1).entity == v_.at(x).entity && v_.at(x - 1).mention_end == v_.at(x).mention_end)
        continue;  // (not the middle of a name)
      const Span s = v_.span(x, v_.at(x).mention_end);
      if (last_speaker.empty() || e.id == last_speaker || (nearest.end == 0 && s.begin > last_said)) return s;
      if (nearest.end == 0) nearest = s;
      break;
    }
  }
  return nearest;
}

// The tokens a span covers, as [first, end).
std::pair<std::size_t, std::size_t> Finder::tokens_in(Span sp) const {
  auto first = std::lower_bound(v_.tokens().begin(), v_.tokens().end(), sp.begin,
                                [](const text::Token& t, std::uint32_t b) { return t.end <= b; });
  auto t = static_cast<std::size_t>(first - v_.tokens().begin());
  std::size_t end = t;
  while (end < v_.size() && v_.tokens()[end].begin < sp.end) ++end;
  return {t, sp.end > sp.begin ? end : t};
}

// وقال سموه: the last person named before the cue whose titles (entity resolution's) go with
// the honorific — سمو with a prince (الأمير), معالي with a minister, فضيلة and سماحة with a
// sheikh or mufti — though someone else was named since (نقل الأمير فلان تعازيه لوالد الشهيد
// فلان … وقال سموه). Empty for سعادة (said of any official) or when no such person is named.
Span Finder::honorific_holder(const Found& f) const {
  static const std::vector<std::pair<std::string, text::WordSet>> kinds = {
      {text::normalize_search("سمو"), text::search_forms({"الأمير", "الأميرة", "أمير", "سمو", "ولي"})},
      {text::normalize_search("معالي"), text::search_forms({"وزير", "الوزير", "معالي", "وزيرة", "الوزيرة"})},
      {text::normalize_search("فضيل"), text::search_forms({"الشيخ", "فضيلة", "المفتي", "سماحة"})},
      {text::normalize_search("سماح"), text::search_forms({"الشيخ", "سماحة", "المفتي", "فضيلة"})},
  };
  const text::WordSet* titles = nullptr;
  for (std::size_t t = f.cue_token; t < f.cue_token + 3 && t < v_.size() && !titles; ++t)
    if (v_.at(t).cls == CueClass::kAnaphor)
      for (const auto& [stem, words] : kinds)
        if (v_.at(t).norm.starts_with(stem)) titles = &words;
  if (!titles) return {};
  const auto holds = [&](std::size_t i) {
    if (!is_person(i)) return false;
    const Entity& e = v_.entities()[v_.at(i).entity];
    return std::any_of(e.titles.begin(), e.titles.end(), [&](const std::string& title) {
      const std::string norm = text::normalize_search(title);
      return std::any_of(titles->begin(), titles->end(), [&](const std::string& w) {
        return norm == w || norm.starts_with(w + " ");
      });
    });
  };
  for (std::size_t i = f.cue_token; i-- > 0;) {
    if (!holds(i)) continue;
    // The sentence's first holder is its subject, the others its objects (هنأ الأمير جلوي … الأمير
    // محمد بن نايف … وقال سموه: the governor who congratulated).
    // (Not in a sentence that reports: its holders after أن are in what was said.)
    const std::size_t from = v_.sentences()[v_.at(i).sentence].first_token;
    bool reports = false;
    for (std::size_t k = from; k < i && !reports; ++k) reports = v_.at(k).cls == CueClass::kComplement;
    for (std::size_t k = from; k < i && !reports; ++k)
      if (holds(k)) {
        i = k;
        break;
      }
    return whole_mention(i);
  }
  return {};
}

// The whole mention that token i is in (its first token back to where it starts).
Span Finder::whole_mention(std::size_t i) const {
  std::size_t first = i;
  while (first > 0 && v_.at(first - 1).entity == v_.at(i).entity && v_.at(first - 1).mention_end == v_.at(i).mention_end)
    --first;
  return v_.span(first, v_.at(i).mention_end);
}

// The first person the article names before `before`: whom an honorific pronoun (سموه،
// معاليه) means when no one has spoken yet.
Span Finder::first_person_before(std::uint32_t before) const {
  for (std::size_t i = 0; i < v_.size() && v_.tokens()[i].end <= before; ++i)
    if (is_person(i)) return v_.span(i, v_.at(i).mention_end);
  return {};
}

bool Finder::inside_marks(std::size_t t) const {
  return std::any_of(v_.pairs().begin(), v_.pairs().end(),
                     [&](const QuotePair& p) { return p.open < t && t < p.end_token; });
}

bool Finder::is_person_entity(std::string_view id) const {
  return !id.empty() && std::any_of(v_.entities().begin(), v_.entities().end(), [&](const Entity& e) {
           return e.type == EntityType::kPerson && e.id == id;
         });
}

// فيما أبدى القنصل يونج …، فيما أثنى الدكتور القرني …: فيما or بينما at i, a verb, then a person
// (maybe after a word with the article, his title) ending by `limit`: the clause turns to that
// person. His first token, or kNone.
std::size_t Finder::turn_to_person(std::size_t i, std::size_t limit) const {
  const std::string_view w = v_.at(i).norm;
  if (v_.at(i).cls != CueClass::kClause || !(w == "\u0641\u064A\u0645\u0627" || w == "\u0628\u064A\u0646\u0645\u0627") ||
      i + 2 >= limit || !v_.is_word(i + 1) || v_.at(i + 1).entity >= 0 || v_.at(i + 1).norm.starts_with("\u0627\u0644") ||
      !(v_.at(i + 1).cls == CueClass::kNone || v_.at(i + 1).cls == CueClass::kVerb))
    return kNone;
  std::size_t p = i + 2;
  if (!is_person(p) && p + 1 < limit && v_.is_word(p) && v_.at(p).entity < 0 && v_.at(p).norm.starts_with("\u0627\u0644")) ++p;
  return is_person(p) && v_.at(p).mention_end <= limit ? p : kNone;
}

bool Finder::is_person(std::size_t i) const {
  int e = v_.at(i).entity;
  return e >= 0 && v_.entities()[e].type == EntityType::kPerson;
}

// الجامعة، الوزارة، المكتب written after the body's full name (جامعة طيبة، وزارة الصحة، مكتب
// الأمن العام) that no entity covers: the nearest «head + name» before it, with up to two more
// words that carry the article (العام). Only for a feminine head (ة), as most body nouns are,
// or one of the masculine ones; empty if none.
Span Finder::named_in_full(std::size_t token) const {
  static const text::WordSet masculine = text::search_forms(
      {"مكتب", "مجلس", "مركز", "معهد", "صندوق", "بنك", "مصرف", "اتحاد", "نادي", "ديوان", "جهاز", "فريق"});
  std::string_view w = v_.at(token).norm;
  std::string_view surface = v_.surface(token);
  if (w.rfind("\u0627\u0644", 0) != 0 || w.size() < 8 || surface.size() < 2) return {};
  std::string_view head = w.substr(4);
  if (surface.substr(surface.size() - 2) != "\u0629" && !masculine.contains(head)) return {};
  Span since;  // a body of that head named since by the head with the article and an adjective
  for (std::size_t i = token; i-- > 0;) {
    if (since.end == 0 && v_.at(i).norm == w && i + 1 < token && v_.is_word(i + 1) && v_.at(i).entity < 0 &&
        v_.at(i + 1).entity < 0 && v_.at(i + 1).norm.starts_with("\u0627\u0644") && v_.at(i + 1).norm.size() > 6 &&
        !ends_speaker(v_.at(i + 1)) && v_.at(i + 1).cls == CueClass::kNone &&
        feminine_ending(v_.surface(i + 1)) == feminine_ending(v_.surface(i)))  // (not «الوزارة الرئيسي»)
      since = v_.span(i, i + 2);
    // شركة “آبل” … وذكرت الشركة: the body's name in quote marks after its head.
    if (v_.at(i).norm == head && i + 2 < token && v_.opens_quote(i + 1) && v_.at(i + 2).entity >= 0 &&
        v_.entities()[v_.at(i + 2).entity].type == EntityType::kOrganization && since.end == 0)
      return v_.span(i + 2, v_.at(i + 2).mention_end);
    // معهد (وودز هول) لعلوم المحيطات: the body's name in brackets after its head, and what it
    // is for after that.
    if (v_.at(i).norm == head && i + 3 < token && v_.is(i + 1, "(") && since.end == 0) {
      std::size_t close = i + 2;
      while (close < token && close < i + 2 + kMaxQuotedName && v_.is_word(close)) ++close;
      if (close < token && close > i + 2 && v_.is(close, ")")) {
        std::size_t end = close + 1;
        while (end < token && end < close + 4 && v_.is_word(end) &&
               (v_.at(end).norm.starts_with("\u0644") || v_.at(end).norm.starts_with("\u0627\u0644")) && !ends_speaker(v_.at(end)))
          ++end;
        return v_.span(i, end);
      }
    }
    if (v_.at(i).norm != head || i + 1 >= token || !v_.is_word(i + 1) || ends_speaker(v_.at(i + 1)))
      continue;
    // (… is the one meant over one named before it: محكمة الاستئناف … إلى المحكمة العليا، حيث
    // أكدت المحكمة أن)
    if (since.end > 0) return since;
    std::size_t end = i + 2;
    while (end < token && end < i + 4 && v_.is_word(end) && v_.at(end).norm.rfind("\u0627\u0644", 0) == 0 &&
           (!ends_speaker(v_.at(end)) || v_.at(end).norm == "\u0627\u0644\u0639\u0627\u0645"))  // العام: "general"
      ++end;
    return v_.span(i, end);
  }
  return {};
}

// ونقلت الصحيفة عن الشاب … قوله إن …: a noun with the article that stands for the one the
// article introduced with it, indefinite, and his name (منح شاب من أهالي الأحساء يدعى حسن
// الجطيل …): that person, named within six words after يدعى، تدعى، يسمى، اسمه; -1 if none.
int Finder::introduced_by_name(std::size_t t) const {
  static const text::WordSet naming = text::search_forms({"يدعى", "تدعى", "يسمى", "تسمى", "اسمه", "اسمها"});
  std::string_view noun = v_.at(t).norm;
  if (!noun.starts_with("\u0627\u0644") || noun.size() < 8) return -1;
  noun.remove_prefix(4);
  for (std::size_t i = t; i-- > 0;) {
    if (v_.at(i).norm != noun) continue;
    for (std::size_t k = i + 1; k < t && k < i + 6; ++k) {
      if (!naming.contains(v_.at(k).norm)) continue;
      for (std::size_t n = k + 1; n < t && n < k + 3; ++n)
        if (is_person(n) || (n + 1 < t && v_.at(n).pair != kNone && is_person(n + 1)))
          return v_.at(is_person(n) ? n : n + 1).entity;
      return -1;
    }
  }
  return -1;
}

// معالي وزير الداخلية البحريني: a role the article gave a person where it named him
// (راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين), before the quote or after it (بدوره،
// أكد أمين الأحساء … / خطاب … إلى أمين الأحساء المهندس عادل الملحم). The role's first two
// words must have stood next to one person only; -1 if none or several.
int Finder::named_by_title(std::size_t first, std::size_t end) const {
  if (first < end && v_.at(first).cls == CueClass::kHonorific) ++first;
  if (end < first + 2 || !holds_office(first)) return -1;
  if (int before = named_by_title(first, 0, first, 2); before != kNoHolder) return before;
  // After the quote, three words when the role has them (رئيس الاتحاد الدولي is not رئيس
  // الاتحاد الأوروبي).
  return named_by_title(first, first + 2, v_.size(), std::min<std::size_t>(3, end - first));
}

// The one person next to the role at `role` (its first `words` words) in tokens [from, to);
// kNoHolder if none, -1 if several.
int Finder::named_by_title(std::size_t role, std::size_t from, std::size_t to, std::size_t words) const {
  int found = kNoHolder;
  for (std::size_t i = from; i + words <= to && i + words <= v_.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < words && same; ++k) same = v_.at(i + k).norm == v_.at(role + k).norm;
    if (!same) continue;
    int nearest = -1;
    for (std::size_t d = 1; d <= kTitleReach && nearest < 0; ++d) {
      for (std::size_t k : {i + 1 + d, i >= d ? i - d : kNone})
        if (k < v_.size() && v_.at(k).sentence == v_.at(i).sentence && is_person(k)) {
          nearest = v_.at(k).entity;
          break;
        }
    }
    if (nearest < 0) continue;
    if (found >= 0 && found != nearest) return -1;
    found = nearest;
  }
  return found;
}

// وأكد الرئيس اليمني أن …: the one person whose titles (entity resolution's) hold the speaker's
// phrase as it is written, a role of two words or more (طالب الرئيس اليمني عبدربه منصور هادي …);
// -1 if none or several. Where the role also stood near other people (ودعا الرئيس اليمني …
// المبعوث إسماعيل ولد الشيخ), resolution still gave it to its holder alone.
//
// A role over a body named by its kind (رئيس النادي، مدير الشركة) is the one person whose title
// has the same head over a body the article names (رئيس التعاون، رئيس نادي التعاون).
//
// A role said short (مدير الكرة بنادي هجر) is the one person whose title has the same head and
// every other word of it, proclitics and article aside (مدير الفريق الأول لكرة القدم بنادي هجر),
// a place as its adjective of origin (رئيس حكومة المغرب: رئيس الحكومة المغربية).
//
// Last, a role is the one person titled by its head alone (سفير الولايات المتحدة في نيروبي:
// السفير روبرت غوديك).
int Finder::titled_as(Span phrase) const {
  const std::string role = text::normalize_search(v_.text().substr(phrase.begin, phrase.end - phrase.begin));
  if (role.find(' ') == std::string::npos) return -1;
  static const text::WordSet kinds = text::search_forms({"النادي", "الشركة", "الهيئة", "الجمعية", "المجلس", "اللجنة",
                                                         "الحزب", "البنك", "الجامعة", "المنظمة", "الاتحاد", "المؤسسة"});
  const std::vector<std::string_view> rw = util::split_at(role, ' ');
  const bool over_kind = rw.size() == 2 && kinds.contains(rw[1]);
  std::set<std::string, std::less<>> bodies;  // the article's organisations, by name
  if (over_kind)
    for (const Entity& x : v_.entities())
      if (x.type == EntityType::kOrganization) bodies.insert(text::normalize_search(x.name));
  const auto same_head_over_body = [&](const std::string& title) {
    const std::vector<std::string_view> tw = util::split_at(title, ' ');
    if (tw.size() < 2 || tw[0] != rw[0]) return false;
    for (std::size_t k = 1; k < tw.size(); ++k)
      if (bodies.contains(tw[k])) return true;
    return false;
  };
  // The word without و/ف, ب/ل/ك and the article (لكرة، الكرة → كرة; بنادي → نادي), leaving
  // three letters at least.
  const auto core = [](std::string_view w) {
    const auto strip = [&w](std::string_view p) {
      if (!w.starts_with(p) || w.size() < p.size() + 6) return false;
      w.remove_prefix(p.size());
      return true;
    };
    if (!strip("\u0648")) strip("\u0641");
    if (!strip("\u0644\u0644") && !strip("\u0628") && !strip("\u0644")) strip("\u0643");
    strip("\u0627\u0644");
    return w;
  };
  // A word of the role in the title, or the place it names as the title's adjective of origin
  // (المغرب → المغربية، مصر → المصري: رئيس حكومة المغرب is رئيس الحكومة المغربية).
  const auto in_title = [&](const std::vector<std::string_view>& tw, std::string_view r) {
    const std::string_view c = core(r);
    return std::any_of(tw.begin() + 1, tw.end(), [&](std::string_view w) {
      const std::string_view t = core(w);
      return t == c || (t.starts_with(c) && (t.substr(c.size()) == "\u064A" || t.substr(c.size()) == "\u064A\u0647"));
    });
  };
  const auto holds_every_word = [&](const std::string& title) {
    const std::vector<std::string_view> tw = util::split_at(title, ' ');
    if (tw.size() < rw.size() || tw[0] != rw[0]) return false;  // (a title the same as the role: kSame)
    for (std::size_t k = 1; k < rw.size(); ++k)
      if (!in_title(tw, rw[k])) return false;
    return true;
  };
  // The role's head alone, with the article (السفير for سفير الولايات المتحدة في نيروبي).
  const std::string head = "\u0627\u0644" + std::string(rw[0]);
  enum class Match { kSame, kOverBody, kEveryWord, kHead };
  for (const Match how : {Match::kSame, Match::kOverBody, Match::kEveryWord, Match::kHead}) {
    if (how == Match::kOverBody && !over_kind) continue;
    if (how == Match::kEveryWord && rw.size() < 3) continue;
    int found = -1;
    for (std::size_t e = 0; e < v_.entities().size(); ++e) {
      const Entity& x = v_.entities()[e];
      if (x.type != EntityType::kPerson) continue;
      for (const std::string& title : x.titles) {
        const std::string t = text::normalize_search(title);
        if (how == Match::kSame        ? t == role
            : how == Match::kOverBody  ? same_head_over_body(t)
            : how == Match::kEveryWord ? holds_every_word(t)
                                       : t == head) {
          if (found >= 0) return -1;
          found = static_cast<int>(e);
          break;
        }
      }
    }
    if (found >= 0) return found;
  }
  return -1;
}

// وأشار السفير إلى أن …: a role alone, with the article, is the one person named before who
// holds it (السفير الليبي لدى الأمم المتحدة إبراهيم الدباشي); -1 if none or several do. A
// role's phrase of `words` words (رئيس الوزراء الإيطالي) matches a title of two words or more
// on the words both have (رئيس الوزراء; not وزير الداخلية for وزير الخارجية).
int Finder::held_by_one(std::size_t t, std::size_t words, std::uint32_t before) const {
  std::string_view role = v_.at(t).norm;
  // (a description with the article too: ويقول الكاتب, after الكاتب سليمان الهتلان)
  if ((words == 1 && !role.starts_with("\u0627\u0644")) || !(holds_office(t) || (words == 1 && unnamed_source(t))))
    return -1;
  if (role.starts_with("\u0627\u0644")) role.remove_prefix(4);
  int found = -1;
  for (std::size_t e = 0; e < v_.entities().size(); ++e) {
    const Entity& x = v_.entities()[e];
    if (x.type != EntityType::kPerson || x.mentions.empty() || x.mentions.front().begin >= before) continue;
    for (const std::string& title : x.titles) {
      const std::string norm = text::normalize_search(title);
      const std::vector<std::string_view> tw = util::split_at(norm, ' ');
      // In construct the role's own words must match beyond its head: a title of one word
      // (مدير) says nothing about which office (مدير المركز الكردي) the phrase names.
      if (tw.empty() || (words > 1 && tw.size() < 2)) continue;
      std::string_view f = tw[0];
      if (f.starts_with("\u0627\u0644")) f.remove_prefix(4);
      bool same = f == role;
      for (std::size_t k = 1; same && k < std::min(words, tw.size()); ++k)
        same = t + k < v_.size() && v_.at(t + k).norm == tw[k];
      if (!same) continue;
      if (found >= 0 && found != static_cast<int>(e)) return -1;
      found = static_cast<int>(e);
    }
  }
  return found;
}

// «أعلن الدكتور عبد الواحد النبوي وزير الثقافة المصري …» then «وقال الوزير»: a role alone with
// the article is the one person named right before that role, written without it, earlier in
// the article (the role in construct after a name, which resolution does not take for a title
// when no comma or complementizer closes it); -1 if none or several.
int Finder::named_before_role(std::size_t t, std::uint32_t before) const {
  const std::string_view role = v_.at(t).norm;
  if (!role.starts_with("\u0627\u0644") || role.size() < 8 || !holds_office(t)) return -1;
  const std::string_view bare = role.substr(4);
  int found = -1;
  for (std::size_t i = 1; i < v_.size() && v_.tokens()[i].end <= before; ++i) {
    if (v_.at(i).norm != bare || !is_person(i - 1) || v_.at(i - 1).sentence != v_.at(i).sentence) continue;
    const int e = v_.at(i - 1).entity;
    if (found >= 0 && found != e) return -1;
    found = e;
  }
  return found;
}

// «وزير: …» in a headline: the person the body names right after that role (قال وزير
// الصناعة الإيراني محمد رضا …), at its first mention after the headline; -1 if none. A role of
// several words (رئيس لجنة الأراضي، أمير عسير للأهالي) is found by its first two, the second
// maybe further on (رئيس لجنة مراقبة الأراضي …، أمير منطقة عسير الأمير فيصل), the name within
// twelve words of the head.
int Finder::named_in_body(std::size_t first, std::size_t end) const {
  if (end <= first || !holds_office(first) || v_.at(first).paragraph != 0) return -1;
  const std::string_view role = v_.at(first).norm;
  const std::string_view second = end > first + 1 ? v_.at(first + 1).norm : std::string_view();
  const std::size_t reach = second.empty() ? kTitleReach : 2 * kTitleReach;
  for (std::size_t i = v_.paragraph_end(first); i < v_.size(); ++i) {
    if (v_.at(i).norm != role) continue;
    // … or right after the name, the role in apposition (الأمير فيصل بن خالد أمير منطقة عسير).
    if (i > 0 && is_person(i - 1) && v_.at(i - 1).sentence == v_.at(i).sentence) {
      bool after_name = second.empty();
      for (std::size_t k = i + 1; !after_name && k <= i + 2 && k < v_.size() && v_.is_word(k); ++k)
        after_name = v_.at(k).norm == second;
      if (after_name) return v_.at(i - 1).entity;
    }
    bool seen = second.empty();
    for (std::size_t k = i + 1; k <= i + reach && k < v_.size() && v_.at(k).sentence == v_.at(i).sentence; ++k) {
      if (is_person(k)) return seen ? v_.at(k).entity : -1;
      if (!v_.is_word(k)) break;
      seen = seen || v_.at(k).norm == second;
    }
    if (seen) return -1;
  }
  return -1;
}

// An office word within the two words before token i (رئيس اللجنة | البارأولمبية).
bool Finder::office_before(std::size_t i) const {
  for (std::size_t k = i; k-- > 0 && k + 2 >= i;) {
    if (!v_.is_word(k)) return false;
    if (holds_office(k)) return true;
  }
  return false;
}

// وزير، المتحدث، رئيس …: a word for one office's holder (not مصدر or مسؤول, who stay
// unnamed), with or without ال.
bool Finder::holds_office(std::size_t i) const {
  std::string_view w = v_.at(i).norm;
  w = without_article(w);
  CueClass cls = CueLexicon::instance().word_class(w);
  return cls == CueClass::kRole || cls == CueClass::kOffice;
}

// مسؤول، مصدر، خبير (with or without ال): a speaker described, not named.
bool Finder::unnamed_source(std::size_t i) const {
  std::string_view w = v_.at(i).norm;
  w = without_article(w);
  return CueLexicon::instance().word_class(w) == CueClass::kDescriptor;
}

bool Finder::role_head(std::size_t i) const {
  std::string_view w = v_.at(i).norm;
  w = without_article(w);
  return CueLexicon::instance().word_class(w) == CueClass::kRole;
}

// الجامعة، الوزارة، الشركة: a body named before by its full name (جامعة طيبة), the one
// mentioned last before `before`; -1 if none.
int Finder::named_by_head(std::size_t token, std::uint32_t before) const {
  std::string_view w = v_.at(token).norm;
  if (w.rfind("\u0627\u0644", 0) != 0 || w.size() < 8) return -1;
  std::string_view head = w.substr(4);
  int best = -1;
  std::uint32_t best_at = 0;
  for (int e = 0; e < static_cast<int>(v_.entities().size()); ++e) {
    const Entity& x = v_.entities()[e];
    if (x.type != EntityType::kOrganization) continue;
    if (fold_word(std::string_view(x.name).substr(0, x.name.find(' '))) != head) continue;
    for (const Span& m : x.mentions)
      if (m.end <= before && (best < 0 || m.begin > best_at)) {
        best = e;
        best_at = m.begin;
      }
  }
  return best;
}

// Names the speaker by the entity whose mentions cover most of the speaker phrase (a person
// before an organisation at a tie), or by the phrase itself.
void Finder::link_entity(Quote* q) const {
  // رسول الله صلى الله عليه وسلم، أبو سعيد الخدري رضي الله عنه، الشيخ رحمه الله: the eulogy after
  // a name is no part of the speaker's name.
  {
    auto [b, e] = tokens_in(q->speaker_span);
    for (std::size_t i = b + 1; i < e; ++i) {
      const std::string_view w = v_.at(i).norm;
      const bool eulogy = w == "\u0635\u0644\u064A" || w == "\u0631\u0636\u064A" || w == "\u0631\u062D\u0645\u0647" ||
                          w == "\u0631\u062D\u0645\u0647\u0627" ||  // صلى، رضي، رحمه، رحمها
                          (w == "\u0639\u0644\u064A\u0647" && i + 1 < e && v_.at(i + 1).norm == "\u0627\u0644\u0633\u0644\u0627\u0645");
      if (eulogy && ((i + 1 < e && v_.at(i + 1).norm == "\u0627\u0644\u0644\u0647") || w == "\u0639\u0644\u064A\u0647" || i + 1 == e)) {
        q->speaker_span.end = v_.tokens()[i - 1].end;
        break;
      }
    }
  }
  // وأوضح بيان صادر عن الخارجية الباكستانية أن …، وفقا لتقرير صادر من الرئاسة العامة للأرصاد،
  // وبحسب بيانات صدرت من وزارة الموارد البشرية: a statement, a report or figures issued by a body
  // are the body's word.
  {
    static const text::WordSet statement = text::search_forms({"بيان", "البيان", "لبيان", "تقرير", "التقرير", "لتقرير", "بيانات",
                                                               "البيانات", "لبيانات", "إحصاءات", "لإحصاءات"}),
                               issued = text::search_forms({"صادر", "الصادر", "صادرة", "الصادرة", "صدر", "صدرت"});
    auto [b, e] = tokens_in(q->speaker_span);
    if (e == b + 2 && statement.contains(v_.at(b).norm) && issued.contains(v_.at(b + 1).norm) && e + 1 < v_.size() &&
        (v_.at(e).norm == "\u0639\u0646" || v_.at(e).norm == "\u0645\u0646")) {  // عن، من
      Span body;
      const std::size_t limit = v_.sentences()[v_.at(b).sentence].last_token;
      if (speaker_after(e + 1, limit, 0, &body) > e + 1 && body.end > body.begin) q->speaker_span = body;
    }
    // ووفقا لبيان أصدرته أمس إدارة العلاقات العامة، فإن …، حسب تقرير نشرته الصحيفة: the one who
    // issued or published it, the verb's subject after it, is the source.
    static const text::WordSet issued_by = text::search_forms(
        {"أصدرته", "أصدرها", "أصدره", "نشرته", "نشرها", "نشره", "وزعته", "وزعها", "أعدته", "أعدها", "أعده"});
    if (e >= b + 2 && statement.contains(v_.at(b).norm) && issued_by.contains(v_.at(b + 1).norm)) {
      Span body;
      const std::size_t limit = v_.sentences()[v_.at(b).sentence].last_token;
      static const text::WordSet lately = text::search_forms({"مؤخرا", "حديثا"});
      std::size_t p = b + 2;
      while (p < limit && (v_.at(p).cls == CueClass::kAdverb || lately.contains(v_.at(p).norm))) ++p;  // (أمس، مؤخرا)
      // (not a preposition's phrase, «بيان أصدره حول هذه النقطة», whose issuer the pronoun names,
      // nor another verb: تقرير أعده ونشره)
      static const text::WordSet no_subject =
          text::search_forms({"حول", "عن", "في", "على", "من", "إلى", "مع", "بشأن", "خلال", "بعد", "قبل"});
      if (p < limit && v_.is_word(p) && !no_subject.contains(v_.at(p).norm) &&
          !(v_.at(p).norm.starts_with("\u0648") && issued_by.contains(v_.at(p).norm.substr(2))) &&
          speaker_after(p, limit, 0, &body) > p && body.end > body.begin)
        q->speaker_span = body;
    }
    // بيان لوزارة الخارجية الباكستانية، بيان الممثل التجاري الأمريكي: a statement of a body named
    // after it (by ل or in construct) is the body's word too; not بيان تم نشره.
    if (e >= b + 2 && v_.at(b).norm == statement_noun() && v_.is_word(b + 1) && !issued.contains(v_.at(b + 1).norm)) {
      const std::string_view w = v_.at(b + 1).norm;
      const std::uint32_t begin = v_.tokens()[b + 1].begin;
      if (w.starts_with("\u0644") && w.size() > 6 &&
          (v_.at(b + 1).entity >= 0 || w.starts_with("\u0644\u0644") ||
           (b + 2 < v_.size() && v_.at(b + 2).norm.starts_with("\u0627\u0644"))))
        q->speaker_span.begin = begin + 2;
      else if (w.starts_with("\u0627\u0644") || v_.at(b + 1).entity >= 0)
        q->speaker_span.begin = begin;
    }
  }
  const Span sp = q->speaker_span;
  q->speaker = std::string(v_.text().substr(sp.begin, sp.end - sp.begin));
  auto first = std::lower_bound(v_.tokens().begin(), v_.tokens().end(), sp.begin,
                                [](const text::Token& t, std::uint32_t b) { return t.end <= b; });
  // وفقا للألمانية، طبقا للتقرير: the phrase starts past the preposition ل, and لل wrote the
  // article's alef away: the speaker is written with it (الألمانية، التقرير).
  if (first != v_.tokens().end() && first->begin + 2 == sp.begin &&
      v_.text().substr(first->begin, 4) == "\u0644\u0644")
    q->speaker.insert(0, "\u0627");
  int best = -1;
  std::size_t best_tokens = 0, phrase_tokens = 0;
  for (auto t = first; t != v_.tokens().end() && t->begin < sp.end; ++t) ++phrase_tokens;
  // كل من سامي العلي وخالد النمر: the people listed speak together, no one of them alone.
  if (const auto t0 = static_cast<std::size_t>(first - v_.tokens().begin());
      t0 >= 2 && t0 < v_.size() && v_.at(t0 - 2).norm == "\u0643\u0644" && v_.at(t0 - 1).norm == "\u0645\u0646") {
    std::size_t people = 0;
    for (std::size_t i = t0; i < t0 + phrase_tokens && i < v_.size(); ++i)
      people += is_person(i) && (i == t0 || v_.at(i).entity != v_.at(i - 1).entity);
    if (people >= 2) return;
  }
  // أحد أقارب الشهيد فلان، بعض أصدقاء فلان: the person named is not the speaker.
  bool partitive = first != v_.tokens().end() &&
                   v_.at(static_cast<std::size_t>(first - v_.tokens().begin())).cls == CueClass::kPartitive;
  // مصدر مقرب من الفرنسي ميشال بلاتيني، مصادر قريبة من فلان: nor is the one a source is close to.
  if (std::size_t t = static_cast<std::size_t>(first - v_.tokens().begin()); !partitive && t < v_.size() && unnamed_source(t))
    for (std::size_t i = t + 1; i < t + phrase_tokens && i < v_.size() && !partitive; ++i)
      partitive = v_.at(i).norm == "\u0645\u0646";
  for (auto it = first; it != v_.tokens().end() && it->begin < sp.end; ++it) {
    int e = v_.at(static_cast<std::size_t>(it - v_.tokens().begin())).entity;
    if (e < 0 || e == best || (partitive && v_.entities()[e].type == EntityType::kPerson)) continue;
    std::size_t n = 0;  // tokens of the speaker phrase inside a mention of e
    for (auto t = it; t != v_.tokens().end() && t->begin < sp.end; ++t)
      n += v_.at(static_cast<std::size_t>(t - v_.tokens().begin())).entity == e;
    // A place inside a speaker phrase (البيان العراقي) does not name the speaker.
    EntityType type = v_.entities()[e].type;
    bool names = type == EntityType::kPerson || type == EntityType::kOrganization || n == phrase_tokens;
    if (!names) continue;
    auto rank = [&](int x) { return v_.entities()[x].type == EntityType::kPerson ? 1 : 0; };
    // مدير العلاقات العامة بالشؤون الصحية في المنطقة محمد آل سليمان: the name that ends a
    // role's phrase is the speaker, however long the body named before it.
    std::size_t i = static_cast<std::size_t>(it - v_.tokens().begin());
    if (type == EntityType::kPerson && v_.tokens()[v_.at(i).mention_end - 1].end == sp.end) {
      best = e;
      break;
    }
    if (best < 0 || n > best_tokens || (n == best_tokens && rank(e) > rank(best))) {
      best = e;
      best_tokens = n;
    }
  }
  auto t = static_cast<std::size_t>(first - v_.tokens().begin());
  // مسؤول رفيع في الاتحاد الأوروبي، مصادر في الوزارة: an unnamed source in a body is not the
  // body; the description is the speaker.
  if (best >= 0 && v_.entities()[best].type != EntityType::kPerson && t < v_.size() && unnamed_source(t)) return;
  // الأمين العام للأمم المتحدة: a role in a body is held by a person, not by the body; the
  // person named before with that title, or else the description, is the speaker.
  if (best >= 0 && v_.entities()[best].type != EntityType::kPerson && t < v_.size() && role_head(t)) best = -1;
  // الجامعة alone (tagged or not) is the body named before in full, if there is one.
  bool bare = best < 0 || v_.entities()[best].name.find(' ') == std::string::npos;
  if (bare && phrase_tokens == 1)
    if (int full = named_by_head(t, sp.begin); full >= 0) best = full;
  if (best < 0) best = named_by_title(t, t + phrase_tokens);
  if (best < 0) best = titled_as(sp);
  if (best < 0) best = named_in_body(t, t + phrase_tokens);
  if (best < 0 && phrase_tokens == 1) best = introduced_by_name(t);
  // «القنصل السعودي: المواطنون في مأمن» as the headline: the role is the one person the body
  // names with it, after the headline; elsewhere only one named before speaks under it.
  const std::uint32_t holders_before = v_.text().substr(0, sp.begin).find('\n') == std::string_view::npos ? UINT32_MAX : sp.begin;
  if (best < 0 && phrase_tokens == 1) best = held_by_one(t, 1, holders_before);
  if (best < 0 && phrase_tokens == 1) best = named_before_role(t, sp.begin);
  // «ولفت المتحدث الرسمي إلى أن …» after «المتحدث الرئاسي المصري السفير علاء يوسف»: an office
  // with an adjective that names none (الرسمي) is the one person named before with that office.
  if (best < 0 && phrase_tokens == 2 && t + 1 < v_.size() && v_.at(t).norm.starts_with("\u0627\u0644")) {
    static const text::WordSet plain = text::search_forms({"الرسمي", "الرسمية", "الإعلامي", "الإعلامية"});
    if (plain.contains(v_.at(t + 1).norm)) best = held_by_one(t, 1, holders_before);
    // (… and so does a nation's adjective after a role no head of state holds: وعلق المدرب
    // السويسري، after the club's coach كريستيان جروس; الرئيس الأمريكي may follow another president)
    const std::string_view adjective = v_.at(t + 1).norm;
    if (best < 0 && !ruler_style(v_.at(t).norm) && text::definite_nisba(adjective) && adjective.size() >= 12 &&
        !is_cue(v_.at(t + 1).cls))
      best = held_by_one(t, 1, holders_before);
  }
  // وقال رئيس الوزراء الإيطالي إن …، with رئيس الوزراء ماتيو رينزي before or after: a role in
  // construct is the one person the article gives that title.
  // واعتبر المبعوث الأممي أن … after المبعوث الأممي الخاص للشرق الأوسط -نيكولاي ملادينوف-: a
  // role with the article, of two words or more, is the one person named before whose title
  // opens with those words.
  if (best < 0 && phrase_tokens > 1 && t < v_.size())
    best = held_by_one(t, phrase_tokens, v_.at(t).norm.starts_with("\u0627\u0644") ? sp.begin : UINT32_MAX);
  // وأضاف المدرب المخضرم، after «المدرب الإسباني بيب جوارديولا»: a role with the article that
  // goes on otherwise is still the one person named before whose title opens with it; not a
  // head of state's (الرئيس الكيني after الرئيس الأمريكي باراك أوباما is another president).
  if (best < 0 && phrase_tokens > 1 && t < v_.size() && v_.at(t).norm.starts_with("\u0627\u0644") && role_head(t) &&
      !ruler_style(v_.at(t).norm))
    best = held_by_one(t, 1, holders_before);
  // الجامعة after جامعة طيبة that NER did not tag, or tagged as «الجامعة» alone
  const bool head_entity = best >= 0 && v_.entities()[best].name == v_.surface(t);
  if ((best < 0 || head_entity) && phrase_tokens == 1) {
    if (Span full = named_in_full(t); full.end > full.begin) {
      q->speaker = std::string(v_.text().substr(full.begin, full.end - full.begin));
      if (head_entity) return;
    }
  }
  // وأضاف اللواء التركي، after اللواء منصور التركي: a title and a surname the tagger left
  // untagged is the one person the article names with that surname (none when two share it);
  // so is a style and a surname (وأشار الدكتور العيد، after الدكتور رشيد العيد: العيد, "the
  // feast", is no name to the tagger).
  if (best < 0 && phrase_tokens == 2 && t + 1 < v_.size() && v_.at(t + 1).entity < 0 &&
      (role_head(t) || style_word(v_.at(t).norm))) {
    const std::string_view surname = v_.at(t + 1).norm;
    for (std::size_t k = 0; k < v_.entities().size(); ++k) {
      const Entity& x = v_.entities()[k];
      if (x.type != EntityType::kPerson || x.name.find(' ') == std::string::npos) continue;
      if (fold_word(x.name.substr(x.name.rfind(' ') + 1)) != surname) continue;
      if (best >= 0) {
        best = -1;
        break;
      }
      best = static_cast<int>(k);
    }
  }
  if (best < 0) return;
  q->speaker_entity = v_.entities()[best].id;
  if (!v_.entities()[best].name.empty()) q->speaker = v_.entities()[best].name;
}

}  // namespace marsad::quotes
