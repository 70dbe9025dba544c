// The grammar's building blocks (numbers, years, units), times of day, durations, sets,
// vague references and modifiers, and the leftmost-longest scan over the words.
#include "time/grammar.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string_view>

#include "text/word_set.h"

namespace marsad::time {
namespace {

constexpr std::string_view kArticle = "\u0627\u0644";  // الـ standing alone before digits

Match make(std::size_t b, std::size_t e, std::string type, std::string value) {
  Match m;
  m.begin = b;
  m.end = e;
  m.type = std::move(type);
  m.value = std::move(value);
  return m;
}

bool positional(std::string_view mod) { return mod == "START" || mod == "MID" || mod == "END"; }

// "P" or "PT", the count (X when unknown), the unit: built by appending, since GCC 12 warns
// (-Wrestrict, a false positive) on "literal" + a temporary string.
std::string period(std::string_view prefix, std::string_view count, std::string_view unit) {
  std::string out(prefix);
  out += count;
  out += unit;
  return out;
}

std::string duration_value(Unit u, int count) {
  const std::string n = count < 0 ? "X" : std::to_string(count);
  switch (u) {
    case Unit::kHour: return period("PT", n, "H");
    case Unit::kMinute: return period("PT", n, "M");
    case Unit::kSecond: return period("PT", n, "S");
    // Counted decades and centuries are years (خمسة عقود: P50Y), so uncounted ones are some years
    // (عقود، قرون: PXY), as the gold sets write them, not TimeML's PXDE and PXCE.
    case Unit::kDecade: return count < 0 ? "PXY" : period("P", std::to_string(count * 10), "Y");
    case Unit::kCentury: return count < 0 ? "PXY" : period("P", std::to_string(count * 100), "Y");
    default: return period("P", n, unit_code(u));
  }
}

Match duration_match(std::size_t b, std::size_t e, Unit u, int count) {
  Match m = make(b, e, "DURATION", duration_value(u, count));
  m.unit = u;
  m.count = count;
  return m;
}

}  // namespace

const Sense* Parser::sense(std::size_t i, Kind k) const noexcept {
  return i < w_.size() ? w_[i].sense(k) : nullptr;
}

std::string_view Parser::norm(std::size_t i) const noexcept {
  return i < w_.size() ? words_.norm(w_[i]) : std::string_view{};
}

bool Parser::punct(std::size_t i, char c) const noexcept { return i < w_.size() && w_[i].punct == c; }

const Sense* Parser::unit(std::size_t i, Plurality p) const noexcept {
  const Sense* u = sense(i, Kind::kUnit);
  return u && static_cast<Plurality>(u->arg) == p ? u : nullptr;
}

// ثلاثة، 24، الـ24، الثالثة، ثلاثة عشر، الحادي عشر، خمسة وعشرين، الحادي والعشرين.
std::optional<Parser::Number> Parser::number(std::size_t i) const {
  if (i < w_.size() && norm(i) == kArticle && i + 1 < w_.size() && w_[i + 1].number >= 0) ++i;
  if (i >= w_.size()) return std::nullopt;
  if (w_[i].number >= 0) return Number{w_[i].number, i + 1, false, true};
  const Sense* s = sense(i, Kind::kCardinal);
  bool ordinal = false;
  if (!s && (s = sense(i, Kind::kOrdinal))) ordinal = true;
  if (!s) return std::nullopt;
  Number n{s->value, i + 1, ordinal, false};
  if (n.value < 10 && i + 1 < w_.size()) {
    const Sense* next = sense(i + 1, Kind::kCardinal);
    if (next && next->value == 10 && !w_[i + 1].conj) n.value += 10, ++n.end;
    else if (next && w_[i + 1].conj && next->value >= 20 && next->value <= 90 && next->value % 10 == 0)
      n.value += next->value, ++n.end;
  }
  return n;
}

std::optional<Parser::Year> Parser::year_number(std::size_t i) const {
  if (i >= w_.size() || w_[i].number < 0) return std::nullopt;
  const Word& x = w_[i];
  if (x.digits < 3 || x.digits > 4 || x.number < 100 || x.number > 2999) return std::nullopt;
  // 1436 / 1437هـ، 1435-1436: a school or fiscal year named by two Hijri years (no Gregorian
  // year of the 15th century is news): each is a year of its own, Hijri.
  const auto hijri_pair = [&](std::size_t first) {
    return first + 2 < w_.size() && w_[first].digits == 4 && w_[first].number >= 1300 && w_[first].number <= 1500 &&
           (w_[first + 1].punct == '/' || w_[first + 1].punct == '-') && w_[first + 2].digits == 4 &&
           w_[first + 2].number == w_[first].number + 1;
  };
  if (hijri_pair(i)) return Year{x.number, i + 1, true, true};
  if (i > 1 && hijri_pair(i - 2)) {
    const Sense* era = sense(i + 1, Kind::kEra);
    return Year{x.number, era && era->value == 1 ? i + 2 : i + 1, true, true};
  }
  if (i > 1 && (w_[i - 1].punct == '/' || w_[i - 1].punct == '-') && w_[i - 2].number >= 0 &&
      (!x.space_before || w_[i - 2].digits == 4) && !listed_year(i, 3) && !spaced_range_end(i))
    return std::nullopt;  // the end of a range or a date that did not parse (2015/2016م); not a list (2016-2017-2018)
  // الآيزو 2008:9001: digits joined by a colon are a code (a standard, a verse), not a year.
  const auto joined = [&](std::size_t k) { return k < w_.size() && !w_[k].space_before; };
  if (joined(i + 1) && w_[i + 1].punct == ':' && joined(i + 2) && w_[i + 2].number >= 0) return std::nullopt;
  if (i > 1 && joined(i) && w_[i - 1].punct == ':' && joined(i - 1) && w_[i - 2].number >= 0) return std::nullopt;
  // عام 500 قبل الميلاد: before the Christian era (TimeML writes BC0500).
  if (i + 2 < w_.size() && norm(i + 1) == "\u0642\u0628\u0644" && norm(i + 2) == "\u0627\u0644\u0645\u064A\u0644\u0627\u062F")
    return Year{x.number, i + 3, false, true, true};
  const Sense* era = sense(i + 1, Kind::kEra);
  if (x.digits == 3 && !era) return std::nullopt;
  // سباق 100م، بارتداد 100م: three digits and the bare letter م are metres, unless a year's word, a
  // preposition, a month or a Hijri year before them makes it the era (عام 647م، ت 932م، 26 هـ/
  // 647 م، 21 يوليو 921م).
  if (x.digits == 3 && era->value == 0 && norm(i + 1) == "\u0645") {
    const Sense* u = i > 0 ? unit(i - 1, Plurality::kSingular) : nullptr;
    const bool after_hijri = i > 1 && w_[i - 1].punct == '/' && sense(i - 2, Kind::kEra);
    bool month = false;  // 21 يوليو (تموز) 921م
    for (std::size_t k = i; k-- > 0 && k + 4 > i && !month;) month = sense(k, Kind::kMonth) != nullptr;
    if (!(u && static_cast<Unit>(u->value) == Unit::kYear) && !bare_year_context(i) && !after_hijri && !month &&
        !(i > 0 && norm(i - 1) == "\u062A"))
      return std::nullopt;
  }
  // ولد بالرياض عام 1396، في العام 1428: a bare year of the last century of the Hijri era, up to
  // the next one, is Hijri (Saudi news dates by it; 1473, 1543 stay Gregorian). Not before
  // another year (عام 1385 1964: the pair restated), nor without a date to count from.
  if (!era && x.digits == 4 && ref_.known && !(i + 1 < w_.size() && w_[i + 1].digits == 4) &&
      !(i > 0 && w_[i - 1].digits == 4)) {
    const auto h = gregorian_to_hijri(ref_.date);
    if (h && x.number <= h->year + 1 && x.number >= h->year - 100) return Year{x.number, i + 1, true, false};
  }
  return Year{x.number, era ? i + 2 : i + 1, era && era->value == 1, era != nullptr};
}

// Words after which a bare number or an ambiguous month name (مارس، رمضان) is a date.
bool Parser::bare_year_context(std::size_t i) const noexcept {
  if (i == 0) return false;
  if (sense(i - 1, Kind::kFi) || sense(i - 1, Kind::kPrep) || sense(i - 1, Kind::kDurCtx)) return true;
  const Sense* m = sense(i - 1, Kind::kMod);
  return m && (positional(m->text) || m->text == "BEFORE" || m->text == "AFTER" ||
               m->text == "ON_OR_BEFORE");
}

// A year naming an event or plan (أولمبياد 2016، رؤية 2030): a noun before it, and after it no
// noun it could be counting (2000 جندي) — only punctuation, a proclitic word or a particle.
bool Parser::event_year(std::size_t i) const noexcept {
  if (i == 0 || w_[i - 1].kind != text::TokenKind::kWord) return false;
  // مونديال روسيا 2018 ستقام، يورو 2016 بعد، إكسبو 2020 وسط: the year of a named event, one word
  // of its place between at most, whatever follows.
  if (w_[i].number >= 1950 &&
      (sense(i - 1, Kind::kEvent) ||
       (i >= 2 && w_[i - 2].kind == text::TokenKind::kWord && sense(i - 2, Kind::kEvent))))
    return true;
  // (موسم 2015: a season, a unit only with واحد, names its year like an event)
  if (w_[i - 1].entry && !unit(i - 1, Plurality::kOne)) return false;
  // منتخب مواليد 2000 لكرة القدم: those born that year, whatever follows
  if (norm(i - 1) == "\u0645\u0648\u0627\u0644\u064A\u062F" && w_[i].digits == 4 && w_[i].number >= 1900) return true;
  if (w_[i].number < 1950) return false;
  if (i + 1 >= w_.size()) return true;
  const Word& next = w_[i + 1];
  if (!next.space_before && (next.punct == '/' || next.punct == '-')) return false;  // 2015/2016
  bool line_break = text_.substr(w_[i].end, next.token_begin - w_[i].end).find('\n') != std::string_view::npos;
  if (next.kind != text::TokenKind::kWord || line_break) return true;
  if (sense(i + 1, Kind::kFi) || sense(i + 1, Kind::kOf) || sense(i + 1, Kind::kPrep)) return true;
  // على عن مع و، and words with a proclitic and the article (بالعاصمة، للمرة), which no number counts
  static constexpr std::string_view kAfter[] = {"\u0639\u0644\u064A", "\u0639\u0646", "\u0645\u0639",
                                                "\u0648"};
  static constexpr std::string_view kDefinite[] = {"\u0628\u0627\u0644", "\u0644\u0644",
                                                   "\u0648\u0627\u0644", "\u0641\u0627\u0644"};
  std::string_view n = norm(i + 1);
  for (auto p : kAfter)
    if (n == p) return true;
  for (auto p : kDefinite)
    if (n.starts_with(p)) return true;
  return false;
}

std::optional<Match> Parser::time_of_day(std::size_t i) const {
  // الفترة المسائية، الفترة الصباحية: the evening or morning session, of the day named right before
  // it (يعاود الفريق تمارينه غدا في الفترة الصباحية), else of the last dated part of a day in its
  // sentence or the last session (أجرى الفريق صباحا مرانا …، وفي الفترة المسائية), else of the last
  // day in its sentence, else of any day (يفتح أبوابه في الفترة المسائية؛ يستمر المعسكر حتى
  // الاثنين بواقع 5 أيام، وفي الفترة المسائية التمرين).
  if (i + 1 < w_.size() && norm(i) == "\u0627\u0644\u0641\u062A\u0631\u0647") {  // الفترة
    static const std::pair<std::string_view, const char*> sessions[] = {
        {"\u0627\u0644\u0635\u0628\u0627\u062D\u064A\u0647", "MO"},  // الصباحية
        {"\u0627\u0644\u0645\u0633\u0627\u0626\u064A\u0647", "EV"},  // المسائية
        {"\u0627\u0644\u0644\u064A\u0644\u064A\u0647", "NI"}};       // الليلية
    for (const auto& [adjective, code] : sessions)
      if (norm(i + 1) == adjective) {
        Match m = make(i, i + 2, "TIME", std::string("XXXX-XX-XXT") + code);
        m.grain = Grain::kTime;
        m.floating = m.session = true;
        return m;
      }
  }
  // في الساعات الأولى من صباح الجمعة: early in that part of the day, not one o'clock.
  if (const Sense* u = unit(i, Plurality::kPlural); u && static_cast<Unit>(u->value) == Unit::kHour) {
    auto n = number(i + 1);
    if (!n || !n->ordinal || n->value != 1) return std::nullopt;
    auto part = time_of_day(sense(n->end, Kind::kOf) ? n->end + 1 : n->end);
    const std::size_t t = part ? part->value.rfind('T') : std::string::npos;  // a part of the day: TMO, TEV…
    if (t == std::string::npos || t + 1 >= part->value.size() || part->value[t + 1] < 'A' || part->value[t + 1] > 'Z')
      return std::nullopt;
    Match m = make(i, part->end, "TIME", part->value);
    m.grain = Grain::kTime;
    return m;
  }
  if (auto c = clock(i)) return c;
  // A part of the day with the article names one after هذا/هذه, before الماضي or joined to a
  // relative day: هذه الليلة، هذا المساء (tonight, this evening), الليلة وغدا, الليلة الماضية (last
  // night), الليلة قبل الماضية. Alone it is any such part (قضى الليلة، في المساء).
  const bool this_part = sense(i, Kind::kThis) && sense(i + 1, Kind::kPart) && w_[i + 1].definite;
  const std::size_t at_part = this_part ? i + 1 : i;
  const Sense* p = sense(at_part, Kind::kPart);
  if (!p) return std::nullopt;
  if (w_[at_part].definite) {
    // (not العصر, الظهر: هذا العصر is "this age")
    if (p->text != "MO" && p->text != "EV" && p->text != "NI") return std::nullopt;
    std::size_t end = at_part + 1;
    int offset = 0;
    // الماضية, not الأخيرة (الليلة الأخيرة: the last of some nights)
    const auto past = [&](std::size_t k) {
      const Sense* a = sense(k, Kind::kRelAdj);
      return a && a->value < 0 && norm(k).find("\u0627\u062E\u064A\u0631") == std::string_view::npos;
    };
    const Sense* next_day = sense(end, Kind::kRelDay);
    if (!this_part) {
      if (past(end)) {
        offset = -1, end += 1;
      } else if (norm(end) == "\u0642\u0628\u0644" && past(end + 1)) {
        offset = -2, end += 2;
      } else if (!(next_day && next_day->value > 0 && w_[end].conj)) {  // الليلة وغدا: tonight
        return std::nullopt;
      }
    }
    Match m = make(i, end, "TIME",
                   ref_.known ? format_day(civil_from_days(days_from_civil(ref_.date) + offset)) + "T" + p->text
                              : ref_word(offset));
    m.grain = Grain::kTime;
    return m;
  }
  auto d = day_anchor(i + 1);  // مساء أمس، صباح الأحد، ليلة 14 مارس
  if (!d) return std::nullopt;
  // Without a reference date أمس is PAST_REF, and so is مساء أمس (no part can be added to it).
  Match m = make(i, d->end, "TIME", d->value.ends_with("_REF") ? d->value : d->value + "T" + p->text);
  m.grain = Grain::kTime;
  m.tense_only = d->tense_only;
  m.named_day = d->named_day;
  return m;
}

// الساعة الثالثة مساء، الساعة 10:30 صباحا، الساعة العاشرة والنصف من صباح أمس، 9 مساء.
std::optional<Match> Parser::clock(std::size_t i) const {
  if (const Sense* u = i > 0 ? unit(i - 1, Plurality::kPlural) : nullptr; u && static_cast<Unit>(u->value) == Unit::kHour)
    return std::nullopt;  // الساعات الأولى: the first hours
  std::size_t j = i;
  const Sense* u = unit(j, Plurality::kSingular);
  bool marker = u && static_cast<Unit>(u->value) == Unit::kHour && w_[j].definite;
  if (marker) ++j;
  if (norm(j) == kArticle && j + 1 < w_.size() && w_[j + 1].number >= 0) ++j;  // الساعة الـ12:30
  int hour = -1, minute = 0;
  std::size_t end = j;
  bool colon = j + 2 < w_.size() && w_[j].number >= 0 && punct(j + 1, ':') && w_[j + 2].number >= 0 &&
               !w_[j + 1].space_before && !w_[j + 2].space_before;
  // الساعة 1438 بتوقيت جرينتش: four digits after الساعة, before a time zone, are hours and
  // minutes (news agencies' market reports).
  const bool hhmm = marker && j + 1 < w_.size() && w_[j].digits == 4 && w_[j].number % 100 < 60 &&
                    w_[j].number < 2400 && norm(j + 1).find("\u062A\u0648\u0642\u064A\u062A") != std::string_view::npos;
  // الساعة 4.15 مساء: hours and minutes with a dot, one number token, after الساعة.
  const auto dotted = [&](int& h, int& m) {
    if (!marker || j >= w_.size() || w_[j].kind != text::TokenKind::kNumber) return false;
    const std::string_view t = norm(j);
    const std::size_t dot = t.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 2 || t.size() - dot != 3) return false;
    h = m = 0;
    for (std::size_t k = 0; k < t.size(); ++k) {
      if (k == dot) continue;
      if (t[k] < '0' || t[k] > '9') return false;
      (k < dot ? h : m) = (k < dot ? h : m) * 10 + (t[k] - '0');
    }
    return true;
  };
  int dotted_hour = 0, dotted_minute = 0;
  if (const Sense* h = sense(j, Kind::kHourWord)) {
    hour = h->value, end = j + 1, marker = true;  // منتصف الليل
  } else if (dotted(dotted_hour, dotted_minute)) {
    hour = dotted_hour, minute = dotted_minute, end = j + 1, colon = true;
    // (الساعة 4.15 دقيقة مساء: the minutes' unit after them)
    if (const Sense* m = unit(end, Plurality::kSingular); m && static_cast<Unit>(m->value) == Unit::kMinute) ++end;
  } else if (hhmm) {
    hour = w_[j].number / 100, minute = w_[j].number % 100, end = j + 1, colon = true;
  } else if (colon) {
    hour = w_[j].number, minute = w_[j + 2].number, end = j + 3;
  } else if (auto n = number(j)) {
    hour = n->value, end = n->end;
  } else {
    return std::nullopt;
  }
  if (hour > 24 || minute > 59) return std::nullopt;
  if (const Sense* f = sense(end, Kind::kClockFrac); f && w_[end].conj && !colon) minute = f->value, ++end;
  const bool joined = sense(end, Kind::kOf) != nullptr;  // العاشرة من صباح
  std::size_t k = joined ? end + 1 : end;
  const Sense* part = sense(k, Kind::kPart);
  bool afternoon = false;  // الساعة الثالثة بعد الظهر
  if (part) {
    end = k + 1;
  } else if (const Sense* mod = sense(k, Kind::kMod); marker && mod && mod->text == "AFTER") {
    const Sense* noon = sense(k + 1, Kind::kPart);
    afternoon = noon && noon->text == "MI";
    if (afternoon) end = k + 2;
  }
  if (!marker && !colon && !part) return std::nullopt;
  // Without الساعة, digits need a part of the day and a 12-hour value (9 مساء); a number
  // word needs the part joined by من (التاسعة من مساء الأربعاء), since an ordinal before a
  // part of the day is more often an adjective (المباراة الثالثة مساء أمس).
  // After في، عند، تمام، حوالي، إلى … the ordinal is the hour (في تمام التاسعة مساء، عند العاشرة صباحا).
  const auto at_hour = [&] {
    // (للثامنة مساء: ل joined to the article's ordinal, «until eight»)
    if (w_[j].definite && norm(j).starts_with("\u0644\u0644")) return true;
    if (j == 0) return false;
    std::string_view p = norm(j - 1);
    if (p.starts_with("\u0648")) p.remove_prefix(2);  // وفي، وعند
    return p == "\u0641\u064A" || p == "\u0639\u0646\u062F" || p == "\u062A\u0645\u0627\u0645" ||
           p == "\u062D\u0648\u0627\u0644\u064A" || p == "\u0646\u062D\u0648" || p == "\u062D\u062A\u064A" ||
           p == "\u0642\u0631\u0627\u0628\u0647" || p == "\u0645\u0646" || p == "\u0627\u0644\u064A";  // (من السابعة مساء وحتى السادسة صباحا)
  };
  if (!marker && !colon && (hour > 12 || (w_[j].number < 0 && !joined && !at_hour()))) return std::nullopt;
  const std::string code = afternoon ? "AF" : part ? part->text : "";
  if ((code == "EV" || code == "AF") && hour < 12) hour += 12;
  if (code == "NI" && hour >= 6 && hour < 12) hour += 12;
  if (code == "MI" && hour <= 4) hour += 12;
  std::size_t a = sense(end, Kind::kOf) ? end + 1 : end;
  // الساعة 4:10 من تاريخ 5/8/2015: the date after its own word dates the time and is an
  // expression of its own.
  const bool dated = a > end && a + 1 < w_.size() && norm(a) == "\u062A\u0627\u0631\u064A\u062E";
  if (dated) ++a;
  auto anchor = day_anchor(a);
  std::string date = anchor ? anchor->value : ref_.known ? format_day(ref_.date) : "XXXX-XX-XX";
  if (anchor && !dated) end = anchor->end;
  // منتصف الليلة الماضية: the midnight that began the reference day.
  if (const Sense* last = sense(end, Kind::kRelAdj); !anchor && hour == 24 && last && last->value < 0 && ref_.known) {
    date = format_day(civil_from_days(days_from_civil(ref_.date) - 1));
    ++end;
  }
  if (auto d = parse_day(date); d && hour == 24)  // midnight ends the day: 00:00 of the next
    date = format_day(civil_from_days(days_from_civil(*d) + 1));
  if (date.find('-') == std::string::npos) date = "XXXX-XX-XX";  // PAST_REF and the like
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hour % 24, minute);
  Match m = make(i, end, "TIME", date + buf);
  m.grain = Grain::kTime;
  m.floating = !anchor;
  if (anchor) m.tense_only = anchor->tense_only, m.named_day = anchor->named_day;
  return m;
}

