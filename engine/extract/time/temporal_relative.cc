// TemporalReader: days and periods relative to the publication date ("ayer", "la semana pasada",
// "hace dos meses").
#include "extract/time/temporal_reader.h"

#include "core/whole_number.h"

namespace contraste {

bool TemporalReader::RelativePeriodAt(size_t i, TemporalExpression* e) const {
  PhraseTable::Match m;
  if (!Phrase(lex_.relative_period_table, kRelativePeriodFirst, i, &m)) return false;
  const RelativePeriod& p = lex_.relative_periods[static_cast<size_t>(m.id)];
  e->kind = TemporalKind::kRelativePeriod;
  e->unit = p.unit;
  e->offset = p.offset;
  e->back = p.back;
  e->end_token = m.end;
  return true;
}

bool TemporalReader::RelativeDayAt(size_t i, TemporalExpression* e) const {
  PhraseTable::Match m;
  if (!Phrase(lex_.relative_day_table, kRelativeDayFirst, i, &m)) return false;
  if (i > t_.begin && tok_.Is(i - 1, kRelativeDayBlockerWord)) return false;
  e->kind = TemporalKind::kRelativeDay;
  e->unit = TimeUnit::kDay;
  e->offset = lex_.relative_day_offsets[static_cast<size_t>(m.id)];
  e->loose = lex_.relative_day_loose[static_cast<size_t>(m.id)];
  e->end_token = m.end;
  return true;
}

bool TemporalReader::Ago(size_t i, TemporalExpression* e) const {
  // The ago word before the amount ("hace dos meses") or after its unit ("two months ago").
  const bool after = lex_.ago_after_amount;
  if (!after && (!IsWord(i) || !tok_.Is(i, kAgoWord))) return false;
  NumberMatch n;
  if (!tok_.NumberAt(after ? i : i + 1, &n) || n.vague || n.ordinal) return false;
  PhraseTable::Match m;
  if (!lang_.duration_table.LongestAt(t_, n.end, &m)) return false;
  if (after) {
    if (!IsWord(m.end) || !tok_.Is(m.end, kAgoWord)) return false;
    ++m.end;
  }
  const DurationUnit& u = lang_.duration_units[static_cast<size_t>(m.id)];
  constexpr double kDay = 86400;
  TimeUnit unit = u.seconds >= 3650 * kDay ? TimeUnit::kDecade
                  : u.seconds >= 365 * kDay ? TimeUnit::kYear
                  : u.seconds >= 28 * kDay  ? TimeUnit::kMonth
                  : u.seconds >= 7 * kDay   ? TimeUnit::kWeek
                                            : TimeUnit::kDay;
  // "hace 300000000 décadas" is no date: a count reaches at most kMaxRelativeDays back.
  const double most = kMaxRelativeDays * kDay / u.seconds;
  if (!IsWholeIn(n.value, -most, most)) return false;
  e->kind = TemporalKind::kAgo;
  e->unit = unit;
  e->offset = -static_cast<int>(n.value) * (u.seconds >= 36500 * kDay ? 10 : 1);
  e->end_token = m.end;
  return true;
}

}  // namespace contraste
