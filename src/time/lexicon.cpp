#include "time/lexicon.h"

#include <charconv>

#include "marsad/error.h"
#include "marsad/text.h"
#include "util/strings.h"

namespace marsad::data {
extern const std::string_view kTimeMonths;
extern const std::string_view kTimeWeekdays;
extern const std::string_view kTimeNumbers;
extern const std::string_view kTimeUnits;
extern const std::string_view kTimeWords;
}  // namespace marsad::data

namespace marsad::time {
namespace {

constexpr std::string_view kUnitCodes[] = {"Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE"};

struct Field {
  std::string_view table;
  std::size_t line;
  [[noreturn]] void fail(const std::string& what) const {
    throw FormatError("embedded table " + std::string(table) + ": " + what,
                      Location{std::string(table), line});
  }
};

int to_int(std::string_view s, const Field& where) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) where.fail("not a number: " + std::string(s));
  return v;
}

Unit to_unit(std::string_view s, const Field& where) {
  for (std::size_t i = 0; i < std::size(kUnitCodes); ++i)
    if (kUnitCodes[i] == s) return static_cast<Unit>(i);
  where.fail("unknown unit: " + std::string(s));
}

Sense month_sense(const std::vector<std::string_view>& c, const Field& f) {
  if (c.size() != 4) f.fail("expected form, calendar, month, ambiguous");
  Calendar cal = c[1] == "gregorian" ? Calendar::kGregorian
                 : c[1] == "syriac"  ? Calendar::kSyriac
                 : c[1] == "hijri"   ? Calendar::kHijri
                                     : (f.fail("unknown calendar: " + std::string(c[1])), Calendar{});
  return {Kind::kMonth, to_int(c[2], f), static_cast<std::uint8_t>(cal), c[3] == "1", {}};
}

Sense weekday_sense(const std::vector<std::string_view>& c, const Field& f) {
  if (c.size() != 3) f.fail("expected form, weekday, bare");
  return {Kind::kWeekday, to_int(c[1], f), 0, c[2] == "1", {}};
}

Sense number_sense(const std::vector<std::string_view>& c, const Field& f) {
  if (c.size() != 3 || (c[1] != "cardinal" && c[1] != "ordinal"))
    f.fail("expected form, cardinal|ordinal, value");
  return {c[1] == "cardinal" ? Kind::kCardinal : Kind::kOrdinal, to_int(c[2], f), 0, false, {}};
}

Sense unit_sense(const std::vector<std::string_view>& c, const Field& f) {
  if (c.size() != 3) f.fail("expected form, unit, number");
  Plurality p = c[2] == "sg" ? Plurality::kSingular
                : c[2] == "du" ? Plurality::kDual
                : c[2] == "pl" ? Plurality::kPlural
                : c[2] == "one" ? Plurality::kOne
                               : (f.fail("unknown number: " + std::string(c[2])), Plurality{});
  return {Kind::kUnit, static_cast<int>(to_unit(c[1], f)), static_cast<std::uint8_t>(p), false, {}};
}

struct WordKind {
  std::string_view name;
  Kind kind;
  enum Arg { kInt, kText, kEraArg } arg;
};

constexpr WordKind kWordKinds[] = {
    {"relday", Kind::kRelDay, WordKind::kInt},     {"reladj", Kind::kRelAdj, WordKind::kInt},
    {"this", Kind::kThis, WordKind::kInt},         {"mod", Kind::kMod, WordKind::kText},
    {"durctx", Kind::kDurCtx, WordKind::kInt},     {"quant", Kind::kQuant, WordKind::kInt},
    {"every", Kind::kEvery, WordKind::kInt},       {"set", Kind::kSet, WordKind::kText},
    {"of", Kind::kOf, WordKind::kInt},             {"fi", Kind::kFi, WordKind::kInt},
    {"prep", Kind::kPrep, WordKind::kInt},         {"ref", Kind::kRef, WordKind::kText},
    {"firef", Kind::kFiRef, WordKind::kText},      {"part", Kind::kPart, WordKind::kText},
    {"clockfrac", Kind::kClockFrac, WordKind::kInt}, {"decade", Kind::kDecade, WordKind::kInt},
    {"era", Kind::kEra, WordKind::kEraArg},        {"future", Kind::kFuture, WordKind::kInt},
    {"season", Kind::kSeason, WordKind::kText},    {"yearpart", Kind::kYearPart, WordKind::kText},
    {"hourword", Kind::kHourWord, WordKind::kInt}, {"notday", Kind::kNotDay, WordKind::kInt},
    {"anaphor", Kind::kAnaphor, WordKind::kInt},   {"name", Kind::kName, WordKind::kInt},
    {"holiday", Kind::kHoliday, WordKind::kText},  {"notverb", Kind::kNotVerb, WordKind::kInt},
    {"whole", Kind::kWhole, WordKind::kInt},       {"event", Kind::kEvent, WordKind::kInt},
};