std::optional<Match> Parser::duration(std::size_t i) const {
  auto d = bare_duration(i);
  // عام ونصف، ساعة ونصف، ثلاث سنوات ونصف: and a half, counted in the next smaller unit; a
  // month or a week and a half, which has no whole number of days, as a fraction (P1.5M).
  const auto and_half = [&](std::size_t k) { return k < w_.size() && norm(k) == "\u0648\u0646\u0635\u0641"; };
  if (!d && and_half(i + 1))
    if (const Sense* u = unit(i, Plurality::kSingular); u && !w_[i].definite)
      d = duration_match(i, i + 1, static_cast<Unit>(u->value), 1);
  if (d && d->count > 0 && and_half(d->end)) {
    // (خمس سنوات ونصف السنة: the unit again, with the article, after ونصف)
    const Sense* again = unit(d->end + 1, Plurality::kSingular);
    const std::size_t half_end =
        d->end + 1 + (again && w_[d->end + 1].definite && static_cast<Unit>(again->value) == d->unit ? 1 : 0);
    const auto halved = [&](Unit smaller, int per) {
      Match h = duration_match(d->begin, half_end, smaller, d->count * per + per / 2);
      h.mod = d->mod;
      return h;
    };
    switch (d->unit) {
      case Unit::kYear:  // عام ونصف P18M; خمس سنوات ونصف P5.5Y, as the sets write a count of years
        if (d->count >= 3) {
          Match h = duration_match(d->begin, half_end, d->unit, d->count);
          h.value = "P" + std::to_string(d->count) + ".5Y";
          h.mod = d->mod;
          d = h;
        } else {
          d = halved(Unit::kMonth, 12);
        }
        break;
      case Unit::kDay: d = halved(Unit::kHour, 24); break;
      case Unit::kHour: d = halved(Unit::kMinute, 60); break;
      case Unit::kMinute: d = halved(Unit::kSecond, 60); break;
      case Unit::kCentury: d = halved(Unit::kYear, 100); break;
      case Unit::kMonth:
      case Unit::kWeek: {  // أربعة أشهر ونصف الشهر: P4.5M (TimeML allows the fraction)
        Match h = duration_match(d->begin, half_end, d->unit, d->count);
        h.value = "P" + std::to_string(d->count) + ".5" + (d->unit == Unit::kMonth ? "M" : "W");
        h.mod = d->mod;
        d = h;
        break;
      }
      default: break;
    }
  }
  if (d && sense(d->end, Kind::kWhole)) ++d->end;  // عام كامل، ثلاثة أيام كاملة
  return d;
}

