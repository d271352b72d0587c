#include "core/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

namespace contraste {

namespace {

namespace chr = std::chrono;

chr::year_month_day ToChrono(const CivilDate& d) {
  return chr::year_month_day{chr::year{d.year}, chr::month{static_cast<unsigned>(d.month)},
                             chr::day{static_cast<unsigned>(d.day)}};
}

CivilDate FromChrono(const chr::year_month_day& ymd) {
  return CivilDate{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// The day counts of the first and last days <chrono> can name.
long FirstDay() { return chr::sys_days{chr::year::min() / chr::January / 1}.time_since_epoch().count(); }
long LastDay() { return chr::sys_days{chr::year::max() / chr::December / 31}.time_since_epoch().count(); }

}  // namespace

int DaysInMonth(int year, int month) {
  if (month < 1 || month > 12) return 0;
  const chr::year_month_day_last last{chr::year{year}, chr::month_day_last{chr::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::optional<CivilDate> CivilDate::Parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int* out) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      v = v * 10 + (t[i] - '0');
    }
    *out = v;
    return true;
  };
  CivilDate d;
  if (!digits(0, 4, &d.year) || !digits(5, 2, &d.month) || !digits(8, 2, &d.day)) return std::nullopt;
  if (!ToChrono(d).ok()) return std::nullopt;
  return d;
}

long CivilDate::DaysSinceEpoch() const {
  // Months and days past their ends count on (month 13 is January of the next year, day 0 the
  // last day of the month before), as the resolvers expect when they step across a boundary;
  // years beyond <chrono>'s range are held to it.
  const int y = std::clamp(year, static_cast<int>(chr::year::min()), static_cast<int>(chr::year::max()));
  const chr::year_month ym = chr::year{y} / chr::January + chr::months{month - 1};
  return chr::sys_days{ym / chr::day{1}}.time_since_epoch().count() + (day - 1);
}

std::string CivilDate::ToString() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::string MinutesText(int64_t minutes, char sep) {
  const int64_t day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
  const int64_t minute = minutes - day * 1440;
  return fmt::format("{}{}{:02}:{:02}", DateFromDays(static_cast<long>(day)).ToString(), sep, minute / 60, minute % 60);
}

CivilDate DateFromDays(long days) {
  days = std::clamp(days, FirstDay(), LastDay());
  return FromChrono(chr::year_month_day{chr::sys_days{chr::days{days}}});
}

int IsoWeekday(const CivilDate& d) {
  return static_cast<int>(chr::weekday{chr::sys_days{chr::days{d.DaysSinceEpoch()}}}.iso_encoding());
}

CivilDate AddMonths(const CivilDate& d, int months) {
  const chr::year_month ym = chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} + chr::months{months};
  return FromChrono(ym / chr::day{1});
}

void IsoWeek(const CivilDate& d, int* week_year, int* week) {
  // The ISO year of a week is the year of its Thursday.
  const long thursday = d.DaysSinceEpoch() - IsoWeekday(d) + 4;
  const CivilDate t = DateFromDays(thursday);
  const long first = CivilDate{t.year, 1, 1}.DaysSinceEpoch();
  *week_year = t.year;
  *week = static_cast<int>((thursday - first) / 7 + 1);
}

}  // namespace contraste
