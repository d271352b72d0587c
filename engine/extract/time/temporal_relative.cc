// TemporalReader: days and periods relative to the publication date ("ayer", "la semana pasada",
// "hace dos meses").
#include "extract/time/temporal_reader.h"

#include <cmath>

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
  e->loose = p.loose;
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

bool TemporalReader::CountedAmountAt(size_t i, CountedAmount* a, size_t* end) const {
  NumberMatch n;
  size_t unit_at = 0;
  if (tok_.NumberAt(i, &n) && !n.vague && !n.ordinal) {
    a->count = n.value;
    unit_at = n.end;
  } else if (IsWord(i) && lang_.article_ones.Contains(t_, i)) {
    a->count = 1;  // "a month ago"
    unit_at = i + 1;
  } else {
    return false;
  }
  PhraseTable::Match m;
  if (!lang_.duration_table.LongestAt(t_, unit_at, &m)) return false;
  a->unit = &lang_.duration_units[static_cast<size_t>(m.id)];
  *end = m.end;
  return true;
}

bool TemporalReader::Ago(size_t i, TemporalExpression* e) const {
  // The ago word before the amount ("hace dos meses") or after its unit ("two months ago").
  const bool after = lex_.ago_after_amount;
  if (!after && (!IsWord(i) || !tok_.Is(i, kAgoWord))) return false;
  constexpr size_t kMostAmounts = 4;
  CountedAmount amounts[kMostAmounts];
  size_t count = 0, j = after ? i : i + 1;
  if (!CountedAmountAt(j, &amounts[count++], &j)) return false;
  // After the amounts, more of them ("1 month 21 days ago", "1 month, 21 days ago").
  while (after && count < kMostAmounts) {
    size_t next = j;
    if (next < t_.end && (t_.Text(next) == "," || lang_.connectors.Contains(t_, next))) ++next;
    if (!CountedAmountAt(next, &amounts[count], &next)) break;
    ++count;
    j = next;
  }
  int direction = -1, from = 0;
  bool counted = false;
  if (after) {
    PhraseTable::Match c;
    if (IsWord(j) && tok_.Is(j, kAgoWord)) {
      ++j;
    } else if (Phrase(lex_.counted_from_table, kCountedFromFirst, j, &c)) {
      const CountedFrom& how = lex_.counted_from[static_cast<size_t>(c.id)];
      if (how.day_follows) return false;  // "2 weeks starting May 20": a period (date_period_recognizer.cc)
      direction = how.direction;
      from = how.from;
      counted = true;
      j = c.end;
    } else {
      return false;
    }
  }
  constexpr double kDay = 86400;
  if (count > 1 || counted) {
    // Read to the day: months for years and months, days for weeks and days.
    double months = 0, days = 0;
    for (size_t k = 0; k < count; ++k) {
      const DurationUnit& u = *amounts[k].unit;
      if (u.seconds < kDay) return false;
      if (u.seconds >= 28 * kDay) {
        months += amounts[k].count * std::round(u.seconds / (30 * kDay));
      } else {
        days += amounts[k].count * std::round(u.seconds / kDay);
      }
    }
    if (!IsWholeIn(months, -12000, 12000) || !IsWholeIn(days, -kMaxRelativeDays, kMaxRelativeDays)) return false;
    e->kind = TemporalKind::kAgo;
    e->unit = TimeUnit::kDay;
    e->exact_day = true;
    e->shift_months = direction * static_cast<int>(months);
    e->shift_days = from + direction * static_cast<int>(days);
    e->end_token = j;
    return true;
  }
  const DurationUnit& u = *amounts[0].unit;
  const double value = amounts[0].count;
  TimeUnit unit = u.seconds >= 3650 * kDay ? TimeUnit::kDecade
                  : u.seconds >= 365 * kDay ? TimeUnit::kYear
                  : u.seconds >= 28 * kDay  ? TimeUnit::kMonth
                  : u.seconds >= 7 * kDay   ? TimeUnit::kWeek
                                            : TimeUnit::kDay;
  // "hace 300000000 décadas" is no date: a count reaches at most kMaxRelativeDays back.
  const double most = kMaxRelativeDays * kDay / u.seconds;
  if (!IsWholeIn(value, -most, most)) return false;
  e->kind = TemporalKind::kAgo;
  e->unit = unit;
  e->offset = -static_cast<int>(value) * (u.seconds >= 36500 * kDay ? 10 : 1);
  e->end_token = j;
  return true;
}

}  // namespace contraste