std::optional<Match> Parser::bare_duration(std::size_t i) const {
  // (the unit carries no preposition: بأنواعه الثلاثة لشهر أغسطس is no length)
  if (auto n = number(i); n && !n->ordinal && n->value > 0 && n->value <= 1000)
    if (const Sense* u = sense(n->end, Kind::kUnit);
        u && !w_[n->end].definite && w_[n->end].begin == w_[n->end].token_begin) {
      std::size_t end = n->end + 1;  // الأربع والعشرين ساعة الماضية
      bool definite = w_[i].definite || norm(i) == kArticle;
      // … and ثلاث سنوات قادمة: the adjective agrees with the count in definiteness.
      if (const Sense* a = sense(end, Kind::kRelAdj); a && a->value != 0 && (definite || !w_[end].definite)) ++end;
      // 60 يوم عمل، عشرة أيام عمل: working days (the count as written; TimeML has no unit for them).
      if (static_cast<Unit>(u->value) == Unit::kDay && end < w_.size() && norm(end) == "\u0639\u0645\u0644") ++end;
      return duration_match(i, end, static_cast<Unit>(u->value), n->value);
    }
  // الثلاث السنوات الماضية: a count with the article before the unit with it (the plural's
  // own order is السنوات الثلاث), when an adjective of time closes it.
  if (auto n = number(i); n && !n->ordinal && n->value > 2 && n->value <= 1000 && w_[i].definite)
    if (const Sense* u = unit(n->end, Plurality::kPlural); u && w_[n->end].definite)
      if (const Sense* a = sense(n->end + 1, Kind::kRelAdj); a && a->value != 0)
        return duration_match(i, n->end + 2, static_cast<Unit>(u->value), n->value);
  // لمدة (24) شهرا: a count in brackets, as notices and forms write it.
  if (punct(i, '('))
    if (auto n = number(i + 1); n && !n->ordinal && n->value > 0 && n->value <= 1000 && punct(n->end, ')'))
      if (const Sense* u = sense(n->end + 1, Kind::kUnit); u && !w_[n->end + 1].definite)
        return duration_match(i, n->end + 2, static_cast<Unit>(u->value), n->value);
  // نصف ساعة، ربع ساعة، نصف عام، ربع قرن: a fraction of a unit, in the next smaller one.
  if (i + 1 < w_.size() && !w_[i].definite && (norm(i) == "\u0646\u0635\u0641" || norm(i) == "\u0631\u0628\u0639"))
    if (const Sense* u = unit(i + 1, Plurality::kSingular); u && !w_[i + 1].definite) {
      const bool half = norm(i) == "\u0646\u0635\u0641";
      switch (static_cast<Unit>(u->value)) {
        case Unit::kHour: return duration_match(i, i + 2, Unit::kMinute, half ? 30 : 15);
        case Unit::kMinute: return duration_match(i, i + 2, Unit::kSecond, half ? 30 : 15);
        case Unit::kDay: return duration_match(i, i + 2, Unit::kHour, half ? 12 : 6);
        case Unit::kYear: return duration_match(i, i + 2, Unit::kMonth, half ? 6 : 3);
        case Unit::kCentury: return duration_match(i, i + 2, Unit::kYear, half ? 50 : 25);
        default: break;  // a quarter of a month or a week is no whole number of days
      }
    }
  if (sense(i, Kind::kQuant))  // عدة أشهر، بضعة أيام
    if (const Sense* u = unit(i + 1, Plurality::kPlural))
      return duration_match(i, i + 2, static_cast<Unit>(u->value), -1);
  const Sense* u = sense(i, Kind::kUnit);
  if (!u) return std::nullopt;
  Unit un = static_cast<Unit>(u->value);
  auto plural = static_cast<Plurality>(u->arg);
  const Word& x = w_[i];
  if (plural == Plurality::kDual) {  // عامين، العقدين الأخيرين
    const Sense* a = sense(i + 1, Kind::kRelAdj);
    return duration_match(i, x.definite && a ? i + 2 : i + 1, un, 2);
  }
  // قليلة "few" after a plural unit: الأيام القليلة المقبلة، أشهر قليلة.
  const auto few = [&](std::size_t k, bool definite) {
    return k < w_.size() && norm(k) == (definite ? "\u0627\u0644\u0642\u0644\u064A\u0644\u0647" : "\u0642\u0644\u064A\u0644\u0647");
  };
  if (x.definite) {  // الأشهر الماضية، السنوات الخمس الماضية، الساعات الـ24 الماضية
    if (plural != Plurality::kPlural) return std::nullopt;
    std::size_t k = i + 1;
    int count = -1;
    if (auto n = number(k); n && !n->ordinal) count = n->value, k = n->end;
    else if (few(k, true)) ++k;
    const Sense* a = sense(k, Kind::kRelAdj);
    if (a && a->value != 0) return duration_match(i, k + 1, un, count);
    return std::nullopt;
  }
  if (const Sense* one = sense(i + 1, Kind::kCardinal); one && one->value == 1)
    return duration_match(i, i + 2, un, 1);  // عام واحد، موسم واحد
  if (plural == Plurality::kOne) return std::nullopt;  // موسم الحج، خلال الموسم: no length
  // شهر كامل، لشهر كامل: "whole" makes a singular unit a length of one in any context.
  if (plural == Plurality::kSingular && sense(i + 1, Kind::kWhole)) return duration_match(i, i + 1, un, 1);
  const Sense* before = i > 0 ? sense(i - 1, Kind::kMod) : nullptr;
  if (day_after_day(i)) return std::nullopt;
  bool context = i > 0 && (sense(i - 1, Kind::kDurCtx) || (before && !positional(before->text)));
  bool lam = x.begin - x.token_begin > (x.conj ? 2u : 0u);  // لسنوات، لعقود
  // A plural unit in construct with a definite noun names the days of something, not a
  // length of time: خلال أيام العيد، أشهر الصيف (but خلال أيام: "within days"); so with a
  // feast or a month (خلال أيام عيد الفطر، أيام رمضان، أيام شهر رمضان).
  if (plural == Plurality::kPlural && i + 1 < w_.size() &&
      ((!w_[i + 1].entry && norm(i + 1).starts_with("ال")) || sense(i + 1, Kind::kHoliday) ||
       sense(i + 1, Kind::kMonth) || (unit(i + 1, Plurality::kSingular) && sense(i + 2, Kind::kMonth))))
    return std::nullopt;
  // عدة، عديدة after a plural: "several" makes a length of time in any context (سنين عديدة، أيام عدة).
  if (plural == Plurality::kPlural && i + 1 < w_.size() &&
      (norm(i + 1) == "\u0639\u062F\u0647" || norm(i + 1) == "\u0639\u062F\u064A\u062F\u0647"))
    return duration_match(i, i + 2, un, -1);
  // قبل المباراة بأسبوع، بعد الحادث بيوم: a singular unit with ب closing a phrase that قبل or
  // بعد opened is the gap between two events.
  if (plural == Plurality::kSingular && lam && text_.substr(x.begin - 2, 2) == "\u0628" &&
      (i + 1 >= w_.size() || w_[i + 1].kind != text::TokenKind::kWord))
    for (std::size_t k = i; k-- > 0 && k + 8 > i && w_[k].kind == text::TokenKind::kWord;)
      if (const Sense* m = sense(k, Kind::kMod); m && (m->text == "BEFORE" || m->text == "AFTER"))
        return duration_match(i, i + 1, un, 1);
  // بعقود طويلة الأجل: "long-term contracts", no decades.
  if (i + 2 < w_.size() && norm(i + 2) == "\u0627\u0644\u0627\u062C\u0644") return std::nullopt;
  // لينهي شهورا من الانقسام، انتظروا أياما: a broken plural in the accusative (its alif) is a
  // length in any context, the object or adverb of its verb (not عقودا, also "contracts").
  const bool accusative = plural == Plurality::kPlural && un != Unit::kDecade &&
                          text_.substr(x.begin, x.end - x.begin).ends_with("\u0627");
  // أمضى شهرا في المستشفى، تستمر أسبوعا، مدد عقده عاما آخر: a month or a week in the accusative
  // is one of them, and so is a year with آخر or إضافيا after it («another»); not عاما alone
  // (also "general": قائدا عاما، توافقا وطنيا عاما), nor يوما (يوما ما: "some day").
  if (plural == Plurality::kSingular && !lam && (un == Unit::kYear || un == Unit::kMonth || un == Unit::kWeek) &&
      text_.substr(x.begin, x.end - x.begin).ends_with("\u0627")) {
    const bool another = i + 1 < w_.size() && (norm(i + 1) == "\u0627\u062E\u0631" ||  // آخر
                                               norm(i + 1) == "\u0627\u0636\u0627\u0641\u064A\u0627");  // إضافيا
    // (not the unit of a number set apart by marks: السجن «30» شهرا)
    std::size_t k = i;
    while (k > 0 && k + 3 > i && w_[k - 1].kind == text::TokenKind::kPunct) --k;
    const bool counted = k > 0 && w_[k - 1].kind == text::TokenKind::kNumber;
    if ((another || un != Unit::kYear) && !counted) return duration_match(i, another ? i + 2 : i + 1, un, 1);
  }
  if (context || accusative || (lam && plural == Plurality::kPlural)) {
    // (سنوات طويلة "long years", أيام قليلة "a few days": the adjective is the length's)
    const bool some = plural == Plurality::kPlural &&
                      (few(i + 1, false) || (i + 1 < w_.size() && norm(i + 1) == "\u0637\u0648\u064A\u0644\u0647"));
    return duration_match(i, some ? i + 2 : i + 1, un, plural == Plurality::kSingular ? 1 : -1);
  }
  return std::nullopt;
}

