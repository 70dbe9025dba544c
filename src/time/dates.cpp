// Dates: years, months (three naming systems and Hijri), numeric dates, weekdays, relative
// dates, centuries and decades, and their values against the reference date.
#include <cstdio>
#include <cstdlib>
#include <map>

#include "text/word_set.h"
#include "time/grammar.h"

namespace marsad::time {

std::string ref_word(int dir) { return dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF"; }

namespace {

Match make(std::size_t b, std::size_t e, std::string value, Grain g, std::string type = "DATE") {
  Match m;
  m.begin = b;
  m.end = e;
  m.type = std::move(type);
  m.value = std::move(value);
  m.grain = g;
  return m;
}

// The Gregorian year holding the middle of Hijri year `hy`.
std::optional<int> hijri_year_to_gregorian(int hy) {
  auto start = hijri_to_gregorian(hy, 1, 1), next = hijri_to_gregorian(hy + 1, 1, 1);
  if (!start || !next) return std::nullopt;
  return civil_from_days((days_from_civil(*start) + days_from_civil(*next)) / 2).year;
}

bool split_numeric(std::string_view s, int parts[3], int lens[3], int& count) {
  count = 0;
  char sep = 0;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= s.size(); ++k) {
    if (k < s.size() && s[k] >= '0' && s[k] <= '9') continue;
    if (k < s.size()) {
      if (sep && s[k] != sep) return false;
      sep = s[k];
    }
    if (k == start || count == 3 || k - start > 4) return false;
    parts[count] = 0;
    for (std::size_t d = start; d < k; ++d) parts[count] = parts[count] * 10 + (s[d] - '0');
    lens[count++] = static_cast<int>(k - start);
    start = k + 1;
  }
  return sep != 0;
}

}  // namespace

std::optional<Match> Parser::date(std::size_t i, bool bare_unit_ok) const {
  auto core = date_core(i, bare_unit_ok);
  // A day followed by an adverb of the time of day is a TIME: أمس مساء، الأحد صباحا.
  if (core && core->grain == Grain::kDay && core->end < w_.size()) {
    const Sense* p = sense(core->end, Kind::kPart);
    std::string_view n = norm(core->end);
    if (p && !w_[core->end].definite && n.ends_with("\u0627")) {
      core->value += "T" + p->text;
      core->type = "TIME";
      core->grain = Grain::kTime;
      ++core->end;
    }
  }
  return core;
}

std::optional<Match> Parser::date_core(std::size_t i, bool bare_unit_ok) const {
  std::optional<Match> best;
  keep_longer(best, numeric_date(i));
  keep_longer(best, month_phrase(i));
  keep_longer(best, year_phrase(i));
  keep_longer(best, weekday(i));
  keep_longer(best, relday(i));
  keep_longer(best, relative_unit(i, bare_unit_ok));
  keep_longer(best, century_or_decade(i));
  keep_longer(best, season(i));
  keep_longer(best, year_part(i));
  keep_longer(best, holiday(i));
  // عيد الفطر المبارك، شهر رمضان المبارك، رمضان الكريم: a holiday's or a month's epithet is
  // part of its name.
  if (best && best->end < w_.size() && best->end > i &&
      (sense(best->end - 1, Kind::kHoliday) || sense(best->end - 1, Kind::kMonth))) {
    const std::string_view n = norm(best->end);
    if (n == "المبارك" || n == "الكريم" || n == "السعيد" || n == "الفضيل" || n == "المعظم") ++best->end;
  }
  return best;
}

// عيد الفطر، عيد الأضحى، رأس السنة الهجرية: the occurrence nearest the reference date, or the
// next one in a clause about the future when the last is half a year past. العيد alone is whichever Eid is nearest, future or
// not: the one just past is still the talk of the town (SaudiNewsNet, four days after al-Fitr
// 1436: «سعادتهم في احتفالات العيد»، «نسلم على الأقارب في صباح العيد»).
std::optional<Match> Parser::holiday(std::size_t i) const {
  std::size_t j = i;
  int nth = 0;  // أول أيام عيد الفطر، ثاني أيام عيد الأضحى
  if (auto n = number(i); n && n->ordinal && n->value <= 4) {
    const Sense* u = unit(n->end, Plurality::kPlural);
    if (u && static_cast<Unit>(u->value) == Unit::kDay) j = n->end + 1, nth = n->value - 1;
  } else if (const Sense* u = unit(i, Plurality::kSingular);
             u && static_cast<Unit>(u->value) == Unit::kDay && !w_[i].definite && sense(i + 1, Kind::kHoliday)) {
    j = i + 1;  // منذ يوم العيد، يوم عيد الفطر: the feast's own day
  }
  const Sense* h = sense(j, Kind::kHoliday);
  if (!h) return std::nullopt;
  const std::vector<HolidayDay> days = holiday_days(h->text);
  const bool hijri = days[0].hijri;
  std::size_t end = j + 1;
  auto date_in = [&](const HolidayDay& day, int year) -> std::optional<Ymd> {
    auto d = day.hijri ? hijri_to_gregorian(year, day.month, day.day) : std::optional<Ymd>(Ymd{year, day.month, day.day});
    if (d) *d = civil_from_days(days_from_civil(*d) + nth);
    return d;
  };
  if (auto y = year_number(end); y && y->hijri == hijri && days.size() == 1) {  // عيد الفطر 1436 هـ
    auto g = date_in(days[0], y->year);
    return g ? std::optional<Match>(make(i, y->end, format_day(*g), Grain::kDay)) : std::nullopt;
  }
  if (!ref_.known)
    return make(i, end, hijri || days.size() > 1 ? "XXXX" : "XXXX-" + format_day({0, days[0].month, days[0].day + nth}).substr(5),
                Grain::kDay);
  std::int64_t today = days_from_civil(ref_.date);
  std::optional<std::int64_t> best;
  for (const HolidayDay& day : days) {
    int year = day.hijri ? gregorian_to_hijri(ref_.date).value_or(Ymd{}).year : ref_.date.year;
    for (int y = year - 1; y <= year + 1; ++y) {
      auto g = date_in(day, y);
      if (!g) continue;
      std::int64_t d = days_from_civil(*g);
      // (in a clause about the future, not one past more than half a year ago: the next is nearer;
      // one just past stays, as for a month: سيقام الحفل في ثاني أيام عيد الفطر, three weeks after it)
      if (w_[i].future && d < today && today - d > 183 && days.size() == 1) continue;
      if (!best || std::llabs(d - today) < std::llabs(*best - today)) best = d;
    }
  }
  if (!best) return std::nullopt;
  return make(i, end, format_day(civil_from_days(*best)), Grain::kDay);
}

// A year after a season or part of the year: 2025، عام 2025، العام المقبل، هذا العام.
std::optional<int> Parser::year_of(std::size_t i, std::size_t& end) const {
  const Sense* u = unit(i, Plurality::kSingular);
  bool year_word = u && static_cast<Unit>(u->value) == Unit::kYear && !w_[i].definite;
  if (auto y = year_number(year_word ? i + 1 : i); y && !y->hijri) {
    end = y->end;
    return y->year;
  } else if (y && !y->era) {  // صيف 1434: a bare Hijri year, the Gregorian year of its middle
    if (auto g = hijri_year_to_gregorian(y->year)) {
      end = y->end;
      return *g;
    }
  }
  if (auto r = relative_unit(i, true); r && r->grain == Grain::kYear && ref_.known) {
    if (auto year = parse_year(r->value)) {
      end = r->end;
      return year;
    }
  }
  return std::nullopt;
}

std::optional<Match> Parser::season(std::size_t i) const {
  std::size_t j = sense(i, Kind::kThis) ? i + 1 : i;
  const Sense* s = sense(j, Kind::kSeason);
  if (!s) return std::nullopt;
  std::size_t end = j + 1;
  std::optional<int> year;
  if (!w_[j].definite) {  // صيف 2025، شتاء العام المقبل
    if (!(year = year_of(end, end))) return std::nullopt;
  } else if (const Sense* a = sense(end, Kind::kRelAdj)) {  // الصيف المقبل
    if (ref_.known) year = ref_.date.year + a->value;
    // The last spring, summer or autumn that has ended (الربيع الماضي in July is this year's),
    // the next that has not begun; winter spans two years and keeps the plain count.
    static const std::map<std::string_view, std::pair<int, int>> months = {{"SP", {3, 5}}, {"SU", {6, 8}}, {"FA", {9, 11}}};
    if (const auto m = months.find(s->text); ref_.known && a->value != 0 && m != months.end()) {
      const int month = ref_.date.month;
      if (a->value < 0) year = month > m->second.second ? ref_.date.year : ref_.date.year - 1;
      else year = month < m->second.first ? ref_.date.year : ref_.date.year + 1;
    }
    ++end;
  } else if (j == i && w_.size() > end && w_[end].kind == text::TokenKind::kWord &&
             norm(end).starts_with("\u0627\u0644")) {
    return std::nullopt;  // الربيع العربي: an adjective makes it a name
  } else if (ref_.known) {
    year = ref_.date.year;
  }
  std::string y = year ? format_year(*year) : "XXXX";
  return make(i, end, y + "-" + s->text, Grain::kMonth);
}

// الربع الأول من العام الجاري، النصف الثاني من 2023، الربع الأخير من العام.
std::optional<Match> Parser::year_part(std::size_t i) const {
  const Sense* p = sense(i, Kind::kYearPart);
  if (!p || !w_[i].definite) return std::nullopt;
  int parts = p->text == "Q" ? 4 : 2, n = 0;
  std::size_t k = i + 1;
  if (auto num = number(k); num && num->ordinal) n = num->value, k = num->end;
  else if (const Sense* a = sense(k, Kind::kRelAdj); a && a->value < 0) n = parts, ++k;
  if (n < 1 || n > parts) return std::nullopt;
  const std::size_t bare = k;
  const bool of = sense(k, Kind::kOf) != nullptr;
  if (of) ++k;
  std::size_t end = k;
  auto year = year_of(k, end);
  // A quarter with no year is the reference year's (أرباح الربع الثاني); a half with none is
  // a match's as often (النصف الثاني), unless results or a rate stand by it (أرباح النصف الأول،
  // خلال النصف الأول بنسبة 7%: 20 such on 20,000 records, all a company's). «الربع الأول من
  // القرن» is no quarter of a year.
  static const text::WordSet results = text::search_forms({"أرباح", "إيرادات", "مبيعات", "خسائر", "نتائج"});
  static const text::WordSet rates = text::search_forms({"بنسبة", "مقارنة"});
  const bool financial = p->text != "Q" && !of &&
                         ((i > 0 && results.contains(norm(i - 1))) || (bare < w_.size() && rates.contains(norm(bare))));
  if (!year && (of || (p->text != "Q" && !financial))) return std::nullopt;
  if (!year)
    return make(i, bare, (ref_.known ? format_year(ref_.date.year) : "XXXX") + "-" + p->text + std::to_string(n), Grain::kMonth);
  return make(i, end, format_year(*year) + "-" + p->text + std::to_string(n), Grain::kMonth);
}

Match Parser::year_value(std::size_t begin, std::size_t end, const Year& y) const {
  if (y.bc) return make(begin, end, "BC" + format_year(y.year), Grain::kYear);
  if (!y.hijri) return make(begin, end, format_year(y.year), Grain::kYear);
  auto g = hijri_year_to_gregorian(y.year);
  return make(begin, end, g ? format_year(*g) : "XXXX", Grain::kYear);
}

std::optional<Match> Parser::year_phrase(std::size_t i) const {
  const Sense* u = unit(i, Plurality::kSingular);
  if (u && static_cast<Unit>(u->value) == Unit::kYear) {
    // عام .2014: a sentence's full stop put before the year it ends (text copied from a
    // left-to-right layout)
    const bool stray_stop = punct(i + 1, '.') && i + 2 < w_.size() && w_[i + 1].space_before &&
                            !w_[i + 2].space_before && w_[i + 2].digits == 4;
    if (auto y = year_number(stray_stop ? i + 2 : i + 1)) return year_value(i, y->end, *y);
  }
  auto y = year_number(i);
  if (!y) return std::nullopt;
  // «1938 - السلطات النازية تمنع …»: a year opening a line or a sentence before a dash or a colon
  // heads an entry of a chronology (هذا اليوم في التاريخ), from any century.
  const bool entry = w_[i].digits == 4 && y->year >= 1000 && y->year <= 2100 && i + 2 < w_.size() &&
                     (punct(i + 1, '-') || punct(i + 1, ':')) && w_[i + 2].number < 0 &&
                     (i == 0 || punct(i - 1, '.') || sentence_end(i - 1, i));
  bool bare_ok = !y->hijri && w_[i].digits == 4 &&
                 ((y->year >= 1900 && y->year <= 2100 &&
                   (bare_year_context(i) || event_year(i) || listed_year(i) || spaced_range_end(i))) ||
                  entry);
  // بين عامي 2010 و2014: the two years' noun, in construct with the first, is in its extent
  // (as عام in عام 2010).
  if (y->era || bare_ok) return year_value(i > 0 && two_years_noun(i - 1) ? i - 1 : i, y->end, *y);
  return std::nullopt;
}

// خلال الفترة 1981 - 2010، بين عامي 1990 - 2000: the later year of two with a dash spaced
// apart from both, the first a year in its own right (after a word that dates a bare year, or
// a year's noun); the pair written tight (2015-2016، 2015/2016م) is a season's or a plan's
// name, left to the rules above.
bool Parser::spaced_range_end(std::size_t i) const noexcept {
  if (i < 3 || w_[i].digits != 4 || !w_[i].space_before || !dash(i - 1) || !w_[i - 1].space_before ||
      w_[i - 2].digits != 4 || w_[i - 2].number >= w_[i].number || w_[i - 2].number < 1900)
    return false;
  const Sense* u = unit(i - 3, Plurality::kSingular);
  return bare_year_context(i - 2) || (u && static_cast<Unit>(u->value) == Unit::kYear) || two_years_noun(i - 3);
}

// عامي، سنتي (with ل or ب): the dual noun in construct with a first year (بين عامي 2010 و2014).
bool Parser::two_years_noun(std::size_t k) const noexcept {
  static const text::WordSet two_years = text::search_forms({"عامي", "سنتي", "لعامي", "بعامي", "لسنتي", "بسنتي"});
  return two_years.contains(norm(k));
}

// (2016 - 2017 - 2018), (2016ــ2017- 2018): years listed alone in brackets, at least `least`.
bool Parser::listed_year(std::size_t i, std::size_t least) const noexcept {
  const auto part = [&](std::size_t k) {
    return w_[k].digits == 4 || dash(k) || punct(k, ',') || punct(k, '/') || norm(k) == "\u060C";
  };
  std::size_t years = 0, b = i, e = i;
  while (b > 0 && part(b - 1)) --b;
  while (e + 1 < w_.size() && part(e + 1)) ++e;
  for (std::size_t k = b; k <= e; ++k) years += w_[k].digits == 4;
  return years >= least && b > 0 && punct(b - 1, '(') && e + 1 < w_.size() && punct(e + 1, ')');
}

// A dash: the ASCII one, the en dash, or a run of tatweel standing for one (2016ــ2017).
bool Parser::dash(std::size_t k) const noexcept {
  if (k >= w_.size()) return false;
  if (w_[k].punct == '-') return true;
  const std::string_view s = text_.substr(w_[k].begin, w_[k].end - w_[k].begin);
  if (s == "\u2013") return true;
  if (s.empty() || s.size() % 2 != 0) return false;
  for (std::size_t b = 0; b < s.size(); b += 2)
    if (s.substr(b, 2) != "\u0640") return false;
  return true;
}

// Whether the words before `end` say "the current one" (الجاري، الحالي).
bool Parser::current(std::size_t end) const noexcept {
  for (std::size_t k = end; k-- > 0 && k + 3 > end;)
    if (const Sense* a = sense(k, Kind::kRelAdj); a && a->value == 0) return true;
  return false;
}

// Whether a relative unit (العام المقبل، هذا العام) counts years, with or without a reference.
bool Parser::is_year(const Match& relative) const noexcept {
  const Sense* u = sense(relative.end - 1, Kind::kUnit);
  if (!u) u = sense(relative.end - 2, Kind::kUnit);
  return u && static_cast<Unit>(u->value) == Unit::kYear;
}

std::optional<Match> Parser::month_phrase(std::size_t i) const {
  std::size_t j = i;
  int day = -1;
  bool evidence = false;
  std::size_t k = j;
  if (const Sense* u = unit(k, Plurality::kSingular);
      u && static_cast<Unit>(u->value) == Unit::kDay && !w_[k].definite)
    ++k;  // يوم 15 مارس
  if (auto n = number(k); n && n->value >= 1 && n->value <= 31 && (!n->digits || w_[k].digits <= 2)) {
    std::size_t m = n->end;
    if (sense(m, Kind::kOf)) ++m;
    const Sense* u = unit(m, Plurality::kSingular);
    bool shahr = u && static_cast<Unit>(u->value) == Unit::kMonth && sense(m + 1, Kind::kMonth);
    // (a day up to the tenth in words is an ordinal, الثالث: بأنواعه الثلاثة لشهر أغسطس counts three
    // kinds, الست من شوال six days; the tens are written as cardinals, العشرين من رجب)
    if ((sense(m, Kind::kMonth) || shahr) && (n->value > 10 || n->ordinal || w_[n->end - 1].number >= 0))
      day = n->value, j = m, evidence = true;
    // الثاني عشر من الشهر الجاري، 5 من الشهر المقبل: a day of the month the reference gives
    // (an ordinal or digits: ثلاثة من الشهر counts three of something; nor an ordinal after a
    // unit, its adjective: الثلاثة والعشرين يوما الأولى من الشهر الجاري).
    // التاسع من نفس الشهر، 5 من الشهر ذاته: a day of the month named before (run() fills it in).
    if (day < 0 && m > n->end && (n->ordinal || n->digits) && !(k > 0 && sense(k - 1, Kind::kUnit))) {
      const auto same = [&](std::size_t x) {
        return x < w_.size() && (norm(x) == "\u0646\u0641\u0633" || norm(x) == "\u0630\u0627\u062A");
      };
      const auto same_after = [&](std::size_t x) {
        return x < w_.size() && (norm(x) == "\u0646\u0641\u0633\u0647" || norm(x) == "\u0630\u0627\u062A\u0647");
      };
      const auto the_month = [&](std::size_t x) {
        const Sense* mu = unit(x, Plurality::kSingular);
        return mu && static_cast<Unit>(mu->value) == Unit::kMonth && w_[x].definite;
      };
      if ((the_month(m) && same_after(m + 1)) || (same(m) && the_month(m + 1))) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", n->value);
        Match d = make(i, m + 2, buf, Grain::kDay);
        d.same_month = true;
        return d;
      }
    }
    if (day < 0 && m > n->end && (n->ordinal || n->digits) && !(k > 0 && sense(k - 1, Kind::kUnit)) && u &&
        static_cast<Unit>(u->value) == Unit::kMonth && w_[m].definite)
      if (const Sense* a = sense(m + 1, Kind::kRelAdj)) {
        if (!ref_.known) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", n->value);
          return make(i, m + 2, buf, Grain::kDay);
        }
        const Ymd month = add_months(ref_.date, a->value);
        if (n->value > days_in_month(month.year, month.month)) return std::nullopt;
        return make(i, m + 2, format_day({month.year, month.month, n->value}), Grain::kDay);
      }
  }
  if (const Sense* u = unit(j, Plurality::kSingular);
      u && static_cast<Unit>(u->value) == Unit::kMonth && !w_[j].definite && sense(j + 1, Kind::kMonth))
    ++j, evidence = true;  // شهر رمضان
  else if (sense(j, Kind::kThis) && sense(j + 1, Kind::kMonth) && !sense(j + 1, Kind::kMonth)->flag)
    ++j;  // هذا الشهر الفضيل
  const Sense* month = sense(j, Kind::kMonth);
  if (!month) return std::nullopt;
  std::size_t end = j + 1;
  // Pairs of names for one month: سبتمبر/أيلول، أيلول (سبتمبر)، آذار - مارس، سبتمبر أيلول.
  for (;;) {
    std::size_t m = end;
    if (const Sense* other = sense(m, Kind::kMonth);
        other && other->value == month->value && other->arg != month->arg &&
        static_cast<Calendar>(other->arg) != Calendar::kHijri && static_cast<Calendar>(month->arg) != Calendar::kHijri) {
      end = m + 1;
      evidence = true;
      continue;
    }
    bool paren = punct(m, '(');
    const Sense* paired = sense(m + 1, Kind::kMonth);
    if (!(paren || punct(m, '/') || punct(m, '-')) || !paired) break;
    // صفر-صفر is a score (nil-nil), not a month named twice
    if (punct(m, '-') && paired->value == month->value && paired->arg == month->arg) break;
    end = m + 2;
    if (paren && punct(end, ')')) ++end;
    evidence = true;
  }
  Calendar cal = static_cast<Calendar>(month->arg);
  std::optional<int> year;
  int dir = 0;
  std::size_t y_at = sense(end, Kind::kOf) ? end + 1 : end;
  const Sense* yu = unit(y_at, Plurality::kSingular);
  bool year_word = yu && static_cast<Unit>(yu->value) == Unit::kYear && !w_[y_at].definite;
  auto y = year_number(year_word ? y_at + 1 : y_at);
  if (y && (w_[year_word ? y_at + 1 : y_at].digits == 4 || y->era) &&
      (cal == Calendar::kHijri) == (y->hijri || (!y->era && y->year < 1700))) {
    year = y->year;
    end = y->end;
    evidence = true;
  } else if (auto r = relative_unit(y_at, false); r && cal != Calendar::kHijri && is_year(*r)) {
    if (auto known = parse_year(r->value); ref_.known && known) year = *known;
    end = r->end;
    evidence = true;
  } else if (const Sense* a = sense(end, Kind::kRelAdj)) {
    dir = a->value;  // سبتمبر المقبل، كانون الثاني الجاري، شهر أغسطس الجاري 2015
    ++end;
    evidence = true;
    // The year after it restates the one the adjective gives; another number there counts
    // something (بنهاية شهر مايو الماضي 1959 فرعا). A Hijri year marked هـ after a Hijri month
    // is the writer's, and wins (رمضان المقبل 1436هـ in a story the site dates later).
    if (auto y2 = year_number(end); y2 && w_[end].digits == 4 && cal != Calendar::kHijri) {
      const auto implied = month_value(i, end, day, month->value, cal, std::nullopt, dir);
      if (!ref_.known || (implied && implied->value.starts_with(std::to_string(y2->year)))) {
        year = y2->year;
        end = y2->end;
      }
    } else if (y2 && w_[end].digits == 4 && cal == Calendar::kHijri && y2->hijri) {
      year = y2->year;
      end = y2->end;
    }
  }
  // مايو/أيار ويونيو/حزيران 1999: the year written after the next month, joined by و, is this
  // month's too.
  if (!year && dir == 0 && end < w_.size() && w_[end].conj && sense(end, Kind::kMonth)) {
    std::size_t k = end + 1;
    while (k + 1 < w_.size() && (punct(k, '/') || punct(k, '(') || punct(k, '-')) && sense(k + 1, Kind::kMonth))
      k += punct(k + 2, ')') ? 3 : 2;
    if (auto y = year_number(k); y && w_[k].digits == 4 && !y->hijri && cal != Calendar::kHijri) {
      year = y->year;
      evidence = true;
    }
  }
  // (أيام رمضان: the days of a month name it)
  const Sense* days = i > 0 ? unit(i - 1, Plurality::kPlural) : nullptr;
  const bool days_of = days && static_cast<Unit>(days->value) == Unit::kDay;
  if (!evidence && month->flag && !bare_year_context(i) && !days_of) return std::nullopt;
  return month_value(i, end, day, month->value, cal, year, dir);
}

