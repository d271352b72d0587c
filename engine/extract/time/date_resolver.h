// Resolves a temporal expression to a span of days with a granularity, against an anchor date
// (the document's publication date), as HeidelTime does in news mode:
// - a bare weekday, month or year-less date is the most recent one on or before the anchor,
//   or the next one on or after it when the tense points forward ("próximo" counts as forward
//   and excludes the anchor itself; "pasado" excludes it the other way);
// - relative days and periods count from the anchor ("esta semana" is the anchor's ISO week);
// - "principios/mediados/finales de" take the first, middle or last third of the period;
// - "desde X" runs from the start of X to the anchor.
// Without an anchor only absolute expressions resolve; the rest say why they did not.
//
//   ResolvedDate r = ResolveTemporal(expr, CivilDate{2024, 6, 19}, /*forward=*/false);
//   r.normalized  // "2024-06-19", "2024-W25", "2024-03", "2024", "194X", "2025-01-01/2025-06-05"
#pragma once

#include <optional>
#include <string>

#include "core/calendar.h"
#include "extract/time/temporal_expression.h"

namespace contraste {

enum class DateGranularity { kDay, kWeek, kMonth, kYear, kDecade, kSpan };
const char* DateGranularityName(DateGranularity g);

struct ResolvedDate {
  bool resolved = false;
  CivilDate first;  // first and last day, both included
  CivilDate last;
  DateGranularity granularity = DateGranularity::kDay;
  std::string normalized;  // TIMEX-like value; empty when not resolved
  std::string problem;     // why it is not resolved, or what is inconsistent in it

  long FirstDay() const { return first.DaysSinceEpoch(); }
  long LastDay() const { return last.DaysSinceEpoch(); }

  // A date that could not be resolved, and why.
  static ResolvedDate Unresolved(std::string why) {
    ResolvedDate r;
    r.problem = std::move(why);
    return r;
  }
};

ResolvedDate ResolveTemporal(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward_tense);

// For "el miércoles 19 de julio de 2000": the weekday of the date when it differs from the
// written one (ISO 1..7), else 0. Needs a full date with year.
int ContradictedWeekday(const TemporalExpression& e);

}  // namespace contraste