std::optional<Match> Parser::set(std::size_t i) const {
  if (const Sense* s = sense(i, Kind::kSet)) return make(i, i + 1, "SET", s->text);
  if (!sense(i, Kind::kEvery)) return std::nullopt;
  std::size_t k = i + 1;
  const Sense* u = unit(k, Plurality::kSingular);
  if (u && static_cast<Unit>(u->value) == Unit::kDay && sense(k + 1, Kind::kWeekday)) ++k;
  if (const Sense* wd = sense(k, Kind::kWeekday))  // كل يوم جمعة، كل خميس، كل الاثنين
    return make(i, k + 1, "SET", "XXXX-WXX-" + std::to_string(wd->value));
  if (u && !w_[k].definite) return make(i, k + 1, "SET", duration_value(static_cast<Unit>(u->value), 1));
  if (auto d = duration(k)) return make(i, d->end, "SET", d->value);  // كل ثلاثة أشهر
  return std::nullopt;
}

std::optional<Match> Parser::vague(std::size_t i) const {
  if (const Sense* r = sense(i, Kind::kRef)) {
    if (sense(i + 1, Kind::kOf))  // وقت سابق من الشهر الجاري: a time within that month
      if (auto d = date(i + 2, true)) {
        d->begin = i;
        return d;
      }
    return make(i, i + 1, "DATE", r->text);
  }
  const Sense* r = sense(i, Kind::kFiRef);  // في المستقبل، في الماضي
  if (r && w_[i].definite && i > 0 && sense(i - 1, Kind::kFi)) {
    // في المستقبل القريب / البعيد: the adjective is part of the expression.
    const bool near = i + 1 < w_.size() && (norm(i + 1) == "\u0627\u0644\u0642\u0631\u064A\u0628" ||
                                             norm(i + 1) == "\u0627\u0644\u0628\u0639\u064A\u062F");
    return make(i, near ? i + 2 : i + 1, "DATE", r->text);
  }
  return std::nullopt;
}

// «Of time» after a length (عقد من الزمن، قرن من الزمان): the expression's own words.
bool Parser::of_time(std::size_t i) const noexcept {
  static const std::set<std::string_view> times = {"\u0627\u0644\u0632\u0645\u0646",
                                                   "\u0627\u0644\u0632\u0645\u0627\u0646"};  // الزمن، الزمان
  return i + 1 < w_.size() && norm(i) == "\u0645\u0646" && times.contains(norm(i + 1));  // من
}

// A date moved by a duration from the reference: قبل ثلاثة أيام، بعد أسبوعين، قبل عامين.
// يوما بعد يوم، عاما بعد عام: a unit after بعد and the same unit before it is "day after day",
// no date and no length.
bool Parser::day_after_day(std::size_t i) const noexcept {
  if (i < 2) return false;
  const Sense* after = unit(i, Plurality::kSingular);
  const Sense* before = unit(i - 2, Plurality::kSingular);
  const Sense* mod = sense(i - 1, Kind::kMod);
  return after && before && mod && mod->text == "AFTER" && after->value == before->value;
}

std::optional<Match> Parser::shifted(std::size_t i, const Match& dur, int sign) const {
  if (dur.count < 0 || !ref_.known)
    return make(i, dur.end, "DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF");
  const Ymd& r = ref_.date;
  std::int64_t today = days_from_civil(r);
  int n = sign * dur.count;
  Match m = make(i, dur.end, "DATE", "");
  Unit unit = dur.unit;
  if (unit == Unit::kYear && dur.value.ends_with(".5Y")) unit = Unit::kMonth, n = sign * (12 * dur.count + 6);  // بعد ثلاث سنوات ونصف
  switch (unit) {
    case Unit::kYear: m.value = format_year(r.year + n), m.grain = Grain::kYear; break;
    case Unit::kDecade: m.value = format_year(r.year + 10 * n), m.grain = Grain::kYear; break;
    case Unit::kCentury: m.value = format_year(r.year + 100 * n), m.grain = Grain::kYear; break;
    case Unit::kMonth: {
      Ymd d = add_months(r, n);
      m.value = format_month(d.year, d.month), m.grain = Grain::kMonth;
      break;
    }
    case Unit::kWeek: m.value = format_iso_week(today + 7 * n), m.grain = Grain::kWeek; break;
    case Unit::kDay: m.value = format_day(civil_from_days(today + n)), m.grain = Grain::kDay; break;
    default: return std::nullopt;  // hours need a reference time of day
  }
  return m;
}

