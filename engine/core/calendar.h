// The calendar: a date without time zone (proleptic Gregorian) and the arithmetic that date
// resolution needs, on C++20's <chrono> calendar types (year_month_day, weekday, sys_days).
// Days are counted from 1970-01-01; dates are printed as ISO 8601 ("2024-06-19").
//
//   CivilDate d = DateFromDays(CivilDate{2024, 6, 19}.DaysSinceEpoch() - 1);  // 2024-06-18
//   IsoWeekday(CivilDate{2000, 7, 19});                                       // 3 (Wednesday)
//
// <chrono> represents years -32767..32767; a day count beyond them (hostile input: "hace
// 99999999999 días") is held to the first or last day of that range instead of wrapping.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace contraste {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Parses exactly "YYYY-MM-DD" and checks that the day exists.
  static std::optional<CivilDate> Parse(std::string_view text);
  // Days since 1970-01-01 (negative before).
  long DaysSinceEpoch() const;
  std::string ToString() const;
  bool operator==(const CivilDate&) const = default;
  auto operator<=>(const CivilDate&) const = default;
};

// The widest day a stored row may hold (about 32,800 years either side of 1970): anything past it
// is a damaged row, refused before a day is cast to an integer (store/analysis_codec.cc).
constexpr long kFarthestDay = 12'000'000;

// Days in `month` (1..12) of `year`; 0 for a month out of range.
int DaysInMonth(int year, int month);
// The date `days` days after 1970-01-01 (inverse of CivilDate::DaysSinceEpoch).
CivilDate DateFromDays(long days);

// Minutes since 1970-01-01 as "2026-10-21<sep>12:30" (`sep` ' ' for people, 'T' for ISO 8601).
std::string MinutesText(int64_t minutes, char sep);
// 1 = Monday .. 7 = Sunday.
int IsoWeekday(const CivilDate& d);
// The first day of the month `months` months after d's month.
CivilDate AddMonths(const CivilDate& d, int months);
// ISO 8601 week-numbering year and week of d.
void IsoWeek(const CivilDate& d, int* week_year, int* week);

}  // namespace contraste
