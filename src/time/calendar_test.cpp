#include <gtest/gtest.h>

#include "marsad/error.h"
#include "time/calendar.h"

namespace marsad::time {
namespace {

TEST(Calendar, CivilDaysRoundTrip) {
  // Checked against the obvious method: counting days one by one from 1970-01-01.
  Ymd d{1970, 1, 1};
  for (std::int64_t n = 0; n < 40000; ++n) {
    ASSERT_EQ(days_from_civil(d), n);
    Ymd back = civil_from_days(n);
    ASSERT_TRUE(back.year == d.year && back.month == d.month && back.day == d.day) << n;
    if (++d.day > days_in_month(d.year, d.month)) d.day = 1, ++d.month;
    if (d.month > 12) d.month = 1, ++d.year;
  }
}

TEST(Calendar, IsoWeeks) {
  struct Case {
    Ymd day;
    const char* week;
    const char* why;
  };
  const Case cases[] = {
      {{2024, 9, 28}, "2024-W39", "a Saturday"},
      {{2024, 9, 21}, "2024-W38", "a week earlier"},
      {{2021, 1, 3}, "2020-W53", "early January in the last week of the year before"},
      {{2024, 12, 30}, "2025-W01", "late December in week 1 of the next year"},
  };
  for (const auto& c : cases) EXPECT_EQ(format_iso_week(days_from_civil(c.day)), c.week) << c.why;
  EXPECT_EQ(iso_weekday(days_from_civil({2024, 9, 28})), 6);
}

TEST(Calendar, UmmAlQura) {
  struct Case {
    Ymd hijri, gregorian;
    const char* why;
  };
  // Dates published by the Umm al-Qura calendar.
  const Case cases[] = {
      {{1445, 9, 1}, {2024, 3, 11}, "1 Ramadan 1445"},
      {{1446, 1, 1}, {2024, 7, 7}, "Hijri new year 1446"},
      {{1444, 10, 1}, {2023, 4, 21}, "Eid al-Fitr 1444"},
  };
  for (const auto& c : cases) {
    auto g = hijri_to_gregorian(c.hijri.year, c.hijri.month, c.hijri.day);
    ASSERT_TRUE(g) << c.why;
    EXPECT_EQ(format_day(*g), format_day(c.gregorian)) << c.why;
    auto h = gregorian_to_hijri(c.gregorian);
    ASSERT_TRUE(h) << c.why;
    EXPECT_EQ(format_day(*h), format_day(c.hijri)) << c.why;
  }
  EXPECT_FALSE(hijri_to_gregorian(1445, 13, 1)) << "no 13th month";
  EXPECT_FALSE(hijri_to_gregorian(1445, 9, 31)) << "no 31st day";
}

TEST(Calendar, AddMonthsClampsTheDay) {
  Ymd d = add_months({2024, 1, 31}, 1);
  EXPECT_EQ(format_day(d), "2024-02-29");
  EXPECT_EQ(format_day(add_months({2024, 1, 15}, -1)), "2023-12-15");
}

TEST(Calendar, Reference) {
  EXPECT_FALSE(parse_reference("").known);
  Reference r = parse_reference("2024-09-28T14:05");
  EXPECT_TRUE(r.known);
  EXPECT_EQ(r.hour, 14);
  EXPECT_EQ(r.minute, 5);
  try {
    parse_reference("2024/09/28");
    FAIL() << "accepted a malformed date";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("2024/09/28"), std::string::npos) << "names the value";
  }
}

}  // namespace
}  // namespace marsad::time
