// Civil-calendar arithmetic for resolving time expressions, and Hijri conversion.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace marsad::time {

struct Ymd {
  int year = 0, month = 0, day = 0;
};

/// The reference ("document creation") time. `known` is false when none was given.
struct Reference {
  bool known = false;
  Ymd date;
  int hour = -1, minute = 0;  ///< hour < 0: no time of day given
};

/// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" or "YYYY-MM-DD HH:MM[:SS]"; empty gives an
/// unknown reference. Throws InputError naming the value otherwise.
Reference parse_reference(std::string_view value);

int days_in_month(int year, int month) noexcept;
/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil).
std::int64_t days_from_civil(Ymd d) noexcept;
Ymd civil_from_days(std::int64_t days) noexcept;
/// 1 = Monday … 7 = Sunday.
int iso_weekday(std::int64_t days) noexcept;
/// Adds whole months, keeping the day (clamped to the month's length).
Ymd add_months(Ymd d, int months) noexcept;

/// The day of a TIMEX3 value that starts with YYYY-MM-DD (2024-09-28, 2024-09-28TEV), or nothing
/// for any other value (XXXX-WXX-2, PAST_REF, 2024-W38).
std::optional<Ymd> parse_day(std::string_view value) noexcept;
/// The year of a value that starts with four digits (2024, 2024-09, 2024-SU), or nothing
/// (XXXX-09, 201 for a decade, PAST_REF).
std::optional<int> parse_year(std::string_view value) noexcept;
/// The year and month (day 1) of a value that starts with YYYY-MM (2024-09, 2024-09-28), or
/// nothing (2024-SU, 2024-W38, XXXX-09).
std::optional<Ymd> parse_month(std::string_view value) noexcept;

std::string format_year(int year);
std::string format_month(int year, int month);
std::string format_day(Ymd d);
/// "2024-W38": the ISO 8601 week holding day `days`.
std::string format_iso_week(std::int64_t days);

/// Gregorian date of Hijri year/month/day by the Umm al-Qura calendar, or nothing when the
/// date is out of the calendar's range or invalid.
std::optional<Ymd> hijri_to_gregorian(int year, int month, int day);
/// Hijri (Umm al-Qura) year/month/day of a Gregorian date.
std::optional<Ymd> gregorian_to_hijri(Ymd d);

}  // namespace marsad::time
