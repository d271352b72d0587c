#include "extract/time/date_calendar.h"

namespace contraste {

CivilDate DateFromDays(long days) {
  // Howard Hinnant's civil_from_days.
  long z = days + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int IsoWeekday(const CivilDate& d) {
  long days = d.DaysSinceEpoch();  // 1970-01-01 was a Thursday (4)
  long w = ((days % 7) + 7 + 3) % 7;
  return static_cast<int>(w) + 1;
}

CivilDate AddMonths(const CivilDate& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  int year = index >= 0 ? index / 12 : (index - 11) / 12;
  return CivilDate{year, index - year * 12 + 1, 1};
}

void IsoWeek(const CivilDate& d, int* week_year, int* week) {
  long thursday = d.DaysSinceEpoch() - IsoWeekday(d) + 4;
  CivilDate t = DateFromDays(thursday);
  long first = CivilDate{t.year, 1, 1}.DaysSinceEpoch();
  *week_year = t.year;
  *week = static_cast<int>((thursday - first) / 7 + 1);
}

}  // namespace contraste
