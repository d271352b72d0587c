// Calendar arithmetic on CivilDate that resolution needs: days back to a date, ISO weekday,
// adding months, ISO week, and the day span of a month, year or decade.
//
//   CivilDate d = DateFromDays(CivilDate{2024, 6, 19}.DaysSinceEpoch() - 1);  // 2024-06-18
//   IsoWeekday(CivilDate{2000, 7, 19});                                       // 3 (Wednesday)
#pragma once

#include "core/civil_date.h"

namespace contraste {

// The date `days` days after 1970-01-01 (inverse of CivilDate::DaysSinceEpoch).
CivilDate DateFromDays(long days);
// 1 = Monday .. 7 = Sunday.
int IsoWeekday(const CivilDate& d);
// The first day of the month `months` months after d's month.
CivilDate AddMonths(const CivilDate& d, int months);
// ISO 8601 week-numbering year and week of d.
void IsoWeek(const CivilDate& d, int* week_year, int* week);

}  // namespace contraste