std::optional<Match> Parser::month_value(std::size_t begin, std::size_t end, int day, int month,
                                         Calendar cal, std::optional<int> year, int dir) const {
  bool future = w_[begin].future && !current(end);
  auto pick = [&](int y, int ref_month, int ref_day) {
    // The occurrence the clause speaks of: the next one for المقبل or a clause in the future,
    // the previous one for الماضي, else the reference year's (always for الجاري).
    bool later = month > ref_month || (month == ref_month && day > ref_day);
    if (dir > 0) return later ? y : y + 1;
    if (dir < 0) return later || month == ref_month ? y - 1 : y;
    // (in a clause about the future, a month past this year is next year's only when that is at
    // most half a year off: سيعلن عن طلبات شهر يونيو in July is June's figures)
    return future && month < ref_month && month + 12 - ref_month <= 6 ? y + 1 : y;
  };
  if (cal == Calendar::kHijri) {
    int hy;
    if (year) {
      hy = *year;
    } else if (ref_.known) {
      auto h = gregorian_to_hijri(ref_.date);
      if (!h) return std::nullopt;
      hy = pick(h->year, h->month, h->day);
    } else {
      return make(begin, end, "XXXX", Grain::kMonth);
    }
    auto g = hijri_to_gregorian(hy, month, day > 0 ? day : 15);
    if (!g) return std::nullopt;
    return day > 0 ? make(begin, end, format_day(*g), Grain::kDay)
                   : make(begin, end, format_month(g->year, g->month), Grain::kMonth);
  }
  char buf[32];
  if (!year && !ref_.known) {
    if (day > 0) std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, day);
    else std::snprintf(buf, sizeof buf, "XXXX-%02d", month);
    return make(begin, end, buf, day > 0 ? Grain::kDay : Grain::kMonth);
  }
  int y = year ? *year : pick(ref_.date.year, ref_.date.month, ref_.date.day);
  if (day > days_in_month(y, month)) return std::nullopt;
  return day > 0 ? make(begin, end, format_day({y, month, day}), Grain::kDay)
                 : make(begin, end, format_month(y, month), Grain::kMonth);
}

