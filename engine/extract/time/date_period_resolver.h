// Resolves a kPeriod temporal expression (extract/date_period.h) to a span of days, against the
// anchor date, with the same conventions as extract/date_resolver.h:
// - a range runs from the first day of its start to the last day of its end, both included;
//   an end without a year that would fall before the start is the next one after it
//   ("del 28 de diciembre al 3 de enero" crosses into the next year);
// - weeks are Monday to Sunday; the n-th week of a month is counted among the weeks whose
//   Thursday falls in it, the n-th week of a year is the ISO week;
// - quarters and halves of a year are 3 and 6 months; a half or fortnight of a month splits it
//   after the 15th; a half of a week after Wednesday;
// - "los próximos N días" starts the day after the anchor, "los últimos N días" ends the day
//   before it (decades: the next or previous whole decades);
// - a weekend is Saturday and Sunday; without a word that fixes the week it is the coming one
//   when the tense points forward, else the last one on or before the anchor.
// The normalized value of a range joins its ends' values with "/" ("2015-06/2018-05").
//
//   ResolvedDate r = ResolveDatePeriod(expr, CivilDate{2016, 11, 7}, /*forward=*/false);
#pragma once

#include <optional>

#include "extract/time/date_resolver.h"

namespace contraste {

ResolvedDate ResolveDatePeriod(const TemporalExpression& e, const std::optional<CivilDate>& anchor, bool forward);

}  // namespace contraste
