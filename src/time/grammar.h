// The time grammar: recognizes TIMEX3 expressions over read words and gives their values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "marsad/analysis.h"
#include "time/calendar.h"
#include "time/words.h"

namespace marsad::time {

/// How fine a date value is; a day-level date can take a time of day.
enum class Grain : std::uint8_t { kNone, kCentury, kDecade, kYear, kMonth, kWeek, kDay, kTime };

/// One recognized expression over words [begin, end).
struct Match {
  std::size_t begin = 0, end = 0;
  std::string type;  ///< DATE TIME DURATION SET
  std::string value;
  std::string mod;
  Grain grain = Grain::kNone;
  Unit unit = Unit::kYear;  ///< durations: the unit and count (-1 unknown) they were built of
  int count = 0;
  bool floating = false;  ///< a clock time with no day of its own (set on the reference day)
  bool weekday = false;   ///< a day found from a weekday name (coordinated ones go in order)
  bool tense_only = false;  ///< …whose week only the clause's tense chose (الخميس, no المقبل)
  bool named_day = false;   ///< a day that names its weekday and fixes its week (الأحد المقبل،
                            ///< اليوم الأحد، الثلاثاء 24 سبتمبر)
  bool same_month = false;  ///< a day of the month named before it (التاسع من الشهر نفسه)
  bool session = false;     ///< a session of the day (الفترة المسائية): dated only by a day in its
                            ///< sentence with no length between (not a camp's «حتى الاثنين بواقع 5 أيام»)
};

/// The value of a relative date whose reference date is unknown: PAST_REF, PRESENT_REF, FUTURE_REF.
std::string ref_word(int dir);

/// Keeps in `best` the longer of it and `m` (the first of two that end at the same word).
inline void keep_longer(std::optional<Match>& best, std::optional<Match> m) {
  if (m && (!best || m->end > best->end)) best = std::move(m);
}

class Parser {
 public:
  Parser(std::string_view text, const Words& words, const Reference& ref)
      : text_(text), words_(words), w_(words.items), ref_(ref) {}
  /// All expressions, leftmost-longest, in word order.
  std::vector<Match> run() const;

 private:
  struct Number {
    int value;
    std::size_t end;
    bool ordinal;
    bool digits;
  };
  struct Year {
    int year;
    std::size_t end;
    bool hijri;
    bool era;
    bool bc = false;  ///< قبل الميلاد after it
  };

  std::optional<Match> at(std::size_t i) const;
  // Building blocks (grammar.cpp).
  const Sense* sense(std::size_t i, Kind k) const noexcept;
  std::string_view norm(std::size_t i) const noexcept;
  bool punct(std::size_t i, char c) const noexcept;
  bool sentence_end(std::size_t from, std::size_t to) const noexcept;
  std::optional<Number> number(std::size_t i) const;
  std::optional<Year> year_number(std::size_t i) const;
  const Sense* unit(std::size_t i, Plurality p) const noexcept;
  bool bare_year_context(std::size_t i) const noexcept;
  bool event_year(std::size_t i) const noexcept;
  bool is_year(const Match& relative) const noexcept;
  bool current(std::size_t end) const noexcept;
  // Dates (dates.cpp).
  std::optional<Match> date(std::size_t i, bool bare_unit_ok) const;
  std::optional<Match> date_core(std::size_t i, bool bare_unit_ok) const;
  std::optional<Match> year_phrase(std::size_t i) const;
  std::optional<Match> month_phrase(std::size_t i) const;
  std::optional<Match> numeric_date(std::size_t i) const;
  std::optional<Match> weekday(std::size_t i) const;
  std::optional<Match> weekday_day_month(std::size_t i, std::size_t k, int weekday) const;
  std::optional<Match> relday(std::size_t i) const;
  std::optional<Match> relative_unit(std::size_t i, bool bare_ok) const;
  std::optional<Match> century_or_decade(std::size_t i) const;
  std::optional<Match> season(std::size_t i) const;
  std::optional<Match> holiday(std::size_t i) const;
  std::optional<Match> year_part(std::size_t i) const;
  std::optional<int> year_of(std::size_t i, std::size_t& end) const;
  std::optional<Match> day_date(std::size_t i) const;
  std::optional<Match> day_anchor(std::size_t i) const;
  // Times, durations, sets, modifiers (grammar.cpp).
  std::optional<Match> time_of_day(std::size_t i) const;
  bool of_time(std::size_t i) const noexcept;
  bool day_after_day(std::size_t i) const noexcept;
  bool listed_year(std::size_t i, std::size_t least = 2) const noexcept;
  bool dash(std::size_t k) const noexcept;
  bool spaced_range_end(std::size_t i) const noexcept;
  bool two_years_noun(std::size_t k) const noexcept;
  std::optional<Match> clock(std::size_t i) const;
  std::optional<Match> duration(std::size_t i) const;
  std::optional<Match> bare_duration(std::size_t i) const;
  std::optional<Match> age(std::size_t i) const;
  void relative_to_last_named(std::vector<Match>& out) const;
  void same_as_last_named(std::vector<Match>& out) const;
  void coordinated_years(std::vector<Match>& out) const;
  std::optional<Match> counted_from_named(std::size_t i, const std::vector<Match>& out) const;
  std::optional<std::size_t> range_start(std::size_t i, int upper) const;
  std::optional<std::size_t> day_range_start(std::size_t i, int day) const;
  std::optional<Match> set(std::size_t i) const;
  std::optional<Match> vague(std::size_t i) const;
  std::optional<Match> modified(std::size_t i) const;
  std::optional<Match> shifted(std::size_t i, const Match& dur, int sign) const;
  void same_weekdays(std::vector<Match>& out) const;

  // Values (dates.cpp).
  std::optional<Match> month_value(std::size_t begin, std::size_t end, int day, int month,
                                   Calendar cal, std::optional<int> year, int dir) const;
  std::optional<Match> relative_value(std::size_t begin, std::size_t end, Unit u, int dir) const;
  Match year_value(std::size_t begin, std::size_t end, const Year& y) const;

  std::string_view text_;
  const Words& words_;
  const std::vector<Word>& w_;
  const Reference& ref_;
};

}  // namespace marsad::time