std::optional<Match> Parser::numeric_date(std::size_t i) const {
  if (i >= w_.size() || w_[i].kind != text::TokenKind::kNumber) return std::nullopt;
  if (i > 0 && !w_[i].space_before &&
      (w_[i - 1].kind == text::TokenKind::kNumber || w_[i - 1].punct == '/' || w_[i - 1].punct == '-'))
    return std::nullopt;  // inside a run that did not parse as a date (31/2/2024)
  std::string s;
  std::size_t j = i, last_number = i;
  bool spaced = false;  // ٨/ ١٠ /١٤٣٦هـ: spaces around a slash, only in a full day/month/year
  for (; j < w_.size() && j < i + 5; ++j) {
    const Word& x = w_[j];
    if (j > i && x.space_before) {
      if (x.punct != '/' && w_[j - 1].punct != '/') break;
      spaced = true;
    }
    if (x.kind == text::TokenKind::kNumber) s += norm(j), last_number = j;
    else if (x.punct == '/' || x.punct == '-' || x.punct == '.') s += x.punct;
    else break;
  }
  s.resize(s.find_last_of("0123456789") + 1);
  int parts[3], lens[3], count = 0;
  if (!split_numeric(s, parts, lens, count) || count < 2) return std::nullopt;
  if (spaced && !(count == 3 && (lens[0] == 4 || lens[2] == 4))) return std::nullopt;
  Ymd d;
  if (count == 3 && lens[0] == 4) d = {parts[0], parts[1], parts[2]};
  else if (count == 3 && lens[2] == 4 && lens[0] <= 2) d = {parts[2], parts[1], parts[0]};
  else if (count == 2 && lens[1] == 4 && lens[0] <= 2) d = {parts[1], parts[0], 0};
  else return std::nullopt;
  std::size_t end = last_number + 1;
  const Sense* era = sense(end, Kind::kEra);
  if (era) ++end;
  bool hijri = (era && era->value == 1) || d.year < 1700;
  // (٦٤٦١/٤/٩: a date whose digits came reversed from a right-to-left layout is no year 6461)
  if (d.month < 1 || d.month > 12 || d.year < 1000 || d.year > 2200) return std::nullopt;
  if (hijri) {
    auto g = hijri_to_gregorian(d.year, d.month, d.day > 0 ? d.day : 15);
    if (!g) return std::nullopt;
    return d.day > 0 ? make(i, end, format_day(*g), Grain::kDay)
                     : make(i, end, format_month(g->year, g->month), Grain::kMonth);
  }
  if (d.day == 0) return make(i, end, format_month(d.year, d.month), Grain::kMonth);
  if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return make(i, end, format_day(d), Grain::kDay);
}

