// Entity resolution within one article.
#include "ner/resolve.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>

#include "ner/resolve_doc.h"
#include "summary/words.h"
#include "util/hash.h"
#include "util/strings.h"
#include "util/vectors.h"
#include "text/word_set.h"

namespace marsad::data {
extern const std::string_view kNerFacilities;
extern const std::string_view kNerClubs;
extern const std::string_view kNerBodies;
extern const std::string_view kCurrencies;
extern const std::string_view kNerQuotedHeads;
extern const std::string_view kNerNameHeads;
extern const std::string_view kNerGiven;
extern const std::string_view kNerTriggers;
extern const std::string_view kHonorificPronouns;
}  // namespace marsad::data

namespace marsad::ner {
namespace {

using namespace resolution;

// A mention over tokens [first, last): the first word's proclitics are cut when the word
// without them is the more frequent form (بالعراق → العراق, but ليستر stays ليستر), unless
// `cut` is false (a name right after its head noun has none: نادي بوروسيا).
Mention make_mention(const Doc& d, std::uint32_t sentence, std::uint32_t first, std::uint32_t last, int type,
                     bool cut = true) {
  Mention m{first, last, sentence, type, {}, {}, {}, false};
  // Right after an opening quote mark a proclitic mostly stands before the mark (لـ«الرياض»):
  // the word is cut only to a name the article tags or a place (محطة «ليلى» is no ل + يلي,
  // «بريوس» no ب + ريوس, however common the shorter word).
  const std::string_view mark = first > 0 ? std::string_view(d.norm[first - 1]) : std::string_view{};
  const bool quoted = (mark == "\"" || mark == "“") && d.tokens[first - 1].end == d.tokens[first].begin;
  auto [skip, form] = cut ? choose_reading(d.model, d.norm[first], d.known,
                                           quoted ? std::numeric_limits<double>::infinity() : 2.0, kMinSplitCount)
                          : std::pair<std::size_t, std::string>{0, d.norm[first]};
  // ل + الله is written لله (neither the article's alef nor one lam): ولله الحمد, الشكر لله.
  if (const std::string_view w = d.norm[first]; cut && w.ends_with("لله") && w.size() <= 8 &&
                                                (w.size() == 6 || w.starts_with("و") || w.starts_with("ف")))
    skip = w.size() - 6, form = "الله";
  m.key.push_back(form);
  for (std::uint32_t t = first + 1; t < last; ++t) m.key.push_back(d.norm[t]);
  m.span = {original_offset(d, first, skip), d.tokens[last - 1].end};
  // لل + name: the article's alef is not written; restore it in the name.
  bool restored = form.size() > d.norm[first].size() - skip;
  m.display = (restored ? "ا" : "") + std::string(d.text.substr(m.span.begin, m.span.end - m.span.begin));
  return m;
}

// A mention whose first word is read as `form`, `skip` bytes of proclitics cut (بكأس → كأس).
Mention mention_read_as(const Doc& d, std::uint32_t sentence, std::uint32_t first, std::uint32_t last, int type,
                        std::size_t skip, std::string form) {
  Mention m = make_mention(d, sentence, first, last, type, false);
  const bool restored = form.size() > d.norm[first].size() - skip;  // لل + name: the article's alef
  m.key[0] = std::move(form);
  m.span.begin = original_offset(d, first, skip);
  m.display = (restored ? "ا" : "") + std::string(d.text.substr(m.span.begin, m.span.end - m.span.begin));
  return m;
}

// This build's lexicon (data/ner_triggers.tsv and the titles), which lists more than the shipped
// model was trained with; read beside the model's.
const Lexicon& build_table() {
  static const Lexicon table = builtin_lexicon();
  return table;
}

// Whether some reading of token t (the word written alone, proclitics cut) is one of `words`.
// An adjective of origin (السعودي، الإنجليزية): in the model's lexicon or in this build's table.
bool nationality(const Doc& d, std::string_view w) {
  return d.model.lexicon.contains(w, Category::kNationality) || build_table().contains(w, Category::kNationality);
}

bool reads_as(const Doc& d, std::uint32_t t, const text::WordSet& words) {
  for (const auto& r : d.readings(t))
    if (words.contains(r.second)) return true;
  return false;
}

bool is_org_head(const Doc& d, std::uint32_t t) {
  for (const auto& r : d.readings(t))
    if (d.model.lexicon.contains(r.second, Category::kOrgHead)) return true;
  return false;
}

// Whether token t carries tanween (a case ending: ً ٌ ٍ).
bool has_tanween(const Doc& d, std::uint32_t t) {
  const std::string_view w = d.tokens[t].view(d.text);
  return w.find("\u064B") != std::string_view::npos || w.find("\u064C") != std::string_view::npos ||
         w.find("\u064D") != std::string_view::npos;
}

// The organisation heads that news writes inside the name, as ANERcorp tags them: of the
// heads right before a name, those tagged inside it at least twice as often as outside and
// four times or more (حزب 99 to 3, مجلس 77 to 1, جامعة 35 to 6, منظمة 31 to 0, اتحاد 33 to 2,
// بنك 19 to 0, معهد 11 to 0, جمعية 5 to 0, جبهة 4 to 0); شركة (1 to 23), حركة (6 to 18), نادي,
// صحيفة, وكالة (8 to 9) and the facilities (مطار 0 to 12) stay outside, and so does تنظيم (5 to 0
// in ANERcorp, but the gold sets of today's news write تنظيم | داعش، تنظيم | القاعدة 9 times of
// 9: set 14 +1.8, five other sets +0.5 to +1.0, ANERcorp dev unchanged).
bool head_inside_name(const Doc& d, std::uint32_t t) {
  static const text::WordSet heads = text::search_forms(
      {"حزب", "مجلس", "جامعة", "منظمة", "اتحاد", "بنك", "معهد", "جمعية", "جبهة"});
  return reads_as(d, t, heads);
}

// Facility head word → the adjectives that close a name after it (data/ner_facilities.tsv).
const util::StringMap<util::StringSet>& facilities() {
  static const auto table = [] {
    util::StringMap<util::StringSet> out;
    std::string head, adjective;
    util::for_each_table_line(data::kNerFacilities, [&](std::string_view line) {
      std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      text::normalize_into(line.substr(0, tab), text::Profile::kSearch, head);
      text::normalize_into(line.substr(tab + 1), text::Profile::kSearch, adjective);
      out[head].insert(adjective);
    });
    return out;
  }();
  return table;
}

// The adjectives that may close a facility name headed by token t (none if t is no head).
const util::StringSet* facility_head(const Doc& d, std::uint32_t t) {
  for (const auto& r : d.readings(t))
    if (auto it = facilities().find(r.second); it != facilities().end()) return &it->second;
  return nullptr;
}

// A present tense with its other prefix, ت for ي and ي for ت (يفاوض ↔ تفاوض; a verb of the corpus
// is written both ways, a name seldom); "" for a word with neither.
std::string other_person(std::string_view w) {
  if (w.starts_with("\u064A")) return "\u062A" + std::string(w.substr(2));
  if (w.starts_with("\u062A")) return "\u064A" + std::string(w.substr(2));
  return {};
}

// The agencies a story comes through, by one word (normalized): outlets themselves.
bool news_agency(std::string_view norm) {
  static const std::set<std::string, std::less<>> agencies = {"واس", "وام", "كونا", "بنا", "قنا", "سبا", "رويترز"};
  return agencies.contains(norm);
}

// A verb of saying in the past (قال، أضاف، أردف، أكد، أوضح), behind و or ف or not: never a
// word of a name, though the tagger takes one into a person's span now and then («وأردف
// الشمري أن»، «وعن أسعار الخيل أكد جبر أن»). أبان (also a name), بين and طالب are left out.
bool verb_of_saying(std::string_view w) {
  static const text::WordSet verbs = text::search_forms(
      {"قال", "قالت", "أضاف", "أضافت", "أردف", "أردفت", "أكد", "أكدت", "أوضح", "أوضحت", "أشار", "أشارت", "صرح",
       "صرحت", "تابع", "تابعت", "استطرد", "استطردت", "شدد", "شددت", "لفت", "لفتت", "نوه", "نوهت", "أفاد", "أفادت",
       "ذكر", "ذكرت", "اعتبر", "اعتبرت", "أعلن", "أعلنت", "كشف", "كشفت", "حذر", "حذرت", "نفى", "نفت", "علق", "علقت",
       "تساءل", "تساءلت", "أجاب", "أجابت", "اعترف", "اعترفت"});
  if (verbs.contains(w)) return true;
  return (w.starts_with("\u0648") || w.starts_with("\u0641")) && verbs.contains(w.substr(2));
}

// A style the tagger takes into a person's span, never a name (دكتور عاطي القرشي، البروفسور
// دانيال، الشيف خالد دهبي، اللورد باتن): the gold sets and ANERcorp leave titles out. Alone
// (الشيف، بالبروفسور) it names nobody.
bool is_style(const Doc& d, std::uint32_t t) {
  static const text::WordSet styles = text::search_forms(
      {"دكتور", "الدكتور", "البروفسور", "البروفيسور", "بروفسور", "بروفيسور", "الشيف", "اللورد", "المهندس", "الأستاذ"});
  return reads_as(d, t, styles);  // والشيف، بالبروفسور
}

bool is_quote_mark(const Doc& d, std::uint32_t t);

// Whether a line break stands between token t and the one before it.
bool newline_before(const Doc& d, std::uint32_t t) {
  return t > 0 && d.text.substr(d.tokens[t - 1].end, d.tokens[t].begin - d.tokens[t - 1].end).find('\n') !=
                      std::string_view::npos;
}

// المنظمة، الوكالة، الجامعة، الميليشيا: an organisation's head alone, with the article or
// without, is the body named before (or a kind of body), no name; the gold sets never mark one
// (12 of 12 O), the tagger makes some 200 such organisations on 4,000 records — and a few
// people, after a title (رئيس النادي). الاتحاد is also the club and stays the tagger's.
bool head_alone(const Doc& d, std::uint32_t t) {
  static const text::WordSet militias = text::search_forms({"ميليشيا", "مليشيا", "ميليشيات", "مليشيات"});
  const std::string_view w = d.norm[t];
  // (the model's heads and this build's table, which lists more: معهد)
  const auto org_head = [&](std::string_view x) {
    return d.model.lexicon.contains(x, Category::kOrgHead) || build_table().contains(x, Category::kOrgHead) ||
           militias.contains(x);
  };
  // (and without the article: «لماذا لا يكون لدى كل جامعة مكتب»، «بالسطو على بنك»)
  if (!w.starts_with("\u0627\u0644")) return org_head(w);
  if (w == "\u0627\u0644\u0627\u062a\u062d\u0627\u062f") return false;
  return org_head(w.substr(4));
}

// An adjective of origin written with the article before the name it describes, which the
// tagger takes into a person's span (المدرب الأوروجوياني ألفارو غوتيريز، الزعيم الشيشاني أحمد
// قاديروف، للبوسني نيكتش): one origin_adjective() knows, or a word of the article +
// nisba shape in a fine word cluster where three or more of the listed ones fall (such clusters
// hold the news' adjectives of origin and other adjectives — الكرواتي، الفنزويلي with السويدي;
// الدولي، الهلالي — apart from family names and the like: القحطاني، الخميني، الجيزاني). Only
// where an adjective stands: after a common noun with the article, or behind a preposition (not
// عائلة الكيلاني، وقال اليكسي سوروكين).
bool origin_adjective(const Doc& d, std::string_view w);

bool adjective_of_origin_at(const Doc& d, std::uint32_t t, std::uint32_t sentence_begin) {
  const bool after_noun = t > sentence_begin && d.tokens[t - 1].kind == text::TokenKind::kWord &&
                          d.norm[t - 1].starts_with("\u0627\u0644") && !d.known.contains(d.norm[t - 1]);
  for (const auto& [skip, form] : d.readings(t)) {
    if (!after_noun && skip == 0) continue;
    if (!form.starts_with("\u0627\u0644") || !form.ends_with("\u064A") || form.size() < 10) continue;
    if (origin_adjective(d, form)) return true;
    const WordInfo* info = d.model.clusters.find(form);
    if (!info || info->fine == 0) continue;
    static const std::vector<std::string> listed = [] {  // the listed adjectives with the article
      std::vector<std::string> out;
      util::for_each_table_line(data::kNerTriggers, [&](std::string_view line) {
        if (line.starts_with("nationality\t\u0627\u0644")) out.push_back(text::normalize_search(line.substr(12)));
      });
      return out;
    }();
    int in_cluster = 0;
    for (const std::string& a : listed)
      if (const WordInfo* w = d.model.clusters.find(a); w && w->fine == info->fine && ++in_cluster >= 3) return true;
  }
  return false;
}

bool verb_particle(std::string_view w) {
  return w == "لم" || w == "لن" || w == "سوف" || w == "قد" || w == "لقد" || w == "ولم" || w == "ولن" || w == "وقد" ||
         w == "فلم" || w == "فلن" || w == "فقد";
}

// Whether token t, inside a person's mention that starts at `first`, begins a second person
// joined by و: before و + the article when the word reads better without the و (الجبوري
// والعبادي), or before و + a word in the word cluster of the mention's first name (عبد المجيد
// عبد الله ورابح صقر، تركي وجابر; not يوسف وهبي or محمد وحيد, whose و is the name's own).
bool starts_second_person(const Doc& d, std::uint32_t first, std::uint32_t t) {
  const std::string_view w = d.norm[t];
  if (w.starts_with("وال")) return choose_reading(d.model, w, d.known, 2.0, kMinSplitCount).first > 0;
  if (!w.starts_with("و") || w.size() < 8) return false;
  std::size_t skip = 0;
  const WordInfo* a = d.model.clusters.find(strip_proclitics(d.norm[first], skip));
  const WordInfo* b = d.model.clusters.find(w.substr(2));
  return a && b && a->coarse != 0 && a->coarse == b->coarse;
}

// A preposition clitic (ل، ب) on a noun: no part of a person's name after the first takes one
// (العباسي لتلفزيون: "told the TV channel"; فهد بجدة). The word must read better without the
// clitic and, so read, be a noun the corpus writes with the article: foreign names that only
// start like a clitic (بايدن، بيري → "يري") fail that, as do names like بدر، لطفي. A family
// name of the article + nisba shape stays (فيصل بالسديري is how some write بن سديري's clan).
bool starts_prepositional(const Doc& d, std::uint32_t t) {
  if (!d.norm[t].starts_with("ل") && !d.norm[t].starts_with("ب")) return false;
  auto [skip, form] = choose_reading(d.model, d.norm[t], d.known, 2.0, kMinSplitCount);
  if (skip == 0) return false;
  if (form.starts_with("ال")) return !form.ends_with("ي");
  return d.model.frequency("ال" + form) >= kMinSplitCount;
}

// Whether tokens [first, last) lie inside a title of two words or more that starts before
// them in the sentence (which starts at token `begin`).
bool inside_long_title(const Doc& d, std::uint32_t begin, std::uint32_t first, std::uint32_t last) {
  for (std::uint32_t k = first > begin + 3 ? first - 3 : begin; k < first; ++k)
    if (const std::size_t n = long_title_at(d, k); n > 0 && k + n >= last) return true;
  return false;
}

// - – — or a tatweel standing alone.
bool is_dash(std::string_view w) { return w == "-" || w == "\u2013" || w == "\u2014" || w == "\u0640"; }

// A dash with a space on each side (ـ – - —) separates the names of a list or a line-up; one
// written into a name has none (جان-بيير).
bool spaced_dash(const Doc& d, std::uint32_t t) {
  if (t == 0 || t + 1 >= d.tokens.size()) return false;
  return is_dash(d.tokens[t].view(d.text)) && d.tokens[t - 1].end < d.tokens[t].begin &&
         d.tokens[t].end < d.tokens[t + 1].begin;
}

std::vector<Mention> tagged_mentions(Doc& d, const std::vector<std::vector<int>>& labels) {
  std::vector<Mention> out;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s)
    for (std::uint32_t i = 0; i < labels[s].size(); ++i)
      if (labels[s][i] != 0) d.known.insert(d.norm[d.sentences[s].first_token + i]);
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const auto& sent = d.sentences[s];
    const auto& lab = labels[s];
    for (std::uint32_t i = 0; i < lab.size();) {
      if (lab[i] == 0) { ++i; continue; }
      std::uint32_t j = i + 1, next = 0;
      const int type = (lab[i] - 1) / 2, inside = lab[i] + (lab[i] % 2);
      // B-X then I-X…; a person's name ends where a second person joined by و starts
      // (starts_second_person: الجبوري والعبادي، تركي وجابر; but جون والاس is one), and before
      // a preposition clitic or a title, where the rest of the span is not a name at all.
      if (type == 0 && verb_of_saying(d.norm[sent.first_token + i])) {  // وأردف | الشمري
        ++i;  // the words after it, if tagged, start a span of their own
        continue;
      }
      for (; j < lab.size() && lab[j] == inside; ++j) {
        if (spaced_dash(d, sent.first_token + j)) {  // حسين شيعان ـ خالد الغامدي: two names
          next = j + 1;
          break;
        }
        if (type != 0) continue;
        if (verb_of_saying(d.norm[sent.first_token + j])) {  // الخيل | أكد | جبر: two spans, no verb
          next = j;
          break;
        }
        if (starts_second_person(d, sent.first_token + i, sent.first_token + j)) break;
        if (starts_prepositional(d, sent.first_token + j) || long_title_at(d, sent.first_token + j) > 0) {
          next = j;
          while (next < lab.size() && lab[next] == inside) ++next;
          break;
        }
      }
      std::uint32_t first = sent.first_token + i;
      // A title the tagger took into the name (ولي العهد محمد بن نايف) is cut off; a span that
      // is only a title names nobody.
      if (const std::size_t length = type == 0 ? long_title_at(d, first) : 0; length > 0) {
        if (i + length >= j) {
          i = next ? next : j;
          continue;
        }
        first += static_cast<std::uint32_t>(length);
      }
      while (type == 0 && first < sent.first_token + j && is_style(d, first)) ++first;
      if (first == sent.first_token + j) {
        i = next ? next : j;
        continue;
      }
      // Alone it names nobody (المنتخب السويدي), unless a title announces it as a family name
      // (اللواء السويدي); nor does an adjective after it (الأرمني | القديم).
      if (type == 0 && adjective_of_origin_at(d, first, sent.first_token)) {
        std::size_t title_words = 0;
        const bool after_title = first > sent.first_token &&
                                 (person_announced(d, first) ||
                                  d.model.lexicon.starts(d.norm, first - 1, Category::kTitle, title_words));
        if (first + 1 < sent.first_token + j || !after_title) {
          ++first;
          if (first == sent.first_token + j ||
              (first + 1 == sent.first_token + j && d.norm[first].starts_with("\u0627\u0644"))) {
            i = next ? next : j;
            continue;
          }
        }
      }
      // Nor is a span inside a title that starts before it anyone or anything (الحرمين in «أعرب
      // خادم الحرمين الشريفين عن شكره», الله in «آية الله علي خامنئي»).
      if ((type == 0 || type == 3) && inside_long_title(d, sent.first_token, first, sent.first_token + j)) {
        i = next ? next : j;
        continue;
      }
      // No name follows a particle that only takes a verb (لم أنس: "I did not forget").
      if (first > sent.first_token && verb_particle(d.norm[first - 1])) {
        i = next ? next : j;
        continue;
      }
      // Some organisations' head words are part of their names (حزب الله، جامعة طيبة، مجلس
      // الأمن) even where the tagger left them out; others are not (صحيفة عكاظ، شركة أرامكو).
      if (type == 2 && i > 0 && lab[i - 1] == 0 && head_inside_name(d, first - 1)) --first;
      // الهيئة العامة للطيران المدني، الرئاسة العامة للأرصاد، المديرية العامة للجوازات: a
      // government body named by its function, no entity to ANERcorp nor to the gold sets (30 of
      // 30 such mentions O).
      static const text::WordSet general_bodies =
          text::search_forms({"الهيئة", "المؤسسة", "الرئاسة", "المديرية", "الإدارة"});
      if (type == 2 && first + 1 < sent.first_token + j && reads_as(d, first, general_bodies) &&
          d.norm[first + 1] == "\u0627\u0644\u0639\u0627\u0645\u0647") {
        i = next ? next : j;
        continue;
      }
      // لجنة التنمية السياحية بالبكيرية، مجلس التنمية السياحية بمنطقة عسير: the development
      // committee every town and region has, named by its function (the gold sets: 0 of 9).
      static const text::WordSet councils = text::search_forms({"لجنة", "اللجنة", "مجلس", "المجلس"});
      static const std::string development = text::normalize_search("التنمية");
      if (type == 2 && first + 2 < sent.first_token + j && reads_as(d, first, councils) &&
          d.norm[first + 1] == development) {
        i = next ? next : j;
        continue;
      }
      if ((type == 2 || type == 3 || type == 0) && first + 1 == sent.first_token + j && head_alone(d, first) &&
          !(first > sent.first_token && is_quote_mark(d, first - 1))) {  // كتلة "القوات"
        i = next ? next : j;
        continue;
      }
      // Right after a head left outside no conjunction or ك starts the name: فرانس (وكالة فرانس
      // برس)، فورد (شركة فورد) keep their first letter. A preposition may (جمعية بمصر).
      const std::string_view w = d.norm[first];
      const bool after_head = first > sent.first_token && (is_org_head(d, first - 1) || facility_head(d, first - 1)) &&
                              (w.starts_with("\u0648") || w.starts_with("\u0641") || w.starts_with("\u0643"));
      out.push_back(make_mention(d, s, first, sent.first_token + j, type, !after_head));
      i = next ? next : j;
    }
  }
  return out;
}

// "مطار بغداد الدولي", "قاعدة الظفرة الجوية": a facility head, one to four words and the
// adjective that closes such a name are one place, whatever the tagger made of the words
// inside (the city in an airport's name is not the airport, and a base's name is often
// made of common words).
std::vector<bool> covered_tokens(const Doc& d, const std::vector<Mention>& mentions);

void add_facilities(const Doc& d, std::vector<Mention>& mentions) {
  constexpr std::uint32_t kMaxNameWords = 4;
  const std::vector<bool> covered = covered_tokens(d, mentions);
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 2 < end; ++t) {
      const util::StringSet* closing = facility_head(d, t);
      if (!closing) continue;
      for (std::uint32_t a = t + 2; a < end && a - t <= kMaxNameWords + 1 && !is_punct(d, a - 1); ++a) {
        // (past the name's first word, a word the tagger left out must be an adjective with the
        // article or a purpose with لل: «مطار جازان بدأ التشغيل الدولي» is a sentence, not an
        // airport's name)
        if (const std::string_view w = d.norm[a - 1];
            a - 1 > t + 1 && !covered[a - 1] && !w.starts_with("\u0627\u0644") && !w.starts_with("\u0644\u0644"))
          break;  // (الخيرية after a purpose, جمعية زمزم للخدمات الصحية …, closes it)
        if (a - 1 > t && facility_head(d, a - 1)) break;  // مطار الجوف ومطار القاهرة الدولي: two
        if (!closing->count(d.norm[a])) continue;
        std::erase_if(mentions, [&](const Mention& m) { return m.first <= a && m.last > t; });
        mentions.push_back(make_mention(d, s, t, a + 1, 1));
        t = a;
        break;
      }
    }
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// للمرة، للموسم، للعام: a time with ل, no purpose of a body's name.
bool time_with_lam(std::string_view w) {
  static const text::WordSet times = text::search_forms({"للمرة", "للموسم", "للعام", "للسنة", "لليوم", "للشهر", "للأسبوع"});
  return times.contains(w);
}