std::optional<Match> Parser::modified(std::size_t i) const {
  const Sense* m = sense(i, Kind::kMod);
  if (!m) return std::nullopt;
  const std::string& mod = m->text;
  std::size_t j = i + 1;
  std::optional<Match> best;
  if (positional(mod)) {  // نهاية سبتمبر، مطلع العام، منتصف الشهر المقبل، مطلع كل شهر
    best = date(j, true);
    keep_longer(best, set(j));
    if (best && best->mod.empty() && mod == "END" && best->grain == Grain::kWeek &&
        best->value.find('W') != std::string::npos) {
      best->value += "-WE";  // نهاية الأسبوع: the weekend
      best->begin = i;
      return best;
    }
  } else if (mod == "BEFORE" || mod == "AFTER") {
    if (mod == "AFTER" && day_after_day(j)) return std::nullopt;
    if (const Sense* p = sense(j, Kind::kPart); p && p->text == "MI" && mod == "AFTER") {
      // بعد ظهر اليوم، بعد الظهر: the afternoon, of the day named or of the document's.
      auto d = day_anchor(j + 1);
      std::string day = d ? d->value : ref_.known ? format_day(ref_.date) : "XXXX-XX-XX";
      if (day.find('-') == std::string::npos) day = "XXXX-XX-XX";  // PAST_REF and the like
      Match t = make(i, d ? d->end : j + 1, "TIME", day + "TAF");
      t.grain = Grain::kTime;
      t.floating = !d;
      if (d) t.tense_only = d->tense_only, t.named_day = d->named_day;
      return t;
    }
    // قبل حوالي أسبوع، بعد نحو عامين: a date about that far off.
    const Sense* about = sense(j, Kind::kMod);
    const bool approx = about && about->text == "APPROX";
    // (بعد ثمانية أيام من المعسكر، بعد ساعات على الاعتداء: a length from an event, not a date;
    // but على is the verb's when a verb that takes it stands right before قبل/بعد: وافقت قبل
    // أسابيع على المشروع, فاز قبل أسبوعين على الهلال)
    static const text::WordSet takes_ala = text::search_forms(
        {"وافق", "وافقت", "وافقوا", "حصل", "حصلت", "حصلوا", "صادق", "صادقت", "اطلع", "اطلعت", "عثر", "عثرت", "عثروا",
         "قبض", "قبضت", "حكم", "حكمت", "سيطر", "سيطرت", "سيطروا", "استولى", "استولت", "أقدم", "أقدمت", "اعتدى",
         "تعرض", "تعرضت", "اتفق", "اتفقت", "اتفقوا", "أصر", "أصرت", "حرص", "حرصت", "فاز",
         "فازت", "تغلب", "تغلبت", "أكد", "أكدت", "شدد", "شددت", "رد", "ردت", "علق", "علقت", "أشرف", "أشرفت"});
    const auto verb_takes_ala = [&](std::size_t k) {
      if (k == 0) return false;
      std::string_view w = norm(k - 1);
      if (takes_ala.contains(w)) return true;
      return (w.starts_with("\u0648") || w.starts_with("\u0641")) && takes_ala.contains(w.substr(2));  // وافق، فوافق
    };
    const auto from_event = [&](std::size_t k) {
      return k < w_.size() && (sense(k, Kind::kOf) || (norm(k) == "\u0639\u0644\u064A" && !verb_takes_ala(i)));  // من، على
    };
    auto dur = duration(approx ? j + 1 : j);
    if (dur && of_time(dur->end)) dur->end += 2;  // قبل عقد من الزمن: a decade ago
    if (dur && !from_event(dur->end)) {
      best = shifted(i, *dur, mod == "BEFORE" ? -1 : 1);  // none for hours (بعد قرابة ساعة)
      if (approx && best) best->mod = "APPROX";
    }
    keep_longer(best, date(j, false));
    keep_longer(best, time_of_day(j));
    if (best && best->type == "DATE" && best->begin == i) return best;
  } else {
    best = date(j, false);
    keep_longer(best, time_of_day(j));
    if (mod != "ON_OR_BEFORE") keep_longer(best, duration(j));
  }
  if (!best || !best->mod.empty() || best->value.ends_with("_REF")) return std::nullopt;
  best->mod = mod;
  best->begin = i;
  return best;
}

// في السابعة من عمرها، العشرين من عمره، الـ12 من العمر، في سن الخامسة عشرة: an age given by the
// number alone is a length in years (not after a unit: الشهر الثالث من عمره is a month of it).
std::optional<Match> Parser::age(std::size_t i) const {
  const auto n = number(i);
  if (!n || n->value <= 0 || n->value > 150) return std::nullopt;
  if (!(n->ordinal || w_[i].definite || norm(i) == kArticle)) return std::nullopt;
  static const std::set<std::string_view> lives = {
      "\u0639\u0645\u0631\u0647", "\u0639\u0645\u0631\u0647\u0627", "\u0639\u0645\u0631\u0647\u0645",
      "\u0639\u0645\u0631\u064A", "\u0639\u0645\u0631\u0643", "\u0627\u0644\u0639\u0645\u0631"};  // عمره، عمرها، عمرهم، عمري، عمرك، العمر
  const bool of_life = n->end + 1 < w_.size() && sense(n->end, Kind::kOf) && lives.contains(norm(n->end + 1));
  // في سن الخامسة عشرة، دون سن الـ18، في سن التاسعة من العمر: the age after سن ("the age of"),
  // the word with it.
  static const std::set<std::string_view> at_age = {"\u0633\u0646", "\u0628\u0633\u0646", "\u0644\u0633\u0646"};  // سن، بسن، لسن
  if (i > 0 && at_age.contains(norm(i - 1))) return duration_match(i - 1, of_life ? n->end + 2 : n->end, Unit::kYear, n->value);
  if (!of_life || (i > 0 && sense(i - 1, Kind::kUnit))) return std::nullopt;
  return duration_match(i, n->end + 2, Unit::kYear, n->value);
}

std::optional<Match> Parser::at(std::size_t i) const {
  const Word& x = w_[i];
  bool article = norm(i) == kArticle && i + 1 < w_.size() && w_[i + 1].number >= 0;  // الـ24 ساعة
  bool bracket = punct(i, '(') && i + 1 < w_.size() && w_[i + 1].number >= 0;      // (24) شهرا
  if (!x.entry && x.kind != text::TokenKind::kNumber && !article && !bracket) return std::nullopt;
  std::optional<Match> best = modified(i);
  keep_longer(best, time_of_day(i));
  keep_longer(best, date(i, false));
  keep_longer(best, duration(i));
  keep_longer(best, set(i));
  keep_longer(best, vague(i));
  keep_longer(best, age(i));
  return best;
}

namespace {

// A clock time's value on the days of a set: a weekday's (XXXX-WXX-4T09:00), else any day's.
std::string recurring(const std::string& set, const std::string& time) {
  return (set.starts_with("XXXX-WXX-") ? set : std::string("XXXX-XX-XX")) + time.substr(time.find('T'));
}

}  // namespace

// Whether a sentence ends between words `from` (inclusive) and `to` (exclusive): a . ! ? ؟
// or a line break.
bool Parser::sentence_end(std::size_t from, std::size_t to) const noexcept {
  if (from >= to || to >= w_.size()) return false;
  for (std::size_t k = from; k < to; ++k)
    if (punct(k, '.') || punct(k, '!') || punct(k, '?') || norm(k) == "\u061F") return true;
  const std::size_t a = from > 0 ? w_[from - 1].end : 0, b = w_[to].token_begin;
  return a < b && text_.substr(a, b - a).find('\n') != std::string_view::npos;
}

// A weekday given bare (الأحد: its week chosen only by the tense of its clause) is read, in order:
// 1. in a story told day by day from a weekday and date named shortly before it, more than a
//    week before the tense's reading, as the first such weekday from that day on («وفي يوم الأحد
//    1 فبراير … وفي يوم الاثنين» is 2 February, not the Monday before the reference; a date
//    without its weekday, «في 24 يوليو», is background, not a story's thread);
// 2. else as the day of the nearest mention of that weekday that fixes its week: «كما صدرت يوم
//    الخميس أوامر» after «أصدر الملك يوم الخميس 29 يناير». A clause in the future takes no past
//    day; a clause without a future mark takes a coming day only in the headline, whose verbs
//    carry no tense (the headline's «يستقبل الخريجين الأحد» is the body's «الأحد المقبل»; in the
//    body «مرسوم نشرته السبت» is not «اعتبارا من السبت 25 يوليو»). In the body both look
//    only at mentions within kNear words.
// Clock times that took their day from it move with it.
void Parser::same_weekdays(std::vector<Match>& out) const {
  constexpr std::size_t kNear = 60;
  const std::size_t first_line = text_.find('\n');
  for (std::size_t k = 0; k < out.size(); ++k) {
    const auto day = out[k].tense_only ? parse_day(out[k].value) : std::nullopt;
    if (!day || !ref_.known) continue;
    const std::int64_t own = days_from_civil(*day);
    const int weekday = iso_weekday(own);
    const bool future = w_[out[k].begin].future;
    const bool headline = first_line != std::string_view::npos && w_[out[k].begin].begin < first_line;
    const auto gap = [&](const Match& n) {
      return n.begin > out[k].begin ? n.begin - out[k].begin : out[k].begin - n.begin;
    };
    std::optional<std::int64_t> now;
    if (!future && !headline) {
      for (std::size_t p = k; p-- > 0 && gap(out[p]) <= kNear;) {
        if (out[p].grain != Grain::kDay || !out[p].named_day) continue;
        if (auto d = parse_day(out[p].value); d && days_from_civil(*d) < own - 7) {
          const std::int64_t from = days_from_civil(*d);
          now = from + (weekday - iso_weekday(from) + 7) % 7;
        }
        break;
      }
    }
    if (!now) {
      std::size_t best_gap = 0;
      for (const Match& n : out) {
        // For a headline, a body clause in the future fixes the week too («من المقرر أن توقع
        // الإدارة الخميس» for «مطار الدمام يوقع العقد الخميس»).
        const bool fixed = n.named_day || (headline && n.tense_only && w_[n.begin].future);
        const auto d = fixed ? parse_day(n.value) : std::nullopt;
        if (!d || (!headline && gap(n) > kNear)) continue;
        const std::int64_t other = days_from_civil(*d);
        if (iso_weekday(other) != weekday) continue;
        if (future ? other < days_from_civil(ref_.date) : other > own && !headline) continue;
        if (!now || gap(n) < best_gap) now = other, best_gap = gap(n);
      }
    }
    if (!now || *now == own) continue;
    out[k].tense_only = false, out[k].named_day = true;  // the next bare weekday may be told from it
    const std::string was = out[k].value.substr(0, 10), is = format_day(civil_from_days(*now));
    out[k].value = is + out[k].value.substr(10);
    for (std::size_t f = k + 1; f < out.size() && (out[f].floating || out[f].grain != Grain::kDay); ++f)
      if (out[f].floating && out[f].value.starts_with(was + "T")) out[f].value = is + out[f].value.substr(10);
  }
}

// The word of a range's first count, when the count at `i` (`upper`, its unit after it) closes
// one opened by بين or من: «بين ثلاث و10 سنوات», «من 6 - 12 شهرا», «ما بين 10 إلى 15 سنة».
std::optional<std::size_t> Parser::range_start(std::size_t i, int upper) const {
  std::size_t link = i;  // the word after the first count: و (on the second or before digits), a dash, إلى, أو
  if (!w_[i].conj) {
    if (i < 2) return std::nullopt;
    const Word& c = w_[i - 1];
    const std::string_view dash = text_.substr(c.begin, c.end - c.begin);
    if (!(c.punct == '-' || dash == "\u2013" || norm(i - 1) == "\u0648" || norm(i - 1) == "\u0627\u0644\u064A" ||
          norm(i - 1) == "\u0627\u0648"))
      return std::nullopt;
    link = i - 1;
  }
  if (link == 0) return std::nullopt;
  const std::size_t k = link - 1;
  const auto n = number(k);
  if (!n || n->ordinal || n->end != link || n->value <= 0 || n->value >= upper) return std::nullopt;
  std::size_t b = k;
  if (b > 0 && punct(b - 1, '(')) --b;
  if (b == 0) return std::nullopt;
  const std::string_view opener = norm(b - 1);
  if (opener != "\u0628\u064A\u0646" && opener != "\u0645\u0646") return std::nullopt;  // بين، من
  return k;
}

