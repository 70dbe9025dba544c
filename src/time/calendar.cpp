#include "time/calendar.h"

#include <cstdio>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include "marsad/error.h"

namespace marsad::time {
namespace {

bool read_digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

[[noreturn]] void bad_reference(std::string_view value) {
  throw InputError("malformed reference date '" + std::string(value) +
                   "': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]");
}

// ICU calendars are costly to build and not thread-safe to share, so each thread keeps one
// of each. They run in UTC so that no local time-zone rule shifts a date.
icu::Calendar& thread_calendar(bool hijri) {
  thread_local std::unique_ptr<icu::Calendar> calendars[2];
  auto& cal = calendars[hijri ? 1 : 0];
  if (!cal) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale(hijri ? "ar@calendar=islamic-umalqura" : "en@calendar=gregorian");
    cal.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
    if (U_FAILURE(status) || !cal) throw Error("ICU cannot create the Umm al-Qura calendar");
  }
  return *cal;
}

// Moves a date from one calendar to the other through ICU's absolute time.
std::optional<Ymd> convert(Ymd d, bool from_hijri) {
  icu::Calendar& from = thread_calendar(from_hijri);
  icu::Calendar& to = thread_calendar(!from_hijri);
  UErrorCode status = U_ZERO_ERROR;
  from.clear();
  from.setLenient(false);
  from.set(d.year, d.month - 1, d.day, 12, 0, 0);
  UDate when = from.getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  to.setTime(when, status);
  Ymd out{to.get(UCAL_YEAR, status), to.get(UCAL_MONTH, status) + 1, to.get(UCAL_DATE, status)};
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

}  // namespace

Reference parse_reference(std::string_view value) {
  Reference ref;
  if (value.empty()) return ref;
  Ymd d;
  if (value.size() < 10 || !read_digits(value, 0, 4, d.year) || value[4] != '-' ||
      !read_digits(value, 5, 2, d.month) || value[7] != '-' || !read_digits(value, 8, 2, d.day) ||
      d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    bad_reference(value);
  ref.known = true;
  ref.date = d;
  if (value.size() == 10) return ref;
  int second = 0;
  bool ok = (value[10] == 'T' || value[10] == ' ') && read_digits(value, 11, 2, ref.hour) &&
            value.size() >= 16 && value[13] == ':' && read_digits(value, 14, 2, ref.minute) &&
            (value.size() == 16 ||
             (value.size() == 19 && value[16] == ':' && read_digits(value, 17, 2, second)));
  if (!ok || ref.hour > 23 || ref.minute > 59 || second > 59) bad_reference(value);
  return ref;
}

int days_in_month(int year, int month) noexcept {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[(month - 1) % 12];
}

std::int64_t days_from_civil(Ymd d) noexcept {
  std::int64_t y = d.year - (d.month <= 2);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(std::int64_t z) noexcept {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (month <= 2)), month, day};
}

int iso_weekday(std::int64_t days) noexcept {
  std::int64_t w = (days + 3) % 7;  // 1970-01-01 was a Thursday
  return static_cast<int>(w < 0 ? w + 7 : w) + 1;
}

Ymd add_months(Ymd d, int months) noexcept {
  int index = d.year * 12 + (d.month - 1) + months;
  Ymd out{index / 12, index % 12 + 1, d.day};
  if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
  return out;
}

std::optional<Ymd> parse_day(std::string_view value) noexcept {
  Ymd d;
  if (value.size() < 10 || value[4] != '-' || value[7] != '-' || !read_digits(value, 0, 4, d.year) ||
      !read_digits(value, 5, 2, d.month) || !read_digits(value, 8, 2, d.day))
    return std::nullopt;
  return d;
}

std::optional<int> parse_year(std::string_view value) noexcept {
  int year = 0;
  if (!read_digits(value, 0, 4, year)) return std::nullopt;
  return year;
}

std::optional<Ymd> parse_month(std::string_view value) noexcept {
  Ymd d{0, 0, 1};
  if (value.size() < 7 || value[4] != '-' || !read_digits(value, 0, 4, d.year) || !read_digits(value, 5, 2, d.month) ||
      (value.size() > 7 && value[7] != '-' && value[7] != 'T'))
    return std::nullopt;
  return d;
}

std::string format_year(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string format_month(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string format_day(Ymd d) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string format_iso_week(std::int64_t days) {
  // The ISO week belongs to the year of its Thursday.
  std::int64_t thursday = days - iso_weekday(days) + 4;
  int year = civil_from_days(thursday).year;
  int week = static_cast<int>((thursday - days_from_civil({year, 1, 1})) / 7 + 1);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", year, week);
  return buf;
}

std::optional<Ymd> hijri_to_gregorian(int year, int month, int day) {
  if (year < 1 || year > 2000 || month < 1 || month > 12 || day < 1 || day > 30)
    return std::nullopt;
  return convert({year, month, day}, true);
}

std::optional<Ymd> gregorian_to_hijri(Ymd d) { return convert(d, false); }

}  // namespace marsad::time