// مطار الأمير سلطان بن عبدالعزيز، استاد الملك فهد، مركز الملك فهد الثقافي: a place or an
// institution named after a person is not that person. A head of such names, a title, then a
// person's mention: the whole is one place (or organisation, or prize), with an adjective that
// closes it (الدولي، التخصصي، الثقافي). The strongest heads need no title (مطار رفيق الحريري،
// مستشفى سليمان الحبيب، دوري عبداللطيف جميل); the others do (مدينة فهد is a town, مكتبه "his
// office"; بطولة فلان is "starring").
void name_facilities_after_people(const Doc& d, std::vector<Mention>& mentions) {
  struct Head {
    int type;
    bool strong;
  };
  static const std::map<std::string, Head, std::less<>> heads = [] {
    std::map<std::string, Head, std::less<>> out;
    const auto add = [&](std::initializer_list<const char*> words, int type, bool strong) {
      for (const char* w : words) out.emplace(text::normalize_search(w), Head{type, strong});
    };
    add({"مطار", "استاد", "ملعب", "شارع", "مسجد", "جامع"}, 1, true);
    add({"طريق", "جسر", "ميناء", "قاعدة", "حي", "ميدان", "ساحة", "برج", "مدينة", "صالة", "قاعة", "حديقة"}, 1, false);
    add({"مستشفى", "جامعة", "ابتدائية", "متوسطة", "ثانوية"}, 2, true);  // ابتدائية عمرو بن العاص: a school
    add({"مركز", "مركزي", "مدرسة", "كلية", "معهد", "مؤسسة", "متحف", "مجمع", "مكتبة", "دارة"}, 2, false);
    add({"دوري"}, 3, true);  // دوري عبداللطيف جميل: a league named after its sponsor
    add({"وسام", "قلادة", "وشاح", "نوط"}, 3, false);  // وسام الملك عبدالعزيز: a decoration (وسام alone is a name)
    add({"جائزة", "كأس", "مشروع", "برنامج"}, 3, false);  // مشروع الملك عبدالله للنقل العام: a project
    return out;
  }();
  for (auto& m : mentions) {
    if (m.type != 0 || m.first == 0) continue;
    const std::uint32_t start = d.sentences[m.sentence].first_token;
    std::uint32_t t = m.first - 1;
    for (int titles = 0; titles < 2 && t > start && title_word(d, d.norm[t]); ++titles) --t;
    const Head* head = nullptr;
    std::pair<std::size_t, std::string> reading;
    for (const auto& r : d.readings(t))
      if (auto it = heads.find(r.second); it != heads.end()) head = &it->second, reading = r;
    // «والإمام تركي بن عبدالله الإبتدائية بقلوة، وأسامة بن زيد الابتدائية»: a school named after a
    // person and written with its level after the name, the head left out; the title before the
    // name is the school's too.
    static const text::WordSet levels = text::search_forms({"الابتدائية", "الإبتدائية", "المتوسطة", "الثانوية"});
    if (!head && m.last < d.sentences[m.sentence].last_token && levels.contains(d.norm[m.last])) {
      const std::uint32_t first =
          m.first > start && title_word(d, without_conjunction(d.norm[m.first - 1])) ? m.first - 1 : m.first;
      m = make_mention(d, m.sentence, first, m.last + 1, 2);
      m.typed_by_context = true;
      continue;
    }
    const std::uint32_t end = d.sentences[m.sentence].last_token;
    // (a body's or a programme's purpose after the name needs no title either: مركز محمد بن نايف
    // للمناصحة والرعاية; a place's does, طريق بلاتيني للرئاسة)
    const auto purpose = [&](std::uint32_t k) {
      return k < end && d.norm[k].starts_with("\u0644\u0644") && d.norm[k].size() > 8 && !time_with_lam(d.norm[k]);
    };
    if (!head || (!head->strong && t + 1 == m.first && (head->type == 1 || !(purpose(m.last - 1) || purpose(m.last)))))
      continue;
    std::uint32_t last = m.last;
    if (last < end) {
      const std::string_view a = d.norm[last];
      static const std::string general = text::normalize_search("العامة");  // مكتبة الملك عبدالعزيز العامة
      if ((a.starts_with("ال") && a.size() >= 10 && (a.ends_with("ي") || a.ends_with("يه")) && !nationality(d, a)) ||
          (head->type == 2 && a == general))
        ++last;
    }
    // The purpose that goes on the name (مدينة الملك عبدالعزيز للعلوم والتقنية، مركز الملك
    // عبدالله للدراسات البترولية): لل + a noun, then nouns joined by و or adjectives (at least
    // one: «للعلاج» alone, «للمرة الأولى» are no part of it), up to four words; such a name is
    // an institution's.
    int type = head->type;
    // مدينة الملك عبدالله الطبية: a medical or university city is an institution (as a hospital).
    static const text::WordSet institutional = text::search_forms({"الطبية", "الطبي", "الجامعية", "الجامعي", "الصحية"});
    if (type == 1 && last > m.last && institutional.contains(d.norm[last - 1])) type = 2;
    // (not الأولى, nor a relative pronoun: «مركز الملك سلمان للإغاثة الذي لديه خطة»)
    static const text::WordSet relatives = text::search_forms({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللتان", "اللذان"});
    const auto goes_on = [&](std::uint32_t k) {
      const std::string_view w = d.norm[k];
      return d.tokens[k].kind == text::TokenKind::kWord && w.size() > 6 && !d.tokens[k].view(d.text).ends_with("ى") &&
             (w.starts_with("وال") || (w.starts_with("ال") && (w.ends_with("ي") || w.ends_with("يه")))) &&
             !relatives.contains(w);
    };
    // (a prize's, a league's, a project's or a programme's purpose may stand alone: برنامج الملك
    // عبدالله للابتعاث، دوري عبداللطيف جميل للمحترفين; not للمرة، للموسم)
    // (any head's, when a relative pronoun closes the name: «مدينة الملك عبدالله للتمور التي تربط»)
    const bool closed = last + 1 < end && relatives.contains(d.norm[last + 1]);
    if ((type == 3 || closed) && last < end && d.tokens[last].kind == text::TokenKind::kWord &&
        d.norm[last].starts_with("لل") && d.norm[last].size() > 6 && !time_with_lam(d.norm[last]) &&
        !(last + 1 < end && goes_on(last + 1))) {
      ++last;
      if (type == 1) type = 2;  // (a purpose makes the place an institution, as below)
    } else if (last + 1 < end && d.norm[last].starts_with("لل") && d.norm[last].size() > 6 && goes_on(last + 1)) {
      std::uint32_t k = last + 1;
      while (k < end && k < last + 4 && goes_on(k)) ++k;
      last = k;
      if (type == 1) type = 2;
      for (auto& o : mentions)  // a piece the tagger made of the purpose is no name of its own
        if (&o != &m && o.first >= m.last && o.first < last) o.type = -1;
    }
    // طريق الملك عبدالعزيز، شارع الأمير سلطان: a street's head stays outside, as for any street
    // (شارع العليا → العليا); the title and the name are the place's name.
    static const text::WordSet streets = text::search_forms({"طريق", "شارع", "حي", "ميدان", "ساحة"});
    if (streets.contains(reading.second) && t + 1 < m.first && type == 1)
      m = make_mention(d, m.sentence, t + 1, last, 1);
    else
      m = mention_read_as(d, m.sentence, t, last, type, reading.first, reading.second);
    m.typed_by_context = true;
  }
  std::erase_if(mentions, [](const Mention& x) { return x.type < 0; });
}

// جمعية الكشافة العربية السعودية، لجمعية مراكز الأحياء، اتحاد القدم، جمعية الفنون والثقافة: an
// association's or a federation's head before a definite name is one organisation with it (the
// gold sets mark 44 of 45 such, and the tagger found 36). The name runs over words with the
// article or with لل (اتحاد الدنمارك للسهام), places, up to two construct nouns before a word
// with the article (مراكز الأحياء، الأشخاص ذوي الإعاقة) and one word with وال after a word with
// the article; it stops at a function word, a word behind ب (بالباحة: where), a verb (اتحاد القدم
// | سيرفع الإيقاف), a day or a time word, a person, a mark or the seventh word. The name opens with
// the article or a construct noun: not «أول جمعية للزواج», «جمعية أهلية للإسعاف».
void replace_overlapping(std::vector<Mention>& mentions, Mention body);
bool time_word(std::string_view w);

void name_associations(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet heads = text::search_forms({"جمعية", "اتحاد"});
  static const text::WordSet days =
      text::search_forms({"السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "أمس", "الليلة"});
  const auto& stop_words = summary::StopWords::instance();
  const auto starts = [&](std::uint32_t k, std::string_view prefix) { return d.norm[k].starts_with(prefix); };
  const auto definite = [&](std::uint32_t k) {  // ال، لل
    return d.tokens[k].kind == text::TokenKind::kWord && d.norm[k].size() > 6 &&
           (starts(k, "\u0627\u0644") || starts(k, "\u0644\u0644"));
  };
  const auto place = [&](std::uint32_t k) {
    return d.model.lexicon.contains(d.norm[k], Category::kCountry) || d.model.lexicon.contains(d.norm[k], Category::kCity);
  };
  // (not a verb: ي، سي، ست، سن; nor a word with و/ف and the article, or behind ب)
  const auto construct = [&](std::uint32_t k, std::uint32_t end) {
    return k + 1 < end && d.tokens[k].kind == text::TokenKind::kWord && !definite(k) && !place(k) &&
           !stop_words.contains(d.norm[k]) && !starts(k, "\u0641\u0627\u0644") && !starts(k, "\u0648\u0627\u0644") &&
           !starts(k, "\u0628") && !starts(k, "\u064A") && !starts(k, "\u0633\u064A") && !starts(k, "\u0633\u062A") &&
           !starts(k, "\u0633\u0646") && starts(k + 1, "\u0627\u0644") && definite(k + 1);
  };
  const std::vector<bool> covered = covered_tokens(d, mentions);
  std::vector<bool> person(d.tokens.size(), false);
  for (const Mention& m : mentions)
    if (m.type == 0) std::fill(person.begin() + m.first, person.begin() + m.last, true);
  std::vector<Mention> found;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 1 < end; ++t) {
      if (covered[t] || d.tokens[t].kind != text::TokenKind::kWord || !reads_as(d, t, heads)) continue;
      if (!(starts(t + 1, "\u0627\u0644") || construct(t + 1, end))) continue;
      std::uint32_t k = t + 1;
      int constructs = 0;
      while (k < end && k < t + 7 && !person[k] && !stop_words.contains(d.norm[k]) && !time_word(d.norm[k]) &&
             !days.contains(d.norm[k])) {
        if (definite(k) || place(k)) ++k;
        else if (k > t + 1 && definite(k - 1) && starts(k, "\u0648\u0627\u0644") && d.norm[k].size() > 8) ++k;
        else if (constructs < 2 && construct(k, end)) ++k, ++constructs;
        else break;
      }
      if (k == t + 1 || !(definite(k - 1) || place(k - 1) || starts(k - 1, "\u0648\u0627\u0644"))) continue;
      found.push_back(make_mention(d, s, t, k, 2));
      found.back().typed_by_context = true;
      t = k - 1;
    }
  }
  if (found.empty()) return;
  for (Mention& m : found) replace_overlapping(mentions, std::move(m));
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// جامعة حائل، بغرفة جدة، مستشفى عسير المركزي، جمعية الجشة الخيرية: an institution named
// after its place is an organisation, its head inside the name (as the blind sets write it,
// and as ANERcorp writes جامعة + a name). Not a municipality (بلدية صامطة): named by its
// function and its town, it is the town, a place, in six of the ten mentions the sets mark. A place right after such a
// head, with no clitic of its own (not «الجامعة بالمدينة»), becomes with the head one
// organisation; so does a facility the tagger or add_facilities made a place of with such a
// head (مستشفى … المركزي).
void name_institutions_after_places(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet heads = text::search_forms(
      {"جامعة", "غرفة", "مستشفى", "كلية", "معهد", "مدرسة", "ابتدائية", "متوسطة", "ثانوية", "جمعية"});
  // مركز الإمارات للدراسات والبحوث الاستراتيجية، مؤسسة دبي للمهرجانات والتجزئة، هيئة البحرين
  // للثقافة والفنون: a centre, a foundation, an authority or a company of a place is one when what
  // it is for follows (ل + a noun, then up to four words with the article); the purpose is the
  // name's (not لجامعة الدول العربية: whose office it is, nor لـ«الشرق الأوسط»: the paper told).
  static const text::WordSet purposed = text::search_forms({"مركز", "مؤسسة", "هيئة", "شركة"});
  const auto purpose = [&](std::uint32_t s, std::uint32_t k) -> std::uint32_t {
    const std::uint32_t end = d.sentences[s].last_token;  // (within the name's sentence)
    if (k >= end || d.tokens[k].kind != text::TokenKind::kWord) return k;
    const std::string_view w = d.norm[k];
    if (!w.starts_with("\u0644") || w.size() <= 8 || w.starts_with("\u0644\u0640")) return k;
    const std::string_view noun = w.starts_with("\u0644\u0644") ? w.substr(4) : w.substr(2);
    if (d.model.lexicon.contains(noun, Category::kOrgHead) || d.model.lexicon.contains(noun, Category::kLocHead)) return k;
    // (مركز شقصان للدفاع المدني: a department's post in a town, which the gold sets write as the town)
    static const text::WordSet departments = text::search_forms({"دفاع", "شرطه", "مرور", "جوازات", "احوال"});
    if (departments.contains(noun)) return k;
    std::uint32_t e = k + 1;
    while (e < end && e < k + 5 && d.tokens[e].kind == text::TokenKind::kWord &&
           (d.norm[e].starts_with("\u0627\u0644") || d.norm[e].starts_with("\u0648\u0627\u0644")) &&
           !summary::StopWords::instance().contains(d.norm[e]))  // (not التي، إلى)
      ++e;
    // (لحقوق الإنسان، لتنمية الأعمال: ل + a noun in construct needs a word with the article after it)
    return w.starts_with("\u0644\u0644") || e > k + 1 ? e : k;
  };
  for (auto& m : mentions) {
    if (m.type != 1) continue;
    if (heads.contains(m.key[0]) && m.last - m.first > 1) {
      m.type = 2;
      m.typed_by_context = true;
      continue;
    }
    if (m.first == d.sentences[m.sentence].first_token || m.span.begin != d.tokens[m.first].begin) continue;
    // جامعة سعودية is "a Saudi university": an adjective of origin names nothing.
    if (const std::string_view w = d.norm[m.first];
        m.last - m.first == 1 && !w.starts_with("ال") && (w.ends_with("ي") || w.ends_with("يه")) &&
        !d.model.lexicon.contains(w, Category::kCountry) && !d.model.lexicon.contains(w, Category::kCity))
      continue;
    const std::uint32_t t = m.first - 1;
    // نادي الباحة الأدبي، أدبي جدة: a town's literary club, its head and adjective in its name
    // (the gold sets write it whole, and its short form too).
    static const std::string club = text::normalize_search("نادي"), literary = text::normalize_search("الأدبي"),
                             literary_bare = text::normalize_search("أدبي");
    if (m.last < d.sentences[m.sentence].last_token && d.norm[m.last] == literary && without_conjunction(d.norm[t]).ends_with(club)) {
      for (const auto& [skip, form] : d.readings(t))
        if (form == club) {
          m = mention_read_as(d, m.sentence, t, m.last + 1, 2, skip, form);
          m.typed_by_context = true;
          break;
        }
      continue;
    }
    if (without_conjunction(d.norm[t]) == literary_bare) {
      m = make_mention(d, m.sentence, t, m.last, 2);
      m.typed_by_context = true;
      continue;
    }
    const std::uint32_t purpose_end = purpose(m.sentence, m.last);
    // (after a school's or a hospital's head only a purpose with the article: مستشفى بوسطن للأطفال,
    // not مستشفى العريش لتلقي العلاج, the patient's)
    const bool definite_purpose = purpose_end > m.last && d.norm[m.last].starts_with("\u0644\u0644");
    for (const auto& [skip, form] : d.readings(t)) {
      const bool own = purposed.contains(form);
      if (!heads.contains(form) && !(purpose_end > m.last && own)) continue;
      const std::uint32_t last = own || definite_purpose ? std::max(m.last, purpose_end) : m.last;
      // (a company's head stays outside its name, as the guide and every gold set write it: شركة |
      // جبل عمر للتطوير)
      static const std::string company = text::normalize_search("\u0634\u0631\u0643\u0629");  // شركة
      m = form == company ? make_mention(d, m.sentence, m.first, last, 2) : mention_read_as(d, m.sentence, t, last, 2, skip, form);
      m.typed_by_context = true;
      break;
    }
  }
}

bool is_quote_mark(const Doc& d, std::uint32_t t) {
  std::string_view w = d.norm[t];  // « » are " after normalization
  return w == "\"" || w == "“" || w == "”";
}

// Head words of works, events and products (data/ner_quoted_heads.tsv), normalized.
const std::set<std::string>& quoted_heads() {
  static const auto table = [] {
    std::set<std::string> out;
    std::string head;
    util::for_each_table_line(data::kNerQuotedHeads, [&](std::string_view line) {
      text::normalize_into(line, text::Profile::kSearch, head);
      out.insert(head);
    });
    return out;
  }();
  return table;
}

// A building's or a site's head without the article, before its name in quote marks (بقصر
// «المنسترلي»، قاعة "منيرة" بفندق "مداريم كراون"، محطة "ليلى"); the name is a proper word, not a
// common noun with the article in scare quotes (فندق "التسمم"، محطة «الحافلات») unless a nisba.
bool site_head(const Doc& d, std::uint32_t t) {
  static const text::WordSet sites = text::search_forms(
      {"قصر", "فندق", "قاعة", "منتجع", "محطة", "ملعب", "استاد", "مسجد", "جامع", "حي", "شارع", "برج", "متنزه",
       "قرية", "بلدة", "مدينة", "جزيرة", "ميدان"});
  return reads_as(d, t, sites) && !d.norm[t].starts_with("\u0627\u0644");
}
bool site_name(const Doc& d, std::uint32_t first) {
  return !d.norm[first].starts_with("\u0627\u0644") || d.norm[first].ends_with("\u064A");
}

// فيلم الحركة والخيال العلمي الجديد «آنت مان»، المسلسل التركي الشهير "سنوات الضياع": up to four
// words with the article (a genre, an origin, الجديد) between a film's or a series' head and its
// quoted name; whether token t ends such words after such a head.
bool screen_work_before(const Doc& d, std::uint32_t t) {
  static const text::WordSet heads = text::search_forms(
      {"فيلم", "الفيلم", "أفلام", "مسلسل", "المسلسل", "مسلسلات"});
  for (std::uint32_t k = t, n = 0; k > 0 && n < 4; --k, ++n) {
    if (is_punct(d, k) || !without_conjunction(d.norm[k]).starts_with("\u0627\u0644")) return false;
    if (reads_as(d, k - 1, heads)) return true;
  }
  return false;
}

// The type of a name in quote marks after token t, and its most words: an organisation after
// an organisation head (تنظيم «داعش»), a work, event or product after theirs (برنامج «حوار
// المساء», عملية «عاصفة الصحراء»), a place after a site's; -1 after any other word.
std::pair<int, std::uint32_t> quoted_name_after(const Doc& d, std::uint32_t t) {
  if (is_org_head(d, t) || d.norm[t] == "ل") return {2, 3};
  if (site_head(d, t)) return {1, 3};
  if (screen_work_before(d, t)) return {3, 5};
  for (const auto& r : d.readings(t)) {
    std::string_view w = r.second;
    if (w.starts_with("ال")) w.remove_prefix(4);
    if (quoted_heads().count(std::string(w))) return {3, 5};
    // with a possessive pronoun: ديوانه، فيلمها، روايته (ة written ت before it)
    for (std::string_view pronoun : {"ها", "ه"})
      if (w.size() > pronoun.size() + 4 && w.ends_with(pronoun)) {
        std::string stem(w.substr(0, w.size() - pronoun.size()));
        if (stem.ends_with("ت")) stem.replace(stem.size() - 2, 2, "ه");
        if (quoted_heads().count(stem) || quoted_heads().count(std::string(w.substr(0, w.size() - pronoun.size()))))
          return {3, 5};
      }
  }
  return {-1, 0};
}

// Per token, whether a mention already holds it.
std::vector<bool> covered_tokens(const Doc& d, const std::vector<Mention>& mentions) {
  std::vector<bool> covered(d.tokens.size(), false);
  for (const auto& m : mentions) std::fill(covered.begin() + m.first, covered.begin() + m.last, true);
  return covered;
}

// An Arabic or a Latin comma, which joins the items of a list.
bool is_comma(const Doc& d, std::uint32_t t) { return d.norm[t] == "،" || d.norm[t] == ","; }

// A word written with the conjunction و before more than one letter (والنصر، وزين): the next
// item of a list joined by و.
bool conjoined_word(const Doc& d, std::uint32_t t) {
  return d.tokens[t].kind == text::TokenKind::kWord && d.norm[t].size() > 4 && d.norm[t].starts_with("\u0648");
}

// Per token, the type of the mention that holds it (-1: none).
std::vector<int> token_types(const Doc& d, const std::vector<Mention>& mentions) {
  std::vector<int> type(d.tokens.size(), -1);
  for (const auto& m : mentions) std::fill(type.begin() + m.first, type.begin() + m.last, m.type);
  return type;
}

// A name in quote marks right after a head word is an entity of the head's kind even when the
// tagger has never seen it (names newer than its training data); propagate() then finds it
// bare. A quotation (more words than a name has) or an unclosed mark names nothing.
void add_quoted_names(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<bool> covered = covered_tokens(d, mentions);
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 3 < end; ++t) {
      // A work's or an event's name may stand in brackets instead (معرض (الملك فيصل .. شاهد
      // وشهيد)، فيلم (لعبة الموت)), but not a clause (التي …).
      // (one adjective may stand between a work's head and its name: ديوانه الأول «…»)
      const std::uint32_t head = t;
      // (not where the head and the word after it are quoted themselves: ” ديوان الزكاة ” المال)
      if (t + 4 < end && !is_quote_mark(d, t + 1) && is_quote_mark(d, t + 2) && d.norm[t + 1].starts_with("ال") &&
          !(t > d.sentences[s].first_token && is_quote_mark(d, t - 1)) && quoted_name_after(d, t).first == 3 &&
          !covered[t + 1])
        ++t;
      const bool bracket = d.norm[t + 1] == "(";
      if (covered[t] || (!bracket && !is_quote_mark(d, t + 1))) continue;
      auto [type, max_words] = quoted_name_after(d, head);
      if (type < 0 || (bracket && (type != 3 || summary::StopWords::instance().contains(d.norm[t + 2])))) continue;
      std::uint32_t close = t + 2;
      while (close < end && close - t - 2 < max_words && !is_punct(d, close) && !covered[close]) ++close;
      if (close == t + 2 || close == end || !(bracket ? d.norm[close] == ")" : is_quote_mark(d, close))) continue;
      if (type == 1 && !site_name(d, t + 2)) continue;
      // Not a name: one letter, function words alone after a work's head (حملة "لا", or a
      // closing and an opening mark read the wrong way round; a newspaper may be called
      // «سبق»), or words already named otherwise (خطة «داعش» is the group's).
      Mention m = make_mention(d, s, t + 2, close, type);
      const bool all_function = type == 3 && std::all_of(m.key.begin(), m.key.end(), [](const std::string& w) {
        return summary::StopWords::instance().contains(w);
      });
      // After a lone ل the quote marks alone decide (لـ«الشرق الأوسط» is the paper even where
      // the region is named too), so such a name stays out of the article's type vote.
      const bool after_lam = d.norm[t] == "ل";
      // (nor an address: موقعه الإلكتروني "www.secb.gov.sa")
      const std::string_view inside =
          d.text.substr(d.tokens[t + 2].begin, d.tokens[close - 1].end - d.tokens[t + 2].begin);
      const bool address = inside.find('.') != std::string_view::npos &&
                           std::all_of(d.tokens.begin() + t + 2, d.tokens.begin() + close, [](const text::Token& k) {
                             return k.kind != text::TokenKind::kWord;
                           });
      if (all_function || address || (m.key.size() == 1 && m.key[0].size() <= 2) ||
          (!after_lam && std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) { return o.key == m.key; })))
        continue;
      m.typed_by_context = after_lam;
      mentions.push_back(std::move(m));
      t = close;
      // أفلام «غروب وشروق»، «على من نطلق الرصاص»، و«شيء في صدري»: the names a works' head lists,
      // each in its own quote marks (or brackets), joined by a comma, و or أو (a translation:
      // أغاني (باد بلود) أو(دم فاسد)).
      if (type != 3) continue;
      const auto opens = [&](std::uint32_t k) { return bracket ? d.norm[k] == "(" : is_quote_mark(d, k); };
      const auto closes = [&](std::uint32_t k) { return bracket ? d.norm[k] == ")" : is_quote_mark(d, k); };
      for (;;) {
        std::uint32_t k = t + 1;
        if (k < end && (d.norm[k] == "\u060C" || d.norm[k] == ",")) ++k;
        const bool either = k < end && d.norm[k] == "\u0627\u0648";  // أو
        if (k < end && (d.norm[k] == "\u0648" || either)) ++k;
        if (k + 1 >= end || k == t + 1 || !opens(k)) break;
        std::uint32_t c = k + 1;
        while (c < end && c - k - 1 < max_words && !is_punct(d, c)) ++c;
        if (c == k + 1 || c == end || !closes(c)) break;
        // (a word of the article's own after أو is an adjective offered, no work: رواية «تسجيلية»
        // أو «تاريخية»)
        if (either && !bracket && c == k + 2 && (d.norm[k + 1].ends_with("\u064A") || d.norm[k + 1].ends_with("\u064A\u0647")))
          break;
        // (an item the tagger took for something else, «الهارب», is a work of the list too)
        const auto other = std::find_if(mentions.begin(), mentions.end(),
                                        [&](const Mention& o) { return o.first == k + 1 && o.last == c; });
        if (other != mentions.end()) {
          other->type = type;
          t = c;
          continue;
        }
        // (a piece of an item the tagger took for a name of its own, (حديقة [الورد]), gives way;
        // a name that runs out of the marks ends the list)
        if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& o) {
              return o.sentence == s && o.first < c && o.last > k + 1 && (o.first <= k || o.last > c);
            }))
          break;
        std::erase_if(mentions, [&](const Mention& o) { return o.sentence == s && o.first > k && o.last <= c; });
        Mention item = make_mention(d, s, k + 1, c, type);
        if (std::all_of(item.key.begin(), item.key.end(),
                        [](const std::string& w) { return summary::StopWords::instance().contains(w); }))
          break;
        mentions.push_back(std::move(item));
        t = c;
      }
    }
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// A tagged name in quote marks right after a head takes the head's kind whatever type the tagger
// gave it, and so does every mention of the same name in the article: the head is stronger
// evidence than the tagger's guess at an unknown name. After an organisation head (وكالة «…»,
// تنظيم "…") an organisation (a transliterated agency name read as a person's); after a work's,
// the work; after a title in apposition, the person (below).
void retype_quoted_after_heads(const Doc& d, std::vector<Mention>& mentions) {
  std::set<std::vector<std::string>> organisations;
  for (const auto& m : mentions)
    if (m.type != 2 && m.first >= 2 && m.last < d.tokens.size() && is_quote_mark(d, m.first - 1) &&
        is_quote_mark(d, m.last) && is_org_head(d, m.first - 2))
      organisations.insert(m.key);
  for (auto& m : mentions)
    if (organisations.count(m.key)) m.type = 2;
  // مسلسل “سيلفي”، فيلم «…»: a tagged name in quote marks right after the head of a work is the
  // work (MISC), and so is each other mention of it (فريق سيلفي). Only works: after an event's or a
  // product's head the name is often a body's (مبادرة «نرسم بسمتهم»، معرض “تويوتا”), and not a name
  // the article also writes after a body's head (جائزة «فاي كابا فاي» … لمنظمة «فاي كابا فاي»).
  static const text::WordSet work_heads = text::search_forms(
      {"مسلسل", "فيلم", "كتاب", "رواية", "ديوان", "ألبوم", "أغنية", "مسرحية", "المسلسل", "الفيلم", "الكتاب",
       "الرواية", "الديوان", "الألبوم", "الأغنية", "المسرحية", "أفلام", "مسلسلات", "روايات", "مسرحيات", "أغنيات",
       "أغاني", "ألبومات", "إعصار", "الإعصار", "عاصفة", "العاصفة"});  // (and a storm's: الإعصار «سودلور»)
  // (in brackets too: أغاني (باد بلود))
  const auto marked = [&](const Mention& m) {
    return (is_quote_mark(d, m.first - 1) && is_quote_mark(d, m.last)) ||
           (m.type != 0 && d.norm[m.first - 1] == "(" && d.norm[m.last] == ")");  // (روايات (تشارلز ديكنز): the author)
  };
  std::set<std::vector<std::string>> works;
  for (const auto& m : mentions)
    if (m.type != 3 && m.first >= 2 && m.last < d.tokens.size() && marked(m) &&
        (reads_as(d, m.first - 2, work_heads) || screen_work_before(d, m.first - 2)) && !organisations.count(m.key))
      works.insert(m.key);
  for (auto& m : mentions)
    if (works.count(m.key)) m.type = 3;
  // قاعة "منيرة"، فندق «ريتز»، ملعب «ليفايس ستاديوم»: a site's quoted name is the place, however the
  // tagger typed it; after محطة an organisation stays one (محطة «فوكس»: a broadcaster).
  static const text::WordSet station = text::search_forms({"محطة"});
  std::set<std::vector<std::string>> sites;
  for (const auto& m : mentions)
    if (m.type != 1 && m.first >= 2 && m.last < d.tokens.size() && is_quote_mark(d, m.first - 1) &&
        is_quote_mark(d, m.last) && site_head(d, m.first - 2) && site_name(d, m.first) && !organisations.count(m.key) &&
        !works.count(m.key) && !(m.type == 2 && reads_as(d, m.first - 2, station)))
      sites.insert(m.key);
  for (auto& m : mentions)
    if (sites.count(m.key)) m.type = 1;
  // المدير الفني "نيبوشا"، المدرب «فلان»: a name in quote marks right after a title with the
  // article (and its adjective) is that person's, in apposition, however the tagger typed it; after
  // one in construct it is what he heads (مدير «فوكس»، زعيم «حزب الله»). (The lexicon's titles, not
  // its person triggers, which hold verbs.)
  const auto definite_title = [&](std::uint32_t t) {
    const std::string_view w = d.norm[t];  // (the lexicon holds titles without the article too: مدير)
    return w.starts_with("\u0627\u0644") && (d.model.lexicon.contains(w, Category::kTitle) ||
                                            d.model.lexicon.contains(w.substr(4), Category::kTitle) || role_word(w.substr(4)));
  };
  // (The name opens without the article: «الصخرة» after the title is an epithet. One word, or up to
  // four after a person's style or rank, الممثلة «باريس هيلتون»، الدكتور «جيكسون إن جي»: after
  // another title several words are what he does or heads, الزعيم «كلمة السر».)
  static const text::WordSet styles = text::search_forms(
      {"الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "الشيخ", "السيد", "السيدة", "الممثل",
       "الممثلة", "الفنان", "الفنانة", "المطرب", "المطربة", "المغني", "المغنية", "الشاعر", "الشاعرة", "اللاعب", "اللاعبة",
       "المدرب", "الطفل", "الطفلة", "المواطن", "المواطنة"});
  std::set<std::vector<std::string>> people;
  for (const auto& m : mentions) {
    if (m.type == 0 || m.first < 2 || m.last >= d.tokens.size() || !is_quote_mark(d, m.first - 1) ||
        !is_quote_mark(d, m.last) || d.norm[m.first].starts_with("\u0627\u0644"))
      continue;
    const std::uint32_t t = m.first - 2;
    const bool style = reads_as(d, t, styles);
    if (m.last - m.first > (style ? 4u : 1u)) continue;
    const std::string& w = d.norm[t];
    if (style || definite_title(t) ||
        (t > 0 && definite_title(t - 1) && w.size() >= 10 && w.starts_with("\u0627\u0644") && w.ends_with("\u064A")))
      people.insert(m.key);
  }
  for (auto& m : mentions)
    if (people.count(m.key)) m.type = 0;
}

bool quoted(const Doc& d, const Mention& m) {
  return m.first >= 1 && m.last < d.tokens.size() && is_quote_mark(d, m.first - 1) && is_quote_mark(d, m.last);
}

const util::StringSet& given_names();

// «…» right after a lone ل (قال لـ«الشرق الأوسط», تابعة لـ"داعش") names the paper, agency or
// group one speaks to or belongs to: an organisation, and so is the same name in quote marks
// elsewhere in the article. The name written bare keeps its own reading (the region الشرق
// الأوسط), so these mentions are kept out of the article-wide type vote. A name the article
// reads as a work, product or event (MISC: يمكن لـ«أليكسا»، لـ«جوراسيك وورلد») stays one, and
// so does a person named by a given name alone (المعالج لـ«زينب»).
void type_quoted_after_lam(const Doc& d, std::vector<Mention>& mentions) {
  const auto& given = given_names();
  std::set<std::vector<std::string>> organisations;
  for (const auto& m : mentions)
    if (quoted(d, m) && m.type != 3 && m.first >= 2 && d.norm[m.first - 2] == "ل" &&
        !(m.type == 0 && m.key.size() == 1 && given.count(m.key[0])))  // (الفريق الطبي المعالج لـ«زينب»)
      organisations.insert(m.key);
  for (auto& m : mentions)
    if (organisations.count(m.key) && quoted(d, m)) m.type = 2, m.typed_by_context = true;
}

// A name mined from news right after a head noun (نادي الهلال، محافظة ضبا) is an entity of the
// mined type even where the tagger missed it: the tagger learnt the mined names' weight from
// 2007 news, where few of them occur. The mention is the name alone, as the list has it
// (with the head, as tagged organisations get it, it scored lower on modern news).
// Whether the article is about sport: at least three of its words are of the game (نادي
// المسؤولية الاجتماعية, نادي الضباط elsewhere are clubs of another kind).
bool about_sport(const Doc& d) {
  static const text::WordSet words = {
      "مباراه", "المباراه", "مباريات", "المباريات", "الدوري", "المدرب", "اللاعب", "لاعب", "اللاعبين",
      "بطوله", "البطوله", "الملعب", "هدف", "اهداف", "الاهداف", "المنتخب", "كره", "الكره"};
  int seen = 0;
  for (const std::string& w : d.norm) seen += words.contains(without_conjunction(w));
  return seen >= 3;
}

// "نادي الشباب" in a sports article: after نادي, a word with the article is the club's name,
// however common the word (الشباب "youth", التعاون "cooperation" are not mined for that reason).
bool club_after(const Doc& d, std::uint32_t t) {
  const std::string_view head = without_conjunction(d.norm[t]), name = d.norm[t + 1];
  return (head == "نادي" || head == "لنادي" || head == "بنادي") && name.starts_with("ال") && name.size() > 6 &&
         d.tokens[t + 1].kind == text::TokenKind::kWord && !summary::StopWords::instance().contains(name);
}

// The organisation heads the names were mined after (data/ner_name_heads.tsv), search-
// normalized: besides the tagger's heads, جماعة، ميليشيات، موقع، شركات (جماعة الإخوان، ميليشيات
// الحوثي، شركات الإنماء وزين). Not the place heads: قطاع, مركز, منطقة head common nouns as often
// (قطاع المصارف), and the mined list has such nouns among its places.
const util::StringSet& mining_org_heads() {
  static const auto heads = [] {
    util::StringSet out;
    util::for_each_table_line(data::kNerNameHeads, [&](std::string_view line) {
      auto f = util::split_tabs(line);
      if (f.size() == 2 && f[0] == "ORG") out.insert(text::normalize_search(f[1]));
    });
    return out;
  }();
  return heads;
}

// The words that name a side or the countryside of a place (ريف إدلب، شمال حلب، ضواحي دمشق):
// a mined place after them is one, though they announce no name of their own.
const text::WordSet& place_sides() {
  static const text::WordSet sides = text::search_forms(
      {"ريف", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "ضواحي", "أطراف", "محيط"});
  return sides;
}

// بلدية, a municipality's head (the lexicon has none).
const std::string& municipality() {
  static const std::string form = text::normalize_search("بلدية");
  return form;
}

// محافظة الخبر، بمحافظة المذنب: after a governorate (محافظة without the article, behind ب ل و)
// one word with the article is its town, however common the word (الخبر "the news", الوجه
// "the face"); not a function word, nor the feminine adjective of a region (المحافظة الشرقية
// has the article, محافظة الشرقية is Egypt's, a place as well). So after a municipality (بلدية
// الدلم، ببلدية القيصومة), but for a head of its own (بلدية المحافظة، بلدية المطار).
bool governorate_before(const Doc& d, std::uint32_t t) {
  static const std::string governorate = text::normalize_search("محافظة");
  const std::string_view next = d.norm[t + 1];
  // (محافظة المجتمع على … is keeping, by society)
  static const text::WordSet keeping = text::search_forms({"المجتمع", "الأسرة", "البيئة", "النظام", "الأمن", "الهوية"});
  if (!next.starts_with("ال") || next.size() <= 6 || d.tokens[t + 1].kind != text::TokenKind::kWord ||
      summary::StopWords::instance().contains(next) || keeping.contains(next))
    return false;
  for (const auto& [skip, form] : d.readings(t)) {
    if (form == governorate) return true;
    if (form == municipality()) {
      const std::string bare(next.substr(4));
      return !d.model.lexicon.contains(bare, Category::kLocHead) && !d.model.lexicon.contains(bare, Category::kOrgHead);
    }
  }
  return false;
}

void add_mined_after_heads(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<bool> covered = covered_tokens(d, mentions);
  int sport = -1;  // whether the article is about sport; read once, when a club head is seen
  static const std::string sporting = text::normalize_search("\u0627\u0644\u0631\u064A\u0627\u0636\u064A");  // الرياضي
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 1 < end; ++t) {
      if (covered[t] || covered[t + 1]) continue;
      bool head = false, org_only = false;  // org_only: a mining head alone, for organisations
      bool loc_only = false;                 // a side or the countryside of a place (ريف إدلب)
      for (const auto& r : d.readings(t)) {
        head = head || d.model.lexicon.contains(r.second, Category::kOrgHead) ||
               d.model.lexicon.contains(r.second, Category::kLocHead) || r.second == municipality();
        // محافظتي أبين ولحج: a feminine head in the dual construct (the list's second name
        // joins by add_mined_in_lists)
        if (const std::string& w = r.second; !head && w.size() > 8 && w.ends_with("\u062A\u064A"))
          head = d.model.lexicon.contains(w.substr(0, w.size() - 4) + "\u0647", Category::kLocHead);
        org_only = org_only || mining_org_heads().contains(r.second);
        loc_only = loc_only || place_sides().contains(r.second);
      }
      org_only = org_only && !head;
      loc_only = loc_only && !head && !org_only;
      if (!head && !org_only && !loc_only) continue;
      std::vector<std::string> words(d.norm.begin() + t + 1, d.norm.begin() + std::min(end, t + 4));
      std::size_t len = 0;
      int type = -1;
      if (d.model.lexicon.starts(words, 0, Category::kMinedOrg, len)) type = 2;
      else if (d.model.lexicon.starts(words, 0, Category::kMinedLoc, len)) type = 1;
      else if (club_after(d, t) && ((t + 2 < end && d.norm[t + 2] == sporting) || (sport < 0 ? (sport = about_sport(d)) : sport)))
        type = 2, len = 1;  // (نادي الإشعاع الرياضي names a sports club in any article)
      const bool governorate = type < 0 && governorate_before(d, t);
      if (governorate) type = 1, len = 1;
      if (type < 0 || (org_only && type != 2) || (loc_only && type != 1)) continue;
      const auto last = static_cast<std::uint32_t>(t + 1 + len);
      if (std::any_of(covered.begin() + t + 1, covered.begin() + last, [](bool c) { return c; })) continue;
      mentions.push_back(make_mention(d, s, t + 1, last, type));
      // (a town named by a common word is that town after its head only: no vote to spread it
      // to الخبر "the news" elsewhere in the article)
      mentions.back().typed_by_context = governorate;
      std::fill(covered.begin() + t, covered.begin() + last, true);
      t = last - 1;
    }
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// Adds the one-word mention `read(s, t)` gives, if any, for each word t of sentence s that no
// mention covers, and keeps the mentions in token order.
template <typename Read>
void add_words(const Doc& d, std::vector<Mention>& mentions, Read read) {
  std::vector<bool> covered = covered_tokens(d, mentions);
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s)
    for (std::uint32_t t = d.sentences[s].first_token; t < d.sentences[s].last_token; ++t) {
      if (covered[t] || d.tokens[t].kind != text::TokenKind::kWord) continue;
      if (std::optional<Mention> m = read(s, t)) {
        mentions.push_back(std::move(*m));
        added = true;
      }
    }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// الدوري الإيطالي، بالدوري الإسباني، دوري المحترفين الإماراتي، دوري الدرجة الأولى: a nation's
// league, or a division's, is a competition (MISC), as the gold sets write it; الدوري alone (لقب
// الدوري) is none.
void add_leagues(const Doc& d, std::vector<Mention>& mentions) {
  static const std::string league = text::normalize_search("الدوري"), bare = text::normalize_search("دوري"),
                           professionals = text::normalize_search("المحترفين");
  const std::vector<bool> covered = covered_tokens(d, mentions);
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    const std::uint32_t end = d.sentences[s].last_token;
    if (t + 1 >= end || covered[t + 1]) return std::nullopt;
    if (nationality(d, d.norm[t + 1])) {  // (للدوري reads as ل + الدوري; الممتاز after is the league's)
      static const std::string premier = text::normalize_search("الممتاز");
      const std::uint32_t last = t + 2 < end && !covered[t + 2] && d.norm[t + 2] == premier ? t + 3 : t + 2;
      for (const auto& [skip, form] : d.readings(t))
        if (form == league) return mention_read_as(d, s, t, last, 3, skip, form);
    }
    if (d.norm[t].ends_with(bare) && d.norm[t + 1] == professionals && t + 2 < end && !covered[t + 2] &&
        nationality(d, d.norm[t + 2])) {
      for (const auto& [skip, form] : d.readings(t))
        if (form == bare) return mention_read_as(d, s, t, t + 3, 3, skip, form);
    }
    // دوري الدرجة الأولى (الإيطالي): a division's league, with its nation's adjective if written.
    static const std::string division = text::normalize_search("الدرجة");
    static const text::WordSet ranks = text::search_forms({"الأولى", "الثانية", "الثالثة", "الممتازة"});
    if (d.norm[t].ends_with(bare) && d.norm[t + 1] == division && t + 2 < end && !covered[t + 2] &&
        ranks.contains(d.norm[t + 2])) {
      const std::uint32_t last = t + 3 < end && !covered[t + 3] && nationality(d, d.norm[t + 3]) ? t + 4 : t + 3;
      for (const auto& [skip, form] : d.readings(t))
        if (form == bare) return mention_read_as(d, s, t, last, 3, skip, form);
    }
    return std::nullopt;
  });
  // السوبر السعودي، كأس السوبر الإسباني: a nation's adjective after the super cup is the cup's.
  static const std::string super_cup = text::normalize_search("السوبر");
  const std::vector<bool> now = covered_tokens(d, mentions);
  for (Mention& m : mentions)
    if (m.type == 3 && m.key.back() == super_cup && m.last < d.sentences[m.sentence].last_token && !now[m.last] &&
        nationality(d, d.norm[m.last])) {
      const std::uint32_t end = d.tokens[m.last].end;
      m.display += std::string(d.text.substr(m.span.end, end - m.span.end));
      m.key.push_back(d.norm[m.last]);
      m.span.end = end;
      ++m.last;
    }
}

// الحوثيين، والحوثيون، للحوثيين: a group named by a plural of origin is an organisation
// wherever it is written, in either case ending and behind any proclitic, once news has
// shown the plural as an organisation's name after its heads (the mined names). The tagger
// finds about one in five (37 of some 180 on 2,000 records): the plural reads like the
// adjectives of origin it learnt as O. Both cases are one entity. The singular (الحوثي)
// stays the tagger's: it is also a family name.
void add_group_plurals(const Doc& d, std::vector<Mention>& mentions) {
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    const std::string_view w = d.norm[t];
    if (!w.ends_with("يين") && !w.ends_with("يون")) return std::nullopt;
    for (const auto& [skip, form] : name_readings(w)) {
      if (!form.starts_with("ال")) continue;
      std::string oblique = form;
      oblique.replace(oblique.size() - 4, 2, "ي");  // يون → يين (two bytes each letter)
      if (!d.model.lexicon.contains(oblique, Category::kMinedOrg)) continue;
      Mention m = mention_read_as(d, s, t, t + 1, 2, skip, form);
      m.key[0] = std::move(oblique);  // one entity in both cases
      return m;
    }
    return std::nullopt;
  });
}