std::optional<Match> Parser::day_date(std::size_t i) const {
  // Callers look ahead for an anchoring day (a clock time before its date): past the last
  // word there is none (found by fuzzing analyze).
  if (i >= w_.size()) return std::nullopt;
  std::optional<Match> best;
  keep_longer(best, numeric_date(i));
  keep_longer(best, month_phrase(i));
  if (best && best->grain != Grain::kDay) return std::nullopt;
  return best;
}

std::optional<Match> Parser::day_anchor(std::size_t i) const {
  std::optional<Match> best;
  keep_longer(best, relday(i));
  keep_longer(best, weekday(i));
  keep_longer(best, day_date(i));
  if (best && best->grain != Grain::kDay) return std::nullopt;
  return best;
}

std::optional<Match> Parser::weekday(std::size_t i) const {
  std::size_t j = i;
  if (const Sense* u = unit(j, Plurality::kSingular);
      u && static_cast<Unit>(u->value) == Unit::kDay && !w_[j].definite && sense(j + 1, Kind::kWeekday))
    ++j;  // يوم الثلاثاء، يوم جمعة
  const Sense* wd = sense(j, Kind::kWeekday);
  if (!wd || (wd->flag && j == i) || (i > 0 && sense(i - 1, Kind::kNotDay))) return std::nullopt;
  std::size_t end = j + 1;
  int dir = 0;
  if (const Sense* a = sense(end, Kind::kRelAdj); a && a->value != 0) dir = a->value, ++end;
  // الخميس بعد المقبل: the one after the next.
  bool after_next = false;
  if (const Sense* a = sense(end + 1, Kind::kRelAdj);
      dir == 0 && end + 1 < w_.size() && norm(end) == "\u0628\u0639\u062F" && a && a->value > 0)
    dir = 1, after_next = true, end += 2;
  // يومي الأحد والاثنين المقبلين: the adjective after the second weekday qualifies both.
  if (const Sense* a = sense(end + 1, Kind::kRelAdj);
      dir == 0 && a && a->value != 0 && sense(end, Kind::kWeekday) && w_[end].conj)
    dir = a->value;
  if (dir == 0) {  // الثلاثاء 24 سبتمبر، يوم الأحد (15 مارس)
    std::size_t k = end + (punct(end, ',') || punct(end, '(') ? 1 : 0);
    if (auto d = day_date(k)) {
      d->begin = i;
      if (punct(d->end, ')') && punct(end, '(')) ++d->end;
      d->named_day = true;
      return d;
    }
    if (auto d = weekday_day_month(i, k, wd->value)) return d;
  }
  if (!ref_.known) return make(i, end, "XXXX-WXX-" + std::to_string(wd->value), Grain::kDay);
  std::int64_t today = days_from_civil(ref_.date);
  int back = (iso_weekday(today) - wd->value + 7) % 7, ahead = (wd->value - iso_weekday(today) + 7) % 7;
  std::int64_t day;
  if (dir < 0) day = today - (back == 0 ? 7 : back);
  else if (dir > 0) day = today + (ahead == 0 ? 7 : ahead) + (after_next ? 7 : 0);
  else day = w_[i].future || w_[i].coming ? today + ahead : today - back;
  Match m = make(i, end, format_day(civil_from_days(day)), Grain::kDay);
  m.weekday = true;
  m.tense_only = dir == 0;
  m.named_day = dir != 0;
  return m;
}

