// TemporalReader: the prefixes ("desde", "principios de") and the order in which the readings are tried.
#include "extract/time/temporal_reader.h"

namespace contraste {

bool TemporalReader::Parse(size_t i, TemporalExpression* out) const {
  if (tok_.Is(i, kSinceWord) && ParsePartOrCore(i + 1, out)) {
    out->begin_token = i;
    out->since = true;
    return true;
  }
  return ParsePartOrCore(i, out);
}

bool TemporalReader::ParsePartOrCore(size_t i, TemporalExpression* out) const {
  PhraseTable::Match m;
  if (tok_.Is(i, kPeriodPartFirst) && lex_.period_part_table.LongestAt(t_, i, &m)) {
    TemporalExpression inner;
    if (ParseCore(m.end, &inner) &&
        (inner.kind == TemporalKind::kMonth || inner.kind == TemporalKind::kYear ||
         inner.kind == TemporalKind::kDecade || (inner.kind == TemporalKind::kRelativePeriod && inner.back == 0))) {
      *out = inner;
      out->begin_token = i;
      out->part = lex_.period_parts[static_cast<size_t>(m.id)];
      out->part_bounds = &lex_.part_bounds;
      return true;
    }
    return false;
  }
  return ParseCore(i, out);
}

bool TemporalReader::ParseCore(size_t i, TemporalExpression* out) const {
  if (i >= t_.end) return false;
  TemporalExpression e;
  e.begin_token = i;
  return (Numeric(i, &e) || WeekdayPhrase(i, &e) || DayMonth(i, &e) || MonthYear(i, &e) ||
          RelativePeriodAt(i, &e) || RelativeDayAt(i, &e) || Ago(i, &e) || Decade(i, &e) ||
          YearWithNoun(i, &e) || BareYear(i, &e) || DayAlone(i, &e)) &&
         (*out = e, true);
}

}  // namespace contraste