// A name mined from news that stands in a list next to an entity of its type is one too: «بين
// الهلال والنصر», «أسهم الإنماء وزين وسابك», «النصر والهلال». The tagger learnt the mined names'
// weight from 2007 news, where few of them occur, and the items of a list are of one kind. A
// list is joined by و or a comma; a name added joins the list for the next one. Only mined
// names: a common word after a name with و (الهلال والجمهور) is no name.
void add_mined_in_lists(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<int> type = token_types(d, mentions);
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t begin = d.sentences[s].first_token, end = std::min<std::uint32_t>(
        d.sentences[s].last_token, static_cast<std::uint32_t>(d.tokens.size()));
    for (bool added = true; added;) {
      added = false;
      for (std::uint32_t t = begin; t < end; ++t) {
        if (type[t] >= 0 || d.tokens[t].kind != text::TokenKind::kWord) continue;
        // Only a word next to a list's link may join it (the lexicon is read for few words).
        bool linked = (conjoined_word(d, t) && t > begin && type[t - 1] >= 0) || (t >= begin + 2 && is_comma(d, t - 1) && type[t - 2] >= 0);
        for (std::uint32_t k = t + 1; k < std::min(end, t + 4) && !linked; ++k)
          linked = (conjoined_word(d, k) && type[k] >= 0) || (k + 1 < end && is_comma(d, k) && type[k + 1] >= 0);
        if (!linked) continue;
        // The name after its و (والنصر), else the word as written (a name may begin with و).
        for (const std::size_t skip : {conjoined_word(d, t) ? std::size_t{2} : std::size_t{0}, std::size_t{0}}) {
          std::vector<std::string> words{d.norm[t].substr(skip)};
          for (std::uint32_t k = t + 1; k < std::min(end, t + 3); ++k) words.push_back(d.norm[k]);
          std::size_t len = 0;
          int kind = -1;
          if (d.model.lexicon.starts(words, 0, Category::kMinedOrg, len)) kind = 2;
          else if (d.model.lexicon.starts(words, 0, Category::kMinedLoc, len)) kind = 1;
          if (kind < 0) continue;
          const auto last = static_cast<std::uint32_t>(t + len);
          if (std::any_of(type.begin() + t, type.begin() + last, [](int x) { return x >= 0; })) break;
          const bool after = (skip > 0 && t > begin && type[t - 1] == kind) ||
                             (t >= begin + 2 && is_comma(d, t - 1) && type[t - 2] == kind);
          const bool before = (last < end && conjoined_word(d, last) && type[last] == kind) ||
                              (last + 1 < end && is_comma(d, last) && type[last + 1] == kind);
          if (!after && !before) break;
          // The name as the list reads it, without و.
          mentions.push_back(skip > 0 ? mention_read_as(d, s, t, last, kind, skip, words[0])
                                      : make_mention(d, s, t, last, kind));
          std::fill(type.begin() + t, type.begin() + last, kind);
          added = true;
          break;
        }
      }
    }
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// «لعبدالرحيم سليلي، وجاسم عساكر، وعفراء خوجلي، وعيد الحجيلي»: in a list of people joined by a
// comma and و, the tagger finds some and misses others. An item of two or three plain words is
// a person too when the list holds two people and no other entity, and one of its words is in
// the same word cluster as a word of a person listed (first names and family names cluster
// together; a verb or a title does not: «ويديرها الدكتور …» ends such lists).
void add_people_in_lists(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<int> type = token_types(d, mentions);
  const auto separator = [&](std::uint32_t t, std::uint32_t end) {
    return t + 1 < end && is_comma(d, t) && conjoined_word(d, t + 1);
  };
  const auto cluster = [&](std::string_view w) -> std::uint16_t {
    const WordInfo* info = d.model.clusters.find(w);
    return info ? info->coarse : 0;
  };
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t begin = d.sentences[s].first_token, end = d.sentences[s].last_token;
    for (std::uint32_t t = begin; t < end; ++t) {
      if (!separator(t, end)) continue;
      // The list: items after each separator, each up to the next punctuation.
      std::vector<std::pair<std::uint32_t, std::uint32_t>> items;
      std::vector<bool> joined;  // an item after و, not after a comma
      if (t > begin && type[t - 1] == 0) {  // the person before the first separator
        std::uint32_t b = t - 1;
        while (b > begin && type[b - 1] == 0) --b;
        items.emplace_back(b, t);
      }
      std::uint32_t sep = t;
      while (sep < end && separator(sep, end)) {
        std::uint32_t e = sep + 1;
        while (e < end && d.tokens[e].kind == text::TokenKind::kWord) ++e;
        items.emplace_back(sep + 1, e);
        sep = e;
      }
      t = sep;
      const auto person = [&](std::pair<std::uint32_t, std::uint32_t> it) {
        return std::all_of(type.begin() + it.first, type.begin() + it.second, [](int x) { return x == 0; });
      };
      int people = 0;
      bool others = false;
      std::set<std::uint16_t> clusters;
      for (const auto& it : items) {
        if (person(it)) {
          ++people;
          for (std::uint32_t k = it.first; k < it.second; ++k) {
            std::size_t skip = 0;
            clusters.insert(cluster(k == it.first ? strip_proclitics(d.norm[k], skip) : d.norm[k]));
          }
        }
        others = others || std::any_of(type.begin() + it.first, type.begin() + it.second, [](int x) { return x > 0; });
      }
      clusters.erase(0);
      if (people < 2 || others) continue;
      for (const auto& [b, e] : items) {
        // An item that ends at a colon heads a list of its own (ونجوم التلفزيون: …).
        if (e - b < 2 || e - b > 3 || (e < end && d.norm[e] == ":") ||
            std::any_of(type.begin() + b, type.begin() + e, [](int x) { return x >= 0; }))
          continue;
        const std::string_view first = std::string_view(d.norm[b]).substr(2);  // without و
        bool plain = !first.starts_with("ال"), shared = false;
        for (std::uint32_t k = b; k < e && plain; ++k) {
          const std::string_view w = k == b ? first : std::string_view(d.norm[k]);
          plain = !title_word(d, w) && !summary::StopWords::instance().contains(w) && !has_tanween(d, k) &&
                  !nationality(d, w);
          shared = shared || clusters.contains(cluster(w));
        }
        if (!plain || !shared) continue;
        mentions.push_back(mention_read_as(d, s, b, e, 0, 2, std::string(first)));
        std::fill(type.begin() + b, type.begin() + e, 0);
      }
    }
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

void replace_overlapping(std::vector<Mention>& mentions, Mention body);

// A time word with the article, which ends a name that runs on (للكهرباء | الأسبوع الماضي).
bool time_word(std::string_view w) {
  static const text::WordSet times = text::search_forms({"اليوم", "الأسبوع", "الشهر", "العام", "السنة", "الماضي",
                                                         "الماضية", "الجاري", "الجارية", "المقبل", "المقبلة", "الحالي"});
  return times.contains(w);
}

// Festivals, forums and prizes are events (MISC) named with their head, as the sets' guide and
// ANERcorp's competitions have them: «مهرجان الطائف السياحي», «مهرجان العسل الدولي», «جائزة جازان
// للتفوق والإبداع», «جائزة الأمير محمد بن ناصر», «معرض البحرين الدولي للطيران». The head (behind
// و ف ب ل), then a name the tagger found or a word with the article (for an exhibition, only a
// name: معرض العلوم is none), then up to two adjectives with the article and a purpose with ل
// (its words joined by و). The place or person inside is the event's.
void name_events(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet heads = text::search_forms({"مهرجان", "ملتقى", "جائزة", "معرض"});
  static const std::string eid = text::normalize_search("العيد"), fair = text::normalize_search("معرض");
  const std::vector<int> type = token_types(d, mentions);
  const auto definite = [&](std::uint32_t k) {
    const std::string_view w = d.norm[k];
    return d.tokens[k].kind == text::TokenKind::kWord && w.starts_with("\u0627\u0644") && w.size() > 6 &&
           !time_word(w) && w != eid && !summary::StopWords::instance().contains(w) && type[k] < 0;
  };
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 1 < end; ++t) {
      const std::string_view w = d.norm[t];
      if (!w.ends_with("\u062C\u0627\u0646") && !w.ends_with("\u062A\u0642\u064A") && !w.ends_with("\u0626\u0632\u0647") &&
          !w.ends_with("\u0631\u0636"))
        continue;  // none of مهرجان، ملتقى، جائزة، معرض: the cheap test before the lookups
      std::size_t skip = 0;
      if (!heads.contains(w)) {
        const std::string_view bare = without_conjunction(w);
        skip = w.size() - bare.size();
        if (!heads.contains(bare)) {
          if (!(bare.starts_with("\u0628") || bare.starts_with("\u0644")) || !heads.contains(bare.substr(2))) continue;
          skip += 2;
        }
      }
      std::uint32_t last = t + 1;
      // (a season or a feast may come first: مهرجان صيف الباحة، مهرجان عيد وصيف حفر الباطن)
      static const text::WordSet seasons = text::search_forms({"صيف", "ربيع", "شتاء", "خريف", "عيد", "وصيف", "وعيد"});
      while (last < end && last < t + 3 && seasons.contains(d.norm[last])) ++last;
      if (last == end) continue;
      // (معرض بهولندا، معرض للكاريكاتير: an exhibition in a place or of a kind, no name)
      if (w.substr(skip) == fair && (d.norm[last].starts_with("\u0628") || d.norm[last].starts_with("\u0644"))) continue;
      if (type[last] >= 0) {  // a name the tagger found: to its end
        const int kind = type[last];
        if (kind == 3) continue;  // a work or event already
        while (last < end && type[last] == kind) ++last;
      } else if (definite(last) && w.substr(skip) != fair) {  // (معرض العلوم: a science fair, no name)
        ++last;
      } else {
        continue;
      }
      // Adjectives end in ي، ية، ى (السياحي، الدولية، الكبرى); an ordinal or a noun ends the name
      // (مهرجان العسل الدولي | الثامن، جائزة ماليزيا الكبرى | المرحلة).
      const auto adjective = [&](std::uint32_t k) {
        const std::string_view a = d.norm[k];
        return definite(k) && text::definite_nisba(a);
      };
      for (int k = 0; k < 2 && last < end && adjective(last); ++k) ++last;
      // للتفوق والإبداع: a purpose with ل (not لل + a time word), its words joined by و.
      if (last < end && d.tokens[last].kind == text::TokenKind::kWord && d.norm[last].starts_with("\u0644\u0644") &&
          d.norm[last].size() > 8 && type[last] < 0) {
        ++last;
        // (not a plural that goes on the sentence: للتسوق | والقائمين عليه)
        while (last < end && d.norm[last].starts_with("\u0648\u0627\u0644") && type[last] < 0 &&
               !d.norm[last].ends_with("\u064A\u0646") && !d.norm[last].ends_with("\u0648\u0646"))
          ++last;
      }
      replace_overlapping(mentions, mention_read_as(d, s, t, last, 3, skip, std::string(w.substr(skip))));
      added = true;
      t = last - 1;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// كأس آسيا، دوري أبطال أوروبا، كأس إنجلترا، مونديال روسيا: a cup, a league or a World Cup of a
// place is a competition (MISC), not the place, as ANERcorp writes them; so is the cup of a
// federation (كأس الاتحاد الإنجليزي، كأس الاتحاد الآسيوي: the gold sets write it whole, 3 of 3).
void name_competitions(const Doc& d, std::vector<Mention>& mentions) {
  for (auto& m : mentions) {
    const bool federation = m.type == 2 && m.last > m.first + 1 && d.norm[m.first] == "الاتحاد";
    if ((m.type != 1 && !federation) || m.first == 0) continue;
    const std::uint32_t start = d.sentences[m.sentence].first_token;
    std::uint32_t t = m.first - 1;
    if (t > start && without_conjunction(d.norm[t]) == "ابطال") --t;  // دوري أبطال آسيا
    const auto& readings = d.readings(t);
    auto cup = std::find_if(readings.begin(), readings.end(), [&](const auto& r) {
      return r.second == "كاس" || (!federation && (r.second == "دوري" || r.second == "مونديال"));
    });
    if (cup == readings.end()) continue;
    // بطولة دوري أبطال | آسيا: a competition the tagger ended early takes the place in.
    auto before = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& o) {
      return &o != &m && o.type == 3 && o.first <= t && o.last > t && o.last <= m.first;
    });
    if (before != mentions.end()) {
      *before = make_mention(d, before->sentence, before->first, m.last, 3);  // widened; m is dropped
      before->typed_by_context = true;
      m.type = -1;
      continue;
    }
    m = mention_read_as(d, m.sentence, t, m.last, 3, cup->first, cup->second);
    m.typed_by_context = true;
  }
  std::erase_if(mentions, [](const Mention& m) { return m.type < 0; });
}

// «المملكة» alone is how Gulf, Jordanian and Moroccan papers name their own country: a place,
// whatever the tagger made of it (it tags it in one article and not the next). Not the head of
// a longer name (المملكة المتحدة، المملكة العربية السعودية), which the tagger finds whole.
void add_the_kingdom(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<bool> covered = covered_tokens(d, mentions);
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s)
    for (std::uint32_t t = d.sentences[s].first_token; t < d.sentences[s].last_token; ++t) {
      // Cheap test first: the readings are built only for a word that ends like the name.
      if (covered[t] || !d.norm[t].ends_with("\u0645\u0645\u0644\u0643\u0647") || has_tanween(d, t)) continue;
      if (t + 1 < d.sentences[s].last_token && nationality(d, d.norm[t + 1]))
        continue;  // المملكة الأردنية، المملكة المغربية: a longer name the tagger missed
      for (const auto& [skip, name] : d.readings(t))
        if (name == "\u0627\u0644\u0645\u0645\u0644\u0643\u0647") {
          mentions.push_back(mention_read_as(d, s, t, t + 1, 1, skip, name));
          added = true;
          break;
        }
    }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

bool is_subsequence(const std::vector<std::string>& part, const std::vector<std::string>& whole);
std::string_view reading_tail(std::string_view first);

// جماعة بوكو حرام، شركة هنيويل، مصرف جولدمان ساكس، شركته «بيركشاير هاثاواي»: a name right after
// the head of a company, a group or a party (its own or someone's) is that body's, though the tagger read a foreign name as a person's; so
// are its other mentions in the article, unless one of them follows a title or the name is part
// of a longer person's name there (a person's).
// Heads that also go before people (فريق مورينيو، مؤسسة الملك خالد، موقع …) are left out.
void retype_people_after_org_heads(const Doc& d, std::vector<Mention>& mentions) {
  // (with a possessive too, and the name in quote marks: بعد قيام شركته «بيركشاير هاثاواي»)
  static const text::WordSet heads = text::search_forms(
      {"شركة", "جماعة", "حركة", "مصرف", "بنك", "منظمة", "حزب", "جمعية", "شركته", "شركتها", "شركتهم", "جماعته",
       "جماعتها", "حركته", "حركتها", "مصرفه", "بنكه", "منظمته", "منظمتها", "حزبه", "حزبها", "جمعيته", "جمعيتها"});
  // A company's share, سهم نوفارتيس، أسهم الراجحي, is the company's too; but أسهم is also the verb
  // "contributed", with في after its subject (أسهم سالم في الفوز).
  static const text::WordSet share = text::search_forms({"سهم"}), shares = text::search_forms({"أسهم"});
  const auto after_head = [&](const Mention& m) {
    const std::uint32_t begin = d.sentences[m.sentence].first_token;
    if (m.first <= begin) return false;
    const std::uint32_t h = is_quote_mark(d, m.first - 1) && m.first - 1 > begin ? m.first - 2 : m.first - 1;
    if (reads_as(d, h, shares)) {
      const std::uint32_t end = d.sentences[m.sentence].last_token;
      for (std::uint32_t t = m.last; t < end && t < m.last + 3; ++t)
        if (d.norm[t] == "\u0641\u064A") return false;  // في
      return true;
    }
    return reads_as(d, h, heads) || reads_as(d, h, share);
  };
  std::set<std::vector<std::string>> bodies, people;
  for (const auto& m : mentions) {
    if (m.type != 0) continue;
    if (after_head(m)) bodies.insert(m.key);
    else if (person_announced(d, m.first)) people.insert(m.key);
  }
  // Nor a part of a longer person's name in the article (جماعة الأسد, with بشار الأسد named).
  for (const auto& m : mentions)
    if (m.type == 0)
      for (const auto& b : bodies)
        if (m.key.size() > b.size() && is_subsequence(b, m.key)) people.insert(b);
  for (auto& m : mentions)
    if (m.type == 0 && bodies.contains(m.key) && !people.contains(m.key)) m.type = 2;
  // «شركة هوندا موتور» … «وباعت هوندا»: the first word of a company's longer name, alone, is the
  // company, though the tagger read it as a product or a brand (MISC).
  std::set<std::string> firsts;
  for (const auto& m : mentions)
    if (m.type == 2 && m.key.size() >= 2 && after_head(m)) firsts.insert(m.key[0]);
  for (auto& m : mentions)
    if (m.type == 3 && m.key.size() == 1 && firsts.contains(m.key[0])) m.type = 2;
}

// ولاية كوينزلاند، أرخبيل سبراتلي، قرية العوامية: a name right after the head of a state, an
// island or a village is that place, though the tagger typed it a body or a person; so is each
// other mention of it in the article (بولاية كوينزلاند … في كوينزلاند). Not مدينة (مدينة الملك
// عبدالعزيز للعلوم is an institution) nor a name the article gives a person in full.
void retype_names_after_place_heads(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet heads = text::search_forms(
      {"ولاية", "إقليم", "أرخبيل", "مقاطعة", "جزيرة", "جزر", "قرية", "بلدة", "محافظة", "إقليمي", "ولايتي", "مقاطعتي"});
  // (also in quote marks: إقليم "فوجيان"، إقليمي "تشجيانج", which the tagger types at random)
  const auto after_head = [&](const Mention& m) {
    const std::uint32_t first = d.sentences[m.sentence].first_token;
    if (m.first == first) return false;
    if (reads_as(d, m.first - 1, heads)) return m.type != 3;
    return m.first - 1 > first && is_quote_mark(d, m.first - 1) && m.last < d.sentences[m.sentence].last_token &&
           is_quote_mark(d, m.last) && reads_as(d, m.first - 2, heads);
  };
  std::set<std::vector<std::string>> places;
  for (const auto& m : mentions)
    if (m.type != 1 && after_head(m) && !title_word(d, d.norm[m.first])) places.insert(m.key);
  if (places.empty()) return;
  for (const auto& m : mentions)  // (a person named in full whose surname this is stays one)
    if (m.type == 0 && m.key.size() >= 2) places.erase({m.key.back()});
  for (auto& m : mentions)
    if (m.type != 1 && places.contains(m.key)) m.type = 1;
}

// شارع الأمير نايف، طريق الملك عبدالعزيز، مخطط القحطاني، ميدان مصطفى كامل: a person's name right
// after the head of a street, a square, a bridge or a plot (a title between them in the name)
// names the place there; the person's other mentions stay his. Not «عن طريق X» (by way of X:
// «سجل الهدف عن طريق ماتويدي») nor «في طريق X» (toward X: حولها في طريق جحفلي), nor a road to
// somewhere (طريق بلاتيني للرئاسة). A street crossed «مع» another is one too (طريق بلال مع عبد
// الرحمن بن سعود).
void name_streets_after_people(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet heads =
      text::search_forms({"شارع", "طريق", "ميدان", "جسر", "نفق", "مخطط", "حي", "تقاطع", "كوبري"});
  static const std::string road = text::normalize_search("طريق"), with = text::normalize_search("مع");
  static const text::WordSet means = text::search_forms({"عن", "في"});  // عن طريق، في طريق: by, toward
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    const std::uint32_t begin = d.sentences[m.sentence].first_token;
    if (m.type != 0 || m.first <= begin) continue;
    std::uint32_t h = m.first - 1;  // the head, past the title words
    while (h > begin && d.tokens[h].kind == text::TokenKind::kWord && title_word(d, d.norm[h])) --h;
    // (a road with a destination after the name is a way there: طريق بلاتيني للرئاسة)
    const bool destination = m.last < d.sentences[m.sentence].last_token && d.norm[m.last].starts_with("\u0644");
    bool street = d.tokens[h].kind == text::TokenKind::kWord && reads_as(d, h, heads) &&
                  !(without_conjunction(d.norm[h]) == road && ((h > begin && means.contains(d.norm[h - 1])) || destination));
    if (!street && d.norm[m.first - 1] == with && i > 0) {  // … مع X: after a street named just before
      const Mention& p = mentions[i - 1];
      street = p.type == 1 && p.last + 1 == m.first && p.first > begin && reads_as(d, p.first - 1, heads);
    }
    if (!street || (h + 1 < m.first && !reads_as(d, h, heads))) continue;
    const std::uint32_t first = reads_as(d, h, heads) ? h + 1 : m.first;
    Mention place = make_mention(d, m.sentence, first, m.last, 1, false);
    place.typed_by_context = true;
    m = std::move(place);
  }
}

// وكالة الأناضول، صحيفة الرياض، قناة الجزيرة: a place's name right after the head of a news
// outlet is the outlet's (ORG), and so is each other mention of it in the article that no
// preposition of place opens (وأوضحت الأناضول; not في الرياض).
void retype_places_after_outlets(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet heads =
      text::search_forms({"وكالة", "صحيفة", "جريدة", "مجلة", "إذاعة", "تلفزيون", "قناة", "فضائية"});
  static const text::WordSet places = text::search_forms({"في", "ب", "من", "إلى", "الى", "نحو", "داخل", "خارج"});
  std::set<std::vector<std::string>> outlets;
  for (auto& m : mentions) {
    if (m.type != 1 || m.first == d.sentences[m.sentence].first_token || !reads_as(d, m.first - 1, heads)) continue;
    m.type = 2;
    outlets.insert(m.key);
  }
  if (outlets.empty()) return;
  for (auto& m : mentions) {
    if (m.type != 1 || !outlets.contains(m.key)) continue;
    const std::string_view w = d.tokens[m.first].view(d.text);
    const bool clitic = w.starts_with("\u0628") || w.starts_with("\u0648\u0628");  // بالرياض
    if (clitic || (m.first > 0 && places.contains(without_conjunction(d.norm[m.first - 1])))) continue;
    m.type = 2;
  }
}

// The gazetteer's place read in token t written with ب (بجدة، بالخرج), where the news writes it
// alone more often than with ب; empty if none.
std::string place_after_bi(const Doc& d, std::uint32_t t) {
  const std::string_view w = d.norm[t];
  if (!w.starts_with("ب") || w.size() < 8) return {};
  std::string rest(w.substr(2));
  const bool place = d.model.lexicon.contains(rest, Category::kCountry) || d.model.lexicon.contains(rest, Category::kCity);
  return place && d.model.frequency(rest) > d.model.frequency(std::string(w)) ? rest : std::string();
}

// جراند فوركس بولاية نورث داكوتا، شارع تايمز سكوير بنيويورك: the tagger ran a name on into
// "in + a place". A word inside a mention that is ب + a place head (ولاية، مدينة، منطقة …) or
// ب + a country or city of the gazetteer ends the name before it; the place after it is a place
// of its own. (A name's own words may start with ب — بندر، بايدن — but are not more often
// written without it.)
void split_at_places(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<Mention> added;
  // (… and a person's name that starts with ب + a place the article names: شيخ القبيلة ببارق حسن
  // بن عبدالله: the place is where he is, not his first name)
  std::set<std::string, std::less<>> places;
  for (const auto& m : mentions)
    if (m.type == 1 && m.key.size() == 1) places.insert(m.key[0]);
  for (auto& m : mentions) {
    if (m.type != 0 || m.last - m.first < 3) continue;
    const std::string_view w = d.norm[m.first];
    if (!w.starts_with("\u0628") || w.size() < 8) continue;
    const std::string rest(w.substr(2));
    if (!places.contains(rest)) continue;  // (not the gazetteer's: بسيف الدين، سيف a town)
    added.push_back(mention_read_as(d, m.sentence, m.first, m.first + 1, 1, 2, rest));
    m = make_mention(d, m.sentence, m.first + 1, m.last, 0);
  }
  for (auto& m : mentions) {
    if (m.last - m.first < 2) continue;
    for (std::uint32_t t = m.first + 1; t < m.last; ++t) {
      const std::string_view w = d.norm[t];
      if (!w.starts_with("ب") || w.size() < 8) continue;
      const std::string rest(w.substr(2));
      const bool head = d.model.lexicon.contains(rest.starts_with("ال") ? rest.substr(4) : rest, Category::kLocHead);
      // A place of the gazetteer, more often written alone than with ب (بنيويورك; not بايدن).
      const bool place = !head && !place_after_bi(d, t).empty();
      if (!head && !place) continue;
      const std::uint32_t last = m.last;
      const int type = m.type;
      if (place) added.push_back(mention_read_as(d, m.sentence, t, t + 1, 1, 2, rest));
      else if (t + 1 < last) added.push_back(make_mention(d, m.sentence, t + 1, last, 1));  // بولاية | نورث داكوتا
      m = make_mention(d, m.sentence, m.first, t, type);
      // What is left before it must still be a name (not وهي، مروراً).
      if (m.last - m.first == 1 && (has_tanween(d, m.first) || summary::StopWords::instance().contains(m.key[0])))
        m.type = -1;
      break;
    }
  }
  std::erase_if(mentions, [](const Mention& x) { return x.type < 0; });
  if (added.empty()) return;
  std::vector<bool> covered = covered_tokens(d, mentions);
  for (auto& a : added)
    if (!covered[a.first]) mentions.push_back(std::move(a));
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// قصر السلام بجدة، جامعة الأمير سطام بن عبدالعزيز بالخرج: ب + a place right after the name of a
// place or body is where it stands, a place of its own that the tagger, reading the address as
// part of the name, left out.
void add_places_after_names(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<bool> covered = covered_tokens(d, mentions);
  std::vector<Mention> added;
  for (const Mention& m : mentions) {
    if ((m.type != 1 && m.type != 2) || m.last - m.first < 2 || m.last >= d.sentences[m.sentence].last_token ||
        covered[m.last])
      continue;
    // (not a place the gazetteer names by a common word: بالمدينة "in the city", بقلب، بالغرب)
    std::string place = place_after_bi(d, m.last);
    if (place.empty()) continue;
    const std::string other = place.starts_with("ال") ? place.substr(4) : "ال" + place;
    if (d.model.frequency(other) * 2 > d.model.frequency(place)) continue;
    added.push_back(mention_read_as(d, m.sentence, m.last, m.last + 1, 1, 2, std::move(place)));
  }
  if (added.empty()) return;
  for (auto& a : added) mentions.push_back(std::move(a));
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

bool origin_stem(const Doc& d, std::string_view stem);

// An adjective of origin: one of the lexicon's, or ال + a country's or city's name + ي/ية
// (الماليزية، الكويتي، الهندية); not الحديدية، الرئيسية or الإعلامية.
bool origin_adjective(const Doc& d, std::string_view w) {
  if (nationality(d, w)) return true;
  if (!w.starts_with("ال") || w.size() < 10) return false;
  return origin_stem(d, w.substr(4));
}

// The same without the article: سويدية، كويتي (a word of at least three letters before ي).
bool origin_stem(const Doc& d, std::string_view stem) {
  if (stem.ends_with("يه")) stem.remove_suffix(4);
  else if (stem.ends_with("ي")) stem.remove_suffix(2);
  else return false;
  if (stem.size() < 6) return false;
  const std::string base(stem);
  for (const std::string& place : {base, "ال" + base, base + "يا", base + "ا"}) {  // (جامايكا: الجامايكي)
    if (d.model.lexicon.contains(place, Category::kCountry)) return true;
    // A city the gazetteer names by a common word (إعلام for Mediaș) is no origin of الإعلامي:
    // the news writes that word with the article more often than without.
    if (d.model.lexicon.contains(place, Category::kCity) &&
        (place != base || d.model.frequency("ال" + base) <= d.model.frequency(base)))
      return true;
  }
  return false;
}

// Puts a body's name in place of the mentions it overlaps; its type comes from the phrase, not
// from votes (the caller sorts the mentions again).
void replace_overlapping(std::vector<Mention>& mentions, Mention body) {
  std::erase_if(mentions, [&](const Mention& m) { return m.first < body.last && m.last > body.first; });
  body.typed_by_context = true;
  mentions.push_back(std::move(body));
}

// جنيف 1، مؤتمر جنيف 2، اتفاق مينسك 2: talks and accords named by the city they were held in and
// their round's number are events (MISC), city and number together; not a score (هايتي 1 - 0).
// Only the cities whose rounds the news numbers so.
void name_numbered_talks(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet cities = text::search_forms({"جنيف", "مينسك", "أوسلو", "أستانا"});
  std::vector<Mention> talks;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 1 < end; ++t) {
      // (the round: one digit, 1 to 9 or ١ to ٩)
      const std::string_view n = d.text.substr(d.tokens[t + 1].begin, d.tokens[t + 1].end - d.tokens[t + 1].begin);
      const bool round = d.tokens[t + 1].kind == text::TokenKind::kNumber &&
                         ((n.size() == 1 && n[0] >= '1' && n[0] <= '9') || (n.size() == 2 && n >= "\u0661" && n <= "\u0669"));
      if (!round || !reads_as(d, t, cities)) continue;
      if (t + 2 < end && (is_dash(d.norm[t + 2]) || d.norm[t + 2] == "/" || d.norm[t + 2] == "." ||
                          d.tokens[t + 2].kind == text::TokenKind::kNumber))
        continue;
      talks.push_back(make_mention(d, s, t, t + 2, 3));
    }
  }
  for (Mention& m : talks) replace_overlapping(mentions, std::move(m));
}

// Bodies named by a fixed phrase the tagger splits: الهلال الأحمر and الصليب الأحمر (with their
// country: الهلال الأحمر السعودي), not the club الهلال; an airline, الخطوط (الجوية) + an
// adjective of origin (الخطوط السعودية، الخطوط الجوية الكويتية), not الخطوط الحمراء; and حزب الله,
// whose second word the news sets mark as God (MISC) everywhere else.
void name_fixed_bodies(const Doc& d, std::vector<Mention>& mentions) {
  static const std::string god = text::normalize_search("الله");
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 1 < end; ++t) {
      const std::string_view w = d.norm[t];
      if (!w.ends_with("هلال") && !w.ends_with("صليب") && !w.ends_with("خطوط") && !w.ends_with("حزب"))
        continue;  // before the readings
      std::string form;
      std::size_t skip = 0;
      for (const auto& [k, r] : name_readings(w))
        if (r == "الهلال" || r == "الصليب" || r == "الخطوط" || r == "حزب") skip = k, form = r;
      if (form.empty()) continue;
      std::uint32_t last = t + 1;
      if (form == "حزب") {
        if (d.norm[last] != god) continue;
        ++last;
      } else if (form == "الخطوط") {
        if (d.norm[last] == "الجويه" && last + 1 < end) ++last;
        if (!origin_adjective(d, d.norm[last])) continue;
        ++last;
      } else {
        if (d.norm[last] != "الاحمر") continue;
        ++last;
        if (last < end && origin_adjective(d, d.norm[last])) ++last;
      }
      // A head the tagger took in stays where ANERcorp writes it in (منظمة الصليب الأحمر, not
      // هيئة الهلال الأحمر); the phrase's own words give no type vote to their last (السعودية
      // stays a place).
      std::uint32_t first = t;
      for (const Mention& m : mentions)
        if (m.type == 2 && m.first + 1 == t && m.last > t && head_inside_name(d, m.first)) first = m.first;
      replace_overlapping(mentions, first < t ? make_mention(d, s, first, last, 2) : mention_read_as(d, s, t, last, 2, skip, form));
      added = true;
      t = last - 1;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// A word that opens a new phrase, no name's next word: و ف ب ك + the article, or لل.
bool new_phrase(std::string_view w) {
  for (std::string_view p : {"وال", "فال", "بال", "كال", "لل"})
    if (w.starts_with(p) && w.size() > p.size() + 2) return true;
  return false;
}

// جمهورية مصر العربية، جمهورية المالديف، بجمهورية أفريقيا الوسطى: a state's name after جمهورية
// is its official name with the head inside, as the news sets write it (12 of 13 there; ANERcorp
// leaves it out, 12 of 13, and the tagger learnt that). Not مملكة (the sets write مملكة البحرين
// whole twice and البحرين alone twice) nor دولة (دولة قطر: the sets write قطر).
void add_republic_heads(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet republic = text::search_forms({"جمهورية"});
  for (auto& m : mentions) {
    if (m.type != 1 || m.first == d.sentences[m.sentence].first_token || !reads_as(d, m.first - 1, republic)) continue;
    m = make_mention(d, m.sentence, m.first - 1, m.last, 1);
  }
}

// A country's official name with the article (the gazetteer's: الجمهورية اليمنية، الجمهورية
// التونسية، المملكة الأردنية الهاشمية) is one place, as ANERcorp writes الجمهورية العربية السورية
// and المملكة المتحدة; the tagger, which seldom saw them, finds none or a piece, or runs two
// together (المملكة الأردنية الهاشمية الجمهورية التونسية). A longer organisation or work around
// it stays (الخطوط الجوية …), and so does a longer place that goes on with an adjective of origin
// (الولايات المتحدة الأميركية, spelt otherwise in the list). An indefinite head (جمهورية الصين):
// add_republic_heads.
void add_official_country_names(const Doc& d, std::vector<Mention>& mentions) {
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t first = d.sentences[s].first_token, end = d.sentences[s].last_token;
    const std::span<const std::string> words(d.norm.data() + first, end - first);
    for (std::uint32_t t = first; t + 1 < end; ++t) {
      std::size_t length = 0;
      if (d.norm[t].find("ال") > 6 || d.tokens[t].kind != text::TokenKind::kWord ||
          !d.model.lexicon.second_word(d.norm[t + 1], Category::kCountry) ||
          !d.model.lexicon.starts(words, t - first, Category::kCountry, length) ||
          length < 2)
        continue;
      const auto last = static_cast<std::uint32_t>(t + length);
      if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return m.first <= t && m.last >= last && m.last - m.first > length &&
                   (m.type >= 2 || (m.last > last && nationality(d, d.norm[last])));
          }))
        continue;
      replace_overlapping(mentions, make_mention(d, s, t, last, 1));
      added = true;
      t = last - 1;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// Organisations named by common words (data/ner_bodies.tsv: مجلس التعاون الخليجي، صندوق النقد
// الدولي، الحرس الثوري, and «الدولة الإسلامية» after تنظيم): each is one entity wherever it is
// written, with proclitics on its first word, in place of what the tagger found inside it
// (حزب alone in «حزب العدالة والتنمية»), but not cut out of a longer name the tagger found.
// A few places and feasts are listed the same way (بلاد الحرمين، عيد الفطر).
void name_listed_bodies(const Doc& d, std::vector<Mention>& mentions) {
  struct Body {
    std::vector<std::string> rest;  // the words after the first
    int type;
    text::WordSet after;  // if not empty, one of them must stand right before the name
    bool version = false;  // a product's version number right after it is part of its name
  };
  static const std::map<std::string, std::vector<Body>, std::less<>> bodies = [] {
    std::map<std::string, std::vector<Body>, std::less<>> out;
    util::for_each_table_line(data::kNerBodies, [&](std::string_view line) {
      const auto fields = util::split_at(line, '\t');
      std::vector<std::string> words;
      for (const auto& w : text::tokenize(fields[0])) words.push_back(text::normalize_search(w.view(fields[0])));
      Body b{{words.begin() + 1, words.end()}, static_cast<int>(parse_entity_type(fields.at(1))), {}};
      if (fields.size() > 2 && !fields[2].empty())
        for (std::string_view w : util::split_at(fields[2], '|')) b.after.insert(text::normalize_search(w));
      b.version = fields.size() > 3 && fields[3] == "version";
      out[words[0]].push_back(std::move(b));
    });
    for (auto& [first, list] : out)  // the longest name first
      std::stable_sort(list.begin(), list.end(), [](const Body& x, const Body& y) { return x.rest.size() > y.rest.size(); });
    return out;
  }();
  // The readings cost a few allocations a word: only a word before a listed second word (or
  // one that ends like a one-word name, الكنيست) is read.
  struct Cheap {
    util::StringSet seconds;
    text::Endings single_tails;
  };
  static const Cheap cheap = [] {
    Cheap c;
    for (const auto& [first, list] : bodies)
      for (const Body& b : list)
        if (b.rest.empty()) c.single_tails.insert(std::string(reading_tail(first)));
        else c.seconds.insert(b.rest[0]);
    return c;
  }();
  const auto may_start = [&](std::uint32_t t, std::uint32_t end) {
    return (t + 1 < end && cheap.seconds.contains(d.norm[t + 1])) || cheap.single_tails.ends(d.norm[t]);
  };
  static const text::WordSet large_numbers = text::search_forms({"ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات"});
  // 10، 5.0، 8.1 written after the name with a space: a version, not a year or a price.
  const auto is_version = [&](std::uint32_t t) {
    const std::string_view w = d.tokens[t].view(d.text);
    return d.tokens[t].kind == text::TokenKind::kNumber && d.tokens[t].begin == d.tokens[t - 1].end + 1 &&
           w.size() <= 4 && (w.size() <= 2 || w.find('.') != std::string_view::npos);
  };
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t first = d.sentences[s].first_token, end = d.sentences[s].last_token;
    for (std::uint32_t t = first; t < end; ++t) {
      if (d.tokens[t].kind != text::TokenKind::kWord || !may_start(t, end)) continue;
      std::optional<Mention> found;
      bool version = false;
      for (const auto& [skip, form] : d.readings(t)) {
        const auto it = bodies.find(form);
        if (it == bodies.end()) continue;
        for (const Body& b : it->second) {
          const auto last = static_cast<std::uint32_t>(t + 1 + b.rest.size());
          if (last > end || !std::equal(b.rest.begin(), b.rest.end(), d.norm.begin() + t + 1)) continue;
          if (!b.after.empty() && (t == first || !b.after.contains(without_conjunction(d.norm[t - 1])))) continue;
          found = mention_read_as(d, s, t, last, b.type, skip, form);
          version = b.version;
          break;
        }
        if (found) break;
      }
      if (!found) continue;
      // A product named without a word before it runs on over its version written right after
      // it (ويندوز 10، أندرويد 5.0، آيفون 7), not over a count (آيفون 10 ملايين).
      if (version && found->last < end && is_version(found->last) &&
          !(found->last + 1 < end && reads_as(d, found->last + 1, large_numbers)))
        found = make_mention(d, s, found->first, found->last + 1, 3);
      // A longer name the tagger found around it stays (صندوق النقد الدولي للتنمية), but not
      // one that runs on into a new phrase: و ف ب ك + the article, or لل (جبهة النصرة | والقيادي).
      // Nor does a listed name cut into a longer one whose purpose is its first word (جائزة دبي
      // الدولية للقرآن | الكريم).
      if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return (m.first <= found->first && m.last >= found->last && m.last - m.first > found->last - found->first &&
                    (m.last == found->last || !new_phrase(d.norm[found->last]))) ||
                   (m.first < found->first && m.last == found->first + 1 && d.norm[found->first].starts_with("\u0644\u0644"));
          }))
        continue;
      t = found->last - 1;
      replace_overlapping(mentions, std::move(*found));
      added = true;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// Bodies named by a head, an adjective of origin and what they are for: الشركة السعودية
// للكهرباء، البنك السعودي للتسليف، الجمعية السعودية لطب العيون، الاتحاد البوليفي لكرة القدم، المركز
// المصري للبحوث (the tagger splits them, or takes the adjective for a country). The head with
// the article (proclitics allowed: بالهيئة), the adjective, one more adjective of the body's
// kind at most (الجمعية السعودية الخيرية لمرضى …), a word with ل, and one word with the article
// after it that is no time word (لكرة القدم; not «للكهرباء الأسبوع الماضي»).
void name_bodies_of_origin(const Doc& d, std::vector<Mention>& mentions) {
  static constexpr std::string_view kHeads[] = {"الشركة", "الجمعية", "الهيئة", "المؤسسة", "الأكاديمية", "المنظمة",
                                                "الرابطة", "البنك", "الصندوق", "الاتحاد", "المركز", "المعهد"};
  static const text::WordSet heads = [] {
    text::WordSet out;
    for (std::string_view h : kHeads) out.insert(text::normalize_search(h));
    return out;
  }();
  // The heads without their article: a word that ends with none of them is read no further.
  static const text::Endings bare = [] {
    text::Endings out;
    for (std::string_view h : kHeads) out.insert(text::normalize_search(h).substr(4));
    return out;
  }();
  static const text::WordSet kinds = text::search_forms({"الخيرية", "الخيري", "العلمية", "العلمي", "الأهلية", "الأهلي",
                                                         "العامة", "العام", "الوطنية", "الوطني", "الدولية", "الدولي"});
  // The unions named by a continent are whole names on their own (الاتحاد الأوروبي، الأفريقي).
  static const text::WordSet continents = text::search_forms({"الأوروبي", "الأفريقي", "الإفريقي", "الآسيوي"});
  static const std::string union_word = text::normalize_search("الاتحاد");
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 2 < end; ++t) {
      if (!bare.ends(d.norm[t])) continue;
      std::string form;
      std::size_t skip = 0;
      for (const auto& [k, r] : d.readings(t))
        if (heads.contains(r)) skip = k, form = r;
      if (form.empty() || !origin_adjective(d, d.norm[t + 1])) continue;
      if (form == union_word && continents.contains(d.norm[t + 1])) continue;  // الاتحاد الأوروبي | للفترة …
      std::uint32_t last = t + 2;
      if (kinds.contains(d.norm[last]) && last + 1 < end) ++last;
      const std::string_view w = d.norm[last];
      if (!(w.starts_with("ل") && w.size() >= 6) || d.tokens[last].kind != text::TokenKind::kWord ||
          summary::StopWords::instance().contains(w) || time_with_lam(w))
        continue;
      ++last;
      // (not a title: رئيس الشركة السعودية للكهرباء | الدكتور صالح العواجي)
      if (last < end && d.tokens[last].kind == text::TokenKind::kWord && d.norm[last].starts_with("ال") &&
          !time_word(d.norm[last]) && !summary::StopWords::instance().contains(d.norm[last]) &&
          !title_word(d, d.norm[last]))
        ++last;
      replace_overlapping(mentions, mention_read_as(d, s, t, last, 2, skip, form));
      added = true;
      t = last - 1;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
  // The union the tagger found without its adjective is the country's federation with it (رئيس
  // الاتحاد البرازيلي: sets 5-77 write a people's or a continent's adjective inside, 72 of 73).
  const std::vector<bool> covered = covered_tokens(d, mentions);
  for (Mention& m : mentions) {
    if (m.type != 2 || m.last - m.first != 1 || m.last >= d.sentences[m.sentence].last_token || covered[m.last] ||
        d.tokens[m.last].kind != text::TokenKind::kWord || !origin_adjective(d, d.norm[m.last]))
      continue;
    for (const auto& [skip, form] : d.readings(m.first))
      if (form == union_word) {
        m = mention_read_as(d, m.sentence, m.first, m.last + 1, 2, skip, form);
        break;
      }
  }
}

// الجمهورية اليمنية، الجمهورية الإسلامية الإيرانية، بالجمهورية التونسية: a republic named by its
// people's adjective is the country (the gold sets: 11 of 11 places), and so is the Islamic
// republic named alone (Iran's, by its constitution's name). The tagger leaves a third of them
// (الجمهورية الإسلامية الإيرانية 33 times of 33 in 20,000 records) or takes them for a body.
// A longer name the tagger found around one stays (حكومة الجمهورية اليمنية).
void name_republics(const Doc& d, std::vector<Mention>& mentions) {
  static const std::string republic = text::normalize_search("الجمهورية");
  static const text::WordSet creeds = text::search_forms({"الإسلامية", "العربية"});
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t end = d.sentences[s].last_token;
    for (std::uint32_t t = d.sentences[s].first_token; t + 1 < end; ++t) {
      if (!d.norm[t].ends_with(republic)) continue;  // (the word with its proclitics ends so)
      std::size_t skip = 0;
      std::string form;
      for (const auto& [k, r] : d.readings(t))
        if (r == republic) skip = k, form = r;
      if (form.empty()) continue;
      std::uint32_t last = t + 1;
      // (feminine, agreeing with it: in «نائب رئيس الجمهورية العراقي» the adjective is the
      // vice-president's)
      while (last < end && last < t + 4 && d.tokens[last].kind == text::TokenKind::kWord &&
             (creeds.contains(d.norm[last]) ||
              (d.norm[last].ends_with("\u064A\u0647") && origin_adjective(d, d.norm[last]))))
        ++last;
      if (last == t + 1) continue;
      Mention found = mention_read_as(d, s, t, last, 1, skip, form);
      if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
            return m.first <= found.first && m.last >= found.last && m.last - m.first > found.last - found.first;
          }))
        continue;
      replace_overlapping(mentions, std::move(found));
      added = true;
      t = last - 1;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// A market report lists the companies whose shares rose, fell or traded most: «وجاءت أسهم
