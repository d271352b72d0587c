#include "extract/time/date_period_resolver.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/calendar.h"

namespace contraste {

namespace {

ResolvedDate Days(long first, long last, DateGranularity g, std::string normalized) {
  ResolvedDate r;
  r.resolved = true;
  r.first = DateFromDays(first);
  r.last = DateFromDays(std::max(first, last));
  r.granularity = g;
  r.normalized = normalized.empty() ? r.first.ToString() + "/" + r.last.ToString() : std::move(normalized);
  return r;
}

long DayNumber(int year, int month, int day) { return CivilDate{year, month, day}.DaysSinceEpoch(); }
long MonthEnd(int year, int month) { return DayNumber(year, month, DaysInMonth(year, month)); }

ResolvedDate WeekOf(long any_day) {
  long monday = any_day - IsoWeekday(DateFromDays(any_day)) + 1;
  int wy = 0, w = 0;
  IsoWeek(DateFromDays(monday), &wy, &w);
  return Days(monday, monday + 6, DateGranularity::kWeek, fmt::format("{:04}-W{:02}", wy, w));
}

ResolvedDate MonthSpan(int year, int month) {
  return Days(DayNumber(year, month, 1), MonthEnd(year, month), DateGranularity::kMonth, fmt::format("{:04}-{:02}", year, month));
}

// Monday of ISO week 1 of `year` (the week holding January 4th).
long IsoWeekOne(int year) {
  long jan4 = DayNumber(year, 1, 4);
  return jan4 - IsoWeekday(DateFromDays(jan4)) + 1;
}

// A date `months` months after d, the day kept when the month has it (else its last day).
long AddMonthsKeepDay(const CivilDate& d, int months) {
  CivilDate m = AddMonths(d, months);
  return DayNumber(m.year, m.month, std::min(d.day, DaysInMonth(m.year, m.month)));
}

ResolvedDate Resolve(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  return ResolveTemporal(e, anchor, forward);
}

// The period that holds a part: its resolution, or the anchor's year or month.
ResolvedDate Container(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward, bool month) {
  if (!e.parts.empty()) return Resolve(e.parts[0], anchor, forward);
  if (!anchor) return ResolvedDate::Unresolved("a part of a period without the period needs the publication date");
  return month ? MonthSpan(anchor->year, anchor->month) : Days(DayNumber(anchor->year, 1, 1), DayNumber(anchor->year, 12, 31),
                                                               DateGranularity::kYear, fmt::format("{:04}", anchor->year));
}

ResolvedDate Range(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  if (e.parts.size() != 2) return ResolvedDate::Unresolved("a range needs two ends");
  ResolvedDate from = Resolve(e.parts[0], anchor, forward);
  if (!from.resolved) return from;
  ResolvedDate to = Resolve(e.parts[1], anchor, forward);
  if (!to.resolved) return to;
  if (to.last < from.first && !e.parts[1].IsAbsolute()) {
    // The end written without a year is the next one after the start.
    to = Resolve(e.parts[1], from.first, /*forward=*/true);
    if (!to.resolved) return to;
  }
  if (to.last < from.first) return ResolvedDate::Unresolved("the range ends before it starts");
  return Days(from.FirstDay(), to.LastDay(), DateGranularity::kSpan, from.normalized + "/" + to.normalized);
}

ResolvedDate Nth(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  const DatePeriod& p = e.period;
  // A day alone ("la semana del 18"): that day of the anchor's month, the last one before the
  // anchor or the next one with a forward tense.
  if (p.unit == PeriodUnit::kDay && e.parts.empty()) {
    if (!anchor) return ResolvedDate::Unresolved("a day without a month needs the publication date");
    CivilDate a = *anchor;
    int step = forward ? 1 : -1;
    for (int k = 0; k < 13; ++k) {
      CivilDate m = AddMonths(a, k == 0 ? 0 : step * k);
      if (p.index > DaysInMonth(m.year, m.month)) continue;
      long d = DayNumber(m.year, m.month, p.index);
      if (k == 0 && (forward ? d < a.DaysSinceEpoch() : d > a.DaysSinceEpoch())) continue;
      return Days(d, d, DateGranularity::kDay, DateFromDays(d).ToString());
    }
    return ResolvedDate::Unresolved("the day does not exist");
  }
  bool of_month = p.unit == PeriodUnit::kFortnight || p.unit == PeriodUnit::kDay;
  ResolvedDate c = Container(e, anchor, forward, of_month);
  if (!c.resolved) return c;
  long first = c.FirstDay(), last = c.LastDay();
  int year = c.first.year;
  switch (p.unit) {
    case PeriodUnit::kDay: {
      if (c.granularity == DateGranularity::kWeek) {
        if (p.index < 1 || p.index > 7) return ResolvedDate::Unresolved("no such day of the week");
        long d = first + p.index - 1;
        return Days(d, d, DateGranularity::kDay, DateFromDays(d).ToString());
      }
      if (c.granularity != DateGranularity::kMonth) return ResolvedDate::Unresolved("a day of something that is not a month");
      if (p.index < 1 || p.index > DaysInMonth(c.first.year, c.first.month)) return ResolvedDate::Unresolved("the day does not exist in that month");
      long d = first + p.index - 1;
      return Days(d, d, DateGranularity::kDay, DateFromDays(d).ToString());
    }
    case PeriodUnit::kMonth:
      if (c.granularity != DateGranularity::kYear || p.index < 1 || p.index > 12) return ResolvedDate::Unresolved("a month of something that is not a year");
      return MonthSpan(year, p.index);
    case PeriodUnit::kQuarter: {
      if (c.granularity != DateGranularity::kYear) return ResolvedDate::Unresolved("a quarter of something that is not a year");
      int q = p.index < 0 ? 5 + p.index : p.index;
      if (q < 1 || q > 4) return ResolvedDate::Unresolved("a year has four quarters");
      int m = 3 * (q - 1) + 1;
      return Days(DayNumber(year, m, 1), MonthEnd(year, m + 2), DateGranularity::kSpan, fmt::format("{:04}-Q{}", year, q));
    }
    case PeriodUnit::kHalf:
    case PeriodUnit::kFortnight: {
      int h = p.index < 0 ? 3 + p.index : p.index;
      if (h < 1 || h > 2) return ResolvedDate::Unresolved("a period has two halves");
      if (c.granularity == DateGranularity::kYear) {
        int m = h == 1 ? 1 : 7;
        return Days(DayNumber(year, m, 1), MonthEnd(year, m + 5), DateGranularity::kSpan, fmt::format("{:04}-H{}", year, h));
      }
      long n = last - first + 1, cut = first + (c.granularity == DateGranularity::kMonth ? 15 : n / 2);
      return h == 1 ? Days(first, cut - 1, DateGranularity::kSpan, "") : Days(cut, last, DateGranularity::kSpan, "");
    }
    case PeriodUnit::kWeek: {
      if (c.granularity == DateGranularity::kYear) {
        long w1 = IsoWeekOne(year), after = IsoWeekOne(year + 1);
        long monday = p.index < 0 ? after - 7L * (-p.index) : w1 + 7L * (p.index - 1);
        if (monday < w1 || monday >= after) return ResolvedDate::Unresolved("the year has no such week");
        return WeekOf(monday);
      }
      if (c.granularity != DateGranularity::kMonth) return ResolvedDate::Unresolved("a week of something that is not a month or a year");
      // The weeks whose Thursday falls in the month.
      long monday1 = first - IsoWeekday(c.first) + 1;
      if (monday1 + 3 < first) monday1 += 7;
      long monday_last = last - IsoWeekday(c.last) + 1;
      if (monday_last + 3 > last) monday_last -= 7;
      long monday = p.index < 0 ? monday_last - 7L * (-p.index - 1) : monday1 + 7L * (p.index - 1);
      if (monday < monday1 || monday > monday_last) return ResolvedDate::Unresolved("the month has no such week");
      return WeekOf(monday);
    }
    case PeriodUnit::kYear:
    case PeriodUnit::kDecade: break;
  }
  return ResolvedDate::Unresolved("no such part of a period");
}

// The instance of a season that starts in `year`.
ResolvedDate SeasonOf(const DatePeriod& p, int year) {
  int sm = p.season_start / 100, sd = p.season_start % 100, nm = p.season_next / 100, nd = p.season_next % 100;
  int next_year = p.season_next <= p.season_start ? year + 1 : year;
  return Days(DayNumber(year, sm, sd), DayNumber(next_year, nm, nd) - 1, DateGranularity::kSpan,
              fmt::format("{:04}-{}", year, p.code));
}

ResolvedDate SeasonPeriod(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  const DatePeriod& p = e.period;
  if (!e.parts.empty()) {
    ResolvedDate y = Resolve(e.parts[0], anchor, forward);
    if (!y.resolved) return y;
    return SeasonOf(p, y.first.year);
  }
  if (!anchor) return ResolvedDate::Unresolved("a season without a year needs the publication date");
  long a = anchor->DaysSinceEpoch();
  ResolvedDate previous = SeasonOf(p, anchor->year - 1), current = SeasonOf(p, anchor->year);
  ResolvedDate next = SeasonOf(p, anchor->year + 1);
  if (p.offset > 0) return current.FirstDay() > a ? current : next;
  if (p.offset < 0) return current.LastDay() < a ? current : previous;
  if (previous.LastDay() >= a) return previous;  // a winter that began the year before
  if (forward || current.FirstDay() <= a) return current;
  return current;
}

ResolvedDate Weekend(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  if (!anchor) return ResolvedDate::Unresolved("a weekend needs the publication date");
  const DatePeriod& p = e.period;
  long a = anchor->DaysSinceEpoch();
  long monday = a - IsoWeekday(*anchor) + 1;
  int offset = p.offset;
  if (!p.anchored && !forward && IsoWeekday(*anchor) < 6) offset = -1;
  long saturday = monday + 5 + 7L * offset;
  int wy = 0, w = 0;
  IsoWeek(DateFromDays(saturday), &wy, &w);
  return Days(saturday, saturday + 1, DateGranularity::kSpan, fmt::format("{:04}-W{:02}-WE", wy, w));
}

ResolvedDate NextOrLast(const TemporalExpression& e, const std::optional<CivilDate>& anchor) {
  if (!anchor) return ResolvedDate::Unresolved("a count from now needs the publication date");
  const DatePeriod& p = e.period;
  const CivilDate& a = *anchor;
  long day = a.DaysSinceEpoch();
  int n = p.count;
  bool next = p.shape == PeriodShape::kNext;
  switch (p.unit) {
    case PeriodUnit::kDay: return next ? Days(day + 1, day + n, DateGranularity::kSpan, "") : Days(day - n, day - 1, DateGranularity::kSpan, "");
    case PeriodUnit::kWeek:
      return next ? Days(day + 1, day + 7L * n, DateGranularity::kSpan, "") : Days(day - 7L * n, day - 1, DateGranularity::kSpan, "");
    case PeriodUnit::kMonth:
      return next ? Days(day + 1, AddMonthsKeepDay(a, n), DateGranularity::kSpan, "")
                  : Days(AddMonthsKeepDay(a, -n), day - 1, DateGranularity::kSpan, "");
    case PeriodUnit::kYear:
      return next ? Days(day + 1, AddMonthsKeepDay(a, 12 * n), DateGranularity::kSpan, "")
                  : Days(AddMonthsKeepDay(a, -12 * n), day - 1, DateGranularity::kSpan, "");
    case PeriodUnit::kDecade: {
      int decade = a.year / 10 * 10;
      return next ? Days(DayNumber(decade + 10, 1, 1), DayNumber(decade + 10 + 10 * n - 1, 12, 31), DateGranularity::kSpan, "")
                  : Days(DayNumber(decade - 10 * n, 1, 1), DayNumber(decade - 1, 12, 31), DateGranularity::kSpan, "");
    }
    default: break;
  }
  return ResolvedDate::Unresolved("no count of that unit");
}

ResolvedDate Rest(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  if (!anchor || e.parts.empty()) return ResolvedDate::Unresolved("the rest of a period needs the publication date");
  ResolvedDate c = Resolve(e.parts[0], anchor, forward);
  if (!c.resolved) return c;
  long a = anchor->DaysSinceEpoch();
  if (a < c.FirstDay() || a > c.LastDay()) return ResolvedDate::Unresolved("the publication date is outside the period");
  return Days(a, c.LastDay(), DateGranularity::kSpan, "");
}

ResolvedDate Around(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  if (e.parts.empty()) return ResolvedDate::Unresolved("no date");
  ResolvedDate d = Resolve(e.parts[0], anchor, forward);
  if (!d.resolved) return d;
  if (e.period.unit == PeriodUnit::kWeek) return WeekOf(d.FirstDay());
  return MonthSpan(d.first.year, d.first.month);
}

ResolvedDate IsoWeekPeriod(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  int year = 0;
  if (!e.parts.empty()) {
    ResolvedDate y = Resolve(e.parts[0], anchor, forward);
    if (!y.resolved) return y;
    year = y.first.year;
  } else if (anchor) {
    year = anchor->year;
  } else {
    return ResolvedDate::Unresolved("a week number without a year needs the publication date");
  }
  long monday = IsoWeekOne(year) + 7L * (e.period.index - 1);
  if (monday >= IsoWeekOne(year + 1)) return ResolvedDate::Unresolved("the year has no such week");
  return WeekOf(monday);
}

// `count` units from the first day of parts[0]: "2 weeks starting May 20" is May 20 to June 2.
ResolvedDate CountFrom(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  if (e.parts.empty()) return ResolvedDate::Unresolved("no day to count from");
  ResolvedDate d = Resolve(e.parts[0], anchor, forward);
  if (!d.resolved) return d;
  const long first = d.FirstDay();
  const int n = e.period.count;
  if (n < 1) return ResolvedDate::Unresolved("nothing to count");
  switch (e.period.unit) {
    case PeriodUnit::kDay: return Days(first, first + n - 1, DateGranularity::kSpan, "");
    case PeriodUnit::kWeek: return Days(first, first + 7L * n - 1, DateGranularity::kSpan, "");
    case PeriodUnit::kMonth: return Days(first, AddMonthsKeepDay(d.first, n) - 1, DateGranularity::kSpan, "");
    case PeriodUnit::kYear: return Days(first, AddMonthsKeepDay(d.first, 12 * n) - 1, DateGranularity::kSpan, "");
    default: break;
  }
  return ResolvedDate::Unresolved("no count of that unit");
}

}  // namespace

ResolvedDate ResolveDatePeriod(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  switch (e.period.shape) {
    case PeriodShape::kRange: return Range(e, anchor, forward);
    case PeriodShape::kNth: return Nth(e, anchor, forward);
    case PeriodShape::kSeason: return SeasonPeriod(e, anchor, forward);
    case PeriodShape::kWeekend: return Weekend(e, anchor, forward);
    case PeriodShape::kNext:
    case PeriodShape::kLast: return NextOrLast(e, anchor);
    case PeriodShape::kRest: return Rest(e, anchor, forward);
    case PeriodShape::kAround: return Around(e, anchor, forward);
    case PeriodShape::kIsoWeek: return IsoWeekPeriod(e, anchor, forward);
    case PeriodShape::kFrom: return CountFrom(e, anchor, forward);
  }
  return ResolvedDate::Unresolved("unknown period");
}

}  // namespace contraste