// الأحد 17/10: a day and a month without a year after a weekday. The weekday tells the
// calendar: of the Gregorian and the Hijri day/month nearest the reference date (17 October 2015
// a Saturday; 17 Shawwal 1436 = 2 August 2015 a Sunday), the one that falls on that weekday.
std::optional<Match> Parser::weekday_day_month(std::size_t i, std::size_t k, int weekday) const {
  if (!ref_.known || k + 2 >= w_.size() || w_[k].number < 1 || w_[k].number > 31 || w_[k].digits > 2 ||
      !punct(k + 1, '/') || w_[k + 2].number < 1 || w_[k + 2].number > 12 || w_[k + 2].digits > 2 ||
      (k + 3 < w_.size() && (punct(k + 3, '/') || punct(k + 3, '-'))))
    return std::nullopt;
  const int day = w_[k].number, month = w_[k + 2].number;
  const std::int64_t today = days_from_civil(ref_.date);
  std::optional<std::int64_t> best;
  const auto consider = [&](std::optional<Ymd> g) {
    if (!g) return;
    const std::int64_t d = days_from_civil(*g);
    if (iso_weekday(d) == weekday && std::llabs(d - today) <= 200 && (!best || std::llabs(d - today) < std::llabs(*best - today)))
      best = d;
  };
  for (int y = ref_.date.year - 1; y <= ref_.date.year + 1; ++y)
    if (day <= days_in_month(y, month)) consider(Ymd{y, month, day});
  if (const auto h = gregorian_to_hijri(ref_.date))
    for (int y = h->year - 1; y <= h->year + 1; ++y) consider(hijri_to_gregorian(y, month, day));
  if (!best) return std::nullopt;
  Match m = make(i, k + 3, format_day(civil_from_days(*best)), Grain::kDay);
  m.named_day = true;
  return m;
}