// شركات سابك والإنماء ، والخدمات الأرضية وملاذ للتأمين الأكثر نشاطاً», «وتصدر سهم الاتصالات
// السعودية قائمة الأسهم», «بنسبة 5.62% ، و ميدغلف للتأمين , وبروج ، والحمادي الأكثر ارتفاعاً».
// Their names are words of every kind (الإنماء، المتقدمة، زين السعودية), which the tagger reads
// as common words, places or people. Each item of such a list is an organisation: the list
// opens after سهم / أسهم (شركة / شركات) or after a percentage and a comma, its items are joined
// by commas and و, and it must end at a word that closes such lists (الأكثر، أكثر، قائمة، على
// رأس، بنسبة), else it is no list («أسهم المشروع في …»: أسهم the verb). An item has one to four
// words, none a function word or a number. After a percentage, only in a sentence about shares
// and not closed by بنسبة («وقطاع الصناعة بنسبة 46%» is a sector).
void add_listed_shares(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet heads = text::search_forms({"أسهم", "سهم", "لسهم", "بسهم", "لأسهم", "بأسهم"});
  static const text::WordSet companies = text::search_forms({"شركة", "شركات", "شركتي"});
  static const text::WordSet closers = text::search_forms({"الأكثر", "أكثر", "قائمة"});
  static const text::WordSet rates = text::search_forms({"بنسبة", "بنسب"});  // only after a head
  static const std::string shares = text::normalize_search("الأسهم");
  static const text::WordSet tops = text::search_forms({"رأس", "قائمة"});
  static const std::string on = text::normalize_search("على");
  constexpr std::size_t kMaxWords = 4;
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t first = d.sentences[s].first_token, end = d.sentences[s].last_token;
    for (std::uint32_t t = first; t + 1 < end; ++t) {
      // Where a list opens: after its head, or after «بنسبة 5.62% ،» (the first item's و then
      // joins it to the company named before).
      std::uint32_t k = t + 1;
      bool joined = false;
      if (d.tokens[t].kind == text::TokenKind::kWord && d.norm[t].ends_with("\u0647\u0645") &&  // سهم، أسهم
          heads.contains(without_conjunction(d.norm[t]))) {
        if (companies.contains(d.norm[k])) ++k;
      } else if (d.tokens[t].kind == text::TokenKind::kNumber && is_comma(d, k) &&
                 (d.norm[t].ends_with("%") || d.norm[t].ends_with("٪")) &&
                 std::any_of(d.norm.begin() + first, d.norm.begin() + t, [&](const std::string& w) {
                   return w == shares || heads.contains(without_conjunction(w));
                 })) {
        ++k;
        joined = true;
      } else {
        continue;
      }
      // The items, each [begin, end) with the bytes of و cut from its first word.
      struct Item { std::uint32_t begin, end; std::size_t skip; };
      std::vector<Item> items;
      bool closed = false;
      bool apart = false;  // the last token was a lone و
      // Each item in quote marks («وتصدر سهم "أسمنت العربية" الأسهم متراجعا»): its closing mark
      // ends it, and a word right after that ends the list, a list of quoted names alone.
      bool opened = false, quoted = false, all_quoted = true;
      for (bool next = true; k < end; ++k) {
        const std::string_view w = d.norm[k];
        if (is_comma(d, k) || w == "و") {
          next = true;
          apart = w == "و";
          quoted = false;
          continue;
        }
        if (is_quote_mark(d, k)) {
          if (next) opened = true;
          else if (opened) quoted = true, opened = false;
          continue;
        }
        if (d.tokens[k].kind != text::TokenKind::kWord) break;
        const std::string_view bare = without_conjunction(w);
        // (الأسهم right before a closer ends the item too: ميدغلف للتأمين الأسهم الأكثر تراجعا)
        if (closers.contains(bare) || (bare == shares && k + 1 < end && closers.contains(d.norm[k + 1])) ||
            (!joined && rates.contains(bare)) ||
            (bare == on && k + 1 < end && tops.contains(d.norm[k + 1]))) {
          closed = !items.empty();
          break;
        }
        if (quoted) {
          closed = all_quoted;
          break;
        }
        // و written apart joins the item that follows as written (و وفرة: the company وفرة).
        const bool conjoined = w.size() > 4 && w.starts_with("و") && (!items.empty() || joined) && !apart;
        apart = false;
        // «…، و وفرة وجاكو ،في حين تصدر …»: a list of three or more closed by a comma and a clause
        // that opens with a function word (not after a sentence's first word: أسهم عدم وجود …،
        // "contributed").
        if (summary::StopWords::instance().contains(conjoined ? bare : w)) {
          closed = next && items.size() >= 3 && k > 0 && is_comma(d, k - 1) && t > first;
          break;
        }
        if (next || conjoined) {
          items.push_back({k, k + 1, conjoined ? std::size_t{2} : std::size_t{0}});
          all_quoted = all_quoted && opened;
          next = false;
        } else if (++items.back().end - items.back().begin > kMaxWords) {
          break;
        }
      }
      if (!closed) continue;
      for (const Item& it : items)
        replace_overlapping(mentions, it.skip == 0 ? make_mention(d, s, it.begin, it.end, 2, false)
                                                   : mention_read_as(d, s, it.begin, it.end, 2, it.skip,
                                                                     d.norm[it.begin].substr(it.skip)));
      added = true;
      t = items.back().end - 1;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// A country's adjective in the masculine with the article (السعودي، الإسباني), not a region's or
// a world's (مؤسسة النقد العربي is no club of النقد).
bool country_adjective_masculine(const Doc& d, std::uint32_t t) {
  static const std::set<std::string, std::less<>> wider = {"العربي", "الاسلامي", "الخليجي", "الاوروبي", "الاسيوي",
                                                           "الافريقي", "اللاتيني", "الغربي", "الدولي"};
  const std::string_view w = d.norm[t];
  return util::has_prefix(w, "\u0627\u0644") && util::has_suffix(w, "\u064A") && !wider.contains(w) &&
         nationality(d, w);
}

// Football clubs named by a common word (data/ner_clubs.tsv: الهلال، النصر، الشباب …) are
// organisations in a sentence that holds a word of the game (مباراة، الدوري، لاعب، المدرب …):
// «فاز الهلال على النصر بهدفين في مباراة الدوري»; also after و (والنصر).
void add_clubs(const Doc& d, std::vector<Mention>& mentions) {
  struct Lists {
    text::WordSet clubs, near;
    // Read for every word of every sentence: hashed (a std::set cost 1.5% of analyze).
    util::StringSet game;
  };
  static const Lists lists = [] {
    Lists l;
    bool game = false;
    util::for_each_table_line(data::kNerClubs, [&](std::string_view line) {
      if (line == "---") {
        game = true;
      } else if (game) {
        l.game.insert(text::normalize_search(line));
      } else {
        const auto fields = util::split_at(line, '\t');
        l.clubs.insert(text::normalize_search(fields[0]));
        if (fields.size() > 1 && fields[1] == "near") l.near.insert(text::normalize_search(fields[0]));
      }
    });
    return l;
  }();
  // Words that name what stands after them as a club (نادي الشباب، أمام التعاون، مدرب النصر).
  static const text::WordSet club_before = text::search_forms(
      {"نادي", "النادي", "لنادي", "بنادي", "أندية", "فريق", "لفريق", "لاعب", "مدرب", "أمام", "ضد", "مباراة", "لقاء", "جماهير",
       "إدارة", "رئيس", "مهاجم", "حارس", "مواجهة"});
  const auto club_at = [&](std::uint32_t k) {
    for (const auto& [skip, form] : d.readings(k))
      if (lists.clubs.contains(form) && (skip == 0 || d.norm[k].starts_with("و"))) return true;
    return false;
  };
  std::vector<char> about_the_game(d.sentences.size(), -1);  // per sentence, read when needed
  const auto sports = [&](std::uint32_t s) {
    if (about_the_game[s] < 0) {
      about_the_game[s] = 0;
      // (also behind a proclitic: للاعبي الهلال والخليج، بالدوري)
      for (std::uint32_t t = d.sentences[s].first_token; t < d.sentences[s].last_token && !about_the_game[s]; ++t) {
        about_the_game[s] = lists.game.contains(without_conjunction(d.norm[t]));
        for (const auto& [skip, form] : d.readings(t)) about_the_game[s] |= skip != 0 && lists.game.contains(form);
      }
    }
    return about_the_game[s] == 1;
  };
  // الخليج والفيصلي: one name the tagger made of two clubs joined by و, in a sentence about the
  // game, is the two clubs.
  const auto club_mention = [&](std::uint32_t s, std::uint32_t k) -> std::optional<Mention> {
    for (const auto& [skip, form] : d.readings(k))
      if (lists.clubs.contains(form) && (skip == 0 || d.norm[k].starts_with("و")))
        return skip == 0 ? make_mention(d, s, k, k + 1, 2) : mention_read_as(d, s, k, k + 1, 2, skip, form);
    return std::nullopt;
  };
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.last - m.first != 2 || !d.norm[m.first + 1].starts_with("و") || !sports(m.sentence)) continue;
    std::optional<Mention> one = club_mention(m.sentence, m.first), two = club_mention(m.sentence, m.first + 1);
    if (!one || !two) continue;
    mentions[i] = std::move(*one);
    mentions.insert(mentions.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(*two));
  }
  // What a club does in a match, right after its name.
  static const text::WordSet game_verbs = text::search_forms(
      {"فاز", "يفوز", "خسر", "يخسر", "تعادل", "يتعادل", "تغلب", "يتغلب", "هزم", "يهزم", "واجه", "يواجه", "يستضيف",
       "استضاف", "يلاقي", "لاقى"});
  // After these the word is a verbal noun or the youth: وتم الاتفاق على، الرئاسة العامة لرعاية الشباب.
  static const text::WordSet before = text::search_forms({"تم", "يتم", "سيتم", "رعاية"});
  // (after تم or رعاية: «the agreement was made», «the youth's welfare»)
  const auto after_verbal_noun = [&](std::uint32_t s, std::uint32_t t) {
    if (t == d.sentences[s].first_token) return false;
    std::string_view prev = without_conjunction(d.norm[t - 1]);
    if (prev.starts_with("\u0644") && prev.size() > 4) prev.remove_prefix(2);  // لرعاية
    return before.contains(prev);
  };
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    if (!sports(s)) return std::nullopt;  // first: most sentences are not about the game
    if (after_verbal_noun(s, t)) return std::nullopt;
    // As written, or after و: with ب or ل a common word's club is the word (بالتعاون مع، للشباب),
    // but not the others' (مدير الجهاز الفني بالهلال).
    for (const auto& [skip, form] : d.readings(t)) {
      if (!lists.clubs.contains(form)) continue;
      if (lists.near.contains(form)) {
        if (skip != 0 && !d.norm[t].starts_with("و")) continue;
        const std::uint32_t first = d.sentences[s].first_token, last = d.sentences[s].last_token;
        const bool named = (t > first && reads_as(d, t - 1, club_before)) ||  // (لمواجهة النصر)
                           (t > first && club_at(t - 1) && d.norm[t].starts_with("و")) ||
                           (t + 1 < last && club_at(t + 1) && d.norm[t + 1].starts_with("و")) ||
                           // فاز الهلال على النصر، تغلب الأهلي على الشباب
                           (t >= first + 2 && d.norm[t - 1] == "علي" && club_at(t - 2)) ||
                           // الفتح يخسر أمام …، والتعاون تعادل مع …
                           (t + 1 < last && game_verbs.contains(without_conjunction(d.norm[t + 1])));
        if (!named) continue;
      }
      return skip == 0 ? make_mention(d, s, t, t + 1, 2) : mention_read_as(d, s, t, t + 1, 2, skip, form);
    }
    return std::nullopt;
  });
  // برشلونة الإسباني: a city with a country's adjective in the masculine, in a sentence about the
  // game, or after a word that names clubs, is the city's club (the city is feminine: برشلونة
  // الإسبانية). Not a country (مدرب جامايكا الألماني: the coach is German), nor a city after a
  // place's head (منتجع فنربخشه التركي). A country with its own adjective is a club named after
  // it (يواجه الكويت الكويتي، قطر القطري).
  static const text::WordSet place_heads =
      text::search_forms({"قارة", "القارة", "مدينة", "منتجع", "ولاية", "جزيرة", "العاصمة", "عاصمة", "بلدة"});
  int sport = -1;  // … or anywhere in an article about the game (انتقل إلى ميلان الإيطالي: «…»),
  const auto sport_article = [&] { return sport < 0 ? (sport = about_sport(d)) : sport; };
  // … or where the article names the club so once (حارس مرمى ميلان الإيطالي … إلى ميلان الإيطالي);
  // elsewhere than in a sentence about the game, not after a place's own head (قارة آسيا الكوري
  // الجنوبي تشونغ، مدينة سان بطرسبرغ الروسي، منتجع فنربخشة التركي).
  std::set<std::vector<std::string>> clubs;
  for (int pass = 0; pass < 2; ++pass) {
    for (Mention& m : mentions) {
      if (m.type != 1 || m.last >= d.sentences[m.sentence].last_token || !country_adjective_masculine(d, m.last))
        continue;
      const std::string_view adjective = d.norm[m.last];
      const bool own = m.key.size() == 1 && (adjective == m.key[0] + "ي" || adjective == "ال" + m.key[0] + "ي");
      if (m.key.size() == 1 && d.model.lexicon.contains(m.key[0], Category::kCountry) && !own) continue;
      const bool first = m.first == d.sentences[m.sentence].first_token;
      if (!first && d.model.lexicon.contains(without_conjunction(d.norm[m.first - 1]), Category::kLocHead)) continue;
      const auto place_head = [&] {
        for (std::uint32_t k = m.first; k > d.sentences[m.sentence].first_token && k + 2 >= m.first; --k)
          if (reads_as(d, k - 1, place_heads)) return true;
        return false;
      };
      const bool club = pass == 0 ? sports(m.sentence) || (!first && reads_as(d, m.first - 1, club_before))
                                  : (clubs.contains(m.key) || sport_article()) && !place_head();
      if (club) m.type = 2, m.typed_by_context = true, clubs.insert(m.key);
    }
  }
  // نادي نجران، أحد لاعبي الدرعية: a town of one word right after نادي, or after its players in
  // an article about the game, is its club (not a country: a country's team is a place).
  static const text::WordSet club_word = text::search_forms({"نادي", "لنادي", "بنادي", "ناديي", "النادي"});
  static const text::WordSet players = text::search_forms({"لاعبي", "لاعبو", "لاعب"});
  for (Mention& m : mentions) {
    if (m.type != 1 || m.key.size() != 1 || m.first == d.sentences[m.sentence].first_token ||
        m.span.begin != d.tokens[m.first].begin || d.model.lexicon.contains(m.key[0], Category::kCountry))
      continue;
    if (reads_as(d, m.first - 1, club_word) ||
        (reads_as(d, m.first - 1, players) && d.model.lexicon.contains(m.key[0], Category::kCity) && sport_article()))
      m.type = 2, m.typed_by_context = true, clubs.insert(m.key);
  }
  // ريال مدريد وبرشلونة وفالنسيا وفياريال: cities listed with و right after a club, in an
  // article about the game, are clubs too (not countries: a country's team is its place).
  if (sport_article()) {
    std::vector<std::size_t> order(mentions.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return mentions[a].first < mentions[b].first; });
    for (std::size_t k = 1; k < order.size(); ++k) {
      const Mention& before = mentions[order[k - 1]];
      Mention& m = mentions[order[k]];
      if (before.type != 2 || m.type != 1 || before.last != m.first || before.sentence != m.sentence ||
          !d.norm[m.first].starts_with("\u0648") || m.span.begin == d.tokens[m.first].begin ||
          (m.key.size() == 1 && d.model.lexicon.contains(m.key[0], Category::kCountry)))
        continue;
      if (before.typed_by_context || clubs.contains(before.key) || lists.clubs.contains(before.key.back()) ||
          before.key.size() > 1) {
        m.type = 2, m.typed_by_context = true;
        clubs.insert(m.key);
      }
    }
  }
  // A club named in the article is that club in its first sentence too, the headline («الهلال
  // يطلب …», with no word of the game), as written or after و; not in الهلال الأحمر. In an
  // article about the game, in any sentence (ويجري الشباب مفاوضات مع …، يبدو أن الاتحاد ظفر
  // بالصفقة), but not before an adjective with the article other than a nation's (الاتحاد
  // الآسيوي is the confederation, الاتحاد السعودي the club), nor after تم or رعاية.
  std::set<std::string, std::less<>> named;
  for (const Mention& m : mentions)
    if (m.type == 2 && m.key.size() == 1 && lists.clubs.contains(m.key[0])) named.insert(m.key[0]);
  if (named.empty() || d.sentences.empty()) return;
  static const std::string red = text::normalize_search("الأحمر");
  // (the word itself: the crescent sighted, the youth of a grade, unity or cooperation between
  // or with others: رصد الفلكيون الهلال، درجة الشباب، الوحدة بين اللاعبين، والتعاون مع)
  static const text::WordSet not_club_before = text::search_forms({"رصد", "رؤية", "تحري", "درجة", "فئة"});
  static const text::WordSet not_club_after = text::search_forms({"بين", "مع"});
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    if (t + 1 < d.sentences[s].last_token && d.norm[t + 1] == red) return std::nullopt;
    if (s != 0) {
      if (!sport_article()) return std::nullopt;
      if (t + 1 < d.sentences[s].last_token && text::definite_nisba(d.norm[t + 1]) && !country_adjective_masculine(d, t + 1))
        return std::nullopt;
      if (t > d.sentences[s].first_token) {
        std::string_view prev = without_conjunction(d.norm[t - 1]);
        if (prev.starts_with("\u0644") && prev.size() > 4) prev.remove_prefix(2);
        if (after_verbal_noun(s, t) || not_club_before.contains(prev)) return std::nullopt;
        // (the verb's subject may stand between: ورصد الفلكيون الهلال)
        if (t > d.sentences[s].first_token + 1 && not_club_before.contains(without_conjunction(d.norm[t - 2])))
          return std::nullopt;
      }
      if (t + 1 < d.sentences[s].last_token && not_club_after.contains(d.norm[t + 1])) return std::nullopt;
    }
    for (const auto& [skip, form] : d.readings(t))
      if (named.contains(form) && (skip == 0 || d.norm[t].starts_with("و")))
        return skip == 0 ? make_mention(d, s, t, t + 1, 2) : mention_read_as(d, s, t, t + 1, 2, skip, form);
    return std::nullopt;
  });
}

// الأخضر، العنابي، الأزرق: a national team called by its colours, in an article about the game,
// is an organisation, as the gold sets mark it (الأخضر 17 of 20 times: «وسيخوض الأخضر أولى
// مبارياته»، «مدرب الأخضر»، «للأخضر»). Not where the colour describes the word before it, one
// with the article (الضوء الأخضر، المستطيل الأخضر، باللون الأخضر، الفريق الأبيض): with a
// proclitic of its own (للأخضر) it describes nothing. Nor in a list of colours (الطقمان الأصفر
// والأزرق: the kits).
void add_team_colours(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet colours = text::search_forms({"الأخضر", "العنابي", "الأزرق"});
  // (a word with the article behind any proclitics: الضوء، باللون، وللفريق; not إلى، الذي)
  const auto definite = [&](std::uint32_t t) {
    if (summary::StopWords::instance().contains(d.norm[t])) return false;
    for (const auto& [skip, form] : d.readings(t))
      if (form.starts_with("ال")) return true;
    return false;
  };
  const auto colour = [&](std::uint32_t t) -> std::pair<std::size_t, std::string> {
    for (const auto& [skip, form] : d.readings(t))
      if (colours.contains(form)) return {skip, std::string(form)};
    return {0, {}};
  };
  static const text::WordSet all_colours = text::search_forms(
      {"الأخضر", "الأزرق", "الأصفر", "الأبيض", "الأحمر", "الأسود", "البرتقالي", "الذهبي", "الرمادي", "البنفسجي"});
  // Whether the colour at t (read with `skip` bytes of proclitics) describes what stands by it.
  const auto describes = [&](std::uint32_t s, std::uint32_t t, std::size_t skip) {
    if (skip == 0 && t > d.sentences[s].first_token) {
      // (also past a quote mark, and after a team's word with a pronoun: الفريق "الأزرق"، فريقه الأزرق)
      std::uint32_t before = t - 1;
      if (is_quote_mark(d, before) && before > d.sentences[s].first_token) --before;
      std::string_view w = d.norm[before];  // (not without_conjunction: فريقه's ف is its own)
      if (w.starts_with("و")) w.remove_prefix(2);
      if (definite(before) || w.starts_with("فريق") || w.starts_with("نادي")) return true;
    }
    // (الطقمان الأصفر والأزرق، مقاعد بالأزرق والأبيض: kits and seats in colours)
    return (t > d.sentences[s].first_token && d.norm[t].starts_with("و") && reads_as(d, t - 1, all_colours)) ||
           (t + 1 < d.sentences[s].last_token && d.norm[t + 1].starts_with("و") && reads_as(d, t + 1, all_colours));
  };
  // (the tagger's own too, which propagation may have spread to a describing colour: «الضوء الأخضر»)
  std::erase_if(mentions, [&](const Mention& m) {
    return m.type == 2 && m.key.size() == 1 && colours.contains(m.key[0]) &&
           describes(m.sentence, m.first, colour(m.first).first);
  });
  int sport = -1;
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    const auto [skip, form] = colour(t);
    if (form.empty() || describes(s, t, skip)) return std::nullopt;
    if (sport < 0) sport = about_sport(d);
    if (!sport) return std::nullopt;
    return skip == 0 ? make_mention(d, s, t, t + 1, 2) : mention_read_as(d, s, t, t + 1, 2, skip, form);
  });
}

// الله alone is a name (MISC, as ANERcorp tags every lone one: رحمه الله، بإذن الله، ولله الحمد,
// 48 to none), wherever the tagger let it be: with its proclitics (بالله، والله) or as لله. Not
// the second word of a name the tagger missed (عبد الله، نصر الله، حزب الله) or of the title
// آية الله.
void add_god(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet name_firsts = text::search_forms({"عبد", "عبيد", "حزب", "نصر", "فضل", "عوض", "جار", "خير",
                                                               "سعد", "عطا", "ضيف", "فتح", "رزق", "حمد", "جاد", "آية"});
  static const std::string god = text::normalize_search("الله");
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    const std::string_view w = d.norm[t];
    if (!w.ends_with("لله") || w.size() > 12) return std::nullopt;
    if (t > d.sentences[s].first_token && name_firsts.contains(without_conjunction(d.norm[t - 1]))) return std::nullopt;
    Mention m = make_mention(d, s, t, t + 1, 3);  // لله, ولله: make_mention reads them
    for (const auto& [skip, form] : name_readings(w))
      if (form == god) m = mention_read_as(d, s, t, t + 1, 3, skip, form);  // بالله، والله
    if (m.key[0] != god) return std::nullopt;  // خلله، ظلله، وله
    return m;
  });
}

// Currencies (data/currencies.tsv) are MISC in ANERcorp (دولار 107 times, درهم 26, جنيه 24); the tagger
// knows the common ones and misses the rarer (روبلا، سنتا، الين). A currency word right after an
// amount (a number or ألف/مليون/مليار …) is one, and so is one of the unambiguous written with
// the article (اليوان، الروبل); not الريال alone, which sports news writes for Real Madrid, nor
// a plural (الدولارات: O in ANERcorp).
void add_currencies(const Doc& d, std::vector<Mention>& mentions) {
  // data/currencies.tsv: the words, and those that are currencies alone with the article (not
  // القرش "the shark", الين "Ellen").
  struct Lists {
    text::WordSet currencies, with_article;
  };
  static const Lists lists = [] {
    Lists l;
    util::for_each_table_line(data::kCurrencies, [&](std::string_view line) {
      const auto fields = util::split_at(line, '\t');
      const std::string word = text::normalize_search(fields[0]);
      l.currencies.insert(word);
      if (fields.size() > 1 && fields[1] == "yes") l.with_article.insert(word);
    });
    return l;
  }();
  const text::WordSet& currencies = lists.currencies;
  const text::WordSet& with_article = lists.with_article;
  static const text::WordSet amounts = text::search_forms(
      {"ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "تريليون", "مئة", "مائة", "مئات"});
  static const text::WordSet rates = text::search_forms({"أمام", "مقابل"});
  const auto amount = [&](std::uint32_t t) {
    return d.tokens[t].kind == text::TokenKind::kNumber || amounts.contains(without_conjunction(d.norm[t]));
  };
  const auto read = [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    std::optional<bool> after;  // read when needed: most words are no currency
    const auto after_amount = [&] {
      if (!after) after = t > d.sentences[s].first_token && amount(t - 1);
      return *after;
    };
    // The word as written (after an amount it stands bare: بين is no ب + ين), maybe with the
    // accusative's alef (روبلا); or the article after و/ف and ب/ل/ك, or لل (للدولار).
    const std::string_view w = d.norm[t];
    std::string_view base = w;
    std::size_t skip = 0;
    bool article = false;
    for (std::size_t p : {std::size_t{0}, std::size_t{2}, std::size_t{4}}) {
      if (w.size() <= p + 6) break;
      if (w.substr(p, 4) == "ال") {
        article = true, skip = p, base = w.substr(p + 4);
        break;
      }
      if (w.substr(p, 4) == "لل") {
        article = true, skip = p + 2, base = w.substr(p + 4);
        break;
      }
      if (p == 0 && !(util::has_prefix(w, "و") || util::has_prefix(w, "ف") || util::has_prefix(w, "ب") || util::has_prefix(w, "ل") ||
                      util::has_prefix(w, "ك")))
        break;
    }
    if (!article && util::has_suffix(base, "ا") && base.size() > 6 && after_amount() && !currencies.contains(base))
      base.remove_suffix(2);
    // (الين after أمام or مقابل is the yen an exchange rate is quoted against: «أمام الين».)
    const auto against = [&] { return t > d.sentences[s].first_token && skip == 0 && rates.contains(d.norm[t - 1]); };
    if (!currencies.contains(base) || (!article && !after_amount()) ||
        (article && !after_amount() && !against() && !with_article.contains(base)))
      return std::nullopt;
    return mention_read_as(d, s, t, t + 1, 3, skip, article ? "ال" + std::string(base) : std::string(w));
  };
  // The tagger's body «الفرنك السويسري» (or «السوسري») is the currency: the word alone, MISC (the
  // adjective of origin outside, as ANERcorp and the gold sets write it).
  const auto adjective = [&](std::uint32_t t) {
    const std::string_view w = d.norm[t];
    return w.starts_with("\u0627\u0644") && (w.ends_with("\u064A") || w.ends_with("\u064A\u0647") || nationality(d, w));
  };
  // (مجموعة اليورو: after a body's head the currency names the body.)
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type == 3 || !read(m.sentence, m.first)) return false;
    if (m.first > d.sentences[m.sentence].first_token && is_org_head(d, m.first - 1)) return false;
    for (std::uint32_t t = m.first + 1; t < m.last; ++t)
      if (!adjective(t)) return false;
    return true;
  });
  add_words(d, mentions, read);
}

// The dateline that opens a news body names the outlet between dashes: «سبق- الدمام:», «عوض
// الفهمي- سبق- أضم:», «عين اليوم – متابعات», «فايز الحسيكي – عين اليوم». On the body's first
// line, up to a colon or the line's end (12 tokens at most), in segments between dashes: a
// segment of one to three words that holds no entity, right before a place, an agency or a desk
// word (متابعات، وكالات) or, as the last segment, right after a reporter's name or a place
// (جدة- سبق:), is the outlet. Its other mentions in the article count where they stand in quote
// marks («سبق», "عين اليوم"); its bare words (سبق أن) are left.
void add_dateline_sources(const Doc& d, std::vector<Mention>& mentions) {
  // Desk words, normalized, and the agencies (news_agency).
  static const std::set<std::string, std::less<>> desk_words = {
      "متابعات", "متابعه", "وكالات", "الوكالات", "خاص", "ترجمه", "تقرير", "حوار", "تصوير", "اعداد"};
  const auto desk = [&](std::uint32_t t) { return desk_words.contains(d.norm[t]) || news_agency(d.norm[t]); };
  std::uint32_t begin = 1;  // the body's first token, past a web page's leftovers (Next Previous)
  while (begin < d.tokens.size() && !newline_before(d, begin)) ++begin;
  while (begin < d.tokens.size() && d.tokens[begin].kind == text::TokenKind::kLatin) ++begin;
  // «الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس»: the agency closing a dated first line.
  {
    std::uint32_t line_end = begin;
    while (line_end < d.tokens.size() && line_end - begin < 20 && (line_end == begin || !newline_before(d, line_end))) ++line_end;
    const std::uint32_t last = line_end - 1;
    if (line_end - begin >= 4 && (line_end == d.tokens.size() || newline_before(d, line_end)) && news_agency(d.norm[last]) &&
        (d.norm[last - 1] == "م" || d.norm[last - 1] == "ه" || d.tokens[last - 1].kind == text::TokenKind::kNumber)) {
      const std::vector<bool> covered = covered_tokens(d, mentions);
      std::uint32_t s = 0;
      while (s + 1 < d.sentences.size() && d.sentences[s].last_token <= last) ++s;
      if (!covered[last] && d.sentences[s].first_token <= last && last < d.sentences[s].last_token) {
        mentions.push_back(make_mention(d, s, last, last + 1, 2, false));
        std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
      }
    }
  }
  std::uint32_t end = begin;
  while (end < d.tokens.size() && end - begin < 12 && d.norm[end] != ":" && (end == begin || !newline_before(d, end)))
    ++end;
  if (end - begin < 3) return;
  const std::vector<int> type = token_types(d, mentions);
  struct Segment {
    std::uint32_t first, last;
    int kind;  // -1 nothing, 0 a person, 1 a place, 2 an organisation, 5 mixed
  };
  std::vector<Segment> segments;
  for (std::uint32_t t = begin; t <= end; ++t) {
    const std::string_view w = t < end ? d.tokens[t].view(d.text) : std::string_view{};
    if (t < end && !is_dash(w)) continue;
    const std::uint32_t first = segments.empty() ? begin : segments.back().last + 1;
    if (first >= t) return;  // two dashes together, or a line that starts with one
    int kind = type[first];
    for (std::uint32_t k = first; k < t; ++k)
      if (type[k] != kind || (d.tokens[k].kind != text::TokenKind::kWord)) kind = 5;
    segments.push_back({first, t, kind});
  }
  if (segments.size() < 2) return;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const Segment& g = segments[i];
    if (g.kind != -1 || g.last - g.first > 3 || desk_words.contains(d.norm[g.first])) continue;
    // What follows may go on past the dateline (عين اليوم – متابعات أزاحت …, سبق- جدة (تصوير …):
    // its first word decides.
    // (a city of the gazetteer alone, whatever the tagger made of it: عين اليوم – جدة)
    const auto city = [&](const Segment& n) {
      return n.last - n.first == 1 && d.model.lexicon.contains(d.norm[n.first], Category::kCity);
    };
    const auto place_or_desk = [&](const Segment& n) {
      return type[n.first] == 1 || type[n.first] == 2 || desk(n.first) || city(n);
    };
    const bool before_place = i + 1 < segments.size() && place_or_desk(segments[i + 1]);
    const bool after_reporter = i + 1 == segments.size() && i > 0 && (segments[i - 1].kind == 0 || segments[i - 1].kind == 1);
    if (!before_place && !after_reporter) continue;
    std::uint32_t s = 0;
    while (s + 1 < d.sentences.size() && d.sentences[s].last_token <= g.first) ++s;
    if (g.last > d.sentences[s].last_token) return;
    if (before_place && city(segments[i + 1]))
      for (auto& m : mentions)
        if (m.first == segments[i + 1].first && m.last == segments[i + 1].last) m.type = 1;
    Mention outlet = make_mention(d, s, g.first, g.last, 2, false);
    const std::vector<std::string> key = outlet.key;
    mentions.push_back(std::move(outlet));
    // The outlet's name in quote marks elsewhere in the article.
    std::vector<bool> covered = covered_tokens(d, mentions);
    for (std::uint32_t q = 0; q < d.sentences.size(); ++q)
      for (std::uint32_t t = d.sentences[q].first_token + 1; t + key.size() < d.sentences[q].last_token; ++t) {
        if (!is_quote_mark(d, t - 1) || !is_quote_mark(d, t + static_cast<std::uint32_t>(key.size())) ||
            !std::equal(key.begin(), key.end(), d.norm.begin() + t) ||
            std::any_of(covered.begin() + t, covered.begin() + t + static_cast<std::ptrdiff_t>(key.size()), [](bool c) { return c; }))
          continue;
        mentions.push_back(make_mention(d, q, t, t + static_cast<std::uint32_t>(key.size()), 2, false));
      }
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
    return;
  }
}