// The word of a range's first day, when the date at `i` begins with its day of the month
// (`day`): «من تاريخ 12-17 من شهر شوال», «من 5 إلى 9 أغسطس», «بين 3 و7 سبتمبر» — the first day
// is a date of the same month (TimeML has no ranges). A dash, إلى or حتى is link enough; و (or
// أو) only after بين or من, as «المادة 5 و17 يوليو» is no range.
std::optional<std::size_t> Parser::day_range_start(std::size_t i, int day) const {
  std::size_t link = i;
  bool and_link = w_[i].conj;
  if (!and_link) {
    if (i < 2) return std::nullopt;
    const Word& c = w_[i - 1];
    const std::string_view word = norm(i - 1), dash = text_.substr(c.begin, c.end - c.begin);
    const bool to = word == "\u0627\u0644\u064A" || word == "\u062D\u062A\u064A";  // الى/إلى، حتى
    and_link = word == "\u0648" || word == "\u0627\u0648";
    if (!(c.punct == '-' || dash == "\u2013" || to || and_link)) return std::nullopt;
    link = i - 1;
  }
  if (link == 0) return std::nullopt;
  const std::size_t k = link - 1;
  if (w_[k].number < 1 || w_[k].number >= day || w_[k].conj) return std::nullopt;
  if (and_link) {
    if (k == 0) return std::nullopt;
    const std::string_view opener = norm(k - 1);
    if (opener != "\u0628\u064A\u0646" && opener != "\u0645\u0646") return std::nullopt;  // بين، من
  }
  return k;
}

// Relative dates that count from the last date the text named, not from the reference:
// «زادت خلال يوليو الماضي … مقارنة بالشهر نفسه من العام الماضي» is July 2014 (one expression);
// «عن الشهر السابق» after يوليو is June, «بالعام السابق» after 2014 is 2013 (السابق is the one
// before the last named; الماضي counts from today). With no such date named before, the
// reference's reading stays.
void Parser::relative_to_last_named(std::vector<Match>& out) const {
  const auto ends = [&](std::size_t k, std::string_view tail) { return k < w_.size() && norm(k).ends_with(tail); };
  const std::string_view month_word = "\u0627\u0644\u0634\u0647\u0631", year_word = "\u0627\u0644\u0639\u0627\u0645",
                         previous = "\u0627\u0644\u0633\u0627\u0628\u0642", itself = "\u0646\u0641\u0633\u0647",
                         same = "\u0630\u0627\u062A\u0647", self = "\u0646\u0641\u0633";  // الشهر العام السابق نفسه ذاته نفس
  const auto explicit_value = [](const Match& d, std::size_t size) {
    return d.type == "DATE" && d.value.size() >= size && std::isdigit(static_cast<unsigned char>(d.value[0])) &&
           (size < 7 || (d.value[4] == '-' && std::isdigit(static_cast<unsigned char>(d.value[5]))));
  };
  std::vector<bool> compared(out.size(), false);  // «الشهر نفسه من العام الماضي»: no month the text is about
  for (std::size_t k = 1; k < out.size(); ++k) {
    Match& m = out[k];
    if (!m.mod.empty()) continue;
    // الشهر نفسه من العام الماضي، نفس الشهر من العام الماضي
    if (m.grain == Grain::kYear && m.begin >= 3 && sense(m.begin - 1, Kind::kOf) && explicit_value(m, 4) && m.value.size() == 4) {
      constexpr std::size_t kNone = static_cast<std::size_t>(-1);
      std::size_t b = kNone;
      if ((norm(m.begin - 2) == itself || norm(m.begin - 2) == same) && ends(m.begin - 3, month_word)) b = m.begin - 3;
      else if (ends(m.begin - 2, month_word) && norm(m.begin - 3) == self) b = m.begin - 3;
      if (b != kNone && out[k - 1].end <= b) {
        for (std::size_t j = k; j-- > 0;)
          if (out[j].grain == Grain::kMonth && explicit_value(out[j], 7)) {
            m.value = m.value + out[j].value.substr(4, 3);
            m.grain = Grain::kMonth;
            m.begin = b;
            compared[k] = true;
            break;
          }
      }
      continue;
    }
    // الشهر السابق، العام السابق
    if (m.end != m.begin + 2 || norm(m.begin + 1) != previous) continue;
    const bool month = ends(m.begin, month_word) && m.grain == Grain::kMonth;
    const bool year = ends(m.begin, year_word) && m.grain == Grain::kYear;
    if (!month && !year) continue;
    compared[k] = true;  // (نفسه السابق is no anchor for the next: «مقارنة بالشهر السابق» six times is one month)
    for (std::size_t j = k; j-- > 0;) {
      const Match& d = out[j];
      if (compared[j]) continue;
      if (const auto ym = parse_month(d.value); month && (d.grain == Grain::kMonth || d.grain == Grain::kDay) && d.type == "DATE" && ym) {
        m.value = ym->month == 1 ? format_month(ym->year - 1, 12) : format_month(ym->year, ym->month - 1);
        break;
      }
      if (const auto y = parse_year(d.value);
          year && (d.grain == Grain::kYear || d.grain == Grain::kMonth || d.grain == Grain::kDay) && explicit_value(d, 4) && y) {
        m.value = format_year(*y - 1);
        break;
      }
    }
  }
}

// في نفس اليوم، العام نفسه، الشهر ذاته، ذات اليوم: the day, month or year of the last date the
// text named finely enough («توفيت في 26 رمضان، ولم تسلم الجثة في نفس اليوم» is the 26th, not
// today). With none named before, no date (the reference's «اليوم» inside it goes too); «الشهر
// نفسه من العام الماضي» is relative_to_last_named's.
void Parser::same_as_last_named(std::vector<Match>& out) const {
  const std::string_view day_word = "\u0627\u0644\u064A\u0648\u0645", month_word = "\u0627\u0644\u0634\u0647\u0631",
                         year_word = "\u0627\u0644\u0639\u0627\u0645", self = "\u0646\u0641\u0633",
                         same = "\u0630\u0627\u062A";  // اليوم الشهر العام نفس ذات
  // نفس، ذات (maybe after ب ل و ف), نفسه، ذاته
  const auto marker = [&](std::size_t k, bool after) {
    std::string_view w = norm(k);
    if (after) return w == "\u0646\u0641\u0633\u0647" || w == "\u0630\u0627\u062A\u0647";
    if (w.size() == self.size() + 2) w.remove_prefix(2);
    return w == self || w == same;
  };
  const auto grain_of = [&](std::size_t k) {  // (بالشهر، لليوم, a proclitic before the article)
    std::string_view w = norm(k);
    if (w.ends_with(day_word) && w.size() <= day_word.size() + 2) return Grain::kDay;
    if (w.ends_with(month_word) && w.size() <= month_word.size() + 2) return Grain::kMonth;
    if (w.ends_with(year_word) && w.size() <= year_word.size() + 2) return Grain::kYear;
    return Grain::kNone;
  };
  for (std::size_t i = 0; i + 1 < w_.size(); ++i) {
    std::size_t b = i, e = i + 2, unit_at;
    if (marker(i, false) && grain_of(i + 1) != Grain::kNone) unit_at = i + 1;
    else if (grain_of(i) != Grain::kNone && marker(i + 1, true)) unit_at = i;
    else continue;
    if (e < w_.size() && (sense(e, Kind::kOf) || sense(e, Kind::kFi))) continue;  // الشهر نفسه من (في) العام الماضي
    // (part of a longer expression already: التاسع من الشهر نفسه)
    if (std::any_of(out.begin(), out.end(), [&](const Match& m) { return m.begin < e && m.end > b && (m.begin < b || m.end > e); }))
      continue;
    const Grain g = grain_of(unit_at);
    const std::size_t size = g == Grain::kDay ? 10 : g == Grain::kMonth ? 7 : 4;
    const Match* anchor = nullptr;
    for (const Match& m : out)
      if (m.end <= b && m.type == "DATE" && m.mod.empty() && m.value.size() >= size &&
          std::isdigit(static_cast<unsigned char>(m.value[0])) && (size < 7 || m.value[4] == '-') &&
          (size < 10 || m.value[7] == '-'))
        anchor = &m;
    std::optional<Match> made;
    if (anchor) {
      made = make(b, e, "DATE", anchor->value.substr(0, size));
      made->grain = g;
    }
    std::erase_if(out, [&](const Match& m) { return m.begin < e && m.end > b; });
    if (made) out.insert(std::find_if(out.begin(), out.end(), [&](const Match& m) { return m.begin >= e; }), *made);
    i = e - 1;
  }
}