std::optional<Match> Parser::relday(std::size_t i) const {
  std::size_t j = i;
  if (const Sense* u = unit(j, Plurality::kSingular);
      u && static_cast<Unit>(u->value) == Unit::kDay && !w_[j].definite && sense(j + 1, Kind::kRelDay))
    ++j;  // يوم أمس
  else if (sense(j, Kind::kThis) && sense(j + 1, Kind::kRelDay) && sense(j + 1, Kind::kRelDay)->value == 0)
    ++j;  // هذا اليوم
  const Sense* r = sense(j, Kind::kRelDay);
  // اليوم الأول، اليوم التالي: a day of some event, not today; but an ordinal without the article
  // opens the next phrase (ستهبط يوم غد | أول طائرة).
  if (!r || (sense(j + 1, Kind::kOrdinal) && w_[j + 1].definite) || sense(j + 1, Kind::kAnaphor))
    return std::nullopt;
  // The weekday that often follows names the same day: أمس الثلاثاء، اليوم (الاثنين).
  std::size_t end = j + 1;
  bool paren = punct(end, '(');
  const Sense* wd = sense(end + paren, Kind::kWeekday);
  if (wd && !wd->flag) end += paren ? (punct(end + 2, ')') ? 3 : 2) : 1;
  else wd = nullptr;
  if (!ref_.known) return make(i, end, ref_word(r->value), Grain::kDay);
  std::int64_t day = days_from_civil(ref_.date) + r->value;
  if (wd) {  // the weekday wins over a document date that is off (a publication or crawl date)
    // A story is published on or after the day it was written, so the weekday is taken in
    // the days before the document date; only the next day is read forward (a date stamped
    // just before midnight).
    int back = (iso_weekday(day) - wd->value + 7) % 7, ahead = (wd->value - iso_weekday(day) + 7) % 7;
    day += ahead == 1 && back > 1 ? ahead : -back;
  }
  Match m = make(i, end, format_day(civil_from_days(day)), Grain::kDay);
  m.named_day = wd != nullptr;
  return m;
}