// «قرب كركوك والفلوجة وتلعفر ومخمور والحبانية», «( عمّان، ومادبا، والسلط )»: a chain of places
// joined by و or a comma, where the tagger stopped after two. An item of one word is a place too
// when the chain holds two places and no other entity, and the word is in the word cluster (the
// first extra clustering, which gathers places) of a listed place. Verbs that go on after a list
// (وصل، والتقى) do not share it. A chain starts at a place or at a word after punctuation (a
// word after another word is the tail of a longer item: قطاعات الأمانة، …).
void add_places_in_lists(const Doc& d, std::vector<Mention>& mentions) {
  constexpr std::uint32_t kRareWord = 300;
  static const text::WordSet etc = text::search_forms({"إلخ", "الخ"});
  static const std::string kEndings[] = {text::normalize_search("ين"), text::normalize_search("ون"),
                                         text::normalize_search("ات"), text::normalize_search("ها"),
                                         text::normalize_search("هما"), text::normalize_search("هم")};
  std::vector<int> type = token_types(d, mentions);
  const auto cluster = [&](std::string_view w) -> std::uint16_t {
    const WordInfo* info = d.model.clusters.find(w);
    return info ? info->extra[0] : 0;
  };
  const auto bare = [&](std::uint32_t t) {  // the word without its و and article-absorbing clitics
    std::size_t skip = 0;
    return strip_proclitics(d.norm[t], skip);
  };
  const auto word = [&](std::uint32_t t) { return d.tokens[t].kind == text::TokenKind::kWord; };
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t begin = d.sentences[s].first_token, end = d.sentences[s].last_token;
    for (std::uint32_t t = begin; t < end; ++t) {
      if (!word(t) || (type[t] != 1 && t > begin && word(t - 1))) continue;
      // The chain: t, then words after a comma or starting with و, one token each (a place's
      // mention may be longer).
      std::vector<std::uint32_t> items{t};
      std::set<std::uint32_t> joined;  // the items linked by their و, not by a comma
      const auto rest = [&](std::uint32_t k) {  // past the rest of a place's mention
        while (k < end && type[k] == 1 && type[k - 1] == 1 && !d.norm[k].starts_with("و")) ++k;
        return k;
      };
      std::uint32_t k = rest(t + 1);
      for (;;) {
        if (k < end && conjoined_word(d, k)) {
          items.push_back(k);
          joined.insert(k);
          k = rest(k + 1);
        } else if (k + 1 < end && is_comma(d, k) && word(k + 1)) {
          items.push_back(k + 1);
          k = rest(k + 2);
          if (type[k - 1] < 0 && k < end && word(k)) break;  // a phrase after the list (، بالتمام والكمال)
        } else {
          break;
        }
      }
      t = k - 1;  // (k > t: the chain's end)
      int places = 0;
      bool others = false;
      std::set<std::uint16_t> clusters;
      for (std::uint32_t i : items) {
        places += type[i] == 1;
        others = others || (type[i] >= 0 && type[i] != 1);
        if (type[i] == 1) clusters.insert(cluster(bare(i)));
      }
      clusters.erase(0);
      if (places < 2 || others) continue;
      for (std::uint32_t i : items) {
        // One word: the chain's next link or its end after it; after a comma, its end (مخطط | وهبي).
        if (type[i] >= 0 || (i + 1 < end && word(i + 1) && (!conjoined_word(d, i + 1) || !joined.contains(i))))
          continue;
        std::size_t skip = 0;
        const std::string_view w = strip_proclitics(d.norm[i], skip);
        // In the cluster of a listed place, or a word too rare to have one (الحكامية، مادبا) as
        // written and without its proclitics (فيما is no ف + يما); not a plural or dual
        // (والشعبين), a word with a pronoun (وجوارها، وخلافهما) or إلخ.
        const bool rare = d.model.frequency(d.norm[i]) < kRareWord && d.model.frequency(std::string(w)) < kRareWord &&
                          !summary::StopWords::instance().contains(w) && !etc.contains(w) &&
                          !std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) { return w.ends_with(e); });
        if (!clusters.contains(cluster(w)) && !rare) continue;
        if (joined.contains(i)) {
          const std::size_t cut = d.norm[i].size() - d.norm[i].substr(2).size();  // و alone
          mentions.push_back(mention_read_as(d, s, i, i + 1, 1, cut, std::string(d.norm[i].substr(2))));
        } else {
          mentions.push_back(make_mention(d, s, i, i + 1, 1));  // ومادبا after a comma: cut by frequency
        }
        type[i] = 1;
        added = true;
      }
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// «أدخلت الخدمة في أحياء أم السباع، العنود، المنتزه، …، مخطط القحطاني، والحمدة»: the items of a
// list after a plural head of places (أحياء، قرى، بلدات، محافظات، أودية، ضواحي) that names one
// place the tagger or the gazetteer knows are places too. The list is the head's next words split at
// commas (and at a word with و and the article), two items or more of at most three words each,
// and ends at a stop, a colon, a bracket, a line's end or the first item that is no name: one with
// a function word, a number or an entity other than a place or person, or one that starts with a
// present-tense verb (ويتبع، ويعد) or a word with the article the corpus writes mostly without
// it. A head with the article (الأحياء التالية) or before an adjective is no list's. A street's or
// plot's head in an item (حي الناصرة، مخطط وهبي) stays outside its name, as do the و before it and
// an item's person (مخطط القحطاني: the plot, not the man).
void add_places_after_plural_heads(const Doc& d, std::vector<Mention>& mentions) {
  constexpr std::uint32_t kCommonWord = 300;
  static const text::WordSet heads = text::search_forms({"أحياء", "حارات", "قرى", "بلدات", "محافظات", "أودية", "ضواحي"});
  // First words of an item that is no name: the country, the province … (محافظات البلاد، أحياء
  // مدينة درعا، مركز المحافظة), a place's side (ضواحي باريس، داخل مكاتب …), a quantity (كافة المدن).
  static const text::WordSet generic = text::search_forms(
      {"البلاد", "البلد", "الدولة", "المنطقة", "المحافظة", "العاصمة", "المدينة", "مركز", "داخل", "خارج", "بين", "حول", "قرب",
       "شمال", "جنوب", "شرق", "غرب", "وسط", "أطراف", "كافة", "جميع", "بقية", "باقي", "مختلف", "كل", "عدد", "المدن",
       "القرى", "المحافظات", "الأحياء", "المناطق"});
  static const text::WordSet item_heads = text::search_forms({"حي", "مخطط", "قرية", "بلدة", "مدينة", "محافظة", "مديرية"});
  const std::vector<int> type = token_types(d, mentions);
  std::vector<Mention> added;
  std::set<std::size_t> retyped;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t begin = d.sentences[s].first_token, end = d.sentences[s].last_token;
    for (std::uint32_t h = begin; h + 2 < end; ++h) {
      if (d.tokens[h].kind != text::TokenKind::kWord || type[h] >= 0) continue;
      std::string_view head = without_conjunction(d.norm[h]);
      if (!heads.contains(head) && head.size() > 4 && (head.starts_with("\u0628") || head.starts_with("\u0644") || head.starts_with("\u0643")))
        head.remove_prefix(2);  // بأحياء، لقرى
      if (!heads.contains(head) || d.tokens[h].view(d.text).find("\u0625\u062D\u064A\u0627\u0621") != std::string_view::npos)
        continue;  // (إحياء: a revival, not districts)
      // The items: [first, last) token ranges.
      std::vector<std::pair<std::uint32_t, std::uint32_t>> items;
      std::vector<bool> joined;  // an item after و, not after a comma
      std::uint32_t k = h + 1;
      // و + the article, or a word the corpus writes less often than it without و (وتعشر; not
      // وادي، وهبي): the next item.
      const auto joins = [&](std::uint32_t t) {
        static const text::WordSet own = text::search_forms({"وادي", "ولد", "ولي"});  // (ادي reads أدى)
        const std::string& w = d.norm[t];
        return w.starts_with("\u0648") && w.size() > 4 && !own.contains(w) &&
               (w.starts_with("\u0648\u0627\u0644") || d.model.frequency(w) <= d.model.frequency(w.substr(2)));
      };
      while (k < end && d.tokens[k].kind == text::TokenKind::kWord && !newline_before(d, k)) {
        const std::uint32_t first = k;
        while (k < end && d.tokens[k].kind == text::TokenKind::kWord && !newline_before(d, k) &&
               (k == first || !joins(k)))  // والمهرة، وشبوة: the next item
          ++k;
        if (k - first > 3) break;
        joined.push_back(first > h + 1 && joins(first));
        items.emplace_back(first, k);
        if (k < end && d.tokens[k].kind == text::TokenKind::kWord && !newline_before(d, k)) continue;  // والحمدة
        if (k + 1 < end && (d.norm[k] == "\u060C" || d.norm[k] == ",") && !newline_before(d, k + 1)) {
          ++k;
          continue;
        }
        // The list's end: the sentence's, a stop, a colon, a bracket or a line's end; not a
        // number or a sign inside a phrase that goes on (ضواحي باريس، وإجلاء 18 رهينة).
        if (k < end && !newline_before(d, k) && d.norm[k] != "." && d.norm[k] != ":" && d.norm[k] != "\u061B" && d.norm[k] != ")" &&
            !is_quote_mark(d, k))
          items.pop_back();
        break;
      }
      // Each item a name; the list ends before the first that is not.
      std::size_t good = 0;
      for (const auto& [first, last] : items) {
        bool name = true;
        // After و alone the item is a rarer word than prose uses (وضمد، والمغيالة; not ومرافقها
        // الحيوية، والأجهزة الإلكترونية, nor a word with a pronoun: مدنها).
        if (joined[good] && type[first] != 1 && !d.model.lexicon.contains(without_conjunction(d.norm[first]), Category::kCity)) {
          std::size_t skip = 0;
          const std::string_view bare = strip_proclitics(d.norm[first], skip);
          name = d.model.frequency(std::string(bare)) < kCommonWord && !bare.ends_with("\u0647\u0627") && !bare.ends_with("\u0647\u0645");
        }
        for (std::uint32_t t = first; t < last && name; ++t) {
          const std::string_view w = t == first ? without_conjunction(d.norm[t]) : std::string_view(d.norm[t]);
          const bool kin = t + 1 < last && (w == "\u0627\u0645" || w == "\u0627\u0628\u0648" || w == "\u0630\u064A");  // أم، أبو، ذي
          name = (type[t] < 0 || type[t] == 0 || type[t] == 1) && d.tokens[t].kind == text::TokenKind::kWord &&
                 (kin || !summary::StopWords::instance().contains(w)) &&
                 std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        }
        const std::string_view w = without_conjunction(d.norm[first]);
        name = name && !generic.contains(w) && !heads.contains(w);
        if (name && type[first] < 0 && (w.starts_with("\u064A") || w.starts_with("\u062A")) &&  // ي ت: يتبع، تقع
            d.model.frequency("\u0627\u0644" + std::string(w)) == 0)
          name = false;
        if (name && type[first] < 0 && w.starts_with("\u0627\u0644") && w.size() > 6 &&
            d.model.frequency(std::string(w.substr(4))) > 2 * d.model.frequency(std::string(w)))
          name = false;  // الشفافية، المعلومات: common nouns the corpus writes bare more often
        if (name && type[first] < 0 && !d.model.lexicon.contains(w, Category::kCity)) {
          // A preposition or ف before it: the sentence goes on (قرى الصعيد، فسافرنا; لتخفيف معاناة)
          for (std::string_view c : {"\u0641", "\u0628", "\u0644", "\u0643"})
            if (w.starts_with(c) && w.size() > 6 && d.model.frequency(std::string(w.substr(2))) >= kMinSplitCount &&
                d.model.frequency(std::string(w.substr(2))) > d.model.frequency(std::string(w)))
              name = false;
        }
        if (!name) break;
        ++good;
      }
      items.resize(good);
      if (items.size() < 2) continue;
      // One item a place already: a list of places, not of things (مديريات الأمن والوحدات العسكرية).
      if (std::none_of(items.begin(), items.end(), [&](const auto& it) {
            for (std::uint32_t t = it.first; t < it.second; ++t)
              if (type[t] == 1 || d.model.lexicon.contains(without_conjunction(d.norm[t]), Category::kCity)) return true;
            return false;
          }))
        continue;
      // The first item no adjective of the head (أحياء سكنية، محافظات يمنية كالبيضاء): a word
      // of origin, or one the corpus writes more often with the article; a name follows it bare.
      if (const std::string& w = d.norm[items[0].first];
          type[items[0].first] != 1 && !w.starts_with("\u0627\u0644") && (nationality(d, w) || d.model.frequency("\u0627\u0644" + w) > d.model.frequency(w)) &&
          !d.model.lexicon.contains(w, Category::kCity))
        continue;
      for (std::size_t i = 0; i < items.size(); ++i) {
        const auto [first, last] = items[i];
        std::uint32_t from = first;
        if (last - first >= 2 && item_heads.contains(without_conjunction(d.norm[first]))) ++from;
        bool taken = false;
        for (std::size_t i = 0; i < mentions.size(); ++i) {
          const Mention& m = mentions[i];
          if (m.last <= first || m.first >= last) continue;
          taken = true;
          if (m.type == 0 && m.first == from && m.last == last) retyped.insert(i);
        }
        if (taken) continue;
        const std::string& w = d.norm[from];  // والحمدة، وخلب: the و is the list's
        added.push_back(from == first && joined[i] ? mention_read_as(d, s, from, last, 1, 2, w.substr(2))
                                                   : make_mention(d, s, from, last, 1));
      }
      h = items.back().second;
    }
  }
  for (std::size_t i : retyped) mentions[i].type = 1;
  if (added.empty()) return;
  for (auto& m : added) mentions.push_back(std::move(m));
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// «بما في ذلك عدن والضالع ولحج وتعز يمنع …»: a chain of three words or more joined by و, each a
// place the gazetteer or the mined names hold, is a list of places, though the tagger, reading
// the verb after it, found none. Each listed word the mentions leave free becomes a place.
void add_listed_place_chains(const Doc& d, std::vector<Mention>& mentions) {
  const std::vector<int> type = token_types(d, mentions);
  const auto listed = [&](std::uint32_t t) -> std::optional<std::pair<std::size_t, std::string>> {
    for (const auto& r : d.readings(t))
      if (d.model.lexicon.contains(r.second, Category::kCity) || d.model.lexicon.contains(r.second, Category::kCountry) ||
          d.model.lexicon.contains(r.second, Category::kMinedLoc))
        return r;
    return std::nullopt;
  };
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t begin = d.sentences[s].first_token, end = d.sentences[s].last_token;
    for (std::uint32_t t = begin; t < end; ++t) {
      if (d.tokens[t].kind != text::TokenKind::kWord) continue;
      std::uint32_t k = t + 1;
      while (k < end && conjoined_word(d, k)) ++k;
      if (k - t < 3) continue;
      std::vector<std::pair<std::uint32_t, std::pair<std::size_t, std::string>>> items;
      bool others = false;
      for (std::uint32_t i = t; i < k; ++i) {
        others = others || (type[i] >= 0 && type[i] != 1);
        if (auto r = listed(i)) items.emplace_back(i, *r);
      }
      if (!others && items.size() >= 3 && items.size() + 1 >= k - t) {
        for (const auto& [i, r] : items) {
          if (type[i] >= 0) continue;
          mentions.push_back(mention_read_as(d, s, i, i + 1, 1, r.first, r.second));
          added = true;
        }
      }
      t = k - 1;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// «مركز المحاني ومركز عشيرة ومركز السديرة», «حي باب مشرف وحي المطراق»: a place's head said
// again after و heads another place; the one word after it is that place, though the tagger
// never saw it (عشيرة is also "clan"). Only after a place the head opened.
void add_places_after_repeated_heads(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<int> type = token_types(d, mentions);
  const auto head = [&](std::uint32_t t) {
    const std::string_view w = without_conjunction(d.norm[t]);
    return d.model.lexicon.contains(w, Category::kLocHead) || d.model.lexicon.contains(w, Category::kOrgHead)
               ? w
               : std::string_view{};  // (مركز, an administrative centre, is also a body's head)
  };
  const auto word = [&](std::uint32_t t) {
    return d.tokens[t].kind == text::TokenKind::kWord && !summary::StopWords::instance().contains(d.norm[t]);
  };
  const auto end_of = [&](std::uint32_t t) {  // the end of the mention that starts at t
    for (const auto& m : mentions)
      if (m.first == t) return m.last;
    return t + 1;
  };
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t begin = d.sentences[s].first_token, end = d.sentences[s].last_token;
    for (std::uint32_t t = begin + 1; t < end; ++t) {
      if (type[t] != 1 || type[t - 1] == 1) continue;
      const std::string_view h = head(t - 1);
      if (h.empty()) continue;
      std::uint32_t k = end_of(t);  // past the place
      for (;;) {
        std::uint32_t next = k;
        if (next < end && d.tokens[next].view(d.text) == "\u060C") ++next;  // a comma before و
        if (next + 1 >= end || !d.norm[next].starts_with("\u0648") || head(next) != h || d.norm[next].size() != h.size() + 2)
          break;
        const std::uint32_t w = next + 1;
        if (!word(w)) break;
        if (type[w] < 0) {
          mentions.push_back(make_mention(d, s, w, w + 1, 1));
          type[w] = 1;
          added = true;
        } else if (type[w] != 1) {
          break;
        }
        k = end_of(w);
      }
      t = k > t ? k - 1 : t;
    }
  }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// A club or company of a country is written as its name and the country's adjective in the
// masculine, for the club, whatever the name's gender (الهلال السعودي، برشلونة الإسباني، القادسية
// الكويتي). A mined organisation so written is one even where the tagger missed it, and in a
// list with it a name of the same shape is another (الهلال السعودي والسد القطري): the items of
// a list are of one kind. propagate() then finds the names bare.
void add_names_of_origin(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<int> type = token_types(d, mentions);
  const auto origin = [&](std::uint32_t t) { return country_adjective_masculine(d, t); };
  const auto add = [&](std::uint32_t s, std::uint32_t t, std::size_t skip, std::string key) {
    mentions.push_back(mention_read_as(d, s, t, t + 1, 2, skip, std::move(key)));
    type[t] = 2;
  };
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s) {
    const std::uint32_t begin = d.sentences[s].first_token, end = d.sentences[s].last_token;
    for (std::uint32_t t = begin; t + 1 < end; ++t) {
      if (type[t] >= 0 || type[t + 1] >= 0 || d.tokens[t].kind != text::TokenKind::kWord || !origin(t + 1)) continue;
      for (const auto& [skip, name] : d.readings(t))
        if (d.model.lexicon.contains(name, Category::kMinedOrg)) {
          add(s, t, skip, name);
          break;
        }
    }
    // The list: «X القطري» with و after or before an organisation of that shape.
    for (std::uint32_t t = begin; t + 1 < end; ++t) {
      if (type[t] >= 0 || type[t + 1] >= 0 || d.tokens[t].kind != text::TokenKind::kWord || !origin(t + 1)) continue;
      const std::string_view w = d.norm[t];
      const bool conj = util::has_prefix(w, "\u0648\u0627\u0644") && w.size() > 8;  // والسد
      const bool after = conj && t >= begin + 2 && type[t - 2] == 2 && origin(t - 1);
      const bool before = util::has_prefix(w, "\u0627\u0644") && w.size() > 6 && t + 3 < end && type[t + 2] == 2 &&
                          util::has_prefix(d.norm[t + 2], "\u0648") && origin(t + 3);
      if (after) add(s, t, 2, std::string(w.substr(2)));
      else if (before) add(s, t, 0, std::string(w));
    }
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// The epithets that holy cities carry as part of their names (مكة المكرمة، المدينة المنورة،
// قم المقدسة، القدس الشريف), search-normalized.
bool place_epithet(std::string_view w) {
  return w == "المكرمه" || w == "المنوره" || w == "المقدسه" || w == "الشريف";
}

// The tagger often stops before the epithet (مكة alone in «منطقة مكة المكرمة»): a place's
// mention takes the epithet after it, and the bare name is then the same place.
void add_place_epithets(const Doc& d, std::vector<Mention>& mentions) {
  // أوروبا الشرقية، أيرلندا الشمالية، آسيا الوسطى، الرقة الشمالية: a place's direction after its
  // one-word name is part of another place's name (as the gold sets write it), not the same place.
  static const text::WordSet directions = text::search_forms({"الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى"});
  static const text::WordSet continents = text::search_forms(
      {"أوروبا", "أوربا", "آسيا", "أفريقيا", "إفريقيا", "أمريكا", "أميركا", "أستراليا"});
  // (after a noun the direction is the noun's: محافظة الأنبار الغربية، سواحل اليمن الجنوبية; a
  // continent's is its own: دول أوروبا الشرقية)
  const auto headed = [&](const Mention& m) {
    const std::uint32_t t = m.first;
    if (continents.contains(m.key[0]) || t == d.sentences[m.sentence].first_token) return false;
    return d.tokens[t - 1].kind == text::TokenKind::kWord && !summary::StopWords::instance().contains(d.norm[t - 1]);
  };
  std::vector<bool> drop(mentions.size(), false);
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    if (m.type != 1 || drop[k] || m.last >= d.sentences[m.sentence].last_token) continue;
    if (!place_epithet(d.norm[m.last]) && !(m.key.size() == 1 && directions.contains(d.norm[m.last]) && !headed(m)))
      continue;
    // The tagger may have made the epithet a place of its own (المدينة | المنورة): one name.
    auto next = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& o) { return o.first == m.last; });
    if (next != mentions.end() && next->last != m.last + 1) continue;
    if (next != mentions.end()) drop[static_cast<std::size_t>(next - mentions.begin())] = true;
    m = make_mention(d, m.sentence, m.first, m.last + 1, 1);
  }
  std::size_t k = 0;
  std::erase_if(mentions, [&](const Mention&) { return drop[k++]; });
  // … or made the epithet alone a place, the city's word before it left out (بالمدينة | المنورة).
  std::vector<bool> covered = covered_tokens(d, mentions);
  for (Mention& m : mentions) {
    if (m.type != 1 || m.key.size() != 1 || !place_epithet(m.key[0]) || m.first == d.sentences[m.sentence].first_token ||
        covered[m.first - 1])
      continue;
    for (const auto& [skip, form] : d.readings(m.first - 1))
      if (form == "المدينه" || form == "مكه" || form == "القدس" || form == "العاصمه") {
        m = mention_read_as(d, m.sentence, m.first - 1, m.last, 1, skip, form);
        break;
      }
  }
  // المنطقة الشرقية (and الحدود الشمالية): a province named by its region's word and direction,
  // one place, whether the tagger found الشرقية alone or nothing; so is العاصمة المقدسة (Makkah),
  // and بيت الله الحرام.
  covered = covered_tokens(d, mentions);
  bool added = false;
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s)
    for (std::uint32_t t = d.sentences[s].first_token; t + 1 < d.sentences[s].last_token; ++t) {
      const std::string_view w = d.norm[t];
      const bool region = w.ends_with("منطقه") && d.norm[t + 1] == "الشرقيه";
      const bool border = w.ends_with("حدود") && d.norm[t + 1] == "الشماليه";
      const bool capital = w.ends_with("عاصمه") && d.norm[t + 1] == "المقدسه";  // Makkah
      // بيت الله الحرام: the Kaaba's mosque, a place, not الله in a phrase.
      const bool house = w.ends_with("بيت") && t + 2 < d.sentences[s].last_token && d.norm[t + 1] == "الله" &&
                         d.norm[t + 2] == "الحرام";
      if ((!region && !border && !capital && !house) || covered[t]) continue;
      for (const auto& [skip, form] : name_readings(w)) {
        if (form != "المنطقه" && form != "الحدود" && form != "العاصمه" && form != "بيت") continue;
        const std::uint32_t last = house ? t + 3 : t + 2;
        std::erase_if(mentions, [&](const Mention& m) { return m.first > t && m.last <= last; });
        mentions.push_back(mention_read_as(d, s, t, last, 1, skip, form));
        added = true;
        break;
      }
    }
  if (added)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// تنظيم داعش، تنظيم «القاعدة»، تنظيم داعش الإرهابي: the head is no part of the group's name
// (head_inside_name says why), nor is the epithet after it; where the tagger took them in, the
// mention is cut to the name. Only a one-word name (or one in quote marks): after تنظيم the
// verbal noun "organising" also stands before common words (تنظيم الرهن العقاري). A head
// alone names nothing, this one or another (نادي، شركة).
void cut_group_heads(const Doc& d, std::vector<Mention>& mentions) {
  static const std::string head = text::normalize_search("تنظيم");
  static const text::WordSet epithets = text::search_forms({"الإرهابي", "الإرهابية", "المتطرف", "المتطرفة"});
  // A head alone, without the article, names nothing (نادي، شركة، حزب: "a club").
  static const text::WordSet bare_heads = text::search_forms(
      {"نادي", "شركة", "حزب", "حركة", "جمعية", "صحيفة", "وكالة", "مؤسسة", "منظمة", "جماعة", "هيئة", "تنظيم"});
  static const text::WordSet name_heads = text::search_forms({"منظمة", "جمعية"});
  // نادي الفتح، لنادي تشيلسي: a club's head stays outside its one-word name (the gold sets write
  // it so 126 times to 6) in an article about the game, or before a foreign name (no article);
  // نادي الصحفيين in other news may be the press club's own name.
  static const text::WordSet club_heads = text::search_forms({"نادي", "لنادي", "بنادي", "ونادي"});
  int sport = -1;
  std::erase_if(mentions, [&](Mention& m) {
    if (m.type == 2 && m.last - m.first == 1 && bare_heads.contains(m.key[0])) return true;
    if (m.type == 2 && m.last - m.first == 2 && club_heads.contains(d.norm[m.first]) &&
        d.tokens[m.first + 1].kind == text::TokenKind::kWord &&
        (!d.norm[m.first + 1].starts_with("\u0627\u0644") || (sport < 0 ? (sport = about_sport(d)) : sport))) {
      Mention name = make_mention(d, m.sentence, m.first + 1, m.last, 2, false);
      name.typed_by_context = m.typed_by_context;
      m = std::move(name);
      return false;
    }
    // منظمة أوبك، جمعية بلسم: before one word that is a name by itself (no article, and the
    // corpus rarely writes it with one), منظمة and جمعية are heads, not part of the name as in
    // منظمة التعاون الإسلامي.
    // So is a word with the article that the corpus rarely writes without it (منظمة اليونسكو، not
    // منظمة الصحة or منظمة التحرير).
    const auto name_alone = [&](const std::string& w) {
      if (w.starts_with("ال")) {
        const std::uint32_t with = d.model.frequency(w);
        return with > 0 && d.model.frequency(w.substr(4)) * 10 <= with;
      }
      return !w.ends_with("ه") &&  // (ة, as searched: an adjective, منظمة إرهابية)
             d.model.frequency("ال" + w) * 10 <= d.model.frequency(w);
    };
    if (m.type == 2 && m.last - m.first == 2 && name_heads.contains(m.key[0]) && name_alone(m.key[1])) {
      Mention name = make_mention(d, m.sentence, m.first + 1, m.last, 2, false);
      name.typed_by_context = m.typed_by_context;
      m = std::move(name);
      return false;
    }
    if (m.type != 2 || m.key[0] != head) return false;
    std::uint32_t first = m.first + 1, last = m.last;
    if (last - first == 2 && epithets.contains(d.norm[last - 1])) --last;
    if (is_quote_mark(d, first) && last - first >= 3 && is_quote_mark(d, last - 1)) ++first, --last;
    if (last - first != 1) return false;
    Mention name = make_mention(d, m.sentence, first, last, 2, false);
    name.typed_by_context = m.typed_by_context;
    m = std::move(name);
    return false;
  });
}

// والرقة ودير الزور: a place the tagger cut short (دير) is the longest listed place that starts
// at it (the gazetteer's and the mined ones), when the rest is no other mention.
void complete_listed_places(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<bool> covered = covered_tokens(d, mentions);
  for (auto& m : mentions) {
    if (m.type != 1) continue;
    const std::uint32_t first = d.sentences[m.sentence].first_token, end = d.sentences[m.sentence].last_token;
    if (m.last >= end || d.tokens[m.last].kind != text::TokenKind::kWord) continue;
    const std::span<const std::string> words(d.norm.data() + first, end - first);
    std::size_t longest = 0;
    for (Category c : {Category::kCity, Category::kCountry, Category::kMinedLoc})
      if (std::size_t len = 0; d.model.lexicon.second_word(d.norm[m.first + 1], c) &&
                               d.model.lexicon.starts(words, m.first - first, c, len))
        longest = std::max(longest, len);
    const auto last = static_cast<std::uint32_t>(m.first + longest);
    if (last <= m.last || std::any_of(covered.begin() + m.last, covered.begin() + last, [](bool c) { return c; }))
      continue;
    // (the mined list has a few slips: كولومبيا بمناسبة — no name word after the first takes a
    // preposition, ب or ل before a noun the corpus writes with the article)
    bool preposition = false;
    for (std::uint32_t t = m.last; t < last; ++t) {
      const std::string_view w = d.norm[t];
      preposition = preposition || ((w.starts_with("ب") || w.starts_with("ل")) && w.size() > 6 &&
                                    d.model.frequency("ال" + std::string(w.substr(2))) >= kMinSplitCount);
    }
    if (preposition) continue;
    Mention whole = make_mention(d, m.sentence, m.first, last, 1);
    whole.typed_by_context = m.typed_by_context;
    std::fill(covered.begin() + m.last, covered.begin() + last, true);
    m = std::move(whole);
  }
}

// وجنوب أفريقيا، جنوب السودان: a place the tagger found without its first word (أفريقيا) is the
// country of the gazetteer that ends with it, when that word is no other mention and no head
// (دولة قطر, where the gold sets write قطر; the cities' list has heads too: منطقة الرياض).
void complete_listed_places_before(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<bool> covered = covered_tokens(d, mentions);
  for (auto& m : mentions) {
    if (m.type != 1 || m.first == d.sentences[m.sentence].first_token) continue;
    const std::uint32_t t = m.first - 1;
    if (covered[t] || d.tokens[t].kind != text::TokenKind::kWord) continue;
    const std::uint32_t first = d.sentences[m.sentence].first_token, end = d.sentences[m.sentence].last_token;
    const std::span<const std::string> words(d.norm.data() + first, end - first);
    std::size_t len = 0;
    if (!d.model.lexicon.second_word(d.norm[m.first], Category::kCountry) ||
        !d.model.lexicon.starts(words, t - first, Category::kCountry, len) || t + len != m.last)
      continue;
    // (a head of the official name stays out: دولة قطر، مملكة البحرين)
    static const text::WordSet heads = text::search_forms({"دولة", "مملكة", "سلطنة", "إمارة", "جمهورية"});
    if (reads_as(d, t, heads)) continue;
    Mention whole = make_mention(d, m.sentence, t, m.last, 1);
    whole.typed_by_context = m.typed_by_context;
    covered[t] = true;
    m = std::move(whole);
  }
}

// ريف إدلب، ضواحي دمشق: the countryside or outskirts of a place are no part of its name (the
// gold sets tag the city alone, ANERcorp «ريف حلب» too); the tagger, trained on news labelled by
// an older reading, takes the word in or tags it alone. A place that begins with one is cut to
// the rest, and the word alone is no place.
// So is a masculine side after a city (ريف حلب الغربي: the countryside's west; a city's own
// side agrees with it, كوريا الجنوبية، الضفة الغربية, and stays).
void cut_place_outskirts(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet outskirts = text::search_forms({"ريف", "ضواحي", "أطراف"});
  static const text::WordSet sides = text::search_forms({"الغربي", "الشرقي", "الشمالي", "الجنوبي"});
  std::erase_if(mentions, [&](Mention& m) {
    if (m.type != 1) return false;
    const auto& readings = d.readings(m.first);  // with its proclitic: بريف اللاذقية، وريف إدلب
    if (std::any_of(readings.begin(), readings.end(), [&](const auto& r) { return outskirts.contains(r.second); })) {
      if (m.last - m.first == 1) return true;
      m = make_mention(d, m.sentence, m.first + 1, m.last, 1);
    }
    if (m.last - m.first == 2 && sides.contains(d.norm[m.first + 1]) &&
        (d.model.lexicon.contains(m.key[0], Category::kCity) || d.model.lexicon.contains(m.key[0], Category::kCountry) ||
         d.model.lexicon.contains(m.key[0], Category::kMinedLoc))) {
      Mention place = make_mention(d, m.sentence, m.first, m.first + 1, 1);
      place.typed_by_context = m.typed_by_context;
      m = std::move(place);
    }
    return false;
  });
}

// مطار ميونخ، ميناء عدن: the head of an airport or a port named after the city it serves is no
// part of the city's name (ANERcorp, and news annotated by its rules, tag the city alone). A
// base (قاعدة الحرير) is named for its place but is not that place, and keeps its head. A
// stadium's head too (ملعب ويمبلي: the gold sets leave ملعب outside 12 times to 1).
// A tagged place that begins with such a head and goes on with a place of the gazetteer, or a
// single word, is cut to the place; a facility with the adjective that closes such names (مطار
// بغداد الدولي) and one named after a person (مطار الأمير سلطان) are made whole later.
void cut_facility_heads(const Doc& d, std::vector<Mention>& mentions) {
  static const std::set<std::string, std::less<>> heads = {"مطار", "ميناء", "ملعب"};
  for (auto& m : mentions) {
    if (m.type != 1 || m.last - m.first < 2 || m.last - m.first > 3 || !heads.contains(m.key[0])) continue;
    const std::uint32_t rest = m.first + 1;
    if (title_word(d, d.norm[rest]) || long_title_at(d, rest) > 0) continue;
    std::string name;
    for (std::uint32_t t = rest; t < m.last; ++t) name += (t == rest ? "" : " ") + d.norm[t];
    const bool place = d.model.lexicon.contains(name, Category::kCountry) || d.model.lexicon.contains(name, Category::kCity);
    if (!place && m.last - rest > 1) continue;
    m = make_mention(d, m.sentence, rest, m.last, 1);
  }
}

// وقال عروة لرويترز إن …: the agency told, ل and its one-word name, closes no person's name
// (the tagger ran the speaker on into it).
void cut_told_agencies(const Doc& d, std::vector<Mention>& mentions) {
  for (auto& m : mentions) {
    if (m.type != 0 || m.last - m.first < 2) continue;
    const std::string_view w = d.norm[m.last - 1];
    if (w.starts_with("\u0644") && news_agency(w.substr(2))) m = make_mention(d, m.sentence, m.first, m.last - 1, m.type);
  }
}

// إن and أن open a reported clause and end no name (وقالت المنظمة إن …، وقال الاتحاد أن …):
// the tagger's mention is cut before such a word (at its end or inside it), or after one that
// starts it. Spelt-out letters keep theirs (سي إن إن، إن إتش إس): only a neighbour of four
// letters or more is a word.
// Nor does «or» end one (تساند آسيا بلاتيني أم أحد المرشحين: أم written with its hamza above,
// not إم of إف إم).
void cut_complementizers(const Doc& d, std::vector<Mention>& mentions) {
  // (and with و or ف, written with its hamza: فإن النجيفي أبلغ; فان alone is also «van»)
  const auto complementizer_at = [&](std::uint32_t t) {
    const std::string_view w = d.tokens[t].view(d.text);
    return complementizer(d.norm[t]) || w == "فإن" || w == "وإن" || w == "وأن" || w == "فأن";
  };
  const auto word = [&](std::uint32_t t) { return text::count_codepoints(d.norm[t]) >= 4; };
  for (auto& m : mentions) {
    std::uint32_t first = m.first, last = m.last;
    while (last - first >= 2 && complementizer_at(first) && word(first + 1)) ++first;
    // Inside too: the tagger ran on past it (وقال مدرب الاتحاد إن فريقه → الاتحاد).
    for (std::uint32_t k = first + 1; k < last; ++k)
      if (complementizer_at(k) && word(k - 1) && (k + 1 == last || word(k + 1))) {  // not إيربي إن بي
        last = k;
        break;
      }
    while (last - first >= 2 && (d.tokens[last - 1].view(d.text) == "أم" || d.tokens[last - 1].view(d.text) == "أو"))
      --last;
    if (first != m.first || last != m.last) m = make_mention(d, m.sentence, first, last, m.type);
  }
}

// عبد الله بن عبد العزيز رحمه الله، نايف رحمه الله، الملك عبدالعزيز طيب الله ثراه، محمد صلى الله
// عليه وسلم، ابن عمر رضي الله عنه: a prayer after a name is no part of it; the tagger's person
// ends before the prayer's verb (الله alone is then a name of its own, add_god). A mention that
// is the prayer alone goes.
void cut_prayers(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet verbs = text::search_forms(
      {"رحمه", "رحمها", "رحمهم", "رحمهما", "يرحمه", "يرحمها", "يرحمهم", "حفظه", "حفظها", "حفظهم", "حفظهما",
       "يحفظه", "يحفظها", "رعاه", "رعاها", "يرعاه", "أيده", "وفقه", "وفقها", "تغمده", "تغمدها", "طيب", "نحمد",
       "صلى", "رضي"});
  static const std::string god = text::normalize_search("الله");
  const auto word = [&](std::uint32_t t) { return d.tokens[t].kind == text::TokenKind::kWord && !d.norm[t].empty(); };
  for (auto& m : mentions) {
    std::uint32_t verb = m.first;  // the prayer's verb, right before الله (inside the mention or not)
    while (verb < m.last && !(verbs.contains(without_conjunction(d.norm[verb])) && verb + 1 < d.norm.size() &&
                              d.norm[verb + 1] == god))
      ++verb;
    if (verb == m.last) continue;
    std::uint32_t last = verb;
    while (last > m.first && !word(last - 1)) --last;  // عبدالعزيز ـ طيب الله
    if (last == m.first) m.type = -1;
    else m = make_mention(d, m.sentence, m.first, last, m.type);
  }
  std::erase_if(mentions, [](const Mention& x) { return x.type < 0; });
}

// سأل فيه عبدالله بن مسعود النبي صلى الله عليه وسلم: the Prophet's title is no name (the gold
// sets leave النبي and الرسول alone untagged, 5 of 5), neither alone nor after the name of the one
// who spoke to him, which the tagger ran on into it (of whatever type it made the two).
void drop_prophet_titles(const Doc& d, std::vector<Mention>& mentions) {
  // (names that hold the title: عبد رب الرسول، حسب النبي; a word before it that is no given
  // name was the tagger's too: فأمره النبي)
  static const text::WordSet titles = text::search_forms({"النبي", "الرسول", "والنبي", "والرسول", "للنبي", "للرسول"}),
                             compounds = text::search_forms({"عبد", "رب", "حسب", "غلام", "عبدرب"});
  const auto& given = given_names();
  for (auto& m : mentions) {
    if (m.type < 0 || m.type == 3 || !titles.contains(d.norm[m.last - 1])) continue;
    if (m.last - m.first > 1 && compounds.contains(d.norm[m.last - 2])) continue;
    if (m.last - m.first == 1 || (m.last - m.first == 2 && !given.count(m.key[0]))) m.type = -1;
    else m = make_mention(d, m.sentence, m.first, m.last - 1, m.type);
  }
  std::erase_if(mentions, [](const Mention& x) { return x.type < 0; });
}

// News writes no name with a case ending, but an adjective or an adverb in the accusative
// often (مستشارًا، نيجيرياً، وليًا للعهد، إيرانيًا): the tagger's words that carry tanween at the
// end of a person, place or organisation are cut off, and a mention left with one word or
// none is dropped.
// Amounts keep theirs (ألف دولارًا is a currency, MISC).
void cut_case_endings(const Doc& d, std::vector<Mention>& mentions) {
  std::erase_if(mentions, [&](Mention& m) {
    if (m.type == 3) return false;
    std::uint32_t last = m.last;
    while (last > m.first && has_tanween(d, last - 1)) --last;
    if (last == m.last) return false;
    // One word left is the tagger's slip more often than a name (مستشفى مرجعياً، وليس هاويًا).
    if (last <= m.first + 1) return true;
    m = make_mention(d, m.sentence, m.first, last, m.type);
    return false;
  });
}

// A person's mention does not begin with a title or an origin: «البروفيسور هيكمان», «الشيف
// لازارين», «البرازيلي نيمار» name هيكمان، لازارين، نيمار (ANERcorp and the blind sets leave
// titles and origins out; the word stays before the name, where titles are read from). The
// first word, with the article, is a title, role or person trigger, an adjective of origin in
// the lexicon, or has an origin's shape (ال…ي, six letters or more: الصربي، الأرمني). Names
// that begin with ال keep it: الحسين بن علي، الظاهر بيبرس، الكسيس تسيبراس.
// A cousin, a nephew (ابن عم الأسد، ابنة خاله، ابن أخته) is described by his kinship to the one
// named after it, and alone names no one (قتل ابن عمه): whether words [t, last) begin so.
bool cousin_at(const Doc& d, std::uint32_t t, std::uint32_t last) {
  static const text::WordSet child = text::search_forms({"ابن", "ابنة", "بنت"});
  static const text::WordSet kin_noun = text::search_forms(
      {"عم", "عمه", "عمها", "عمي", "عمهم", "عمة", "خال", "خاله", "خالها", "خالي", "خالهم", "خالة", "أخ", "أخي",
       "أخيه", "أخيها", "أخت", "أخته", "أختها", "أختي"});
  return last - t >= 2 && child.contains(without_conjunction(d.norm[t])) && kin_noun.contains(d.norm[t + 1]);
}