// «فاز بالدوري عام 2014 والكأس قبلها بعام» is 2013; «لعب الثلاثاء الماضي، ثم خاض بعدها بثلاثة
// أيام مباراته» the Tuesday and three days; «حكم عليه بعد ذلك بعام»: a length after قبلها،
// بعدها، قبل ذلك، بعد ذلك is a date counted from the last date the text named (TimeML's
// «a year earlier»), as fine as its unit. With no such date, or one too coarse for the unit
// (2014 and three days), or a count not given (بعدها بأيام), or further back than the sentence
// before, the length stays a length.
std::optional<Match> Parser::counted_from_named(std::size_t i, const std::vector<Match>& out) const {
  std::string_view cue = norm(i);
  if (w_[i].conj && (cue.starts_with("\u0648") || cue.starts_with("\u0641"))) cue.remove_prefix(2);  // و ف
  int sign = 0;
  std::size_t j = i + 1;
  if (cue == "\u0642\u0628\u0644\u0647\u0627" || cue == "\u0628\u0639\u062F\u0647\u0627") {  // قبلها بعدها
    sign = cue.starts_with("\u0642") ? -1 : 1;
  } else if ((cue == "\u0642\u0628\u0644" || cue == "\u0628\u0639\u062F") && j < w_.size() && norm(j) == "\u0630\u0644\u0643") {
    sign = cue.starts_with("\u0642") ? -1 : 1;  // قبل ذلك، بعد ذلك
    ++j;
  }
  if (sign == 0 || j >= w_.size()) return std::nullopt;
  if (norm(j) == "\u0628") {
    ++j;  // بـ 3 أعوام
  } else if (text_.substr(w_[j].token_begin, w_[j].begin - w_[j].token_begin) != "\u0628") {
    return std::nullopt;  // بعام، بثلاثة أيام
  }
  if (j >= w_.size()) return std::nullopt;
  auto d = duration(j);
  if (const Sense* u = unit(j, Plurality::kSingular); !d && u && !w_[j].definite)
    d = duration_match(j, j + 1, static_cast<Unit>(u->value), 1);  // بعام، بيوم
  if (!d || d->count <= 0 || !d->mod.empty()) return std::nullopt;
  auto last = std::find_if(out.rbegin(), out.rend(), [](const Match& m) {
    return m.type == "DATE" && m.mod.empty() && (m.grain == Grain::kYear || m.grain == Grain::kMonth || m.grain == Grain::kDay) &&
           m.value.size() >= 4 && std::isdigit(static_cast<unsigned char>(m.value[0]));
  });
  if (last == out.rend()) return std::nullopt;
  std::size_t ends = 0;  // the date in its sentence or the one before: ذلك is the event just told
  for (std::size_t k = last->end; k < i; ++k) {
    const bool stop = punct(k, '.') || punct(k, '!') || punct(k, '?') || norm(k) == "\u061F";
    ends += stop || text_.substr(w_[k].end, w_[k + 1].token_begin - w_[k].end).find('\n') != std::string_view::npos;
  }
  if (ends > 1) return std::nullopt;
  const int n = sign * d->count;
  Match m = make(i, d->end, "DATE", "");
  const auto day = parse_day(last->value.substr(0, std::min<std::size_t>(10, last->value.size())));
  switch (d->unit) {
    case Unit::kYear:
      if (const auto y = parse_year(last->value)) m.value = format_year(*y + n), m.grain = Grain::kYear;
      else return std::nullopt;
      break;
    case Unit::kMonth:
      if (const auto ym = parse_month(last->value); last->grain != Grain::kYear && ym) {
        const Ymd t = add_months(*ym, n);
        m.value = format_month(t.year, t.month), m.grain = Grain::kMonth;
      } else {
        return std::nullopt;
      }
      break;
    case Unit::kWeek:
    case Unit::kDay:
      if (!day || last->grain != Grain::kDay) return std::nullopt;
      m.value = format_day(civil_from_days(days_from_civil(*day) + (d->unit == Unit::kWeek ? 7 * n : n)));
      m.grain = Grain::kDay;
      break;
    default: return std::nullopt;
  }
  return m;
}

// بين عامي 1990 و1995، بين حوالي 570 و632 ميلاديا: a number of as many digits joined by و to a
// year written out is a year too, of the same era (the era written once after the second); not a
// count (عام 2014 و300 منزل).
void Parser::coordinated_years(std::vector<Match>& out) const {
  const auto number_in = [&](const Match& m) {  // the match's year number (m.end if none)
    std::size_t k = m.begin;
    while (k < m.end && w_[k].number < 100) ++k;
    return k;
  };
  const auto year_of_match = [&](const Match& m) {  // a year (its number found: number_in)
    const std::string_view v = std::string_view(m.value).substr(m.value.starts_with("BC") ? 2 : 0);
    return m.grain == Grain::kYear && m.mod.empty() && v.size() == 4 && std::isdigit(static_cast<unsigned char>(v[0]));
  };
  const auto plain_year = [&](std::size_t k) {
    return k < w_.size() && w_[k].number >= 100 && w_[k].number <= 2999 && (w_[k].digits == 3 || w_[k].digits == 4);
  };
  const auto era_value = [&](const Match& m, int year) {  // the other year's era
    const Sense* e = m.end >= 1 ? sense(m.end - 1, Kind::kEra) : nullptr;
    return year_value(0, 0, Year{year, 0, e && e->value == 1, e != nullptr, m.value.starts_with("BC")}).value;
  };
  // (و is a token of its own before digits: و 1995)
  const auto and_word = [&](std::size_t k) { return k < w_.size() && norm(k) == "\u0648"; };
  std::vector<Match> added;
  std::size_t taken = 0;  // words up to here belong to some match
  for (std::size_t k = 0; k < out.size(); ++k) {
    const Match& m = out[k];
    const std::size_t next_begin = k + 1 < out.size() ? out[k + 1].begin : w_.size();
    const std::size_t own = number_in(m);
    if (own == m.end) {
      taken = std::max(taken, m.end);
      continue;
    }
    // … و1995 after it (a bare number's partner a year of our times: not «ما بين 2000 و2500
    // إسترليني»)
    const bool marked = m.begin < own || own + 1 < m.end;  // عام 2013، 2013م، 1790 قبل الميلاد
    if (year_of_match(m) && and_word(m.end) && plain_year(m.end + 1) && w_[m.end + 1].digits == w_[own].digits &&
        m.end + 1 < next_begin && (marked || (w_[m.end + 1].number >= 1900 && w_[m.end + 1].number <= 2100))) {
      Match y = make(m.end + 1, m.end + 2, "DATE", era_value(m, w_[m.end + 1].number));
      y.grain = Grain::kYear;
      if (sense(m.end + 2, Kind::kEra) && m.end + 2 < next_begin) ++y.end;
      added.push_back(y);
    }
    // بين عامي 1798 و1790 قبل الميلاد: the first, already a year, is before the era as well.
    if (m.value.starts_with("BC") && k > 0 && out[k - 1].end + 1 == m.begin && and_word(m.begin - 1) &&
        out[k - 1].grain == Grain::kYear && out[k - 1].value.size() == 4 && std::isdigit(static_cast<unsigned char>(out[k - 1].value[0])))
      out[k - 1].value = "BC" + out[k - 1].value;
    // 1920 before it, the era after the second (بين 1920 و1990م)
    if (year_of_match(m) && m.begin >= taken + 2 && and_word(m.begin - 1) && plain_year(m.begin - 2) &&
        w_[m.begin - 2].digits == w_[own].digits && sense(m.end - 1, Kind::kEra)) {
      std::size_t b = m.begin - 2;
      Match y = make(b, b + 1, "DATE", era_value(m, w_[b].number));
      y.grain = Grain::kYear;
      if (const Sense* a = b > taken ? sense(b - 1, Kind::kMod) : nullptr; a && a->text == "APPROX") y.begin = b - 1, y.mod = "APPROX";
      added.push_back(y);
    }
    taken = std::max(taken, m.end);
  }
  if (added.empty()) return;
  out.insert(out.end(), added.begin(), added.end());
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.begin < b.begin; });
}