std::optional<Match> Parser::relative_unit(std::size_t i, bool bare_ok) const {
  std::size_t j = i;
  bool demonstrative = sense(j, Kind::kThis) != nullptr;
  if (demonstrative) ++j;
  const Sense* u = unit(j, Plurality::kSingular);
  if (!u || !w_[j].definite) return std::nullopt;
  if (demonstrative) return relative_value(i, j + 1, static_cast<Unit>(u->value), 0);
  // الأمين العام السابق، المدير العام المقبل: after an office العام is "general" (the former
  // secretary-general), no year.
  static const std::set<std::string_view> offices = {
      "\u0627\u0644\u0627\u0645\u064A\u0646", "\u0627\u0644\u0645\u062F\u064A\u0631",
      "\u0627\u0644\u0645\u0631\u0634\u062F", "\u0627\u0644\u0646\u0627\u0626\u0628",
      "\u0627\u0644\u0645\u0641\u062A\u0634", "\u0627\u0644\u0645\u0631\u0627\u0642\u0628",
      "\u0627\u0644\u0645\u0646\u0633\u0642", "\u0627\u0644\u0645\u0634\u0631\u0641",
      "\u0627\u0644\u0645\u062F\u0639\u064A", "\u0627\u0644\u0642\u0627\u0626\u062F"};  // الأمين المدير المرشد النائب المفتش المراقب المنسق المشرف المدعي القائد
  if (static_cast<Unit>(u->value) == Unit::kYear && j > 0 && offices.contains(norm(j - 1))) return std::nullopt;
  if (const Sense* a = sense(j + 1, Kind::kRelAdj))
    return relative_value(i, j + 2, static_cast<Unit>(u->value), a->value);
  if (bare_ok) return relative_value(i, j + 1, static_cast<Unit>(u->value), 0);
  // خلال الأسبوع، على مدار الأسبوع: the week a market report sums up, the document's (the sets
  // mark it so 4 times of 4; a bare year or month there is left: طوال العام is a length).
  static const text::WordSet over = text::search_forms({"خلال", "وخلال", "مدار", "على مدار"});
  // (not one an adjective or ordinal after it names: خلال الأسبوع الأول، الأسبوع نفسه، الممتد)
  static const text::WordSet same = text::search_forms({"نفسه", "ذاته"});
  const bool described = j + 1 < w_.size() && w_[j + 1].kind == text::TokenKind::kWord &&
                         (w_[j + 1].definite || same.contains(norm(j + 1)) || norm(j + 1).starts_with("\u0627\u0644"));
  if (static_cast<Unit>(u->value) == Unit::kWeek && i > 0 && over.contains(norm(i - 1)) && !described)
    return relative_value(i, j + 1, Unit::kWeek, 0);
  return std::nullopt;
}