void trim_person_openers(const Doc& d, std::vector<Mention>& mentions) {
  // An adjective of origin (الكويتي، الغاني): ي after the article and three letters or more,
  // which the corpus also writes in the feminine (الكويتية); names of that shape are not
  // (الهادي الوالي، اليكسي زياتسيف).
  const auto nisba = [&](std::string_view w) {
    return w.size() >= 12 && w.ends_with("\u064A") && d.model.frequency(std::string(w) + "\u0647") >= kMinSplitCount;
  };
  // A word of kinship in construct opens the relative's description, not the name (أرملة الطيار
  // شينجي كاواهارا); not ابن، بنت, which are the name's own.
  static const text::WordSet kin = text::search_forms(
      {"أرملة", "زوجة", "نجل", "شقيق", "شقيقة", "والد", "والدة", "ابنة", "حفيد", "حفيدة", "أرمل"});
  // The words for the departed (الفقيد غازي الصويغ، المرحوم …) stand before a name, and alone
  // they name no one (بذلها الفقيد).
  static const text::WordSet late = text::search_forms(
      {"الفقيد", "الفقيدة", "المرحوم", "المرحومة", "المغفور"});
  std::erase_if(mentions, [&](const Mention& m) { return m.type == 0 && m.key.size() == 1 && late.contains(m.key[0]); });
  // (the tagger may leave ابن out: ابن [عم الأسد])
  const auto relative_of = [&](const Mention& m) { return cousin_at(d, m.first, m.last); };
  const auto kin_first = [&](const Mention& m) {
    return m.first > d.sentences[m.sentence].first_token && cousin_at(d, m.first - 1, m.last);
  };
  std::erase_if(mentions, [&](const Mention& m) {
    return m.type == 0 && ((m.last - m.first == 2 && relative_of(m)) || (m.last - m.first == 1 && kin_first(m)));
  });
  for (auto& m : mentions) {
    while (m.type == 0 && m.last - m.first >= 2) {
      const std::string_view w = d.norm[m.first];
      if (relative_of(m) || kin_first(m)) {
        m = make_mention(d, m.sentence, m.first + (kin_first(m) ? 1 : 2), m.last, 0);
        continue;
      }
      bool opener = (m.last - m.first >= 3 && kin.contains(w)) || late.contains(w);
      // ل + the article + a common noun (للشاعرين زياد بن نحيت، للسهام معيض البقمي): "for the …"
      // before the name (not لليلى: ليلى with ل, which takes no article).
      // What is left is no name if it is an adjective of that noun (للتغيير السلمي، للطلق الناري) or
      // a number (للرياضيات 2015).
      if (!opener && w.starts_with("\u0644\u0644") && w.size() > 6 &&
          d.model.frequency("\u0627\u0644" + std::string(w.substr(4))) >= kMinSplitCount) {
        if (m.last - m.first == 2 && (d.tokens[m.first + 1].kind != text::TokenKind::kWord || nisba(d.norm[m.first + 1]))) {
          m.type = -1;
          break;
        }
        opener = true;
      }
      if (!opener && w.starts_with("\u0627\u0644"))
        opener = nationality(d, w) || nisba(w) || origin_adjective(d, w) || title_word(d, w) ||
                 role_word(w.substr(4)) ||  // الطيار: the role طيار
                 (m.last - m.first == 2 && w.substr(4) != "\u0639\u0628\u062F" &&
                  title_word(d, w.substr(4)));  // السفير الصالح: the ambassador (العبد اللطيف is a name)
      if (!opener) break;
      m = make_mention(d, m.sentence, m.first + 1, m.last, 0);
    }
  }
  std::erase_if(mentions, [](const Mention& m) { return m.type < 0; });
  // ركن and the corps after a military rank are the rank's («العميد ركن شائح القرني», «الفريق
  // أول ركن», «العميد طيار ركن يوسف الحربي», «اللواء بحري»), not the name's (ركن الدين is a name).
  // (also after the ranks the titles' lexicon lacks: الرقيب أول، العريف، الجندي أول)
  static const text::WordSet corps = text::search_forms({"ركن", "طيار", "بحري", "جوي", "أول"});
  static const text::WordSet ranks = text::search_forms(
      {"الرقيب", "رقيب", "العريف", "عريف", "الجندي", "جندي", "وكيل", "الوكيل"});
  for (auto& m : mentions)
    while (m.type == 0 && m.last - m.first >= 3 && corps.contains(m.key[0]) && m.first > 0 &&
           (title_word(d, without_conjunction(d.norm[m.first - 1])) || corps.contains(d.norm[m.first - 1]) ||
            ranks.contains(without_conjunction(d.norm[m.first - 1]))))
      m = make_mention(d, m.sentence, m.first + 1, m.last, 0);
  // No one's name begins with الله (عبدالله ends with it): ولله الحمد is a formula. Nor is a
  // person named by honorifics and titles alone (سماحة مفتي، معالي الوزير).
  static const text::WordSet honorifics = text::search_forms(
      {"سماحة", "فضيلة", "معالي", "سمو", "صاحب", "جلالة", "فخامة", "دولة", "سعادة", "السمو"});
  // «اللاعب الغاني» alone is no one's name: an adjective of origin tagged as a person, unless
  // it is the surname of someone named in full in the article (نبيل العربي … وقال العربي).
  std::set<std::string> surnames;
  for (const Mention& m : mentions)
    if (m.type == 0 && m.key.size() > 1)
      for (const std::string& w : m.key) surnames.insert(w);
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type != 0) return false;
    if (m.key[0] == "الله") return true;
    if (m.key.size() == 1 && m.key[0].starts_with("ال") && !surnames.contains(m.key[0]) && origin_adjective(d, m.key[0]))
      return true;
    // فتاة سويدية: a feminine adjective of origin after a noun (not تركي, also a given name)
    if (m.key.size() == 1 && m.key[0].ends_with("يه") && !surnames.contains(m.key[0]) && origin_stem(d, m.key[0]))
      return true;
    return honorifics.contains(m.key[0]) && std::all_of(m.key.begin() + 1, m.key.end(), [&](const std::string& w) {
             return honorifics.contains(w) || title_word(d, w);
           });
  });
}

// علي written with ي before a person's name is the first name Ali (علي عبدالله صالح، علي
// لاريجاني), though the search form folds it into the preposition على, which the tagger learnt
// as O: the name takes it in. Only علي as written (also after و، ل، ب), not على, and not before
// a name with و (علي وعبدالله are two).
void add_ali(const Doc& d, std::vector<Mention>& mentions) {
  static constexpr std::string_view kForms[] = {"\u0639\u0644\u064A", "\u0648\u0639\u0644\u064A",
                                                "\u0644\u0639\u0644\u064A", "\u0628\u0639\u0644\u064A"};
  for (auto& m : mentions) {
    if (m.type != 0 || m.first == 0 || m.first <= d.sentences[m.sentence].first_token) continue;
    const std::uint32_t t = m.first - 1;
    if (d.norm[m.first].starts_with("\u0648")) continue;  // علي وعبدالله: two people
    const std::string_view w = d.tokens[t].view(d.text);
    if (d.tokens[t].kind != text::TokenKind::kWord || std::find(std::begin(kForms), std::end(kForms), w) == std::end(kForms))
      continue;
    Mention wider = make_mention(d, m.sentence, t, m.last, 0);
    wider.typed_by_context = m.typed_by_context;
    m = std::move(wider);
  }
}

// السفير علي الصادق، الدكتور علي النعيمي: علي as written between a title with the article and
// a family name with it is the first name, the two words a person the tagger missed (17 of 17
// such in 5,000 records are names). Run once the bodies and places of titles are named.
void add_ali_after_titles(const Doc& d, std::vector<Mention>& mentions) {
  static constexpr std::string_view kAli = "\u0639\u0644\u064A";
  const std::vector<bool> covered = covered_tokens(d, mentions);
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    if (d.tokens[t].view(d.text) != kAli || t == d.sentences[s].first_token || t + 1 >= d.sentences[s].last_token ||
        covered[t + 1] || d.tokens[t + 1].kind != text::TokenKind::kWord)
      return std::nullopt;
    const std::string_view family = d.norm[t + 1];
    if (!family.starts_with("\u0627\u0644") || family.size() < 8 || summary::StopWords::instance().contains(family))
      return std::nullopt;
    // (also after a title's body or place: مدير جمعية الثقافة والفنون بالأحساء علي الغوينم)
    std::uint32_t k = t - 1;
    while (k > d.sentences[s].first_token && covered[k]) --k;
    std::string_view title = without_conjunction(d.norm[k]);
    if (title.starts_with("\u0627\u0644")) title.remove_prefix(4);
    else if (k + 1 == t) return std::nullopt;  // (the title itself has the article)
    if (covered[k] || !title_word(d, title)) return std::nullopt;
    return make_mention(d, s, t, t + 2, 0);
  });
}

// The given names mined from news by the tagger's readings of them (models/ner_given.tsv,
// given_names.cpp): search forms.
const util::StringSet& given_names() {
  static const util::StringSet names = [] {
    util::StringSet out;
    util::for_each_table_line(data::kNerGiven, [&](std::string_view line) {
      const auto f = util::split_tabs(line);
      if (f.size() != 4 || f[0].empty())
        throw FormatError("models/ner_given.tsv: expected word<TAB>first<TAB>person<TAB>total: " + std::string(line));
      out.emplace(f[0]);
    });
    return out;
  }();
  return names;
}

// «بحسب تشارلز ليستر»: a given name right before a person's name is part of it, though the
// tagger, reading one sentence, left it out (it reads the word as a name elsewhere in news: the
// mined list). Not before a name that opens with a proclitic (شيماء علي وهنادي: the و joins two
// people, as in علي وجون ماكين; وليد, itself a given name, is no و + ليد), nor across a mention or a line break; at
// most two words (خوان مانويل سانتوس).
void add_given_names(const Doc& d, std::vector<Mention>& mentions) {
  const auto& given = given_names();
  std::vector<bool> covered = covered_tokens(d, mentions);
  for (auto& m : mentions) {
    if (m.type != 0 || m.span.begin != d.tokens[m.first].begin ||
        (d.norm[m.first].starts_with("و") &&
         (!given.count(d.norm[m.first]) || given.count(d.norm[m.first].substr(2)))))
      continue;
    const std::uint32_t begin = d.sentences[m.sentence].first_token;
    for (int added = 0; added < 2 && m.first > begin; ++added) {
      const std::uint32_t t = m.first - 1;
      if (covered[t] || d.tokens[t].kind != text::TokenKind::kWord || !given.count(d.norm[t]) ||
          newline_before(d, m.first))
        break;
      Mention wider = make_mention(d, m.sentence, t, m.last, 0);
      wider.typed_by_context = m.typed_by_context;
      m = std::move(wider);
      covered[t] = true;
    }
  }
}

// «هيفاء وهبي» written as two people side by side (each word found alone by propagate(), the
// article's other sentences naming هيفاء and وهبي apart) is one person when the article also
// writes the two words as one person's name, or when the second is a family name of أبا، أبو or
// آل after a name of two words or more (فيصل المهنا | أبا الخيل: one man, as the sets write مهنا
// بن عبدالرحمن أبا الخيل; a one-word «person» before it is often a title: الشيخ | أبو زنط).
void join_adjacent_people(const Doc& d, std::vector<Mention>& mentions) {
  std::set<std::vector<std::string>> people;
  std::set<std::string, std::less<>> surnames;  // the last words of the article's longer names
  for (const auto& m : mentions)
    if (m.type == 0 && m.key.size() > 1) people.insert(m.key), surnames.insert(m.key.back());
  std::vector<std::size_t> order(mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return mentions[a].first < mentions[b].first; });
  std::vector<bool> gone(mentions.size(), false);
  for (std::size_t k = 0; k + 1 < order.size(); ++k) {
    Mention& a = mentions[order[k]];
    const Mention& b = mentions[order[k + 1]];
    if (gone[order[k]] || a.type != 0 || b.type != 0 || a.last != b.first || a.sentence != b.sentence ||
        d.tokens[b.first].begin != b.span.begin ||
        newline_before(d, b.first))
      continue;
    std::vector<std::string> key = a.key;
    key.insert(key.end(), b.key.begin(), b.key.end());
    // (a family name of أبا، أبو or آل right after a name is its last part: فيصل المهنا أبا الخيل)
    static const text::WordSet family = text::search_forms({"أبا", "أبو", "آل"});
    // (a one-word first name the tagger cut off the rest of the name: جانيت | يلين، إدريس | ديبي
    // إتنو; not a title or a word with the article, السيناتور، القدير، الأوروغواياني, nor a
    // conjunct, وألحان | علي المعتوق, nor the family name of a longer name the article writes,
    // قال أوباما | هيلاري كلينتون، and not before a conjunct or a preposition: سكوت | وتانيا)
    const std::string_view second = d.norm[b.first];
    const bool cut_short = a.key.size() == 1 && !title_word(d, d.norm[a.first]) && !a.key[0].starts_with("\u0627\u0644") &&
                           !d.norm[a.first].starts_with("\u0648") && !surnames.contains(a.key[0]) &&
                           !second.starts_with("\u0648") &&
                           !second.starts_with("\u0628") && !second.starts_with("\u0644") && !second.starts_with("\u0641");
    if (!people.count(key) && !cut_short && !(a.key.size() >= 2 && b.key.size() >= 2 && family.contains(d.norm[b.first])))
      continue;
    Mention joined = make_mention(d, a.sentence, a.first, b.last, 0);
    joined.typed_by_context = a.typed_by_context;
    a = std::move(joined);
    gone[order[k + 1]] = true;
    std::swap(order[k], order[k + 1]);  // the joined mention meets the next one
  }
  std::vector<Mention> kept;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (!gone[i]) kept.push_back(std::move(mentions[i]));
  mentions = std::move(kept);
}

// محايل | عسير، بني | سويف، سان | بطرسبرغ، أبي | عريش: two places side by side, with nothing
// between them but a space, are one place's name the tagger cut in two.
// - Not after a place's or a facility's head the tagger took for a place (كورنيش | جدة، مديرية |
//   سيئون), after ل (لمسلمي | البوسنة), or after a common noun the corpus mostly writes with the
//   article (سيول | جدة، تحرش | جدة).
// - Not before a country (كردستان | إيران), a word with و, ب or ل (جدة | وسبت، القنفذة | بسعة), a
//   direction (العريش | شمال سيناء) or a verb the tagger took for a place (a dual, a future, a
//   present: واشنطن | تدعمان، بكين | تستضيف).
// - Not two cities the gazetteer knows, nor a road's ends (طريق الطائف | الرياض), nor across a line.
void join_adjacent_places(const Doc& d, std::vector<Mention>& mentions) {
  // (a present tense: the corpus writes it with the other prefix, ت/ي, a fifth as often or more)
  const auto verb = [&](std::string_view w) {
    const std::string other = other_person(w);
    return !other.empty() && d.model.frequency(other) * 5 >= d.model.frequency(std::string(w));
  };
  const auto city = [&](const std::vector<std::string>& key) {
    return key.size() == 1 &&
           (d.model.lexicon.contains(key[0], Category::kCity) || d.model.lexicon.contains(key[0], Category::kCountry));
  };
  static const text::WordSet directions = text::search_forms({"شمال", "جنوب", "شرق", "غرب", "وسط"});
  static const text::WordSet roads = text::search_forms({"طريق", "الطريق", "طرق", "خط"});
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
  std::vector<Mention> out;
  for (Mention& m : mentions) {
    if (!out.empty()) {
      Mention& a = out.back();
      const bool joins =
          a.type == 1 && m.type == 1 && a.last == m.first && a.sentence == m.sentence && a.key.size() == 1 &&
          m.span.begin == d.tokens[m.first].begin && a.span.end == d.tokens[a.last - 1].end &&
          d.tokens[m.first].begin == d.tokens[a.last - 1].end + 1 && !newline_before(d, m.first) &&
          !d.norm[m.first].starts_with("\u0648") && !d.model.lexicon.contains(a.key[0], Category::kLocHead) &&
          !d.model.lexicon.contains(a.key[0], Category::kOrgHead) && !facility_head(d, a.first) &&
          !d.model.lexicon.contains(a.key[0], Category::kCountry) &&
          !(m.key.size() == 1 && d.model.lexicon.contains(m.key[0], Category::kCountry)) &&
          !d.norm[m.first].starts_with("\u0628") && !d.norm[m.first].starts_with("\u0644") &&
          !d.norm[m.first].ends_with("\u0627\u0646") && !d.norm[m.first].starts_with("\u0633\u064A") &&
          !d.norm[m.first].starts_with("\u0633\u062A") && !verb(d.norm[m.first]) &&
          !(city(a.key) && city(m.key)) && !(a.first > 0 && reads_as(d, a.first - 1, roads)) &&
          !directions.contains(d.norm[m.first]) && !d.norm[a.first].starts_with("\u0644") &&
          2 * d.model.frequency("\u0627\u0644" + a.key[0]) < d.model.frequency(a.key[0]);
      if (joins) {
        Mention joined = make_mention(d, a.sentence, a.first, m.last, 1);
        joined.typed_by_context = a.typed_by_context;
        a = std::move(joined);
        continue;
      }
    }
    out.push_back(std::move(m));
  }
  mentions = std::move(out);
}

// Every reading of a word is a tail of it (the restored ال of لل + name less its alef): the
// tail a word must end with to read as `first`, a cheap test before building the readings.
std::string_view reading_tail(std::string_view first) {
  return first.starts_with("ا") ? first.substr(2) : first;
}

// Whether the words at token t read as `key` (the first word in any of its readings); `tail`
// is reading_tail(key[0]).
bool matches_at(const Doc& d, std::uint32_t t, std::uint32_t end, const std::vector<std::string>& key,
                std::string_view tail) {
  if (t + key.size() > end) return false;
  std::string_view word = d.norm[t];
  // (the last byte first: propagate tries every name at every word of the article)
  if (!tail.empty() && (word.size() < tail.size() || word.back() != tail.back())) return false;
  if (!word.ends_with(tail)) return false;
  for (std::size_t k = 1; k < key.size(); ++k)
    if (d.norm[t + k] != key[k]) return false;
  for (const auto& r : name_readings(word))
    if (r.second == key[0]) return true;
  return false;
}

// فندق الفهد كراون، بفندق «ريتز»: a hotel's name is a place without its head, whatever the
// tagger or the facility rules made of it (the gold sets: 7 of 7).
void name_hotels(const Doc& d, std::vector<Mention>& mentions) {
  static const std::string hotel = text::normalize_search("فندق");
  const auto is_hotel = [&](std::uint32_t t) {
    std::string_view w = d.norm[t];  // (not without_conjunction: فندق starts with ف)
    if (w.size() == hotel.size() + 2 && w.starts_with("\u0648")) w.remove_prefix(2);
    return w == hotel || ((w.starts_with("\u0628") || w.starts_with("\u0644")) && w.substr(2) == hotel);
  };
  for (auto& m : mentions) {
    if (m.type == 3) continue;
    if (m.last - m.first >= 2 && m.last - m.first <= 4 && is_hotel(m.first) &&
        !d.norm[m.first + 1].starts_with("\u0648")) {  // (فندق وكازينو …: the name comes later)
      m = make_mention(d, m.sentence, m.first + 1, m.last, 1);
      m.typed_by_context = true;
      continue;
    }
    std::uint32_t before = m.first;
    while (before > d.sentences[m.sentence].first_token && is_quote_mark(d, before - 1)) --before;
    if (m.type != 1 && before > d.sentences[m.sentence].first_token && is_hotel(before - 1)) {
      m.type = 1;
      m.typed_by_context = true;
    }
  }
}

// مسجد جواثا، جامع الملك فهد، ومسجد العقير: a mosque's name is a place, its head inside it, as
// the gold sets write it (23 of 24); after the head, a name the tagger found (of any type) or a
// rare word with the article that it left out (not مسجد الحي, a common noun). A head alone
// after a head is none (مسجد جامع: a congregational mosque).
void name_mosques(const Doc& d, std::vector<Mention>& mentions) {
  constexpr std::uint32_t kRare = 20;
  static const text::WordSet heads = text::search_forms({"مسجد", "جامع"});
  // The head's reading (its proclitics cut: ومسجد، بجامع), if token t is one without the article.
  const auto head_at = [&](std::uint32_t t) -> std::optional<std::pair<std::size_t, std::string>> {
    if (d.norm[t].starts_with("\u0627\u0644")) return std::nullopt;
    for (const auto& r : d.readings(t))
      if (heads.contains(r.second)) return r;
    return std::nullopt;
  };
  bool changed = false;
  for (auto& m : mentions) {
    if (m.first == d.sentences[m.sentence].first_token) continue;
    const auto head = head_at(m.first - 1);
    // (not a noun joined to the head, مسجد وكنيسة, nor a country's mosque, مسجد الكويت)
    if (!head || d.norm[m.first].starts_with("\u0648") ||
        (m.key.size() == 1 && d.model.lexicon.contains(m.key[0], Category::kCountry)))
      continue;
    if (m.key.size() == 1 && heads.contains(m.key[0])) {
      m.type = -1;
      changed = true;
      continue;
    }
    m = mention_read_as(d, m.sentence, m.first - 1, m.last, 1, head->first, head->second);
    m.typed_by_context = true;
    changed = true;
  }
  if (changed) {
    std::erase_if(mentions, [](const Mention& x) { return x.type < 0; });
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
  }
  const std::vector<bool> covered = covered_tokens(d, mentions);
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    const auto head = head_at(t);
    if (!head || t + 1 >= d.sentences[s].last_token || d.tokens[t + 1].kind != text::TokenKind::kWord) return std::nullopt;
    const std::string& w = d.norm[t + 1];
    if (!w.starts_with("\u0627\u0644") || w.size() < 8 || d.model.frequency(w) >= kRare ||
        summary::StopWords::instance().contains(w) || has_tanween(d, t + 1))
      return std::nullopt;
    if (covered[t + 1]) return std::nullopt;
    Mention m = mention_read_as(d, s, t, t + 2, 1, head->first, head->second);
    m.typed_by_context = true;
    return m;
  });
}

// أكد باسم منقل أمين عام نادي الوحدة، يقول باسم إبراهيم: after a verb of saying, باسم ("in the
// name of") is the first name Basim, the speaker's: it joins the name the tagger found after it,
// or makes one with the word after it when a title follows that word.
void add_basim(const Doc& d, std::vector<Mention>& mentions) {
  static const std::string basim = text::normalize_search("باسم");
  static const text::WordSet present = text::search_forms({"يقول", "ويقول", "يضيف", "ويضيف", "يؤكد", "ويؤكد"});
  const auto after_saying = [&](std::uint32_t t, std::uint32_t s) {
    return d.norm[t] == basim && t > d.sentences[s].first_token &&
           (verb_of_saying(d.norm[t - 1]) || present.contains(d.norm[t - 1]));
  };
  for (auto& m : mentions)
    if (m.type == 0 && m.first > 0 && after_saying(m.first - 1, m.sentence) && !d.norm[m.first].starts_with("\u0627\u0644"))
      m = make_mention(d, m.sentence, m.first - 1, m.last, 0);
  const std::vector<bool> covered = covered_tokens(d, mentions);
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    if (!after_saying(t, s) || t + 2 >= d.sentences[s].last_token || d.tokens[t + 1].kind != text::TokenKind::kWord)
      return std::nullopt;
    const std::string& name = d.norm[t + 1];
    std::string_view title = without_conjunction(d.norm[t + 2]);
    if (title.starts_with("\u0627\u0644")) title.remove_prefix(4);
    if (name.starts_with("\u0627\u0644") || summary::StopWords::instance().contains(name) || !title_word(d, title))
      return std::nullopt;
    if (covered[t + 1]) return std::nullopt;
    return make_mention(d, s, t, t + 2, 0);
  });
}

// الهيئة السعودية للمواصفات والمقاييس والجودة، مركز الملك سلمان للإغاثة والأعمال الإنسانية: a
// body's purpose goes on with nouns joined by و (and their adjectives) that the tagger left out
// (~75 mentions on 4,000 records); not a relative (والتي), nor another body's name (والمتحدة للتأمين).
// A purpose in construct (لأنظمة الأبنية) first takes the noun it governs.
void extend_purposes(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet relatives = text::search_forms({"والتي", "والذي", "والذين", "واللذين", "واللتين", "واللاتي"});
  const std::vector<bool> covered = covered_tokens(d, mentions);
  const auto adjective = [&](std::uint32_t k) {
    const std::string_view w = d.norm[k];
    if (d.tokens[k].kind != text::TokenKind::kWord || !w.starts_with("\u0627\u0644") || w.size() <= 6 || covered[k] ||
        w == "\u0627\u0644\u0630\u064A")  // (الذي)
      return false;
    if (w.ends_with("\u064A\u0647")) return true;  // الدراسات الأمنية، الأجهزة المنزلية
    // التطوير العمراني; not a participle of the pattern فاعل (الراعي الرسمي: the sponsor)
    const std::string_view stem = w.substr(4);
    return w.ends_with("\u064A") && !(stem.size() == 8 && stem.substr(2, 2) == "\u0627");
  };
  for (auto& m : mentions) {
    if (m.type != 2 || m.last - m.first < 2 || !d.norm[m.last - 1].starts_with("\u0644")) continue;
    const std::uint32_t end = d.sentences[m.sentence].last_token;
    std::uint32_t k = m.last;
    // يو تي سي لأنظمة | الأبنية والصناعة: a purpose in construct goes on with the noun it governs.
    if (!d.norm[m.last - 1].starts_with("\u0644\u0644")) {
      const std::string_view w = d.norm[m.last - 1];
      if (w.size() < 8 || d.tokens[m.last - 1].kind != text::TokenKind::kWord || k >= end || covered[k] ||
          d.tokens[k].kind != text::TokenKind::kWord || !d.norm[k].starts_with("\u0627\u0644") ||
          d.model.frequency(std::string(w.substr(2))) <= d.model.frequency(std::string(w)))
        continue;  // (the ل a preposition, not the name's: ليماسول، ليدز)
      ++k;
    }
    for (int joined = 0; joined < 3 && k < end; ++joined) {
      const std::string_view w = d.norm[k];
      if (d.tokens[k].kind != text::TokenKind::kWord || covered[k] || !w.starts_with("\u0648\u0627\u0644") ||
          relatives.contains(w) || (k + 1 < end && d.norm[k + 1].starts_with("\u0644\u0644")))
        break;
      ++k;
      while (k < end && k < m.last + 6 && adjective(k)) ++k;
    }
    if (k > m.last) m = make_mention(d, m.sentence, m.first, k, 2);
  }
}

// طيران الإمارات، طيران ناس، مصر للطيران، النيل للطيران، العربية للطيران: an airline named by
// «aviation» and a place (or a name the tagger took for one), or by a place and «for aviation»,
// is a company, as the gold sets write it; not طيران التحالف (a body's aircraft) nor الطيران
// المدني, and not العربية after a noun (المنظمة العربية للطيران المدني).
void name_airlines(const Doc& d, std::vector<Mention>& mentions) {
  static const std::string aviation = text::normalize_search("طيران"), for_aviation = text::normalize_search("للطيران"),
                           arab = text::normalize_search("العربية");
  static const text::WordSet shows = text::search_forms({"معرض", "ملتقى", "مؤتمر", "منتدى"});  // معرض باريس للطيران
  const auto is_aviation = [&](std::uint32_t t) {
    const std::string_view w = d.norm[t];
    return w == aviation || (w.size() == aviation.size() + 2 && (w.starts_with("\u0648") || w.starts_with("\u0644")) &&
                             w.substr(2) == aviation);  // وطيران، لطيران
  };
  bool changed = false;
  for (auto& m : mentions) {
    if (m.type != 1 || m.last - m.first != 1) continue;
    const std::uint32_t first = d.sentences[m.sentence].first_token, end = d.sentences[m.sentence].last_token;
    if (m.first > first && is_aviation(m.first - 1))
      m = make_mention(d, m.sentence, m.first - 1, m.last, 2);
    else if (m.last < end && d.norm[m.last] == for_aviation && !(m.first > first && reads_as(d, m.first - 1, shows)))
      m = make_mention(d, m.sentence, m.first, m.last + 1, 2);
    else
      continue;
    m.typed_by_context = true;
    changed = true;
  }
  if (changed)
    std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    const std::string_view w = d.norm[t];
    const bool bare = w == arab || (w.size() == arab.size() + 2 && w.starts_with("\u0648") && w.substr(2) == arab);
    if (!bare || t + 1 >= d.sentences[s].last_token || d.norm[t + 1] != for_aviation) return std::nullopt;
    if (t > d.sentences[s].first_token && d.tokens[t - 1].kind == text::TokenKind::kWord && w == arab &&
        d.norm[t - 1].starts_with("\u0627\u0644"))
      return std::nullopt;  // (an adjective of the noun before it)
    Mention m = w == arab ? make_mention(d, s, t, t + 2, 2) : mention_read_as(d, s, t, t + 2, 2, 2, arab);
    m.typed_by_context = true;
    return m;
  });
}

