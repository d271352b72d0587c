// The calendar on <chrono>: day counts, weekdays, ISO weeks, month steps, and day counts beyond
// the years <chrono> can name held to its range.
#include "core/calendar.h"

#include <doctest/doctest.h>

namespace contraste {
namespace {

TEST_CASE("day counts from 1970-01-01 and back") {
  CHECK(CivilDate{1970, 1, 1}.DaysSinceEpoch() == 0);
  CHECK(CivilDate{2024, 6, 19}.DaysSinceEpoch() == 19893);
  CHECK(CivilDate{1969, 12, 31}.DaysSinceEpoch() == -1);
  CHECK(CivilDate{2000, 3, 1}.DaysSinceEpoch() - CivilDate{2000, 2, 28}.DaysSinceEpoch() == 2);  // leap
  CHECK(DateFromDays(19893) == CivilDate{2024, 6, 19});
  CHECK(DateFromDays(-719468) == CivilDate{0, 3, 1});
  for (long d = -800000; d < 800000; d += 997) CHECK(DateFromDays(d).DaysSinceEpoch() == d);
}

TEST_CASE("a day or month past its end counts on into the next") {
  CHECK(CivilDate{2024, 3, 0}.DaysSinceEpoch() == CivilDate{2024, 2, 29}.DaysSinceEpoch());
  CHECK(CivilDate{2024, 13, 1}.DaysSinceEpoch() == CivilDate{2025, 1, 1}.DaysSinceEpoch());
  CHECK(CivilDate{2024, 1, 32}.DaysSinceEpoch() == CivilDate{2024, 2, 1}.DaysSinceEpoch());
}

TEST_CASE("days in a month, weekdays, ISO weeks, month steps") {
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(1900, 2) == 28);
  CHECK(DaysInMonth(2000, 2) == 29);
  CHECK(DaysInMonth(2025, 13) == 0);
  CHECK(IsoWeekday(CivilDate{2000, 7, 19}) == 3);
  CHECK(IsoWeekday(CivilDate{2024, 6, 18}) == 2);
  CHECK(IsoWeekday(CivilDate{1970, 1, 4}) == 7);
  int year = 0, week = 0;
  IsoWeek(CivilDate{2021, 1, 3}, &year, &week);  // a Sunday of week 53 of 2020
  CHECK(year == 2020);
  CHECK(week == 53);
  IsoWeek(CivilDate{2024, 12, 30}, &year, &week);  // a Monday of week 1 of 2025
  CHECK(year == 2025);
  CHECK(week == 1);
  CHECK(AddMonths(CivilDate{2024, 11, 15}, 3) == CivilDate{2025, 2, 1});
  CHECK(AddMonths(CivilDate{2024, 1, 31}, -1) == CivilDate{2023, 12, 1});
  CHECK(AddMonths(CivilDate{2024, 1, 1}, -25) == CivilDate{2021, 12, 1});
}

TEST_CASE("parsing checks the day exists") {
  CHECK(CivilDate::Parse("2024-02-29") == CivilDate{2024, 2, 29});
  CHECK_FALSE(CivilDate::Parse("2023-02-29"));
  CHECK_FALSE(CivilDate::Parse("2023-13-01"));
  CHECK_FALSE(CivilDate::Parse("2023-1-01"));
  CHECK(CivilDate{2024, 6, 9}.ToString() == "2024-06-09");
}

TEST_CASE("hostile day counts are held to <chrono>'s years instead of wrapping") {
  CHECK(DateFromDays(99999999999L) == CivilDate{32767, 12, 31});
  CHECK(DateFromDays(-99999999999L) == CivilDate{-32767, 1, 1});
  CHECK(CivilDate{2000000000, 1, 1}.DaysSinceEpoch() == CivilDate{32767, 1, 1}.DaysSinceEpoch());
}

}  // namespace
}  // namespace contraste