std::optional<Match> Parser::relative_value(std::size_t begin, std::size_t end, Unit u, int dir) const {
  if (u == Unit::kHour || u == Unit::kMinute || u == Unit::kSecond) return std::nullopt;
  if (!ref_.known) return make(begin, end, ref_word(dir), Grain::kNone);
  const Ymd& r = ref_.date;
  switch (u) {
    case Unit::kYear: return make(begin, end, format_year(r.year + dir), Grain::kYear);
    case Unit::kMonth: {
      Ymd m = add_months(r, dir);
      return make(begin, end, format_month(m.year, m.month), Grain::kMonth);
    }
    case Unit::kWeek:
      return make(begin, end, format_iso_week(days_from_civil(r) + 7 * dir), Grain::kWeek);
    case Unit::kDay:
      return make(begin, end, format_day(civil_from_days(days_from_civil(r) + dir)), Grain::kDay);
    case Unit::kDecade: return make(begin, end, std::to_string(r.year / 10 + dir), Grain::kDecade);
    case Unit::kCentury: return make(begin, end, std::to_string(r.year / 100 + dir), Grain::kCentury);
    default: return std::nullopt;
  }
}

std::optional<Match> Parser::century_or_decade(std::size_t i) const {
  // The century named at k (القرن العشرين، القرن الماضي): its TIMEX3 digits in `century` and
  // its end in `end`. (No optional's payload is compared before its flag: valgrind flagged
  // GCC's code for «n && n->value >= 1» reading an empty optional's value.)
  auto century_at = [&](std::size_t k, std::size_t& end, int& century) {
    const Sense* u = unit(k, Plurality::kSingular);
    if (!u || static_cast<Unit>(u->value) != Unit::kCentury || !w_[k].definite) return false;
    const std::optional<Number> n = number(k + 1);
    const int ordinal = n.has_value() ? n->value : 0;
    if (ordinal >= 1 && ordinal <= 30) {
      end = n->end;
      century = ordinal - 1;  // the 21st century is 20xx: TIMEX3 "20"
      return true;
    }
    if (const Sense* a = sense(k + 1, Kind::kRelAdj); a && ref_.known) {
      end = k + 2;
      century = ref_.date.year / 100 + a->value;
      return true;
    }
    return false;
  };
  std::size_t end = i + 1;
  int century = 0;
  if (const Sense* d = sense(i, Kind::kDecade)) {
    int value = d->value;
    std::size_t k = sense(end, Kind::kOf) ? end + 1 : end, c_end = 0;
    if (century_at(k, c_end, century)) value = century * 10 + value % 10, end = c_end;
    return make(i, end, std::to_string(value), Grain::kDecade);
  }
  if (century_at(i, end, century)) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", century);
    return make(i, end, buf, Grain::kCentury);
  }
  return std::nullopt;
}

}  // namespace marsad::time