// Whether token t is a word after which an adjective of origin is the family name of one the
// article names in full: a rank or style (اللواء التركي after اللواء منصور التركي, والمهندس
// التركي), which takes no adjective before a name, or a verb of saying or a complementizer,
// which no adjective follows (وأكد الصيني أن، ويقول التونسي إنه، إن السوداني كان).
bool names_next(const Doc& d, std::uint32_t t) {
  static const text::WordSet before = text::search_forms(
      {"اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق", "المشير", "الدكتور",
       "الدكتورة", "المهندس", "الشيخ", "الأستاذ", "السيد", "السيدة", "الحاج", "المحامي", "يقول", "تقول", "يضيف",
       "تضيف", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير", "يرى", "ترى", "إن", "أن", "بأن", "وأن", "لأن"});
  return reads_as(d, t, before) || verb_of_saying(d.norm[t]);
}

// A name tagged once is a name everywhere in the article: the tagger sees one sentence at a
// time and misses some repetitions, and one article rarely uses a name in two senses.
void propagate(const Doc& d, std::vector<Mention>& mentions) {
  std::map<std::vector<std::string>, std::array<int, 4>> votes;
  for (const auto& m : mentions)
    if (!m.typed_by_context) ++votes[m.key][static_cast<std::size_t>(m.type)];
  // A longer name ending in this one votes for it too (تنظيم الرايات for الرايات), but for
  // الله (حزب الله is no vote that God is an organisation).
  for (auto& [key, v] : votes) {
    if (key.size() == 1 && key[0] == "الله") continue;
    for (const auto& m : mentions)
      if (!m.typed_by_context && m.key.size() > key.size() && std::equal(key.rbegin(), key.rend(), m.key.rbegin()))
        ++v[static_cast<std::size_t>(m.type)];
  }
  // After a full name, the family name alone names the same person (السوداني); not a
  // father's name after بن (محمد بن سلمان: سلمان alone is someone else).
  // Nor a family's name after آل (آل الشيخ: الشيخ alone is the title), nor the second half of a
  // compound name (سلمان بن عبد العزيز، أبو بكر، نور الدين: «الصديق العزيز»، «باسم الدين» are no one).
  static const text::WordSet links = text::search_forms({"بن", "بنت", "ابن", "آل", "عبد", "أبو", "أبي", "أم"});
  static const std::string religion = text::normalize_search("الدين");
  std::set<std::vector<std::string>> surnames;
  for (const auto& m : mentions) {
    if (m.type != 0 || m.key.size() < 2 || m.key.back() == "الله" || m.key.back() == religion ||
        votes.count({m.key.back()}) || links.contains(m.key[m.key.size() - 2]))
      continue;
    surnames.insert({m.key.back()});
  }
  for (const auto& key : surnames) votes[key][0] = 1;
  const std::vector<int> types = token_types(d, mentions);
  constexpr std::size_t kNone = static_cast<std::size_t>(-1), kCrossed = kNone - 1;
  std::vector<std::size_t> owner(d.tokens.size(), kNone);  // the mention covering each token (kNone: none)
  for (std::size_t i = 0; i < mentions.size(); ++i)
    for (std::uint32_t u = mentions[i].first; u < mentions[i].last; ++u) owner[u] = i;
  // The words of the sentences by the last byte of their search form, in text order: a name
  // is looked for only where a word ends as its first word's readings do (every name is
  // tried over the whole article).
  const auto last_byte = [&](std::uint32_t t) {
    return d.norm[t].empty() ? 0u : static_cast<unsigned char>(d.norm[t].back()) + 1u;
  };
  std::array<std::uint32_t, 258> start{};  // start[b + 1]: where last-byte class b begins
  std::vector<std::uint32_t> order, all, sentence_of(d.tokens.size(), 0);
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s)
    for (std::uint32_t t = d.sentences[s].first_token; t < d.sentences[s].last_token; ++t) {
      sentence_of[t] = s;
      all.push_back(t);
      ++start[last_byte(t) + 1];
    }
  for (std::size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
  order.resize(all.size());
  std::array<std::uint32_t, 258> next = start;
  for (std::uint32_t t : all) order[next[last_byte(t)]++] = t;
  for (const auto& [key, v] : votes) {
    if (key.size() == 1 && key[0].size() < 6) continue;  // two-letter names are too ambiguous
    int type = static_cast<int>(std::max_element(v.begin(), v.end()) - v.begin());
    const std::string_view tail = reading_tail(key[0]);
    std::span<const std::uint32_t> where = all;  // any word may read as a name of one letter
    if (!tail.empty()) {
      const std::size_t b = static_cast<unsigned char>(tail.back()) + 1u;
      where = std::span<const std::uint32_t>(order).subspan(start[b], start[b + 1] - start[b]);
    }
    for (const std::uint32_t t : where) {
      const std::uint32_t s = sentence_of[t];
      if (!matches_at(d, t, d.sentences[s].last_token, key, tail)) continue;
      // A family name that is also an adjective of origin (السوداني) counts only with a
      // preposition or conjunction attached, which an adjective never carries.
      if (surnames.count(key) && d.norm[t] == key[0] && nationality(d, key[0]) &&
          !(t > d.sentences[s].first_token && names_next(d, t - 1)))
        continue;
      // A one-word person with the article (العربي of نبيل العربي) is no one right after a
      // common word with the article that it can describe (العمل العربي المشترك، الأمن القومي
      // العربي), but for a title, a rank or a verb of saying before it (الدكتور العربي; آية الله
      // الخميني).
      if (type == 0 && key.size() == 1 && key[0].starts_with("\u0627\u0644") && t > d.sentences[s].first_token &&
          d.norm[t] == key[0] && d.norm[t - 1].starts_with("\u0627\u0644") && d.norm[t - 1] != "\u0627\u0644\u0644\u0647" &&
          types[t - 1] < 0 &&
          d.tokens[t - 1].kind == text::TokenKind::kWord && !title_word(d, d.norm[t - 1]) && !names_next(d, t - 1))
        continue;
      // Nor one right before another name, where it is a title (الشيخ سيد قطب after أحمد عيسى الشيخ).
      if (surnames.count(key) && t + 1 < d.sentences[s].last_token && types[t + 1] == 0 &&
          !d.norm[t + 1].starts_with("\u0648"))
        continue;
      // Folding ى into ي makes the preposition على the name علي: a one-word name that folds
      // to a function word does not spread to a word written with ى.
      if (key.size() == 1 && d.tokens[t].view(d.text).ends_with("ى") &&
          summary::StopWords::instance().contains(key[0]))
        continue;
      if (type == 0 && long_title_at(d, t) > 0) continue;  // ولي in ولي العهد is no one
      auto last = static_cast<std::uint32_t>(t + key.size());
      if (type == 0 && inside_long_title(d, d.sentences[s].first_token, t, last)) continue;
      if (type != 3 && has_tanween(d, last - 1)) continue;  // نيجيرياً is an adjective
      // A facility's name tagged elsewhere with its head (قاعدة الحرير) is the same name where
      // the tagger took the words after the head alone: one article writes one facility one way.
      std::size_t inside = kNone;
      bool heads = true;  // the words no mention covers are a facility's heads
      for (std::uint32_t u = t; u < last && inside != kCrossed; ++u) {
        const std::size_t i = owner[u];
        if (i == kNone) {
          heads = heads && facilities().contains(d.norm[u]);
          continue;
        }
        const bool within = mentions[i].first > t && mentions[i].last == last;
        inside = within && (inside == kNone || inside == i) ? i : kCrossed;
      }
      if (inside == kCrossed || (inside != kNone && !heads)) continue;
      Mention m = make_mention(d, s, t, last, type);
      if (m.key != key) continue;
      if (inside != kNone) mentions[inside].last = mentions[inside].first;  // erased below
      std::fill(owner.begin() + t, owner.begin() + last, mentions.size());
      mentions.push_back(std::move(m));
    }
    for (auto& m : mentions)
      if (m.key == key && !m.typed_by_context) m.type = type;  // one type per name in one article
  }
  std::erase_if(mentions, [](const Mention& m) { return m.first == m.last; });
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

bool is_subsequence(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  return std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end();
}

// Whether `part` names the same thing as the longer `whole`: any part of a person's full name
// (السوداني, محمد السوداني); for other types the name after head words (تنظيم داعش → داعش).
// A state's official name and its short one are one place: السعودية in المملكة العربية
// السعودية, مصر in جمهورية مصر العربية, الإمارات in الإمارات العربية المتحدة, ألمانيا in جمهورية
// ألمانيا الاتحادية: the short name a run of the long one's words, every other word a word of
// a state's style. Not كوريا in كوريا الشمالية, nor السودان in جنوب السودان.
bool within_state_name(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  static const text::WordSet style = text::search_forms(
      {"المملكة", "مملكة", "الجمهورية", "جمهورية", "دولة", "الدولة", "سلطنة", "إمارة", "العربية", "المتحدة",
       "الأمريكية", "الأميركية", "الإسلامية", "الاتحادية", "الهاشمية", "الشعبية", "الديمقراطية", "الفيدرالية"});
  const auto at = std::search(whole.begin(), whole.end(), part.begin(), part.end());
  if (at == whole.end() || std::all_of(part.begin(), part.end(), [&](const std::string& w) { return style.contains(w); }))
    return false;
  const auto rest = [&](auto b, auto e) { return std::all_of(b, e, [&](const std::string& w) { return style.contains(w); }); };
  return rest(whole.begin(), at) && rest(at + static_cast<std::ptrdiff_t>(part.size()), whole.end());
}

// بينتيز and بينيتيز, كريستيانو and كرستيانو: a foreign name transliterated with and without
// one long vowel letter (ا، و، ي) is one name; not two listed given names (سلمان، سليمان), and
// not names of four letters or fewer (محمد، محمود).
bool spelling_variant(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() != a.size() + 2 || text::count_codepoints(a) < 5) return false;
  std::size_t i = 0;  // where they part, at the start of a letter
  while (i < a.size() && a[i] == b[i]) ++i;
  while (i > 0 && (static_cast<unsigned char>(b[i]) & 0xC0) == 0x80) --i;
  const std::string_view extra = b.substr(i, 2);  // the letter b has more
  if ((extra != "ا" && extra != "و" && extra != "ي") || b.substr(i + 2) != a.substr(i)) return false;
  const auto& given = given_names();
  return !given.contains(a) && !given.contains(b);
}

bool same_entity_as_written(const Model& model, const Mention& part, const Mention& whole);

bool same_entity(const Model& model, const Mention& part, const Mention& whole) {
  if (same_entity_as_written(model, part, whole)) return true;
  // عبد الغفار and عبدالغفار are one name written with and without the space.
  if (part.type == 0 && whole.type == 0) {
    static const std::string servant = text::normalize_search("\u0639\u0628\u062F");  // عبد
    const auto fused = [&](const std::vector<std::string>& key) {
      std::vector<std::string> out;
      for (std::size_t k = 0; k < key.size(); ++k)
        if (key[k] == servant && k + 1 < key.size()) out.push_back(key[k] + key[k + 1]), ++k;
        else out.push_back(key[k]);
      return out;
    };
    // (most pairs hold no عبد before another word: nothing to fuse, nothing to copy)
    const auto splits = [&](const std::vector<std::string>& key) {
      return key.size() > 1 && std::find(key.begin(), key.end() - 1, servant) != key.end() - 1;
    };
    if (splits(part.key) || splits(whole.key)) {
      Mention a = part, b = whole;
      a.key = fused(part.key), b.key = fused(whole.key);
      return same_entity_as_written(model, a, b);
    }
  }
  return false;
}

bool same_entity_as_written(const Model& model, const Mention& part, const Mention& whole) {
  if (part.type != whole.type) return false;
  if (part.key == whole.key) return true;
  if (part.key.size() >= whole.key.size()) return false;
  if (part.type == 0) {
    // A father's name is not his son's: عبدالعزيز alone is not عبدالله بن عبدالعزيز (in Saudi
    // news, the founder), سلمان alone not محمد بن سلمان. One word matches a full name's word
    // that no بن/بنت/ابن stands before; a longer name must not begin at such a word.
    static const text::WordSet links = text::search_forms({"بن", "بنت", "ابن"});
    const auto own_name_at = [&](std::size_t k) { return k == 0 || !links.contains(whole.key[k - 1]); };
    if (part.key.size() == 1) {
      for (std::size_t k = 0; k < whole.key.size(); ++k)
        if (whole.key[k] == part.key[0] && own_name_at(k)) return true;
      return whole.key.size() >= 2 && spelling_variant(part.key[0], whole.key.back());
    }
    // Nor is the father's full name: سلمان بن عبدالعزيز in فيصل بن سلمان بن عبدالعزيز.
    const auto first = std::find(whole.key.begin(), whole.key.end(), part.key[0]);
    if (first != whole.key.end() && !own_name_at(static_cast<std::size_t>(first - whole.key.begin())) &&
        std::none_of(first + 1, whole.key.end(), [&](const std::string& w) { return w == part.key[0]; }))
      return false;
    if (is_subsequence(part.key, whole.key)) return true;
    // The name without the father's (عزام الدخيل = عزام بن محمد الدخيل): the same first and
    // last word, the others in order, what is left out holds بن and the short name none (عبدالله
    // بن عبدالعزيز is not عبدالله بن محمد بن عبدالعزيز, his father's father's namesake).
    if (part.key.front() != whole.key.front() || part.key.back() != whole.key.back() ||
        std::any_of(part.key.begin(), part.key.end(), [&](const std::string& w) { return links.contains(w); }))
      return false;
    // … and without the father's name written without بن (معتز مغربل = معتز عبدالحميد مغربل: the
    // first name, the father's, the family's).
    if (part.key.size() == 2 && whole.key.size() == 3 && !links.contains(whole.key[1])) return true;
    bool skipped_link = false;
    std::size_t k = 1;
    for (std::size_t w = 1; w + 1 < whole.key.size(); ++w) {
      if (k + 1 < part.key.size() && whole.key[w] == part.key[k]) ++k;
      else skipped_link = skipped_link || links.contains(whole.key[w]);
    }
    return k + 1 == part.key.size() && skipped_link;
  }
  if (part.type == 1 && whole.key.size() == part.key.size() + 1 && place_epithet(whole.key.back()) &&
      std::equal(part.key.begin(), part.key.end(), whole.key.begin()))
    return true;  // مكة, مكة المكرمة
  if (part.type == 1 && within_state_name(part.key, whole.key)) return true;  // السعودية, المملكة العربية السعودية
  if (facilities().count(whole.key[0])) return false;  // قاعدة الوادي is not the town الوادي
  std::size_t extra = whole.key.size() - part.key.size();
  if (!std::equal(part.key.begin(), part.key.end(), whole.key.begin() + static_cast<std::ptrdiff_t>(extra))) return false;
  std::size_t len = 0;
  return (model.lexicon.starts(whole.key, 0, Category::kOrgHead, len) ||
          model.lexicon.starts(whole.key, 0, Category::kLocHead, len)) && len == extra;
}

}  // namespace

// «محمد بن سلمان طياري»، «خالد الفيصل الحزم»، «زكي طليمات يسألني»: a person's name of three
// words or more whose words but the last the article names elsewhere as a person's whole name ran
// on into the word after it (a name once given whole is shortened to its family name, rarely to
// its first two words), unless that word is also a person's name, or its last word, elsewhere
// (فرنسيس فورد كوبولا … كوبولا). Not a compound name's first part (محمد بن راشد آل | مكتوم) nor
// after a compound name of two words (عبد الله الثاني، أبو شعيب السوري، عز الدين: the name
// with its number or origin).
void cut_words_after_named_people(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet opening = text::search_forms({"عبد", "أبو", "أم", "بن", "ابن", "بنت",
                                                           "آل", "ال", "ذو", "ذي", "أبي"}),
                             closing = text::search_forms({"الدين", "الله", "الرحمن", "الإسلام"});
  // (counted once, before any cut: an article may repeat a name thousands of times)
  std::map<std::vector<std::string>, std::size_t> names;  // a person's key → its mentions
  std::map<std::string, std::size_t> alone;               // a word → persons named by it alone
  std::map<std::string, std::size_t> ending;              // a word → persons whose name ends with it
  for (const Mention& m : mentions) {
    if (m.type != 0 || m.key.empty()) continue;
    ++names[m.key];
    ++ending[m.key.back()];
    if (m.key.size() == 1) ++alone[m.key.back()];
  }
  const auto count = [](const auto& map, const auto& key) {
    auto it = map.find(key);
    return it == map.end() ? std::size_t{0} : it->second;
  };
  for (Mention& m : mentions) {
    const std::size_t n = m.key.size();
    if (m.type != 0 || n < 3 || m.last - m.first != n || opening.contains(m.key[n - 2]) ||
        (n == 3 && (opening.contains(without_conjunction(m.key[0])) || closing.contains(m.key[1]))))
      continue;
    if (!names.contains(std::vector<std::string>(m.key.begin(), m.key.end() - 1))) continue;
    // (its last word a person's name alone, or the last word of another person's name)
    const bool named_so = count(alone, m.key.back()) > 0 || count(ending, m.key.back()) > count(names, m.key);
    if (!named_so) m = make_mention(d, m.sentence, m.first, m.last - 1, 0);
  }
}

// «الأمير فيصل بن تركي حدد موعد …»، «الدكتور الربيعة يستقبل …»: a person's name the tagger ran
// on into the verb after it ends before it. The last word of a name of three words or more is a
// perfect verb when the corpus writes it often, never with the article, and also with the
// feminine ت or the plural وا (حدد: حددت، حددوا); names take the article as family names
// (السعد، الفهد، الحمد) or never take those endings (نايف). A present tense (below) also ends a
// name of two words whose first is a family name.
void cut_trailing_verbs(const Doc& d, std::vector<Mention>& mentions) {
  constexpr std::uint32_t kMinCount = 20;
  // «اجتماع مجلس الاحتياطي يومي 28 و29 يوليو», «مباراة الاتحاد يوم الجمعة»: the day of a date
  // ends any name before it.
  static const text::WordSet days = text::search_forms({"يوم", "يومي"});
  for (auto& m : mentions)
    if (m.last - m.first >= 2 && days.contains(d.norm[m.last - 1]))
      m = make_mention(d, m.sentence, m.first, m.last - 1, m.type);
  // A present tense (ي…) the corpus writes with ت for ي at least a fifth as often, that form no
  // place (يونس is no تونس); `bare` its own count.
  const auto present_tense = [&](std::string_view v, std::uint32_t bare) {
    if (!v.starts_with("\u064A")) return false;
    const std::string other = other_person(v);
    return d.model.frequency(other) * 5 >= bare && !d.model.lexicon.contains(other, Category::kCountry) &&
           !d.model.lexicon.contains(other, Category::kCity);
  };
  // A present tense with its object's pronoun (الملك خالد | يرافقه): the verb without it, when
  // the corpus writes that often.
  const auto without_object = [&](std::string v) {
    if (v.starts_with("\u064A"))
      for (std::string_view pronoun : {"\u0647", "\u0647\u0627", "\u0647\u0645"})
        if (v.size() >= 8 + pronoun.size() && v.ends_with(pronoun) &&
            d.model.frequency(v.substr(0, v.size() - pronoun.size())) >= kMinCount) {
          v.resize(v.size() - pronoun.size());
          break;
        }
    return v;
  };
  for (auto& m : mentions) {
    // عبدالعزيز الظفيري 15-25: a number after a person's name is the minute of his goal, not a
    // part of the name (a name's number, الملك تشارلز الثالث, is written in words).
    if (m.type == 0 && m.last - m.first >= 2 && d.tokens[m.last - 1].kind == text::TokenKind::kNumber) {
      std::uint32_t last = m.last;
      while (last > m.first + 1 && d.tokens[last - 1].kind != text::TokenKind::kWord) --last;
      if (d.tokens[last - 1].kind == text::TokenKind::kWord) m = make_mention(d, m.sentence, m.first, last, 0);
    }
    if (m.last - m.first < 2) continue;
    const std::string& w = d.norm[m.last - 1];
    // الاتحاد يفاوض، حديقة الملك فهد يحوي: a present tense ends a body's or a place's name too,
    // also with the future's س (الاتحاد سيغادر).
    if (m.type == 1 || m.type == 2) {
      std::string v = w;
      if (v.starts_with("\u0633\u064A") && d.model.frequency(v.substr(2)) >= kMinCount) v.erase(0, 2);
      if (v.size() < 6 || v.ends_with("\u0627")) continue;  // (not ياما)
      v = without_object(v);
      const std::uint32_t bare = d.model.frequency(v);
      if (bare >= kMinCount && d.model.frequency("\u0627\u0644" + v) == 0 && present_tense(v, bare))
        m = make_mention(d, m.sentence, m.first, m.last - 1, m.type);
      continue;
    }
    if (m.type != 0) continue;
    // «نقل الدكتور السويد تعازي خادم الحرمين»: after a family name with the article, a word the
    // corpus writes with the article at least as often as without (التعازي), in construct with
    // a word with the article (not الذي) or a title, is a common noun the tagger ran on into; a
    // name's second word seldom takes it (الحسن واتارا). Not after آل (آل غالب) or a title
    // (المايسترو سحاب).
    if (const std::string& f = d.norm[m.first];
        m.last - m.first == 2 && f.starts_with("\u0627\u0644") && f.size() > 6 && !title_word(d, f) &&
        !w.starts_with("\u0627\u0644") && !given_names().contains(w) && m.last < d.sentences[m.sentence].last_token &&
        d.tokens[m.last].kind == text::TokenKind::kWord &&
        ((d.norm[m.last].starts_with("\u0627\u0644") && !summary::StopWords::instance().contains(d.norm[m.last])) ||
         title_word(d, d.norm[m.last]))) {
      const std::uint32_t bare = d.model.frequency(w), with_article = d.model.frequency("\u0627\u0644" + w);
      if (with_article >= kMinCount && with_article >= bare) {
        m = make_mention(d, m.sentence, m.first, m.last - 1, 0);
        continue;
      }
    }
    // (a present tense with its object, after a name of two words too: الملك خالد يرافقه)
    if (const std::string v = without_object(w); v.size() < w.size() && d.model.frequency("\u0627\u0644" + v) == 0 &&
                                                 present_tense(v, d.model.frequency(v))) {
      m = make_mention(d, m.sentence, m.first, m.last - 1, 0);
      continue;
    }
    // (a name of two words only after a family name with the article: الربيعة يستقبل)
    if (m.last - m.first == 2 && !(d.norm[m.first].starts_with("\u0627\u0644") && w.starts_with("\u064A"))) continue;
    if (w.size() < 6 || w.starts_with("\u0627\u0644")) continue;
    // After بن، دي … the word is the name's (يحيى بن بقي، دومينيكو دي سول).
    static const text::WordSet joints = text::search_forms({"بن", "ابن", "بنت", "أبو", "أبي", "آل", "عبد", "دي", "دو", "ديل", "فان", "دا"});
    if (joints.contains(d.norm[m.last - 2])) continue;
    const std::uint32_t bare = d.model.frequency(w);
    if (bare < kMinCount || d.model.frequency("\u0627\u0644" + w) > 0) continue;
    // أختر منصور | ينتمي، محمد عبده | يرى: a present tense ends the name.
    if (present_tense(w, bare)) {
      m = make_mention(d, m.sentence, m.first, m.last - 1, 0);
      continue;
    }
    if (d.model.frequency(w + "\u062A") * 10 < bare && d.model.frequency(w + "\u0648\u0627") == 0) continue;
    m = make_mention(d, m.sentence, m.first, m.last - 1, 0);
  }
}

// A word the tagger took for a first name, once, with nothing announcing a person before it
// and no other name around it, that the corpus mostly writes with the article is a common
// noun: إيمان in "إيمان الحكومة" is "faith" (الايمان outnumbers ايمان), while names hardly
// ever take the article (محمد, أوستن).
// A one-word place or organisation that reads as a present-tense verb: بغداد وأنقرة تتفقان على
// … (the tagger goes on with a list of places). A ت/ي prefix and a dual or plural ending, a
// preposition after it, and a corpus that writes it (or it without the ending) often but never
// with the article: no name of a place or body is all three. Gazetteer and mined names are kept.
void drop_verbs(const Doc& d, std::vector<Mention>& mentions) {
  constexpr std::uint32_t kMinCount = 20;
  static const std::set<std::string, std::less<>> prepositions = {"علي", "في", "الي", "مع", "من", "عن", "ضد"};
  std::erase_if(mentions, [&](const Mention& m) {
    if ((m.type != 1 && m.type != 2) || m.last - m.first != 1 || m.last >= d.norm.size()) return false;
    const std::string& w = m.key[0];
    if (w.size() < 10 || !(w.starts_with("ت") || w.starts_with("ي")) || !(w.ends_with("ان") || w.ends_with("ون")))
      return false;
    if (!prepositions.contains(d.norm[m.last])) return false;
    for (Category c : {Category::kCountry, Category::kCity, Category::kMinedLoc, Category::kMinedOrg})
      if (d.model.lexicon.contains(w, c)) return false;
    // The word, or the verb without its ending (تتفقان → تتفق) when the dual is too rare to count.
    auto verb_like = [&](const std::string& v) {
      return d.model.frequency(v) >= kMinCount && d.model.frequency("ال" + v) == 0;
    };
    return verb_like(w) || verb_like(w.substr(0, w.size() - 4));
  });
}

// أمين الأحساء، محافظ جدة، مدير تبوك: an office of a place is no person, though its word is
// also a first name (أمين، أمير): a two-word person whose second word is a place of the article
// (or of the gazetteer) and whose first is such an office is dropped; the title goes with the
// person who holds it (أمين الأحساء المهندس عادل الملحم).
void drop_offices_of_places(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet offices = text::search_forms(
      {"أمين", "أمير", "محافظ", "مدير", "رئيس", "والي", "مفتي", "قائد", "وكيل", "مساعد"});
  std::set<std::string, std::less<>> places;
  for (const auto& m : mentions)
    if (m.type == 1 && m.key.size() == 1) places.insert(m.key[0]);
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type != 0 || m.key.size() != 2 || !offices.contains(without_conjunction(m.key[0]))) return false;
    const std::string& p = m.key[1];
    return places.contains(p) || d.model.lexicon.contains(p, Category::kCountry) ||
           d.model.lexicon.contains(p, Category::kCity);
  });
}

// Whether a noun without the article takes a feminine adjective: a feminine ending (الحكومة،
// الجامعات) or a broken plural of a common pattern (الحدود، الأسهم، الأسعار، الوظائف، الأراضي،
// المصانع، المشاريع), which agree in the feminine singular. الوفد، الرئيس take neither: «زار الوفد
// السعودية» is a visit to the country. Letters of a search-normalized word are two bytes each.
bool takes_feminine(std::string_view stem) {
  if (stem.ends_with("ه") || stem.ends_with("ات")) return true;
  if (stem.size() % 2 != 0) return false;
  const std::size_t n = stem.size() / 2;
  const auto at = [&](std::size_t k) { return stem.substr(2 * k, 2); };
  return (n == 4 && at(2) == "و") ||                                  // فعول: حدود، عقود
         (n == 4 && at(0) == "ا") ||                                  // أفعل: أسهم، أشهر
         (n == 5 && at(0) == "ا" && at(3) == "ا") ||                  // أفعال: أسعار، أسواق
         (n == 5 && at(2) == "ا" && (at(3) == "ئ" || at(4) == "ي")) ||  // فعائل، فعالي: وظائف، أراضي
         (n >= 5 && at(0) == "م" && at(2) == "ا");                     // مفاعل، مفاعيل: مصانع، مشاريع
}

// «الأسهم السعودية», «الحدود السعودية», «الجامعات السعودية»: a word of origin right after a
// definite noun that agrees with it is its adjective, not the country (ANERcorp tags it O, and
// so do the sets' readers): a one-word place written with the article and no clitic (not
// «والسعودية», «بالخالدية»), ending in ية, after a word with the article (والأسهم، بالحدود،
// للحدود) that no mention holds, in the same sentence.
void drop_adjectives_of_origin(const Doc& d, std::vector<Mention>& mentions) {
  // جامعة سعودية، جامعة أخرى، منظمة دولية: a body's head with an indefinite adjective (of origin,
  // or أخرى، دولية …) is a kind of body, no name (31 of 31 such mentions on 4,000 records).
  static const text::WordSet kinds = text::search_forms({"أخرى", "جديدة", "واحدة", "كبرى", "خاصة", "حكومية", "أهلية",
                                                         "أجنبية", "محلية", "عالمية", "دولية", "إقليمية", "ناشئة"});
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type != 2 || m.key.size() != 2 || m.key[1].starts_with("\u0627\u0644") || !is_org_head(d, m.first)) return false;
    return kinds.contains(m.key[1]) || nationality(d, "\u0627\u0644" + m.key[1]);
  });
  // اليونانيون، الانفصاليون، الآريوسيين: a plural of origin or belonging with the article is a
  // people, no one's name (the sets leave such adjectives O; a group the news names so is made an
  // organisation by add_group_plurals, which this leaves alone).
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type != 0 || m.key.size() != 1) return false;
    const std::string_view w = without_conjunction(m.key[0]);
    return w.starts_with("\u0627\u0644") && w.size() >= 14 && (w.ends_with("\u064A\u0648\u0646") || w.ends_with("\u064A\u064A\u0646"));
  });
  const std::vector<bool> covered = covered_tokens(d, mentions);
  const auto agreeing = [](std::string_view w) {
    for (std::string_view p : {"و", "ف"})
      if (w.starts_with(p) && w.size() > p.size() + 4) w.remove_prefix(p.size());
    for (std::string_view p : {"ب", "ك"})
      if (w.starts_with(p) && w.size() > p.size() + 4) w.remove_prefix(p.size());
    if (w.starts_with("ال")) w.remove_prefix(4);
    else if (w.starts_with("لل")) w.remove_prefix(4);
    else return false;
    return takes_feminine(w);
  };
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type != 1 || m.last - m.first != 1 || m.first == 0) return false;
    const std::string& w = m.key[0];
    if (!w.starts_with("ال") || !w.ends_with("يه") || !d.norm[m.first].starts_with("ال")) return false;  // not والسعودية
    const std::uint32_t t = m.first - 1;
    if (covered[t] || d.tokens[t].kind != text::TokenKind::kWord || t < d.sentences[m.sentence].first_token) return false;
    return agreeing(d.norm[t]);
  });
  // «قتل 9 جنديا أفغانيا», «دفع 500 ريالا سعوديا», «أوقف 30 باكستانيا»: an adjective of origin
  // in the accusative (ـيًا) is someone or something from there, not the place. A place written
  // so (سوريا، بريطانيا، كوريا) is listed, or the corpus writes it after ب or ل (on 60,000
  // articles ببريطانيا 19 times, لكوريا 18, بأميركيا and لسعوديا never).
  const auto accusative_origin = [&](std::string_view w) {
    return w.size() >= 8 && w.ends_with("يا") && !w.starts_with("ال") &&
           !d.model.lexicon.contains(w, Category::kCountry) && !d.model.lexicon.contains(w, Category::kCity) &&
           d.model.frequency("ب" + std::string(w)) + d.model.frequency("ل" + std::string(w)) == 0 &&
           nationality(d, "ال" + std::string(w.substr(0, w.size() - 2)));
  };
  // It follows what it describes: a noun in the accusative (جنديا، دولارا، مواطنا), a number, or
  // another such adjective (جنديا أفغانيا وباكستانيا) — not a verb, a title, a preposition or a
  // place (أزاحت ألمانيا، رئيسة لاتفيا، في تشيكيا، وحلت ألمانيا وتشيكيا), which would leave
  // «تعتقل تونسيا» (a Tunisian) a place too.
  std::vector<bool> place(d.tokens.size(), false), dropped(d.tokens.size(), false);
  for (const Mention& m : mentions)
    if (m.type == 1)
      for (std::uint32_t t = m.first; t < m.last; ++t) place[t] = true;
  const auto describes = [&](std::uint32_t t) {
    if (d.tokens[t].kind == text::TokenKind::kNumber || dropped[t]) return true;
    const std::string_view w = d.norm[t];
    return !place[t] && d.tokens[t].kind == text::TokenKind::kWord && w.size() >= 6 && w.ends_with("ا") &&
           !w.ends_with("ها");
  };
  for (const Mention& m : mentions)  // in the text's order: one such adjective after another
    if (m.type == 1 && m.key.size() == 1 && m.first > d.sentences[m.sentence].first_token && describes(m.first - 1) &&
        (accusative_origin(m.key[0]) || accusative_origin(without_conjunction(m.key[0]))))  // (وباكستانيا; فرنسيا)
      dropped[m.first] = true;
  std::erase_if(mentions, [&](const Mention& m) { return m.type == 1 && m.key.size() == 1 && dropped[m.first]; });
}

// محترف الاتحاد الجديد، رئيس النادي السابق، داعش الإرهابي: «new», «former», «current», «terrorist»
// after a name the article also writes without them describe it and are not part of it (ANERcorp never tags them
// inside one); a name always written with one keeps it (الوفد الجديد). And the sea alone (نثر
// الرماد في البحر) is no place's name: ANERcorp tags البحر only in one (البحر الأحمر).
void cut_describing_words(const Doc& d, std::vector<Mention>& mentions) {
  // ببطولة كأس الخليج، بطولة دوري أبطال آسيا: the championship before a cup's or a league's name
  // is no part of it (the gold sets write كأس … alone: 0 of 6 with بطولة).
  static const text::WordSet championship = text::search_forms({"بطولة"}), named = text::search_forms({"كأس", "كاس", "دوري"});
  for (auto& m : mentions)
    if (m.type == 3 && m.last - m.first >= 3 && reads_as(d, m.first, championship) && named.contains(d.norm[m.first + 1]))
      m = make_mention(d, m.sentence, m.first + 1, m.last, 3);
  static const text::WordSet describing = text::search_forms({"الجديد", "الجديدة", "السابق", "السابقة", "الحالي", "الحالية",
                                                              "الإرهابي", "الإرهابية", "المتطرف", "المتطرفة"});
  const auto joined = [](const std::vector<std::string>& key, std::size_t n) {
    std::string out;
    for (std::size_t k = 0; k < n; ++k) out += (k ? " " : "") + key[k];
    return out;
  };
  const auto described = [&](const Mention& m) {
    return m.type != 1 && m.key.size() > 1 && describing.contains(m.key.back());
  };
  if (std::any_of(mentions.begin(), mentions.end(), described)) {  // rare: the names are joined only then
    std::set<std::string> names;
    for (const Mention& m : mentions) names.insert(joined(m.key, m.key.size()));
    for (Mention& m : mentions)
      if (described(m) && names.contains(joined(m.key, m.key.size() - 1)))
        m = make_mention(d, m.sentence, m.first, m.last - 1, m.type);
  }
  static const std::string sea = text::normalize_search("البحر");
  std::erase_if(mentions, [&](const Mention& m) { return m.type == 1 && m.key.size() == 1 && m.key[0] == sea; });
  // الرئيس التنفيذي لشركة معادن المهندس خالد المديفر، المتحدث الرسمي لشرطة القصيم الرائد بدر:
  // the holder's rank or style after a body's name opens his name, no part of the body's.
  static const text::WordSet ranks = text::search_forms(
      {"المهندس", "المهندسة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "اللواء", "العميد", "العقيد", "المقدم",
       "الرائد", "النقيب", "الملازم", "السفير", "السفيرة", "السيد", "السيدة", "المستشار", "الكابتن"});
  // (what is left, a head alone with the article, names nothing: مدير المعهد المهندس فلان)
  for (auto& m : mentions) {
    if (m.type != 2 || m.last - m.first < 2 || m.key.size() < 2 || !ranks.contains(d.norm[m.last - 1])) continue;
    const std::string_view w = d.norm[m.first];
    if (m.last - m.first == 2 && w.starts_with("\u0627\u0644") && d.model.lexicon.contains(w.substr(4), Category::kOrgHead))
      m.type = -1;
    else m = make_mention(d, m.sentence, m.first, m.last - 1, m.type);
  }
  std::erase_if(mentions, [](const Mention& m) { return m.type < 0; });
  // نادي اتحاد جدة السعودي، شركة كاسيو كمبيوتر ليمتد اليابانية: with the body's head left outside,
  // a country's adjective after its proper name says where it is from, no part of the name (the
  // gold sets: 59 outside to 7 inside, and those 7 names of common words with the article:
  // شركة الاتصالات السعودية، فريق الصقور السعودية). Not a Saudi company's own «السعودية» (زين
  // السعودية، أرامكو السعودية), nor a wider region's (بوبا العربية، ماريوت الدولية).
  static const text::WordSet own_names = text::search_forms(
      {"السعودية", "العربية", "العربي", "الدولية", "الدولي", "الخليجية", "الخليجي", "الأوروبية", "الأوروبي", "الإسلامية",
       "الإسلامي"});
  static const text::WordSet heads_outside = text::search_forms(
      {"نادي", "شركة", "فريق", "صحيفة", "وكالة", "حركة", "مجموعة", "قناة", "مؤسسة", "منتخب"});
  for (auto& m : mentions) {
    if (m.type != 2 || m.last - m.first < 2 || m.first == d.sentences[m.sentence].first_token ||
        d.norm[m.first].starts_with("\u0627\u0644") || !nationality(d, d.norm[m.last - 1]) ||
        own_names.contains(d.norm[m.last - 1]) || !reads_as(d, m.first - 1, heads_outside))
      continue;
    m = make_mention(d, m.sentence, m.first, m.last - 1, m.type);
  }
}

// The boys are not Benin: مدارس البنين، كلية للبنين والبنات (55 «places» on 20,000 SaudiNewsNet
// records); the country is written without the article (والكاميرون وبنين), and بنين bare after
// a school is the boys' too (مدرسة بنين). Before an institution is named after its «place».
void drop_the_boys(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet schools = text::search_forms(
      {"مدرسة", "مدارس", "كلية", "كليات", "ثانوية", "متوسطة", "ابتدائية", "معهد", "قسم", "أقسام", "فصول"});
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type != 1 || m.last - m.first != 1) return false;
    const std::string_view w = d.norm[m.first];
    return w.ends_with("\u0627\u0644\u0628\u0646\u064A\u0646") || w.ends_with("\u0644\u0644\u0628\u0646\u064A\u0646") ||
           (w == "\u0628\u0646\u064A\u0646" && m.first > 0 && reads_as(d, m.first - 1, schools));
  });
}

// منظمة «توب 500»: the tagger ran a head into the quoted name after it, opening mark and all;
// the name is what stands inside the marks (a mark is no part of any name).
void cut_at_quote_marks(const Doc& d, std::vector<Mention>& mentions) {
  for (auto& m : mentions) {
    std::uint32_t t = m.first;
    while (m.type >= 0 && t < m.last) {
      if (!is_quote_mark(d, t)) {
        ++t;
      } else if (t + 1 < m.last) {
        m = make_mention(d, m.sentence, t + 1, m.last, m.type);
        t = m.first;
      } else if (t > m.first) {
        m = make_mention(d, m.sentence, m.first, t, m.type);
        break;
      } else {
        m.type = -1;
      }
    }
  }
  std::erase_if(mentions, [](const Mention& x) { return x.type < 0; });
}

// «جسر الملك فهد..»، «/ خالد»، «تي أر تي /»: punctuation and stray signs (×، ●، *) at either end
// of a mention are the text's, not the name's; a mention of nothing else names nothing. A sign
// alone that the currency pass made money (﷼) stays.
void trim_punctuation(const Doc& d, std::vector<Mention>& mentions) {
  const auto mark = [&](std::uint32_t t) {
    const text::TokenKind k = d.tokens[t].kind;
    return k == text::TokenKind::kPunct || k == text::TokenKind::kSymbol;
  };
  // «ليطرح أبو مازن كل ما يقلقه»، «الاتحاد إلا»، «الشمري لدى»: a word that only governs what
  // follows it ends no person's or body's name either (a title in quote marks may end so:
  // «الرأسمالية تجدد نفسها»).
  static const text::WordSet governing = text::search_forms(
      {"كل", "كلا", "إلا", "لدى", "نفسه", "نفسها", "اللي", "كيف", "أيضا", "فقط", "حيث", "الذي", "التي", "ضد", "عبر",
       "منذ", "خلال"});
  for (auto& m : mentions) {
    std::uint32_t first = m.first, last = m.last;
    while (first < last && mark(first)) ++first;
    const bool name = (m.type == 0 || m.type == 2) && !quoted(d, m);
    while (last > first && (mark(last - 1) || (name && last - first >= 2 && governing.contains(d.norm[last - 1])))) --last;
    if (first == m.first && last == m.last) continue;
    if (first == last) {
      if (!(m.type == 3 && m.last - m.first == 1 && d.tokens[m.first].kind == text::TokenKind::kSymbol)) m.type = -1;
      continue;
    }
    const bool context = m.typed_by_context;
    m = make_mention(d, m.sentence, first, last, m.type);
    m.typed_by_context = context;
  }
  std::erase_if(mentions, [](const Mention& x) { return x.type < 0; });
}

// الاتحاد الأوروبي وفيتنام: a country of the gazetteer alone is a place even where the tagger
// read it as a person, unless news writes it as a given name too (the mined list); and where it
// read it as an organisation (منتخب الإكوادور، أمام المكسيك، التجارة مع الهند: the gold sets
// write a country that stands for its team a place), unless a rule of context made it a club
// (الكويت الكويتي) or an adjective of origin after it names the club's country (موناكو
// الفرنسي), it is in quote marks (دورية «كولومبيا …») or it follows a body's head (قناة الإمارات).
void type_countries_as_places(const Doc& d, std::vector<Mention>& mentions) {
  const auto& given = given_names();
  for (auto& m : mentions) {
    if (m.key.size() != 1 || !d.model.lexicon.contains(m.key[0], Category::kCountry)) continue;
    if (m.type == 0 && !given.count(m.key[0])) m.type = 1;
    static const text::WordSet teams = text::search_forms({"منتخب", "منتخبي"});  // منتخب الإكوادور: the country
    const bool quoted_or_headed = m.first > 0 && (is_quote_mark(d, m.first - 1) || facility_head(d, m.first - 1) ||
                                                  (is_org_head(d, m.first - 1) && !reads_as(d, m.first - 1, teams)));
    const bool club = m.last < d.sentences[m.sentence].last_token && country_adjective_masculine(d, m.last);
    if (m.type == 2 && !m.typed_by_context && !quoted_or_headed && !club) m.type = 1;  // (موناكو الفرنسي)
  }
}

// ضد إسرائيل، مع الهند، إلى إيران: a country of the gazetteer, one word as written, after a
// preposition standing apart is a place where the tagger left it (not a word the corpus writes
// as a given name too, nor with tanween: نيجيرياً is an adjective).
void add_countries_after_prepositions(const Doc& d, std::vector<Mention>& mentions) {
  static const text::WordSet prepositions = text::search_forms(
      {"ضد", "على", "إلى", "من", "في", "مع", "عن", "بين", "تجاه", "نحو", "لدى", "حول", "داخل", "خارج"});
  const auto& given = given_names();
  add_words(d, mentions, [&](std::uint32_t s, std::uint32_t t) -> std::optional<Mention> {
    if (t == d.sentences[s].first_token || !prepositions.contains(d.norm[t - 1]) ||
        !d.model.lexicon.contains(d.norm[t], Category::kCountry) || given.count(d.norm[t]) || has_tanween(d, t))
      return std::nullopt;
    return make_mention(d, s, t, t + 1, 1);
  });
}

// سمات البحرين السعودية العراق: countries of the gazetteer side by side with no word between
// them (a closing tag list) are a place each, whatever the tagger joined them into — unless
// together they are a country's name too (the gazetteer's longest reading).
void split_country_runs(const Doc& d, std::vector<Mention>& mentions) {
  std::vector<Mention> parts;
  for (auto& m : mentions) {
    if (m.key.size() < 2 || m.last - m.first != m.key.size()) continue;
    if (!std::all_of(m.key.begin(), m.key.end(), [&](const std::string& w) { return d.model.lexicon.contains(w, Category::kCountry); }))
      continue;
    std::size_t length = 0;
    if (d.model.lexicon.starts(std::span(d.norm).subspan(m.first, m.last - m.first), 0, Category::kCountry, length) &&
        length > 1)
      continue;
    for (std::uint32_t t = m.first; t < m.last; ++t) parts.push_back(make_mention(d, m.sentence, t, t + 1, 1));
    m.type = -1;
  }
  if (parts.empty()) return;
  std::erase_if(mentions, [](const Mention& x) { return x.type < 0; });
  mentions.insert(mentions.end(), parts.begin(), parts.end());
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
}

