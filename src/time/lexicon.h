// The time lexicon: month names, weekdays, number words, units and time words, read from the
// data/time_*.tsv tables compiled into the library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/hash.h"

namespace marsad::time {

enum class Calendar : std::uint8_t { kGregorian, kSyriac, kHijri };
enum class Unit : std::uint8_t { kYear, kMonth, kWeek, kDay, kHour, kMinute, kSecond, kDecade, kCentury };
/// kOne: a singular that is a length only when counted with واحد (موسم واحد; not موسم الحج).
enum class Plurality : std::uint8_t { kSingular, kDual, kPlural, kOne };

/// What one sense of a word is. A form may have several (ثانية: ordinal "second" and the unit).
enum class Kind : std::uint8_t {
  kMonth,      ///< value = month, arg = Calendar, flag = ambiguous
  kWeekday,    ///< value = ISO weekday, flag = bare form (only after يوم or كل)
  kCardinal,   ///< value
  kOrdinal,    ///< value
  kUnit,       ///< value = Unit, arg = Plurality
  kRelDay,     ///< value = offset in days
  kRelAdj,     ///< value = -1 previous, 0 current, +1 next
  kThis,
  kMod,        ///< text = TIMEX3 mod
  kDurCtx,
  kQuant,
  kEvery,
  kSet,        ///< text = TIMEX3 value (P1Y)
  kOf,
  kFi,
  kPrep,
  kRef,        ///< text = PAST_REF / PRESENT_REF / FUTURE_REF
  kFiRef,      ///< text, only after في
  kPart,       ///< text = MO MI AF EV NI
  kClockFrac,  ///< value = minutes
  kDecade,     ///< value = decade digits (198)
  kEra,        ///< value = 1 Hijri, 0 Gregorian
  kFuture,
  kSeason,     ///< text = SP SU FA WI
  kYearPart,   ///< text = Q (quarter) or H (half)
  kHourWord,   ///< value = hour
  kNotDay,     ///< a weekday after it is a name (خطبة الجمعة)
  kAnaphor,    ///< اليوم before it is "that day" (اليوم التالي)
  kName,       ///< a name holding a time word (عين اليوم): never a time
  kHoliday,    ///< text = its days, "calendar:month:day" (see holiday_days)
  kNotVerb,    ///< a name that looks like a future verb (سيتي)
  kWhole,      ///< كامل after a duration
  kEvent,      ///< a named event whose year follows it (مونديال، أولمبياد، إكسبو)
};

struct Sense {
  Kind kind;
  int value = 0;
  std::uint8_t arg = 0;
  bool flag = false;
  std::string text;
};

/// A day fixed in the Hijri or the Gregorian calendar.
struct HolidayDay {
  bool hijri = false;
  int month = 0, day = 0;
};
/// The days of a holiday sense: "hijri:10:1", or alternatives split by "|", of which the
/// one nearest the reference date is meant (العيد: "hijri:10:1|hijri:12:10", the Eid of
/// the breaking of the fast or the Eid of the sacrifice). Empty, with `error` set, on a bad
/// argument.
std::vector<HolidayDay> holiday_days(std::string_view arg, std::string* error = nullptr);

struct Entry {
  std::vector<Sense> senses;
  const Sense* find(Kind kind) const noexcept {
    for (const auto& s : senses)
      if (s.kind == kind) return &s;
    return nullptr;
  }
};

class Lexicon {
 public:
  /// The lexicon built from the embedded tables (once, on first use). Throws FormatError if a
  /// table is malformed, naming the table and line.
  static const Lexicon& instance();

  /// Entry of a search-normalized form (one word, or several joined by single spaces).
  const Entry* find(std::string_view form) const noexcept;
  /// True if some multiword entry starts with this form.
  bool starts_phrase(std::string_view form) const noexcept;
  std::size_t max_phrase_words() const noexcept { return max_phrase_words_; }

 private:
  Lexicon();
  void load(std::string_view table, std::string_view name);
  void add(std::string_view form, Sense sense);

  util::StringMap<Entry> entries_;  // built once, then read only: find()'s pointers stay valid
  util::StringSet phrase_starts_;
  std::size_t max_phrase_words_ = 1;
};

std::string_view unit_code(Unit unit) noexcept;  ///< "Y" "M" "W" "D" "H" "MIN" "S" "DE" "CE"

}  // namespace marsad::time