// A holiday's argument (its days, read by holiday_days() where it is used) must parse.
void check_holiday(const Sense& s, const Field& f) {
  std::string error;
  if (holiday_days(s.text, &error).empty()) f.fail(error);
}

Sense word_sense(const std::vector<std::string_view>& c, const Field& f) {
  if (c.size() != 3) f.fail("expected form, category, argument");
  for (const auto& wk : kWordKinds) {
    if (wk.name != c[1]) continue;
    Sense s{wk.kind, 0, 0, false, {}};
    switch (wk.arg) {
      case WordKind::kInt: s.value = to_int(c[2], f); break;
      case WordKind::kText: s.text = c[2]; break;
      case WordKind::kEraArg: s.value = c[2] == "hijri" ? 1 : 0; break;
    }
    if (s.kind == Kind::kHoliday) check_holiday(s, f);
    return s;
  }
  f.fail("unknown category: " + std::string(c[1]));
}

}  // namespace

std::vector<HolidayDay> holiday_days(std::string_view arg, std::string* error) {
  std::vector<HolidayDay> out;
  auto fail = [&](std::string what) {
    if (error) *error = std::move(what);
    return std::vector<HolidayDay>{};
  };
  for (std::size_t start = 0; start <= arg.size();) {
    std::size_t bar = std::min(arg.find('|', start), arg.size());
    std::string_view t = arg.substr(start, bar - start);
    start = bar + 1;
    std::size_t a = t.find(':'), b = a == std::string_view::npos ? a : t.find(':', a + 1);
    if (b == std::string_view::npos) return fail("expected calendar:month:day, got '" + std::string(t) + "'");
    std::string_view cal = t.substr(0, a), m = t.substr(a + 1, b - a - 1), d = t.substr(b + 1);
    if (cal != "hijri" && cal != "gregorian") return fail("unknown calendar: " + std::string(cal));
    HolidayDay h{cal == "hijri", 0, 0};
    if (std::from_chars(m.data(), m.data() + m.size(), h.month).ptr != m.data() + m.size() ||
        std::from_chars(d.data(), d.data() + d.size(), h.day).ptr != d.data() + d.size() || m.empty() ||
        d.empty() || h.month < 1 || h.month > 12 || h.day < 1 || h.day > (h.hijri ? 30 : 31))
      return fail("no such day: " + std::string(t));
    out.push_back(h);
  }
  if (out.empty()) return fail("expected calendar:month:day");
  return out;
}

const Lexicon& Lexicon::instance() {
  static const Lexicon lexicon;
  return lexicon;
}

Lexicon::Lexicon() {
  load(data::kTimeMonths, "time_months.tsv");
  load(data::kTimeWeekdays, "time_weekdays.tsv");
  load(data::kTimeNumbers, "time_numbers.tsv");
  load(data::kTimeUnits, "time_units.tsv");
  load(data::kTimeWords, "time_words.tsv");
}

void Lexicon::load(std::string_view table, std::string_view name) {
  std::size_t line_no = 0;
  while (!table.empty()) {
    std::size_t nl = table.find('\n');
    std::string_view line = table.substr(0, nl);
    table = nl == std::string_view::npos ? std::string_view{} : table.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    Field f{name, line_no};
    auto cols = util::split_tabs(line);
    Sense sense = name == "time_months.tsv"     ? month_sense(cols, f)
                  : name == "time_weekdays.tsv" ? weekday_sense(cols, f)
                  : name == "time_numbers.tsv"  ? number_sense(cols, f)
                  : name == "time_units.tsv"    ? unit_sense(cols, f)
                                                : word_sense(cols, f);
    add(cols[0], std::move(sense));
  }
}

void Lexicon::add(std::string_view form, Sense sense) {
  std::string key = text::normalize_search(form);
  std::size_t words = 1, space = key.find(' ');
  if (space != std::string::npos) {
    phrase_starts_.insert(key.substr(0, space));
    for (char ch : key) words += ch == ' ';
    if (words > max_phrase_words_) max_phrase_words_ = words;
  }
  entries_[key].senses.push_back(std::move(sense));
}

const Entry* Lexicon::find(std::string_view form) const noexcept {
  auto it = entries_.find(form);
  return it == entries_.end() ? nullptr : &it->second;
}

bool Lexicon::starts_phrase(std::string_view form) const noexcept {
  return phrase_starts_.find(form) != phrase_starts_.end();
}

std::string_view unit_code(Unit unit) noexcept { return kUnitCodes[static_cast<int>(unit)]; }

}  // namespace marsad::time
