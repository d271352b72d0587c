// The shape of a period that is more than one date, month or year: a range between two
// expressions, the n-th week, quarter or half of a period, a season, a weekend, the next or last
// N units, the rest of a period, the week or month around a date, a numbered ISO week.
// A TemporalExpression of kind kPeriod holds one, with the expressions it is built on in
// `parts` (extract/temporal_expression.h); extract/date_period_resolver.h turns it into days.
//
//   "del 4 al 22 de mayo"           -> kRange, parts {4 May, 22 May}
//   "el tercer trimestre de 2016"   -> kNth {unit quarter, index 3}, parts {2016}
//   "la última semana de julio"     -> kNth {unit week, index -1}, parts {July}
//   "la próxima primavera"          -> kSeason {index of spring, offset +1}
//   "los próximos 3 días"           -> kNext {unit day, count 3}
//   "2 weeks starting May 20"       -> kFrom {unit week, count 2}, parts {20 May}
#pragma once

#include <string>

namespace contraste {

enum class PeriodShape {
  kRange,    // parts[0] .. parts[1], both included
  kNth,      // the index-th unit of parts[0] (or of the anchor's year or month when no part)
  kSeason,   // season `index` (data order) of the year parts[0], or `offset` seasons from the anchor's
  kWeekend,  // the weekend of the week `offset` weeks from the anchor's
  kNext,     // `count` units starting the day after the anchor
  kLast,     // `count` units ending the day before the anchor
  kRest,     // from the anchor to the end of parts[0]
  kAround,   // the week or month that holds the date parts[0]
  kIsoWeek,  // ISO week `index` of the year parts[0] (or of the anchor's year)
  kFrom,     // `count` units starting on the day parts[0] ("2 weeks starting May 20")
};

enum class PeriodUnit { kDay, kWeek, kFortnight, kMonth, kQuarter, kHalf, kYear, kDecade };

// Days in one `unit`, roughly (a month is 31 days, a year 366): for bounds, not for dates.
inline double ApproximateDays(PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kDay: return 1;
    case PeriodUnit::kWeek: return 7;
    case PeriodUnit::kFortnight: return 15;
    case PeriodUnit::kMonth: return 31;
    case PeriodUnit::kQuarter: return 92;
    case PeriodUnit::kHalf: return 184;
    case PeriodUnit::kYear: return 366;
    case PeriodUnit::kDecade: return 3653;
  }
  return 1;
}

struct DatePeriod {
  PeriodShape shape = PeriodShape::kRange;
  PeriodUnit unit = PeriodUnit::kDay;
  int index = 0;   // kNth: 1-based, negative counts from the end; kSeason: 1-based; kIsoWeek
  int count = 0;   // kNext, kLast, kFrom
  int offset = 0;  // kSeason, kWeekend: periods from the anchor's
  bool anchored = false;  // kWeekend: the words fix the week ("este"); else the tense does
  int season_start = 0;   // kSeason: month * 100 + day the season starts
  int season_next = 0;    // ... and the day the next season starts
  std::string code;       // kSeason: the code of its normalized value ("SU")
};

const char* PeriodShapeName(PeriodShape shape);

}  // namespace contraste
