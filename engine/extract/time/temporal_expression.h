// A temporal expression as written, before it is resolved against a publication date: which
// fields the text gives (year, month, day, weekday), or which relative unit and offset.
//
//   "el miércoles 19 de julio de 2000" -> kDate {year 2000, month 7, day 19, weekday 3}
//   "en marzo"                         -> kMonth {month 3}          (year from the anchor)
//   "la década de 1940"                -> kDecade {year 1940}
//   "ayer"                             -> kRelativeDay {offset -1}
//   "hace dos meses"                   -> kAgo {unit month, offset -2}
//   "desde principios de 2025"         -> kYear {year 2025, part begin, since}
//   "el 15"                            -> kDate {day 15, loose}      (month from the anchor)
//   "el viernes de esta semana"        -> kWeekday {weekday 5, in_week, offset 0}
//   "el primer viernes de julio"       -> kWeekday {weekday 5, nth 1, month 7}
#pragma once

#include <cstddef>
#include <vector>

#include "lang/date_period.h"
#include "lang/temporal_lexicon.h"

namespace contraste {

enum class TemporalKind {
  kDate,            // day and month, maybe year and weekday; or a day alone (month 0)
  kMonth,           // month, maybe year
  kYear,
  kDecade,          // year = first year of the decade
  kWeekday,         // a weekday alone: "el miércoles", "este jueves"; of a week ("in_week") or
                    // the nth of a month ("nth"; the month written or relative: "de este mes")
  kRelativeDay,     // "hoy", "ayer": offset in days
  kRelativePeriod,  // "esta semana", "el año pasado", "los últimos meses": unit, offset or back
  kAgo,             // "hace dos meses": unit, offset < 0
  kPeriod,          // ranges, weeks, quarters, seasons...: `period` and `parts` (extract/date_period.h)
};

const char* TemporalKindName(TemporalKind kind);

// How far a relative count may reach from the publication date ("hace N días", "los próximos N
// meses"): 3,660,000 days, about 10,000 years. A larger count is not read as a date (it may still
// be a duration), so date arithmetic stays within the calendar's years.
constexpr double kMaxRelativeDays = 3660000;

struct TemporalExpression {
  size_t begin_token = 0;  // tokens [begin, end) of the whole expression, prefixes included
  size_t end_token = 0;
  TemporalKind kind = TemporalKind::kDate;
  int year = 0;     // 0 when not written
  int month = 0;    // 1..12, 0 when not written
  int day = 0;      // 1..31, 0 when not written
  int weekday = 0;  // ISO 1 (Monday) .. 7, 0 when not written
  int direction = 0;  // +1 "próximo", -1 "pasado", 0: from the verb's tense
  TimeUnit unit = TimeUnit::kDay;
  int offset = 0;   // kRelativeDay, kRelativePeriod, kAgo: units from the anchor
  int back = 0;     // kRelativePeriod: span of this many units ending on the anchor
  PeriodPart part = PeriodPart::kWhole;
  const PartBounds* part_bounds = nullptr;  // the language's (time.yaml), when `part` is set
  bool since = false;    // "desde ...": from the date up to the anchor
  bool in_list = false;  // one year of "1961, 2000 y 2001"
  bool previous = false; // "su última visita ... en 2000": the previous occurrence
  bool loose = false;    // a reading too loose to build a claim on: a day number alone, a
                         // recurring weekday ("los viernes"), "el día siguiente"
  bool in_week = false;  // kWeekday: the weekday of the week `offset` weeks from the anchor's
  // kAgo read to the day ("1 month 21 days ago", "two weeks from now", "three weeks from
  // tomorrow"): the anchor moved `shift_months` months, then `shift_days` days.
  bool exact_day = false;
  int shift_months = 0;
  int shift_days = 0;
  int nth = 0;           // kWeekday: the nth such weekday of the month (`month`, or `offset`
                         // months from the anchor's when month is 0)
  size_t weekday_token = 0;  // with a weekday before a date: the weekday's token
  size_t date_token = 0;     // ... and the first token of the date after it
  DatePeriod period;                      // kPeriod: its shape
  std::vector<TemporalExpression> parts;  // kPeriod: a range's ends, or the period that holds it

  // True when it names a date without the anchor (an explicit year, or a decade).
  bool IsAbsolute() const;
};

}  // namespace contraste
