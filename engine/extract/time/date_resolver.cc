#include "extract/time/date_resolver.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "core/calendar.h"
#include "extract/time/date_period_resolver.h"

namespace contraste {

const char* DateGranularityName(DateGranularity g) {
  switch (g) {
    case DateGranularity::kDay: return "day";
    case DateGranularity::kWeek: return "week";
    case DateGranularity::kMonth: return "month";
    case DateGranularity::kYear: return "year";
    case DateGranularity::kDecade: return "decade";
    case DateGranularity::kSpan: return "span";
  }
  return "unknown";
}

namespace {

CivilDate LastOfMonth(int year, int month) { return CivilDate{year, month, DaysInMonth(year, month)}; }

ResolvedDate Day(const CivilDate& d) {
  ResolvedDate r;
  r.resolved = true;
  r.first = r.last = d;
  r.granularity = DateGranularity::kDay;
  r.normalized = d.ToString();
  return r;
}

ResolvedDate Month(int year, int month) {
  ResolvedDate r;
  r.resolved = true;
  r.first = CivilDate{year, month, 1};
  r.last = LastOfMonth(year, month);
  r.granularity = DateGranularity::kMonth;
  r.normalized = fmt::format("{:04}-{:02}", year, month);
  return r;
}

ResolvedDate Year(int year) {
  ResolvedDate r;
  r.resolved = true;
  r.first = CivilDate{year, 1, 1};
  r.last = CivilDate{year, 12, 31};
  r.granularity = DateGranularity::kYear;
  r.normalized = fmt::format("{:04}", year);
  return r;
}

ResolvedDate Decade(int first_year) {
  ResolvedDate r;
  r.resolved = true;
  r.first = CivilDate{first_year, 1, 1};
  r.last = CivilDate{first_year + 9, 12, 31};
  r.granularity = DateGranularity::kDecade;
  r.normalized = fmt::format("{:03}X", first_year / 10);
  return r;
}

ResolvedDate Week(const CivilDate& any_day) {
  long monday = any_day.DaysSinceEpoch() - IsoWeekday(any_day) + 1;
  ResolvedDate r;
  r.resolved = true;
  r.first = DateFromDays(monday);
  r.last = DateFromDays(monday + 6);
  r.granularity = DateGranularity::kWeek;
  int wy = 0, w = 0;
  IsoWeek(any_day, &wy, &w);
  r.normalized = fmt::format("{:04}-W{:02}", wy, w);
  return r;
}

ResolvedDate Span(const CivilDate& first, const CivilDate& last) {
  ResolvedDate r;
  r.resolved = true;
  r.first = first;
  r.last = std::max(first, last);
  r.granularity = DateGranularity::kSpan;
  r.normalized = r.first.ToString() + "/" + r.last.ToString();
  return r;
}

// The period `offset` units from the anchor's.
ResolvedDate Shifted(TimeUnit unit, int offset, const CivilDate& a) {
  switch (unit) {
    case TimeUnit::kDay: return Day(DateFromDays(a.DaysSinceEpoch() + offset));
    case TimeUnit::kWeek: return Week(DateFromDays(a.DaysSinceEpoch() + 7L * offset));
    case TimeUnit::kMonth: {
      CivilDate m = AddMonths(a, offset);
      return Month(m.year, m.month);
    }
    case TimeUnit::kYear: return Year(a.year + offset);
    case TimeUnit::kDecade: return Decade((a.year / 10 + offset) * 10);
  }
  return Day(a);
}

// The span of `back` units ending on the anchor.
ResolvedDate Back(TimeUnit unit, int back, const CivilDate& a) {
  long days = a.DaysSinceEpoch();
  switch (unit) {
    case TimeUnit::kDay: return Span(DateFromDays(days - back), a);
    case TimeUnit::kWeek: return Span(DateFromDays(days - 7L * back), a);
    case TimeUnit::kMonth: {
      CivilDate m = AddMonths(a, -back);
      return Span(CivilDate{m.year, m.month, std::min(a.day, DaysInMonth(m.year, m.month))}, a);
    }
    case TimeUnit::kYear: return Span(CivilDate{a.year - back, a.month, std::min(a.day, DaysInMonth(a.year - back, a.month))}, a);
    case TimeUnit::kDecade: return Span(CivilDate{a.year - 10 * back, a.month, std::min(a.day, 28)}, a);
  }
  return Day(a);
}

// "el 15": that day of the anchor's month when it is on the right side of the anchor, else of the
// month before (or after, looking ahead); months too short for the day are skipped.
ResolvedDate DayOfNearMonth(int day, const std::optional<CivilDate>& anchor, bool ahead) {
  if (!anchor) return ResolvedDate::Unresolved("a day without month needs the publication date");
  CivilDate month = AddMonths(*anchor, 0);
  bool this_month = ahead ? day >= anchor->day : day <= anchor->day;
  for (int step = this_month ? 0 : 1; step < 3; ++step) {
    CivilDate m = AddMonths(month, ahead ? step : -step);
    if (day <= DaysInMonth(m.year, m.month)) return Day(CivilDate{m.year, m.month, day});
  }
  return ResolvedDate::Unresolved("the day does not exist in that month");
}

// The year of a month written without one: the anchor's, or the one before (after, looking
// ahead) when the month lies on the other side of the anchor's month.
int YearOfMonth(int month, const CivilDate& anchor, bool ahead) {
  if (ahead && month < anchor.month) return anchor.year + 1;
  if (!ahead && month > anchor.month) return anchor.year - 1;
  return anchor.year;
}

// "el primer viernes de julio", "el segundo lunes de este mes".
ResolvedDate NthWeekdayOfMonth(const TemporalExpression& e, const CivilDate& anchor, bool ahead) {
  CivilDate first = e.month ? CivilDate{e.year ? e.year : YearOfMonth(e.month, anchor, ahead), e.month, 1}
                            : AddMonths(anchor, e.offset);
  int delta = (e.weekday - IsoWeekday(first) + 7) % 7 + 7 * (e.nth - 1);
  if (1 + delta > DaysInMonth(first.year, first.month)) return ResolvedDate::Unresolved("the month has no such weekday");
  return Day(DateFromDays(first.DaysSinceEpoch() + delta));
}

constexpr long kHalfYearDays = 183;

ResolvedDate Core(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward) {
  bool ahead = e.direction > 0 || (e.direction == 0 && forward);
  switch (e.kind) {
    case TemporalKind::kDate: {
      if (e.month == 0) return DayOfNearMonth(e.day, anchor, ahead);
      if (e.year) {
        if (e.day > DaysInMonth(e.year, e.month)) return ResolvedDate::Unresolved("the day does not exist in that month");
        return Day(CivilDate{e.year, e.month, e.day});
      }
      if (!anchor) return ResolvedDate::Unresolved("no year and no publication date");
      int y = anchor->year;
      auto make = [&](int year) { return CivilDate{year, e.month, std::min(e.day, DaysInMonth(year, e.month))}; };
      // A weekday written with the day and month ("el miércoles 27 de enero") tells which side of
      // the anchor the date lies on: of the days within half a year of it, the one that is that
      // weekday (none: read as without the weekday; a far year is no guess of the weekday's).
      if (e.weekday) {
        const CivilDate* best = nullptr;
        CivilDate candidates[3] = {make(y), make(y - 1), make(y + 1)};
        long best_gap = 0;
        for (const CivilDate& c : candidates) {
          if (c.day != e.day || IsoWeekday(c) != e.weekday) continue;
          const long gap = std::labs(c.DaysSinceEpoch() - anchor->DaysSinceEpoch());
          if (gap > kHalfYearDays) continue;
          if (!best || gap < best_gap) {
            best = &c;
            best_gap = gap;
          }
        }
        if (best) return Day(*best);
      }
      if (ahead && make(y) < *anchor) ++y;
      if (!ahead && make(y) > *anchor) --y;
      // "Feb 29" without a year: the nearest leap year on that side of the anchor.
      for (int step = 0; step < 8 && e.day > DaysInMonth(y, e.month); ++step) y += ahead ? 1 : -1;
      if (e.day > DaysInMonth(y, e.month)) return ResolvedDate::Unresolved("the day does not exist in that month");
      return Day(make(y));
    }
    case TemporalKind::kMonth: {
      if (e.year) return Month(e.year, e.month);
      if (!anchor) return ResolvedDate::Unresolved("no year and no publication date");
      return Month(YearOfMonth(e.month, *anchor, ahead), e.month);
    }
    case TemporalKind::kYear: return Year(e.year);
    case TemporalKind::kDecade: return Decade(e.year);
    case TemporalKind::kWeekday: {
      if (!anchor) return ResolvedDate::Unresolved("a weekday needs the publication date");
      if (e.nth) return NthWeekdayOfMonth(e, *anchor, ahead);
      if (e.in_week) {
        ResolvedDate week = Shifted(TimeUnit::kWeek, e.offset, *anchor);
        return Day(DateFromDays(week.FirstDay() + e.weekday - 1));
      }
      int aw = IsoWeekday(*anchor);
      long days = anchor->DaysSinceEpoch();
      if (ahead) {
        int delta = (e.weekday - aw + 7) % 7;
        if (delta == 0 && e.direction > 0) delta = 7;
        return Day(DateFromDays(days + delta));
      }
      int delta = (aw - e.weekday + 7) % 7;
      if (delta == 0 && e.direction < 0) delta = 7;
      return Day(DateFromDays(days - delta));
    }
    case TemporalKind::kAgo:
      if (e.exact_day && anchor) {
        const CivilDate m = AddMonths(*anchor, e.shift_months);
        const CivilDate day{m.year, m.month, std::min(anchor->day, DaysInMonth(m.year, m.month))};
        return Day(DateFromDays(day.DaysSinceEpoch() + e.shift_days));
      }
      [[fallthrough]];
    case TemporalKind::kRelativeDay:
    case TemporalKind::kRelativePeriod:
      if (!anchor) return ResolvedDate::Unresolved("a relative expression needs the publication date");
      if (e.back > 0) return Back(e.unit, e.back, *anchor);
      return Shifted(e.unit, e.offset, *anchor);
    case TemporalKind::kPeriod: return ResolveDatePeriod(e, anchor, forward);
  }
  return ResolvedDate::Unresolved("unknown expression");
}

// The part of a resolved week, month or year the language bounds (time.yaml part_bounds): weekdays,
// days or months; false when it bounds none for that period.
bool BoundedPart(const ResolvedDate& whole, PeriodPart part, const PartBounds* bounds, ResolvedDate* out) {
  if (!bounds || part == PeriodPart::kWhole) return false;
  const size_t p = static_cast<size_t>(part);
  const CivilDate& f = whole.first;
  switch (whole.granularity) {
    case DateGranularity::kWeek: {
      const PartBound& b = bounds->week[p];
      if (b.first == 0) return false;
      *out = Span(DateFromDays(whole.FirstDay() + b.first - 1), DateFromDays(whole.FirstDay() + b.last - 1));
      return true;
    }
    case DateGranularity::kMonth: {
      const PartBound& b = bounds->month[p];
      if (b.first == 0) return false;
      const int days = DaysInMonth(f.year, f.month);
      *out = Span(CivilDate{f.year, f.month, std::min(b.first, days)}, CivilDate{f.year, f.month, std::min(b.last, days)});
      return true;
    }
    case DateGranularity::kYear: {
      const PartBound& b = bounds->year[p];
      if (b.first == 0) return false;
      *out = Span(CivilDate{f.year, b.first, 1}, LastOfMonth(f.year, b.last));
      return true;
    }
    default: return false;
  }
}

// The first, middle or last third of a resolved period, by days.
ResolvedDate Third(const ResolvedDate& whole, PeriodPart part) {
  long first = whole.FirstDay(), n = whole.LastDay() - first + 1;
  long third = n / 3;
  switch (part) {
    case PeriodPart::kBegin: return Span(whole.first, DateFromDays(first + third - 1));
    case PeriodPart::kMiddle: return Span(DateFromDays(first + third), DateFromDays(first + n - third - 1));
    case PeriodPart::kEnd: return Span(DateFromDays(first + n - third), whole.last);
    case PeriodPart::kWhole: return whole;
  }
  return whole;
}

}  // namespace

ResolvedDate ResolveTemporal(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward_tense) {
  ResolvedDate r = Core(e, anchor, forward_tense && !e.since);
  if (!r.resolved) return r;
  // ISO 8601's four-digit years: a date beyond them is not resolved, and the report says so.
  if (r.first.year < 1 || r.last.year > 9999) return ResolvedDate::Unresolved("beyond the years 0001 to 9999");
  if (ResolvedDate bounded; BoundedPart(r, e.part, e.part_bounds, &bounded)) {
    r = bounded;
  } else {
    r = Third(r, e.part);
  }
  if (e.since) {
    if (!anchor) return ResolvedDate::Unresolved("'since' runs up to the publication date, which is unknown");
    r = Span(r.first, *anchor);
  }
  return r;
}

int ContradictedWeekday(const TemporalExpression& e) {
  if (e.kind != TemporalKind::kDate || !e.weekday || !e.year || e.day > DaysInMonth(e.year, e.month)) return 0;
  int actual = IsoWeekday(CivilDate{e.year, e.month, e.day});
  return actual == e.weekday ? 0 : actual;
}

}  // namespace contraste
