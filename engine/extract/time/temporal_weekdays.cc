// TemporalReader: weekdays ("el próximo miércoles", "el miércoles 19 de julio", "el primer
// viernes de julio", "los viernes").
#include "extract/time/temporal_reader.h"

namespace contraste {

bool TemporalReader::WeekdayPhrase(size_t i, TemporalExpression* e) const {
  size_t j = i;
  int direction = 0;
  PhraseTable::Match week;
  // "this week Friday", "next week on Friday": the week (time.yaml weekday_weeks) before its weekday.
  if (Phrase(lex_.week_table, kWeekFirst, i, &week)) {
    size_t at = week.end;
    if (IsWord(at) && tok_.Is(at, kWeekWeekdayLinkWord)) ++at;
    int wd = 0;
    if (WeekdayAt(at, &wd)) {
      e->kind = TemporalKind::kWeekday;
      e->weekday = wd;
      e->in_week = true;
      e->offset = lex_.week_offsets[static_cast<size_t>(week.id)];
      e->end_token = at + 1;
      return true;
    }
  }
  if (IsWord(j) && tok_.Is(j, kWeekdayArticleWord)) ++j;
  if (NthWeekday(i, j, e)) return true;
  PhraseTable::Match m;
  if (Phrase(lex_.forward_table, kForwardFirst, j, &m)) {
    direction = 1;
    j = m.end;
  } else if (Phrase(lex_.backward_table, kBackwardFirst, j, &m)) {
    direction = -1;
    j = m.end;
  }
  int wd = 0;
  bool abbreviated = !WeekdayAt(j, &wd);
  if (abbreviated && (direction != 0 || !WeekdayAbbreviationAt(j, &wd))) return false;
  size_t after = j + 1;
  if (after < t_.end && t_.Text(after) == ",") ++after;
  TemporalExpression date;
  // The date after the weekday, the day first ("miércoles 19 de junio") or the month first
  // ("Wednesday, June 19"; MonthYear reads a month and its day as a date).
  if (DayMonth(after, &date) || Numeric(after, &date) || (MonthYear(after, &date) && date.kind == TemporalKind::kDate)) {
    *e = date;
    e->begin_token = i;
    e->direction = direction;  // "el próximo miércoles, 27 de enero": the next one
    e->weekday = wd;
    e->weekday_token = j;
    e->date_token = after;
    return true;
  }
  if (abbreviated) return false;
  // "Friday the 15th", "Thursday the twenty-first": a weekday and a day alone after the article.
  int day = 0;
  size_t day_end = j + 3;
  if (direction == 0 && IsWord(j + 1) && tok_.Is(j + 1, kDayArticleWord) &&
      (OrdinalDayAt(j + 2, &day, &day_end) || DayAt(j + 2, &day))) {
    e->kind = TemporalKind::kDate;
    e->day = day;
    e->weekday = wd;
    e->weekday_token = j;
    e->date_token = j + 2;
    e->loose = true;
    e->end_token = day_end;
    return true;
  }
  size_t end = j + 1;
  // "Friday next week", "Tuesday this week": the week right after the weekday.
  if (direction == 0 && Phrase(lex_.week_table, kWeekFirst, end, &m)) {
    e->kind = TemporalKind::kWeekday;
    e->weekday = wd;
    e->in_week = true;
    e->offset = lex_.week_offsets[static_cast<size_t>(m.id)];
    e->end_token = m.end;
    return true;
  }
  if (direction == 0 && Phrase(lex_.forward_table, kForwardFirst, end, &m)) {
    direction = 1;
    end = m.end;
  } else if (direction == 0 && Phrase(lex_.backward_table, kBackwardFirst, end, &m)) {
    direction = -1;
    end = m.end;
  }
  e->kind = TemporalKind::kWeekday;
  e->weekday = wd;
  e->direction = direction;
  e->end_token = end;
  e->loose = j > t_.begin && tok_.Is(j - 1, kRecurringArticleWord);
  if (direction == 0 && end + 1 < t_.end && tok_.Is(end, kYearLinkWord) &&
      Phrase(lex_.week_table, kWeekFirst, end + 1, &m)) {
    e->in_week = true;
    e->offset = lex_.week_offsets[static_cast<size_t>(m.id)];
    e->end_token = m.end;
  }
  return true;
}

bool TemporalReader::NthWeekday(size_t i, size_t j, TemporalExpression* e) const {
  NumberMatch n;
  int wd = 0;
  // The weekday comes after the ordinal: without one later in the sentence, no number is read.
  if (!IsWord(j) || !tok_.Later(j, kWeekdayWord | kWeekdayPluralWord) || !tok_.NumberAt(j, &n) || !n.ordinal ||
      n.relative >= 0 || n.value < 1 || n.value > 5 || !WeekdayAt(n.end, &wd)) {
    return false;
  }
  size_t at = n.end + 2;
  TemporalExpression month;
  if (n.end + 2 >= t_.end || !tok_.Is(n.end + 1, kYearLinkWord | kContainerLinkWord)) {
    // "the first Sunday" with no month: of the publication date's month, too loose for a claim
    // ("his first Sunday as pope").
    e->kind = TemporalKind::kWeekday;
    e->begin_token = i;
    e->weekday = wd;
    e->nth = static_cast<int>(n.value);
    e->loose = true;
    e->end_token = n.end + 1;
    return true;
  }
  if (MonthYear(at, &month) && month.kind == TemporalKind::kMonth) {
    e->month = month.month;
    e->year = month.year;
  } else if (RelativePeriodAt(at, &month) && month.unit == TimeUnit::kMonth && month.back == 0) {
    e->offset = month.offset;
  } else {
    return false;
  }
  e->kind = TemporalKind::kWeekday;
  e->begin_token = i;
  e->weekday = wd;
  e->nth = static_cast<int>(n.value);
  e->end_token = month.end_token;
  return true;
}

}  // namespace contraste