// Names in Latin letters inside Arabic news are mostly products, brands and titles of works.
// A mention of Latin words alone whose first word starts with a small letter is no name (this،
// data، gradient), nor is one letter alone (M، k); a "person" of Latin words alone is a product
// or a title (Galaxy A8، Street Food: the gold sets' Latin names are never people's). A product
// runs on over the capitalised Latin words and the numbers written right after it on the line
// (Galaxy Camera 2، Galaxy Tab A Plus).
void type_latin_names(const Doc& d, std::vector<Mention>& mentions) {
  const auto latin = [&](std::uint32_t t) { return d.tokens[t].kind == text::TokenKind::kLatin; };
  const auto model_number = [&](std::uint32_t t) {
    const std::string_view w = d.tokens[t].view(d.text);
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const auto capital = [&](std::uint32_t t) { return d.text[d.tokens[t].begin] >= 'A' && d.text[d.tokens[t].begin] <= 'Z'; };
  std::erase_if(mentions, [&](const Mention& m) {
    if (!std::all_of(d.tokens.begin() + m.first, d.tokens.begin() + m.last,
                     [&](const text::Token& t) { return t.kind == text::TokenKind::kLatin; }))
      return false;
    const std::string_view w = d.tokens[m.first].view(d.text);
    return (w[0] >= 'a' && w[0] <= 'z') || (m.last - m.first == 1 && w.size() == 1);
  });
  std::vector<bool> covered = covered_tokens(d, mentions);
  for (auto& m : mentions) {
    bool all_latin = true;
    for (std::uint32_t t = m.first; t < m.last; ++t) all_latin = all_latin && latin(t);
    if (m.type == 0 && all_latin) m.type = 3;
    if (m.type != 3 || !latin(m.last - 1)) continue;
    std::uint32_t last = m.last;
    const std::uint32_t end = d.sentences[m.sentence].last_token;
    while (last < end && !covered[last] && d.tokens[last - 1].end + 1 == d.tokens[last].begin &&
           d.text[d.tokens[last].begin - 1] == ' ' &&
           ((latin(last) && (capital(last) || model_number(last))) ||
            (d.tokens[last].kind == text::TokenKind::kNumber && model_number(last))))
      ++last;
    if (last == m.last) continue;
    for (std::uint32_t t = m.last; t < last; ++t) covered[t] = true;
    m = make_mention(d, m.sentence, m.first, last, 3);
  }
}

// «الاتصالات السعودية (STC)»، مجموعة العمل المالي (FATF): a word of Latin capitals in brackets or
// quote marks right after a name is its acronym, a mention of the same type; so is each other
// time the article writes it alone. Returns, per acronym as written (a short name in Arabic
// letters below: as searched), the key of the name it stands for, so that both become one
// entity. A mention the tagger made of the acronym takes the
// name's type; an acronym after no name (الحمض النووي (DNA)، رسالة قصيرة (SMS)) is left alone,
// and so is one after a place, mostly the end of a longer name (بورصة كوريا (KRX)).
std::map<std::string, std::vector<std::string>, std::less<>> add_acronyms(const Doc& d, std::vector<Mention>& mentions) {
  std::map<std::string, std::vector<std::string>, std::less<>> names;
  std::map<std::string, int, std::less<>> types;
  const auto opening = [&](std::uint32_t t) { return d.norm[t] == "(" || is_quote_mark(d, t); };
  const auto closing = [&](std::uint32_t t) { return d.norm[t] == ")" || is_quote_mark(d, t); };
  const auto acronym = [&](std::uint32_t t) {
    if (d.tokens[t].kind != text::TokenKind::kLatin) return false;
    const std::string_view w = d.tokens[t].view(d.text);
    const auto capitals = std::count_if(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return w.size() >= 2 && w.size() <= 8 && w[0] >= 'A' && w[0] <= 'Z' && capitals >= 2 &&
           std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '&'; });
  };
  const auto capitals = [&](std::uint32_t t) {
    const std::string_view w = d.tokens[t].view(d.text);
    return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  // (not the first word of a longer Latin name or a model: DC - 3، GT-R، EMEA Finance)
  const auto alone = [&](std::uint32_t t) {
    const std::uint32_t n = t + 1;
    return n >= d.tokens.size() || !(d.tokens[n].kind == text::TokenKind::kLatin ||
                                     d.tokens[n].kind == text::TokenKind::kNumber || is_dash(d.norm[n]));
  };
  for (const auto& m : mentions) {
    std::uint32_t t = m.last;
    const std::uint32_t end = d.sentences[m.sentence].last_token;
    if (m.type < 2 || t + 1 >= end) continue;
    // (past the quote mark closing a quoted name: «الاتصالات السعودية» STC)
    if (m.first > 0 && is_quote_mark(d, m.first - 1) && is_quote_mark(d, t)) ++t;
    // (without brackets, capitals only: أتاحت الاتصالات السعودية STC لعملائها)
    if (!(t + 2 < end && opening(t) && acronym(t + 1) && closing(t + 2)) && !(acronym(t) && capitals(t) && alone(t))) continue;
    if (opening(t)) ++t;
    const bool latin_name = std::all_of(d.tokens.begin() + m.first, d.tokens.begin() + m.last,
                                        [](const text::Token& x) { return x.kind == text::TokenKind::kLatin; });
    const std::string w(d.tokens[t].view(d.text));
    if (latin_name || names.contains(w)) continue;
    names.emplace(w, m.key);
    types.emplace(w, m.type);
  }
  // «هيئة تنظيم الاتصالات البريطانية (أوفكوم)»، «وكالة الأنباء السعودية (واس)»: one word in
  // brackets right after an organisation's name, without the article, is its short name: a
  // mention of it, and the article's other mentions of the word are the same organisation
  // (keyed by its search form). Not a person's or a place's name, a direction (جامعة غاريسا
  // (شمال شرق)), an adverb in the accusative (رئيس الهلال (تحديدا)), a plural or a verb in
  // ون/ين (الحرس الثوري (يصعدون)), nor a letter or two (فيتامين (د)).
  static const text::WordSet directions = text::search_forms(
      {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا", "شرقا", "غربا", "وسط"});
  std::vector<Mention> shorts;
  for (const auto& m : mentions) {
    const std::uint32_t t = m.last, end = d.sentences[m.sentence].last_token;
    if (m.type != 2 || t + 2 >= end || d.norm[t] != "(" || d.norm[t + 2] != ")") continue;
    const std::string& w = d.norm[t + 1];
    const std::string_view written = d.tokens[t + 1].view(d.text);
    if (d.tokens[t + 1].kind != text::TokenKind::kWord || w.starts_with("\u0627\u0644") || text::count_codepoints(w) < 3 ||
        summary::StopWords::instance().contains(w) || directions.contains(w) || w.ends_with("\u0648\u0646") ||
        w.ends_with("\u064A\u0646") || written.find("\u064B") != std::string_view::npos ||
        (w.ends_with("\u0627") && written.ends_with("\u0627\u064B")))
      continue;
    if (names.contains(w) || std::any_of(mentions.begin(), mentions.end(), [&](const Mention& x) {
          return x.type < 2 && x.first <= t + 1 && t + 1 < x.last;
        }))
      continue;
    names.emplace(w, m.key);
    shorts.push_back(make_mention(d, m.sentence, t + 1, t + 2, 2, false));
  }
  if (names.empty()) return names;
  if (!shorts.empty()) {
    std::erase_if(mentions, [&](const Mention& m) {
      return std::any_of(shorts.begin(), shorts.end(), [&](const Mention& x) { return m.first < x.last && x.first < m.last; });
    });
    for (auto& m : mentions)
      if (m.key.size() == 1 && names.contains(m.key[0])) m.type = 2;
    mentions.insert(mentions.end(), shorts.begin(), shorts.end());
  }
  std::erase_if(mentions, [&](const Mention& m) {
    return m.last == m.first + 1 && d.tokens[m.first].kind == text::TokenKind::kLatin &&
           names.contains(d.tokens[m.first].view(d.text));
  });
  const std::vector<bool> covered = covered_tokens(d, mentions);
  for (std::uint32_t s = 0; s < d.sentences.size(); ++s)
    for (std::uint32_t t = d.sentences[s].first_token; t < d.sentences[s].last_token; ++t) {
      if (covered[t] || d.tokens[t].kind != text::TokenKind::kLatin || !alone(t)) continue;
      const auto it = types.find(d.tokens[t].view(d.text));
      if (it != types.end()) mentions.push_back(make_mention(d, s, t, t + 1, it->second, false));
    }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) { return x.first < y.first; });
  return names;
}

// One-word persons that are common nouns: a word the corpus writes with the article at least
// as often as without, unless it stands in a longer person's name or a title announces it; and
// a word right after a noun of manner, which is its adjective (بشكل حازم، بصورة كريمة).
void drop_common_nouns(const Doc& d, std::vector<Mention>& mentions) {
  constexpr std::uint32_t kMinCount = 20;
  // Units of measure name nothing (ANERcorp: كيلو O 10 times): 3 كيلو غرام, مليون راكب.
  static const text::WordSet units = text::search_forms(
      {"كيلو", "كيلوغرام", "كيلوجرام", "كيلوغراما", "كيلوجراما", "كلغ", "كجم", "غرام", "جرام", "غراما", "جراما",
       "ملغ", "ملغم", "طن", "أطنان", "متر", "مترا", "أمتار", "كيلومتر", "كيلومترا", "سنتيمتر", "ملم", "ملليمتر",
       "لتر", "لترا", "ليتر", "برميل", "براميل", "ميل", "أميال", "هكتار", "فدان", "دونم", "راكب", "ركاب"});
  std::erase_if(mentions, [&](const Mention& m) {  // (also with the article: للكيلو)
    return std::all_of(m.key.begin(), m.key.end(), [&](const std::string& w) {
      return units.contains(w) || (w.starts_with("\u0627\u0644") && units.contains(w.substr(4)));
    });
  });
  // A disease is no name (كورونا: the tagger's body 18 times on 4,000 records; the gold sets O).
  static const text::WordSet diseases = text::search_forms(
      {"كورونا", "الكورونا", "الإيدز", "إيدز", "إيبولا", "سارس", "زيكا", "الملاريا", "الكوليرا", "الإنفلونزا",
       "إنفلونزا", "الأنفلونزا", "أنفلونزا", "فيروس"});
  std::erase_if(mentions, [&](const Mention& m) {
    return std::all_of(m.key.begin(), m.key.end(), [&](const std::string& w) { return diseases.contains(w); });
  });
  // الرباط before a side of the knee is a ligament, not Rabat (الرباط الصليبي: 48 times in
  // SaudiNewsNet's sports news).
  static const std::string ligament = text::normalize_search("الرباط");
  static const text::WordSet sides = text::search_forms(
      {"الصليبي", "المتصالب", "الداخلي", "الجانبي", "الخارجي", "الأمامي", "الخلفي"});
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.key[0] != ligament) return false;
    if (m.key.size() > 1) return sides.contains(m.key[1]);
    return m.last < d.sentences[m.sentence].last_token && sides.contains(d.norm[m.last]);
  });
  // ضيوف الرحمن، خدمة ضيوف الرحمن: a name of God other than الله alone is no person (the tagger's
  // الرحمن, 15 times on 4,000 records; the gold sets O).
  // Nor is a word of kinship alone (وقال شقيق الشهيد); ابن alone
  // before a word is the start of a name the tagger cut short (ابن تيمية، لابن القيم: 10).
  static const std::string ibn = text::normalize_search("ابن");
  for (auto& m : mentions)
    if (m.type == 0 && m.key.size() == 1 && m.key[0] == ibn && m.last < d.sentences[m.sentence].last_token &&
        d.tokens[m.last].kind == text::TokenKind::kWord && !summary::StopWords::instance().contains(d.norm[m.last]) &&
        !d.norm[m.last].ends_with("\u0647\u0627") && !d.norm[m.last].ends_with("\u0647\u0645"))  // (وابن أميرها)
      m = make_mention(d, m.sentence, m.first, m.last + 1, 0);
  static const text::WordSet gods_names = text::search_forms(
      {"الرحمن", "الرحمان", "الرحيم", "ابن", "ابنة", "بن", "شقيق", "شقيقة", "والد", "والدة", "نجل", "زوج", "زوجة",
       "حفيد"});
  std::erase_if(mentions, [&](const Mention& m) {
    return m.type == 0 && ((m.key.size() == 1 && gods_names.contains(m.key[0])) ||
                           (m.last - m.first == 2 && cousin_at(d, m.first, m.last)));
  });
  // ولي before عهده or ولي is the title (وولي عهده الأمين، وولي ولي عهده), not the name Wali.
  static const std::string wali = text::normalize_search("ولي");
  std::erase_if(mentions, [&](const Mention& m) {
    return m.type == 0 && m.key.size() == 1 && m.key[0] == wali && m.last < d.sentences[m.sentence].last_token &&
           (d.norm[m.last].starts_with("\u0639\u0647\u062F") || d.norm[m.last] == wali);  // عهد…
  });
  // A people or a sect named alone (الأكراد، الشيعة، الدروز) is no body and no place (the news
  // sets write them O: الأكراد 5 times, السنة 3); a group is (الإخوان، الحوثيين).
  static const text::WordSet peoples = text::search_forms(
      {"الأكراد", "الكرد", "الشيعة", "السنة", "الدروز", "التركمان", "العلويين", "العلويون"});
  std::erase_if(mentions, [&](const Mention& m) { return m.type != 0 && m.key.size() == 1 && peoples.contains(m.key[0]); });
  // الخبر the town (محافظة الخبر) is the news after رابط، هذا، نشر … (رابط الخبر بصحيفة الوئام).
  static const std::string khobar = text::normalize_search("الخبر");
  static const text::WordSet news_before = text::search_forms({"رابط", "هذا", "ذلك", "نشر", "نقل", "تفاصيل", "مصدر"});
  std::erase_if(mentions, [&](const Mention& m) {
    return m.key.size() == 1 && m.key[0] == khobar && m.first > 0 && news_before.contains(without_conjunction(d.norm[m.first - 1]));
  });
  // لصالح before a noun with the article is "in favour of" (لصالح التحالف، لصالح البشرية), not
  // Saleh; before a name, a preposition or a comma it may be (الموالية لصالح والحوثيين).
  static const std::string for_saleh = text::normalize_search("لصالح");
  std::erase_if(mentions, [&](const Mention& m) {
    return m.type == 0 && m.last == m.first + 1 && d.norm[m.first] == for_saleh && m.last < d.sentences[m.sentence].last_token &&
           d.norm[m.last].starts_with("\u0627\u0644") && d.tokens[m.last].kind == text::TokenKind::kWord;
  });
  // A place's head alone, without the article, heads a name and is none (بولاية بافاريا: the
  // tagger took بولاية for a place of its own, 25 times in 5,000 records).
  std::erase_if(mentions, [&](const Mention& m) {
    return m.key.size() == 1 && !m.key[0].starts_with("ال") && d.model.lexicon.contains(m.key[0], Category::kLocHead);
  });
  // A body's or a place's head alone with the article (المعهد، الجامعة، البلدة، الحزب، البنك)
  // takes up one named before and is no name: the gold sets never mark one. The tagger's are
  // dropped as it reads them (head_alone), but a head behind a proclitic (بالمعهد) or a place's
  // escaped that and spread over the article: 330 mentions on 20,000 records. (Not the heads
  // that are names on their own: المملكة، الخليج، الاتحاد، القاعدة، الجزيرة، البلاد، الدولة.)
  static const text::WordSet generic_heads = text::search_forms(
      {"المعهد", "الجامعة", "الكلية", "البلدة", "القرية", "المحافظة", "العاصمة", "المنظمة", "الهيئة", "اللجنة",
       "الجمعية", "المؤسسة", "الوزارة", "الشركة", "البنك", "المصرف", "الحزب", "الجماعة", "الحركة", "الميليشيا",
       "القوات", "الجيش", "النادي", "المنتخب", "النقابة", "البرلمان", "المستشفى", "المركز", "الصندوق"});
  std::erase_if(mentions, [&](const Mention& m) {
    return m.key.size() == 1 && m.type != 0 && generic_heads.contains(without_conjunction(m.key[0])) &&
           !quoted(d, m);  // (كتلة "القوات": the party's name)
  });
  static const text::WordSet manner = text::search_forms({"بشكل", "وبشكل", "بصورة", "وبصورة", "بطريقة", "وبطريقة",
                                                          "بأسلوب", "وبأسلوب"});
  std::set<std::string> in_names;  // words of person names of two words or more
  for (const auto& m : mentions)
    if (m.type == 0 && m.key.size() > 1) in_names.insert(m.key.begin(), m.key.end());
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type != 0 || m.key.size() != 1) return false;
    if (m.first > 0 && manner.contains(d.norm[m.first - 1])) return true;
    // ب + the article + a common word, left whole (تبدأ بالرمز، بالفوانيس), is no one's name
    // (بالوتيلي is: its rest is no word; بالقذافي was read as القذافي).
    if (const std::string_view w = without_conjunction(m.key[0]); w.starts_with("بال") &&
        d.model.frequency(std::string(w.substr(2))) >= kMinCount)
      return true;
    if (m.key[0].starts_with("ال") || in_names.contains(m.key[0])) return false;
    const std::uint32_t bare = d.model.frequency(m.key[0]);
    return bare >= kMinCount && d.model.frequency("ال" + m.key[0]) >= bare && !person_announced(d, m.first);
  });
}

std::pair<std::size_t, std::string> choose_reading(const Model& model, std::string_view norm,
                                                   const std::set<std::string>& known,
                                                   double margin, std::uint32_t min_count) {
  auto readings = name_readings(norm);
  // No cut leaves a function word (فاو is no ف + او، فان بيرسي no ف + ان), unless it is a name
  // as well (وعلي، وأم كلثوم، لخلف).
  readings.erase(std::remove_if(readings.begin(), readings.end(),
                                [&](const auto& r) {
                                  return r.first > 0 && summary::StopWords::instance().contains(r.second) &&
                                         r.second != "علي" && r.second != "ام" && r.second != "خلف";
                                }),
                 readings.end());
  for (std::size_t i = 1; i < readings.size(); ++i)
    if (known.count(readings[i].second)) return readings[i];
  // ف before a name is rare, a name that starts with ف common (فورد، فيرون، فنار بخشه): ف is
  // cut only before the article, a place, a given name, a head word or a mined name (فالمملكة،
  // فإيران، فحسن، فمطار، فداعش), a word of the countries' word cluster (فبريطانيا: the one of مصر),
  // or a name the article tags (above).
  const util::StringSet& given = given_names();
  const auto cut_after_fa = [&](const std::string& w) {
    for (Category c : {Category::kCountry, Category::kCity, Category::kOrgHead, Category::kLocHead, Category::kMinedOrg,
                       Category::kMinedLoc})
      if (model.lexicon.contains(w, c)) return true;
    if (w.starts_with("\u0627\u0644") || given.contains(w)) return true;
    const WordInfo* a = model.clusters.find(w);
    const WordInfo* egypt = model.clusters.find("\u0645\u0635\u0631");
    return a && egypt && a->fine != 0 && a->fine == egypt->fine;
  };
  if (norm.starts_with("\u0641"))
    readings.erase(std::remove_if(readings.begin() + 1, readings.end(),
                                  [&](const auto& r) { return r.first == 2 && !cut_after_fa(r.second); }),
                   readings.end());
  // A country, a city, or a head word of organisation and place names (بصحيفة → صحيفة, even
  // where one paper's boilerplate makes بصحيفة frequent). A place read by cutting a letter
  // must be as frequent as the word as written: فرانس (برس) is no و/ف + رانس (Reims).
  auto place = [&](const std::string& w) {
    return model.lexicon.contains(w, Category::kCountry) || model.lexicon.contains(w, Category::kCity);
  };
  auto head = [&](const std::string& w) {
    return model.lexicon.contains(w, Category::kOrgHead) || model.lexicon.contains(w, Category::kLocHead);
  };
  if (place(readings[0].second) || head(readings[0].second)) return readings[0];
  const std::uint32_t written = model.frequency(readings[0].second);
  for (std::size_t i = 1; i < readings.size(); ++i)
    if (head(readings[i].second) || (place(readings[i].second) && model.frequency(readings[i].second) >= written))
      return readings[i];
  // A given name as written is no proclitic and a more frequent word: وليد is no و + ل + يد
  // "hand", فراس no ف + راس. The list also holds names after و (وخالد، وتوفيق): a word with و
  // stays whole only where each shorter reading is rarer than it.
  const std::uint32_t as_written = model.frequency(readings[0].second);
  if (given.contains(readings[0].second) && std::none_of(readings.begin() + 1, readings.end(), [&](const auto& r) {
        return given.contains(r.second) || (readings[0].second.starts_with("و") && model.frequency(r.second) >= as_written);
      }))
    return readings[0];
  std::size_t best = 0;
  auto base = static_cast<double>(model.frequency(readings[0].second));
  double top = base;
  for (std::size_t i = 1; i < readings.size(); ++i) {
    std::uint32_t f = model.frequency(readings[i].second);
    // A word of two letters is common in any text (ين، ود، طن): ten times the margin, unless it
    // is a given name (وطه).
    const double needed = readings[i].second.size() < 6 && !given.contains(readings[i].second) ? 10 * margin : margin;
    if (f > top && f >= needed * base && f >= min_count) top = f, best = i;
  }
  return readings[best];
}

// بي.بي.سي، سي.آي.إيه: letters joined by dots, no space between, are one name; the tagger sees
// the dots as tokens and keeps a letter or two (بي). A mention that holds a part of such a chain
// is made the whole chain, and a mention made twice so is kept once.
void join_dotted_letters(const Doc& d, std::vector<Mention>& mentions) {
  const auto letters = [&](std::uint32_t t) {
    return d.tokens[t].kind == text::TokenKind::kWord && text::count_codepoints(d.tokens[t].view(d.text)) <= 3;
  };
  const auto dot_between = [&](std::uint32_t t) {  // tokens t - 1, t (a dot) and t + 1 touch
    return d.text.substr(d.tokens[t].begin, d.tokens[t].end - d.tokens[t].begin) == "." &&
           d.tokens[t - 1].end == d.tokens[t].begin && d.tokens[t].end == d.tokens[t + 1].begin;
  };
  bool changed = false;
  for (auto& m : mentions) {
    const text::Sentence& s = d.sentences[m.sentence];
    std::uint32_t first = m.first, last = m.last;
    if (!letters(first) || !letters(last - 1)) continue;
    while (last + 1 < s.last_token && dot_between(last) && letters(last + 1)) last += 2;
    while (first >= s.first_token + 2 && dot_between(first - 1) && letters(first - 2)) first -= 2;
    if (first == m.first && last == m.last) continue;
    Mention whole = make_mention(d, m.sentence, first, last, m.type);
    whole.typed_by_context = m.typed_by_context;
    m = std::move(whole);
    changed = true;
  }
  if (!changed) return;
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) {
    return x.first != y.first ? x.first < y.first : x.last > y.last;
  });
  mentions.erase(std::unique(mentions.begin(), mentions.end(),
                             [](const Mention& x, const Mention& y) { return x.first == y.first && x.last == y.last; }),
                 mentions.end());
}

std::vector<Entity> resolve(const Model& model, std::string_view text, std::span<const text::Token> tokens,
                            std::span<const text::Sentence> sentences,
                            const std::vector<std::vector<int>>& labels) {
  std::vector<std::string> norm(tokens.size());
  for (std::size_t t = 0; t < tokens.size(); ++t)
    text::normalize_into(tokens[t].view(text), text::Profile::kSearch, norm[t]);
  return resolve(model, text, tokens, sentences, labels, norm);
}

std::vector<Entity> resolve(const Model& model, std::string_view text, std::span<const text::Token> tokens,
                            std::span<const text::Sentence> sentences,
                            const std::vector<std::vector<int>>& labels, std::span<const std::string> norm) {
  Doc d{model, {}, text, tokens, sentences, norm};
  std::vector<Mention> mentions = tagged_mentions(d, labels);
  join_dotted_letters(d, mentions);
  cut_case_endings(d, mentions);
  cut_complementizers(d, mentions);
  cut_told_agencies(d, mentions);
  cut_prayers(d, mentions);
  drop_prophet_titles(d, mentions);
  drop_the_boys(d, mentions);
  split_at_places(d, mentions);
  cut_facility_heads(d, mentions);
  cut_place_outskirts(d, mentions);
  cut_group_heads(d, mentions);
  complete_listed_places(d, mentions);
  complete_listed_places_before(d, mentions);
  trim_person_openers(d, mentions);
  cut_trailing_verbs(d, mentions);
  cut_words_after_named_people(d, mentions);
  add_ali(d, mentions);
  add_given_names(d, mentions);
  name_facilities_after_people(d, mentions);
  name_competitions(d, mentions);
  name_events(d, mentions);
  name_numbered_talks(d, mentions);
  add_facilities(d, mentions);
  retype_quoted_after_heads(d, mentions);
  add_quoted_names(d, mentions);
  add_mined_after_heads(d, mentions);
  add_mined_in_lists(d, mentions);
  add_group_plurals(d, mentions);
  add_names_of_origin(d, mentions);
  add_people_in_lists(d, mentions);
  add_places_in_lists(d, mentions);
  add_listed_place_chains(d, mentions);
  add_places_after_plural_heads(d, mentions);
  add_places_after_repeated_heads(d, mentions);
  add_the_kingdom(d, mentions);
  name_fixed_bodies(d, mentions);
  name_listed_bodies(d, mentions);
  add_official_country_names(d, mentions);
  add_republic_heads(d, mentions);
  name_bodies_of_origin(d, mentions);
  name_republics(d, mentions);
  add_listed_shares(d, mentions);
  retype_people_after_org_heads(d, mentions);
  retype_places_after_outlets(d, mentions);
  drop_offices_of_places(d, mentions);
  type_countries_as_places(d, mentions);
  add_countries_after_prepositions(d, mentions);
  split_country_runs(d, mentions);
  cut_at_quote_marks(d, mentions);
  add_ali_after_titles(d, mentions);
  add_basim(d, mentions);
  extend_purposes(d, mentions);
  name_airlines(d, mentions);
  name_mosques(d, mentions);
  name_hotels(d, mentions);
  propagate(d, mentions);
  retype_names_after_place_heads(d, mentions);
  name_streets_after_people(d, mentions);
  add_given_names(d, mentions);
  join_adjacent_people(d, mentions);
  join_adjacent_places(d, mentions);
  name_institutions_after_places(d, mentions);
  name_associations(d, mentions);
  add_places_after_names(d, mentions);
  add_place_epithets(d, mentions);
  add_dateline_sources(d, mentions);
  add_currencies(d, mentions);
  add_clubs(d, mentions);
  add_team_colours(d, mentions);
  add_leagues(d, mentions);
  add_god(d, mentions);
  type_quoted_after_lam(d, mentions);
  type_latin_names(d, mentions);
  const auto acronyms = add_acronyms(d, mentions);
  cut_describing_words(d, mentions);
  drop_common_nouns(d, mentions);
  drop_adjectives_of_origin(d, mentions);
  drop_verbs(d, mentions);
  trim_punctuation(d, mentions);
  // A lone function word, with و or ف or without, names nothing (وأنا، فإن، فليكن، «أم» after a
  // question: "or"), nor does
  // the article written apart (اللواء الـ 11), an honorific with its pronoun (وقال سموه:
  // the prince named before, whom the quotes take as the speaker) or an academic degree (فرص
  // ابتعاث للماجستير والدكتوراه: the tagger's organisations).
  static const text::WordSet degrees = text::search_forms({"ماجستير", "دكتوراه", "بكالوريوس", "دبلوم"}),
                             honorifics = text::table_forms(data::kHonorificPronouns);
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.key.size() != 1) return false;
    std::string_view w = without_conjunction(m.key[0]);
    if (m.key[0] == "\u0627\u0644" || honorifics.contains(w) ||
        (w != "علي" && w != "خلف" && !(w == "ام" && d.norm[m.first] != w) &&  // (وام: the agency, كام)
         summary::StopWords::instance().contains(w)))
      return true;
    for (std::string_view article : {"ال", "لل", "بال", "ل"})
      if (w.size() > article.size() + 8 && w.starts_with(article)) {
        w.remove_prefix(article.size());
        break;
      }
    return degrees.contains(w);
  });
  // «كلا من الشيخ يوسف القرضاوي … والشيخ والنائب السابق محمد حبش»: a title with the article
  // alone (الشيخ، البابا، الأمير) names no one before a person's name, nor where the article
  // has no person whose name ends in it («وقال القاضي» after صالح القاضي is the man).
  {
    std::set<std::string_view> surnames;
    std::vector<bool> person_starts(d.tokens.size() + 1, false);
    for (const auto& m : mentions)
      if (m.type == 0) {
        person_starts[m.first] = true;
        if (m.key.size() >= 2) surnames.insert(m.key.back());
      }
    std::erase_if(mentions, [&](const Mention& m) {
      if (m.type != 0 || m.key.size() != 1) return false;
      const std::string_view w = without_conjunction(m.key[0]);
      return w.starts_with("\u0627\u0644") && title_word(d, w) && (person_starts[m.last] || !surnames.contains(w));
    });
  }
  // «وحالة البحر متوسط الموج»، «البحر خفيف»: the weather report's sea and its state, no sea's name
  // (البحر الأحمر، البحر المتوسط: the name's adjective takes the article).
  {
    static const std::string sea = text::normalize_search("\u0627\u0644\u0628\u062D\u0631");  // البحر
    std::erase_if(mentions, [&](const Mention& m) {
      return m.type == 1 && m.key.size() >= 2 && without_conjunction(m.key[0]) == sea && !m.key[1].starts_with("\u0627\u0644");
    });
  }
  // «قال لي: …», «بالنسبة لي»: لي is "to me", the tagger's Lee (لي كوان يو) where a memoir
  // speaks of itself; alone it is a person only after a title or a word that announces one
  // (السيدة لي، عائلة لي). «ولي عهد»، «ولي الأمر» is the heir or the guardian, no name.
  {
    static const std::string li = text::normalize_search("\u0644\u064A"), wali = text::normalize_search("\u0648\u0644\u064A");
    static const text::WordSet governed = text::search_forms({"عهد", "عهده", "العهد", "الأمر", "أمر", "ولي", "الله"});
    std::erase_if(mentions, [&](const Mention& m) {
      if (m.type != 0 || m.last - m.first != 1) return false;
      const std::string& w = d.norm[m.first];
      if (w == li) {
        const std::uint32_t begin = d.sentences[m.sentence].first_token;
        // (a title proper: the lexicon's person triggers hold speech verbs, قال among them)
        static const text::WordSet announce = text::search_forms({"عائلة", "أسرة", "آل", "السيد", "السيدة", "الآنسة"});
        const std::string& before = d.norm[m.first - 1];
        return m.first == begin || !(d.model.lexicon.contains(before, Category::kTitle) || announce.contains(before));
      }
      return w == wali && m.last < d.sentences[m.sentence].last_token && governed.contains(d.norm[m.last]);
    });
  }
  // A speaker's «أنا سعيد في الهلال», «نحن جاهزون»: a pronoun of the first or second person opens
  // a clause, not a name, and the word after it (سعيد "happy") is its predicate; after all
  // passes, since propagation would find سعيد again (هو، هي are left: هو جينتاو; آنا is Anna).
  const auto pronoun = [&](std::uint32_t t) {
    static const std::set<std::string_view> words = {"أنا", "انا", "نحن", "أنت", "انت", "أنتم", "انتم"};
    return d.tokens[t].kind == text::TokenKind::kWord && words.contains(d.tokens[t].view(d.text));
  };
  // (One word after the pronoun stays when it is a word of a name the article gives in full: «أنا
  // فاتن» in Faten Hamama's memoir.)
  std::set<std::string_view> named;
  for (const auto& m : mentions)
    if (m.type == 0 && m.key.size() >= 2 && !pronoun(m.first))
      for (const auto& k : m.key) named.insert(k);
  // (A name in quote marks stays: معرض مكافحة التدخين "أنا بطلت", a campaign's.)
  std::erase_if(mentions, [&](const Mention& m) {
    return m.type == 0 && !quoted(d, m) &&
           (pronoun(m.first) || (m.last - m.first == 1 && m.first > 0 && pronoun(m.first - 1) && !named.contains(m.key[0])));
  });
  // السفير سامي الصالح سفير خادم الحرمين الشريفين: an office without the article after a name of
  // two words or more opens his title in apposition; it is no part of the name.
  // (not a given name — سلطان، مساعد، أمين — nor a word after بن، آل: بندر بن سلطان)
  {
    static const text::WordSet joints = text::search_forms({"بن", "ابن", "بنت", "آل", "أبو", "أبي", "عبد", "أم"});
    const auto& given = given_names();
    for (auto& m : mentions) {
      if (m.type != 0 || m.last - m.first < 3) continue;
      const std::string& w = d.norm[m.last - 1];
      if (w.starts_with("\u0627\u0644") || !title_word(d, w) || given.contains(w) || joints.contains(d.norm[m.last - 2]) ||
          d.model.lexicon.contains(w, Category::kPersonTrigger))
        continue;
      // (the office in construct with what follows: سفير خادم الحرمين، مستشار الرئيس; a surname
      // that reads as an office, محمد رحيم أمين، حاكم …, is followed by none)
      if (m.last >= d.sentences[m.sentence].last_token || d.tokens[m.last].kind != text::TokenKind::kWord) continue;
      const std::string& next = d.norm[m.last];
      if (!(next.starts_with("\u0627\u0644") || next == "\u062E\u0627\u062F\u0645" || title_word(d, next))) continue;  // خادم
      m = make_mention(d, m.sentence, m.first, m.last - 1, 0);
    }
  }
  // حسن الجوار، حسن النية: «good» in construct with an abstract noun, no person (حسن الجوار was
  // a person 24 times on 2,000 SaudiNewsNet records).
  static const text::WordSet good = text::search_forms(
      {"الجوار", "النية", "النوايا", "الظن", "الخلق", "السير", "السلوك", "الأداء", "التنظيم", "الاستقبال",
       "الضيافة", "التعامل", "الخاتمة", "الحظ", "التدبير", "الإدارة", "المعاملة", "التصرف"});
  static const std::string husn = text::normalize_search("حسن");
  // داعيا المولى، سائلين المولى: God ("the Lord") asked in a prayer, no person (the tagger took the
  // verb in); عبد المولى is a name.
  static const std::string lord = text::normalize_search("المولى"), servant = text::normalize_search("عبد");
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.type == 0 && m.key.size() <= 2 && m.key.back() == lord && (m.key.size() == 1 || m.key[0] != servant))
      return true;
    return m.type == 0 && m.key.size() == 2 && without_conjunction(m.key[0]) == husn && good.contains(m.key[1]);
  });

  // ميليشيات الحوثي، جماعة الحوثي: after the head of an armed group, a name the news names a group
  // by (the mined organisations) is the group, though the article also names the person
  // (عبدالملك الحوثي) and resolution typed the word as his.
  static const text::WordSet group_heads = text::search_forms(
      {"ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "جماعة", "حركة", "مسلحي", "مسلحو", "عناصر", "أنصار"});
  for (auto& m : mentions) {
    if (m.type == 0 && m.key.size() == 1 && m.first != d.sentences[m.sentence].first_token &&
        d.model.lexicon.contains(m.key[0], Category::kMinedOrg) && reads_as(d, m.first - 1, group_heads))
      m.type = 2;
  }

  // No word is in two mentions: of overlapping ones the longer stays (جامعة الإمام محمد بن سعود,
  // not also جامعة الإمام; جمهورية مصر العربية, not also جمهورية), the passes above each adding
  // theirs.
  {
    std::vector<std::size_t> by_start(mentions.size());
    for (std::size_t i = 0; i < by_start.size(); ++i) by_start[i] = i;
    const auto length = [&](std::size_t i) { return mentions[i].last - mentions[i].first; };
    std::stable_sort(by_start.begin(), by_start.end(), [&](auto a, auto b) {
      return mentions[a].first != mentions[b].first ? mentions[a].first < mentions[b].first : length(a) > length(b);
    });
    std::vector<bool> overlapped(mentions.size(), false);
    std::size_t cover = mentions.size();
    for (std::size_t i : by_start) {
      if (cover == mentions.size() || mentions[i].first >= mentions[cover].last) {
        cover = i;
      } else if (length(i) > length(cover)) {
        overlapped[cover] = true;
        cover = i;
      } else {
        overlapped[i] = true;
      }
    }
    util::erase_flagged(mentions, overlapped);
  }

  // Longest names first become entities; shorter ones join the first entity they belong to.
  std::vector<std::size_t> order(mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  // (an acronym after every name: it joins the entity of the name it stands for, whatever comes first)
  const auto stands_for = [&](const Mention& m) -> const std::vector<std::string>* {
    if (acronyms.empty() || m.last != m.first + 1) return nullptr;
    auto it = acronyms.find(tokens[m.first].view(text));  // (Latin, as written)
    if (it == acronyms.end()) it = acronyms.find(m.key[0]);  // (Arabic, as searched)
    return it == acronyms.end() ? nullptr : &it->second;
  };
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
    const bool x = stands_for(mentions[a]) != nullptr, y = stands_for(mentions[b]) != nullptr;
    return x != y ? y : mentions[a].key.size() > mentions[b].key.size();
  });
  std::vector<std::size_t> owner(mentions.size());
  std::vector<std::size_t> heads;  // mention index that names each entity
  for (std::size_t i : order) {
    const std::vector<std::string>* name = stands_for(mentions[i]);
    auto it = std::find_if(heads.begin(), heads.end(), [&](std::size_t h) {
      return name ? mentions[h].key == *name && mentions[h].type == mentions[i].type
                  : same_entity(model, mentions[i], mentions[h]);
    });
    owner[i] = it == heads.end() ? heads.size() : static_cast<std::size_t>(it - heads.begin());
    if (it == heads.end()) heads.push_back(i);
  }
  std::vector<int> entity(tokens.size(), -1);
  for (const auto& m : mentions) std::fill(entity.begin() + m.first, entity.begin() + m.last, m.type);

  // Entities numbered in order of their first mention.
  std::vector<Entity> entities;
  std::vector<std::size_t> number(heads.size(), SIZE_MAX);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    std::size_t& n = number[owner[i]];
    if (n == SIZE_MAX) {
      const Mention& h = mentions[heads[owner[i]]];
      n = entities.size();
      Entity e;
      e.id = "e";  // appended, not "e" + …: GCC 12 warns (-Wrestrict) on the temporary
      e.id += std::to_string(n + 1);
      e.type = static_cast<EntityType>(h.type);
      e.name = h.display;
      entities.push_back(std::move(e));
    }
    Entity& e = entities[n];
    e.mentions.push_back(mentions[i].span);
    if (mentions[i].type != 0) continue;
    std::vector<std::string> titles = titles_before(d, mentions[i], entity);
    titles.push_back(title_after(d, mentions[i], entity));
    for (std::string& title : titles)
      if (!title.empty() && std::find(e.titles.begin(), e.titles.end(), title) == e.titles.end())
        e.titles.push_back(std::move(title));
  }
  // A title that only begins another (العميد of العميد ركن) says nothing more.
  for (Entity& e : entities) {
    const std::vector<std::string> all = e.titles;
    std::erase_if(e.titles, [&](const std::string& t) {
      return std::any_of(all.begin(), all.end(), [&](const std::string& o) { return o.size() > t.size() && o.starts_with(t + " "); });
    });
  }
  return entities;
}

}  // namespace marsad::ner
