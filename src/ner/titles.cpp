// Titles and roles attached to people: the title phrase before a name (وزير الدفاع العراقي
// ثابت العباسي) or after it past a comma (قيس الخزعلي، مؤسس عصائب أهل الحق).
#include <set>

#include "ner/resolve_doc.h"
#include "summary/words.h"
#include "util/strings.h"

namespace marsad::data {
extern const std::string_view kNerRoles;
}  // namespace marsad::data

namespace marsad::ner::resolution {
namespace {

constexpr std::size_t kMaxTitleWords = 8;

// A title written as words from `from` to `to` (tokens, half-open), head proclitics cut.
std::string title_text(const Doc& d, std::uint32_t from, std::uint32_t to) {
  auto [skip, form] = choose_reading(d.model, d.norm[from], {}, 1.0, 1);
  std::uint32_t begin = original_offset(d, from, skip);
  bool restored = form.size() > d.norm[from].size() - skip;
  return (restored ? "ا" : "") + std::string(d.text.substr(begin, d.tokens[to - 1].end - begin));
}

// Professions and roles (data/ner_roles.tsv): titles for resolution, not tagger features.
const Lexicon& roles() {
  static const Lexicon lexicon = [] {
    Lexicon l;
    util::for_each_table_line(data::kNerRoles, [&](std::string_view line) { l.add(line, Category::kTitle); });
    return l;
  }();
  return lexicon;
}

bool title_starts(const Doc& d, std::uint32_t t, std::uint32_t end, bool with_roles = true) {
  // Search folding makes أمام ("in front of") the title إمام; the hamza, when written, tells.
  if (d.tokens[t].view(d.text).find("أمام") != std::string_view::npos) return false;
  std::vector<std::string> words(d.norm.begin() + t, d.norm.begin() + std::min<std::size_t>(end, t + 4));
  std::size_t len = 0;
  return d.model.lexicon.starts(words, 0, Category::kTitle, len) ||
         (with_roles && roles().starts(words, 0, Category::kTitle, len));
}

// A word no title is made of: function words, pronouns, verbs of speech and time words
// (data/stopwords_ar.tsv), except the prepositions and ordinals titles do take (السفير لدى،
// النائب الأول، الأمين العام، زميل في).
bool ends_title(const Doc& d, std::uint32_t t) {
  static const std::set<std::string, std::less<>> inside = {
      "في", "ل", "ب", "عن", "الي", "لدي", "عام", "العام", "الحالي", "الاول", "الثاني", "الثالث", "الاولي", "الثانيه"};
  return summary::StopWords::instance().contains(d.norm[t]) && !inside.contains(d.norm[t]) &&
         !inside.contains(without_conjunction(d.norm[t]));
}

// A preposition still waiting for its noun (نائب الرئيس للبرامج في …).
bool bare_preposition(const Doc& d, std::uint32_t t) {
  static const std::set<std::string, std::less<>> words = {"في", "من", "عن", "علي", "الي", "مع", "لدي", "ب", "ل"};
  return words.contains(without_conjunction(d.norm[t]));
}

// Whether the word just before a name can close a title: definite (العراقي، للشؤون), with a
// possessive pronoun (وزير خارجيته), an adjective of origin (لبناني), a place or part of a
// named organisation (رئيس وزراء لوكسمبورغ), a title head itself (الشيخ الدكتور) or a rank
// (الفريق أول ركن، العميد طيار ركن). A verb (استقبل، وصف) or a noun still waiting for its name (شركة) cannot.
bool closes_title(const Doc& d, std::uint32_t t, std::uint32_t end, const std::vector<int>& entity) {
  if (entity[t] > 0 || title_starts(d, t, end)) return true;
  for (const auto& r : d.readings(t))
    if (r.second.starts_with("ال") || d.model.lexicon.contains(r.second, Category::kCountry) ||
        d.model.lexicon.contains(r.second, Category::kCity) || d.model.lexicon.contains(r.second, Category::kMinedLoc))
      return true;
  const std::string_view w = d.norm[t], written = d.tokens[t].view(d.text);
  for (std::string_view pronoun : {"ه", "ها", "هم", "هما", "هن"})
    if (written.size() > pronoun.size() + 4 && written.ends_with(pronoun)) return true;
  return w == "اول" || w == "ركن" || w == "طيار" || w == "جوي" || (w.size() >= 8 && (w.ends_with("ي") || w.ends_with("يه")));
}

}  // namespace

bool role_word(std::string_view word) { return roles().contains(word, Category::kTitle); }

bool title_word(const Doc& d, std::string_view word) {
  return d.model.lexicon.contains(word, Category::kTitle) || d.model.lexicon.contains(word, Category::kPersonTrigger) ||
         roles().contains(word, Category::kTitle);
}

// A word of kinship (نجل، والد، شقيق): a title before it is the relative's («نجل خادم الحرمين
// الشريفين الأمير …»), and none reaches past it to the name after it («أمير نجران يواسي والد
// الشهيد آل منصور»: the prince is not the martyr).
static bool kin_word(const Doc& d, std::uint32_t t) {
  static const std::set<std::string, std::less<>> kin = {"نجل", "ابن", "ابنه", "كريمه", "شقيق", "شقيقه", "والد",
                                                         "والده", "حرم", "زوجه", "زوج", "حفيد", "حفيده", "عم", "خال"};
  return kin.contains(d.norm[t]) || kin.contains(without_conjunction(d.norm[t]));  // والد: no و + الد
}

// "وزير الدفاع العراقي ثابت العباسي": the nearest title head before the name, extended left
// over chained heads (نائب رئيس الوزراء), with no punctuation in between. The words between
// the head and the name must read as part of the title; else the head is not this name's.
// Roles count as heads only when no office does: وزير الصحة المهندس خالد is the minister.
// `entity` per token: -1 none, else the mention's type (0 = a person, who ends the search).
// A second title right before the first is the person's too (titles_before).
// Where the title that ends at `end` begins, or `end` if there is none.
static std::uint32_t title_start(const Doc& d, std::uint32_t start, std::uint32_t end, const std::vector<int>& entity) {
  for (bool with_roles : {false, true})
    for (std::uint32_t t = end; t > start && end - t < kMaxTitleWords;) {
      --t;
      if (is_punct(d, t) || entity[t] == 0 || kin_word(d, t)) break;
      if (!title_starts(d, t, end, with_roles)) {
        if (ends_title(d, t) || (t + 1 == end && !closes_title(d, t, end, entity))) break;
        continue;
      }
      if (t + 1 < end && bare_preposition(d, end - 1)) break;
      while (t > start && !is_punct(d, t - 1) && title_starts(d, t - 1, end, with_roles)) --t;
      return t;
    }
  return end;
}

std::vector<std::string> titles_before(const Doc& d, const Mention& m, const std::vector<int>& entity) {
  // «نجل خادم الحرمين الشريفين الأمير …»: a title after a word of kinship is the relative's.
  const auto kin_before = [&](std::uint32_t t) { return t > 0 && kin_word(d, t - 1); };
  const std::uint32_t start = d.sentences[m.sentence].first_token;
  std::vector<std::string> out;
  // المبعوث الأممي الخاص -نيكولاي ملادينوف-، الرئيس (بشار الأسد): the name between dashes or
  // in brackets right after the title.
  std::uint32_t name_at = m.first;
  if (m.first > start + 1 && m.last < d.sentences[m.sentence].last_token &&
      ((d.norm[m.first - 1] == "-" && d.norm[m.last] == "-") || (d.norm[m.first - 1] == "(" && d.norm[m.last] == ")")))
    name_at = m.first - 1;
  const std::uint32_t near = title_start(d, start, name_at, entity);
  if (near == name_at || kin_before(near)) return out;
  out.push_back(title_text(d, near, name_at));
  // «المتحدث الرئاسي المصري السفير علاء يوسف»: an office right before a rank or honorific is
  // his too, and one before that (ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان). Not across
  // «و» (the one before belongs to another name).
  const auto conjoined = [&](std::uint32_t t) {  // والأمير, not وزير
    const std::string_view w = d.norm[t];
    return w.starts_with("\u0648") && !title_word(d, w) && title_word(d, without_conjunction(w));
  };
  // The third must be an office's few words (at most four), none of them: a function word; a
  // title or function word behind و, or a word behind و without the article at its end («أمير
  // منطقة القصيم عن شكره وتقديره لمعالي»، «الوزير المرافق ومعالي» before the next office); a
  // body's name (الملك فهد in مستشفى الملك فهد يرافقه); a present tense (أمير قطر يلتقي).
  const auto plain_office = [&](std::uint32_t from, std::uint32_t to) {
    const auto& stop = summary::StopWords::instance();
    const auto fits = [&](std::uint32_t k) {
      const std::string& w = d.norm[k];
      const std::string_view bare = without_conjunction(w);
      const bool conjoined = w.starts_with("\u0648") && !title_word(d, w);
      if (conjoined && (title_word(d, bare) || stop.contains(bare))) return false;
      if (conjoined && k + 1 == to && !bare.starts_with("\u0627\u0644")) return false;
      if (stop.contains(w) || entity[k] == 2 || entity[k] == 3) return false;
      return !(w.starts_with("\u064A") && !title_word(d, w));
    };
    if (to - from > 4) return false;
    for (std::uint32_t k = from; k < to; ++k)
      if (!fits(k)) return false;
    return true;
  };
  for (std::uint32_t inner = near; out.size() < 3;) {
    const std::uint32_t outer = title_start(d, start, inner, entity);
    if (outer == inner || conjoined(inner) || kin_before(outer) || (out.size() == 2 && !plain_office(outer, inner))) break;
    out.insert(out.begin(), title_text(d, outer, inner));
    inner = outer;
  }
  return out;
}

// "قيس الخزعلي، مؤسس عصائب أهل الحق -": a title after a comma (and an optional وهو/وهي),
// up to the next punctuation, person or word no title is made of (الذي، إن، قال). Without the
// comma, a title with the article right after the name that ends at a comma or at the
// complementizer of a speech verb before the name (صرح السفير بدر عبد العاطي المتحدث باسم وزارة
// الخارجية أن …); not one that runs on into the verb's object (أبدى فلان المدير الفني ثقته).
std::string title_after(const Doc& d, const Mention& m, const std::vector<int>& entity) {
  std::uint32_t end = d.sentences[m.sentence].last_token, t = m.last;
  if (t >= end) return {};
  const bool comma = d.norm[t] == "," || d.norm[t] == "،";
  if (comma) {
    ++t;
    if (t < end && (d.norm[t] == "وهو" || d.norm[t] == "وهي" || d.norm[t] == "هو" || d.norm[t] == "هي")) ++t;
  } else if (!d.norm[t].starts_with("ال")) {
    return {};
  }
  if (t >= end || !title_starts(d, t, end)) return {};
  // وقدم الرئيس هادي، لمبعوث الأمين العام، شرحا: a title behind a preposition (ل، ب) is whom
  // something is given to or done with, not the person's apposition; لواء keeps its lam (the
  // corpus writes واء far less often).
  if (const std::string& w = d.norm[t]; (w.starts_with("ل") || w.starts_with("ب")) && w.size() > 4)
    if (const std::uint32_t bare = d.model.frequency(w.substr(2)); bare > 0 && bare >= 3 * d.model.frequency(w)) return {};
  std::uint32_t stop = t;
  while (stop < end && !is_punct(d, stop) && entity[stop] != 0 && stop - t < kMaxTitleWords &&
         (stop == t || !ends_title(d, stop)))
    ++stop;
  if (stop < end && entity[stop] == 0) return {};  // a list: the title is the next person's
  if (!comma && (stop >= end || (d.norm[stop] != "،" && d.norm[stop] != "," && !complementizer(d.norm[stop]))))
    return {};
  while (stop > t + 1 && bare_preposition(d, stop - 1)) --stop;
  return title_text(d, t, stop);
}

std::uint32_t original_offset(const Doc& d, std::uint32_t t, std::size_t skip) {
  if (skip == 0) return d.tokens[t].begin;
  text::Normalized n = text::normalize(d.tokens[t].view(d.text), text::Profile::kSearch);
  return d.tokens[t].begin + n.to_orig[std::min(skip, n.text.size())];
}

std::size_t long_title_at(const Doc& d, std::uint32_t t) {
  std::size_t length = 0;
  return d.model.lexicon.starts(d.norm, t, Category::kTitle, length) && length >= 2 ? length : 0;
}

bool person_announced(const Doc& d, std::uint32_t t) {
  if (t == 0 || is_punct(d, t - 1)) return false;
  for (const auto& r : d.readings(t - 1))
    if (d.model.lexicon.contains(r.second, Category::kTitle) || roles().contains(r.second, Category::kTitle) ||
        d.model.lexicon.contains(r.second, Category::kPersonTrigger))
      return true;
  return false;
}

}  // namespace marsad::ner::resolution