std::vector<Match> Parser::run() const {
  std::vector<Match> out;
  for (std::size_t i = 0; i < w_.size();) {
    auto m = at(i);
    keep_longer(m, counted_from_named(i, out));
    if (m && m->end > i) {
      i = m->end;
      // A clock time with no day of its own is on the last day the text named before it
      // (يوم الاثنين المقبل الساعة العاشرة; «تبدأ المقابلات الأحد المقبل … من الساعة الـ12:30
      // ظهرا»), as a reader takes it; before any, on the reference day. A day further back than
      // the one right before it only when it is a calendar day within a year of the reference:
      // a memoir's 1931 does not date «حفلة الساعة الثالثة».
      if (m->floating && m->session) {
        const auto day_of = [](const Match& t) { return t.value.size() >= 10 ? parse_day(t.value.substr(0, 10)) : std::nullopt; };
        const auto part_of_day = [&](const Match& t) {  // 2015-07-21TMO: a dated part of a day
          return t.type == "TIME" && t.value.size() == 13 && day_of(t) && std::isupper(static_cast<unsigned char>(t.value[11]));
        };
        const Match* day = nullptr;
        if (!out.empty() && out.back().grain == Grain::kDay && day_of(out.back()) && out.back().end + 3 >= m->begin &&
            !sentence_end(out.back().end, m->begin)) {
          day = &out.back();  // يعاود الفريق تمارينه غدا الثلاثاء في الفترة الصباحية
        } else if (auto part = std::find_if(out.rbegin(), out.rend(), part_of_day);
                   part != out.rend() && (part->session || !sentence_end(part->end, m->begin))) {
          day = &*part;  // أجرى صباحا مرانا … وفي الفترة المسائية؛ في الفترة الصباحية … . وفي الفترة المسائية
        } else if (!out.empty() && out.back().grain == Grain::kDay && day_of(out.back()) &&
                   !sentence_end(out.back().end, m->begin)) {
          day = &out.back();
        }
        if (day) m->value = day->value.substr(0, 10) + m->value.substr(m->value.find('T'));
      } else if (m->floating) {
        const auto zoned = [&](const Match& t) {
          return t.end < w_.size() && norm(t.end) == "\u0628\u062A\u0648\u0642\u064A\u062A";  // بتوقيت
        };
        const auto report_day = [&](const Match& d) {  // the reference day or the one next to it
          auto day = parse_day(d.value.substr(0, 10));
          return ref_.known && day && std::llabs(days_from_civil(*day) - days_from_civil(ref_.date)) <= 1;
        };
        // «// انتهى // 06:20 ت م»: the wire's filing time (Makkah time) under the report is the
        // report's day, whatever day the report spoke of last.
        const bool filed = m->end + 1 < w_.size() && norm(m->end) == "\u062A" && norm(m->end + 1) == "\u0645";
        // The last day, or a part of one right before, with nothing named between (ليلة أول أمس
        // … في تمام التاسعة مساء → 2015-07-20T21:00).
        auto last = std::find_if(out.rbegin(), out.rend(), [&](const Match& d) {
          return d.grain == Grain::kDay || (&d == &out.back() && d.type == "TIME" && !d.floating &&
                                            d.value.size() > 10 && parse_day(d.value.substr(0, 10)));
        });
        auto set = std::find_if(out.rbegin(), out.rend(), [](const Match& d) { return d.type == "SET"; });
        if (set != out.rend() && !sentence_end(set->end, m->begin) && (last == out.rend() || last->begin < set->begin)) {
          // A clock time after a set in its sentence, with no day named between them, recurs
          // too: «يفتح يوميا من الساعة الرابعة حتى الحادية عشرة» (XXXX-XX-XXT16:00, T23:00),
          // «كل خميس في الساعة التاسعة» (XXXX-WXX-4T09:00).
          m->value = recurring(set->value, m->value);
        } else if (last != out.rend() && !filed && !(sentence_end(last->end, m->begin) && zoned(*m) && !report_day(*last))) {
          // (A wire report's «بحلول الساعة 0024 بتوقيت جرينتش» with no day in its sentence is
          // the report's day — «اليوم الخميس» if named — not an earlier sentence's «23 يونيو».)
          auto day = parse_day(last->value.substr(0, 10));
          bool adjacent = last->end == m->begin;
          if (adjacent || (day && (!ref_.known || std::llabs(days_from_civil(*day) - days_from_civil(ref_.date)) <= 366)))
            m->value = last->value.substr(0, last->value.find('T')) + m->value.substr(m->value.find('T'));
        }
      }
      // التاسع من نفس الشهر: the month of the last date named before it, else the reference's.
      if (m->same_month) {
        auto last = std::find_if(out.rbegin(), out.rend(), [](const Match& d) { return d.type == "DATE" && parse_month(d.value); });
        const std::string& v = m->value;  // XXXX-XX-09
        const int day = v.size() >= 10 && std::isdigit(static_cast<unsigned char>(v[8])) && std::isdigit(static_cast<unsigned char>(v[9]))
                            ? (v[8] - '0') * 10 + (v[9] - '0')
                            : 0;
        std::optional<Ymd> month;
        if (day > 0 && last != out.rend()) month = parse_month(last->value);
        else if (day > 0 && ref_.known) month = Ymd{ref_.date.year, ref_.date.month, 1};
        if (month && day <= days_in_month(month->year, month->month)) m->value = format_day({month->year, month->month, day});
      }
      // "يوم الجمعة الموافق ٨/١٠/١٤٣٦هـ": the date written out restates the weekday before it
      // (two expressions, as TimeML has them) and wins over the weekday's reading; so for a time
      // of that weekday (الساعة الرابعة عصراً من يوم الأحد الموافق …).
      // A date whose weekday is not the one named is miswritten (الاثنين الموافق 10/4/1436هـ for
      // 4/10): the weekday's reading stays.
      const auto same_weekday = [&](const Match& t) {
        const auto day = parse_day(m->value);
        for (std::size_t k = t.end; k-- > t.begin;)
          if (const Sense* w = sense(k, Kind::kWeekday)) return day && iso_weekday(days_from_civil(*day)) == w->value;
        return false;
      };
      if (m->grain == Grain::kDay && parse_day(m->value) && !out.empty() &&
          (out.back().weekday || out.back().type == "TIME") && same_weekday(out.back()) &&
          out.back().end + 1 == m->begin && norm(m->begin - 1) == "الموافق" && out.back().mod.empty()) {
        Match& day = out.back();
        day.tense_only = false, day.named_day = true;
        const std::size_t t = day.value.find('T');
        day.value = m->value + (t == std::string::npos ? "" : day.value.substr(t));
      }
      // «يوم الأحد القادم 27 / 8 / 1436هـ»: a date of the same weekday written right after a
      // weekday and its adjective restates it, one expression with the date's value.
      if (m->grain == Grain::kDay && parse_day(m->value) && !out.empty() && out.back().weekday &&
          out.back().type == "DATE" && out.back().end == m->begin && !w_[m->begin].conj && out.back().mod.empty() &&
          m->mod.empty() && same_weekday(out.back())) {  // (not صلاتي الجمعة والعيد)
        Match& day = out.back();
        day.end = m->end;
        day.value = m->value;
        day.tense_only = false, day.named_day = true;
        continue;
      }
      // «العام الماضي 2014»، «نهاية شهر يوليو من هذا العام ٢٠١٥»: a bare year number right after
      // the relative year that ends the expression restates it, and is part of it (with its م);
      // a year the grammar reads on its own (1436هـ, another calendar) joins it below.
      if (m->type == "DATE" && m->end < w_.size() && w_[m->end].digits == 4 && w_[m->end].number >= 0 &&
          m->value.size() >= 4 && m->value.compare(0, 4, std::to_string(w_[m->end].number)) == 0 && m->end > m->begin) {
        const Sense* last_unit = unit(m->end - 1, Plurality::kSingular);
        const bool ends_relative_year = sense(m->end - 1, Kind::kRelAdj) ||
                                        (last_unit && static_cast<Unit>(last_unit->value) == Unit::kYear);
        if (ends_relative_year) {
          ++m->end;
          if (m->end < w_.size() && norm(m->end) == "\u0645") ++m->end;  // 2015م written apart
          i = m->end;
        }
      }
      // «العام الحالي 2015م»: a year written out right after the relative year it restates is
      // part of it (as «أغسطس الجاري 2015» is of the month).
      if (!out.empty() && out.back().end == m->begin && out.back().grain == Grain::kYear &&
          m->grain == Grain::kYear && out.back().type == m->type && out.back().value == m->value &&
          out.back().mod.empty() && m->mod.empty() && w_[m->begin].number >= 0) {
        out.back().end = m->end;
        continue;
      }
      // بين 17 و23 عاما، من ثلاثة إلى خمسة أيام، (12-16 عاما): a range's first count takes the unit
      // written after the second and is a length of its own (TimeML has no ranges).
      if (m->type == "DURATION" && m->count > 0 && m->mod.empty())
        if (auto k = range_start(m->begin, m->count); k && (out.empty() || out.back().end <= *k)) {
          Match first = duration_match(*k, *k + 1, m->unit, w_[*k].number >= 0 ? w_[*k].number : number(*k)->value);
          out.push_back(std::move(first));
        }
      // من 12-17 شوال: the range's first day is a date of the second's month.
      if (m->type == "DATE" && m->grain == Grain::kDay && m->mod.empty() && w_[m->begin].number >= 1 &&
          w_[m->begin].number <= 31 && m->value.size() == 10)
        if (auto k = day_range_start(m->begin, w_[m->begin].number); k && (out.empty() || out.back().end <= *k))
          if (auto last = parse_day(m->value)) {
            Match first = *m;
            first.begin = *k, first.end = *k + 1;
            first.value = format_day(civil_from_days(days_from_civil(*last) - (w_[m->begin].number - w_[*k].number)));
            first.weekday = first.tense_only = first.named_day = false;
            out.push_back(std::move(first));
          }
      // منتصف الستينات الميلادية، قرابة الخمسة عقود من الزمن: the era's adjective after a year or
      // a decade, and «of time» after a length, are the expression's.
      if (m->end < w_.size() && (m->grain == Grain::kDecade || m->grain == Grain::kCentury || m->grain == Grain::kYear)) {
        static const std::set<std::string_view> eras = {
            "\u0627\u0644\u0645\u064A\u0644\u0627\u062F\u064A", "\u0627\u0644\u0645\u064A\u0644\u0627\u062F\u064A\u0647",
            "\u0627\u0644\u0647\u062C\u0631\u064A", "\u0627\u0644\u0647\u062C\u0631\u064A\u0647"};  // الميلادي(ة)، الهجري(ة)
        if (eras.contains(norm(m->end))) ++m->end;
      }
      if (m->type == "DURATION" && of_time(m->end)) m->end += 2;
      // Coordinated weekdays go forward: الأحد والاثنين المقبلين.
      auto day = parse_day(m->value);
      if (day && m->weekday && !out.empty() && out.back().weekday && out.back().end == m->begin &&
          m->value < out.back().value)
        m->value = format_day(civil_from_days(days_from_civil(*day) + 7));
      out.push_back(std::move(*m));
    } else {
      ++i;
    }
  }
  same_weekdays(out);
  relative_to_last_named(out);
  same_as_last_named(out);
  coordinated_years(out);
  // بين سبتمبر (أيلول) ويناير (كانون الثاني) الماضيين، يونيو ويوليو المقبلين: the dual adjective
  // after a pair of months dates both; the first month is the last of its name before the second.
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    Match& a = out[k];
    const Match& b = out[k + 1];
    if (a.grain != Grain::kMonth || b.grain != Grain::kMonth || a.end != b.begin || !w_[b.begin].conj ||
        !a.mod.empty() || a.value.size() != 7 || b.value.size() != 7 || !std::isdigit(static_cast<unsigned char>(b.value[0])))
      continue;
    static const std::set<std::string_view> duals = {
        "\u0627\u0644\u0645\u0627\u0636\u064A\u064A\u0646", "\u0627\u0644\u0645\u0642\u0628\u0644\u064A\u0646",
        "\u0627\u0644\u0642\u0627\u062F\u0645\u064A\u0646"};  // الماضيين، المقبلين، القادمين
    if (!duals.contains(norm(b.end - 1))) continue;
    bool year = false;  // a year written in the first (سبتمبر 2014 ويناير الماضيين) stays
    for (std::size_t t = a.begin; t < a.end; ++t) year = year || w_[t].number >= 1000;
    if (year) continue;
    // (two seasons alike: الربيع والصيف المقبلين, the spring before the summer next)
    static constexpr std::string_view kSeasons[] = {"SP", "SU", "FA", "WI"};
    const auto season = [](std::string_view v) {
      return v.size() == 7 && v[4] == '-' ? std::find(std::begin(kSeasons), std::end(kSeasons), v.substr(5)) - std::begin(kSeasons) : 4;
    };
    const auto first = parse_month("0000" + a.value.substr(4)), second = parse_month(b.value);
    const auto second_year = parse_year(b.value);
    if (first && second) {
      a.value = format_month(first->month <= second->month ? second->year : second->year - 1, first->month);
    } else if (season(a.value) < 4 && season(b.value) < 4 && second_year) {
      a.value = format_year(season(a.value) <= season(b.value) ? *second_year : *second_year - 1) + a.value.substr(4);
    }
  }
  // … and so does one right before a set: «حفلة الساعة الثالثة مساء كل خميس»; one right
  // before a day is on that day: «في تمام التاسعة مساء ليلة أول أمس».
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    if (!out[k].floating || out[k].end != out[k + 1].begin) continue;
    if (out[k + 1].type == "SET") {
      out[k].value = recurring(out[k + 1].value, out[k].value);
    } else if (const std::string& next = out[k + 1].value; next.size() >= 10 && parse_day(next.substr(0, 10))) {
      out[k].value = next.substr(0, 10) + out[k].value.substr(out[k].value.find('T'));
    }
  }
  return out;
}

}  // namespace marsad::time
