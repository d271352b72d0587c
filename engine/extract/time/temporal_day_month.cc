// TemporalReader: a day and a month ("21 de marzo", "primero de enero", "2-oct", "el 17 del 11"),
// a month and its year ("junio de 2024", "mayo veintiuno", "May 20th"), a day alone ("el 15",
// "the 27th").
#include "extract/time/temporal_reader.h"

namespace contraste {

bool TemporalReader::DayNumberAt(size_t i, int* day, size_t* end) const {
  if (DayAt(i, day)) {
    *end = i + 1;
    if (IsWord(i + 1) && Adjacent(i, i + 1) && tok_.Is(i + 1, kDaySuffixWord)) ++*end;
    return true;
  }
  if (!IsWord(i) || !LinkNear(i)) return false;
  NumberMatch n;
  if (!tok_.NumberAt(i, &n) || n.digits || n.vague || n.weak || n.implied) return false;
  double value = n.value;
  size_t e = n.end;
  NumberMatch units;
  if (n.ordinal && value >= 20 && tok_.NumberAt(e, &units) && units.ordinal && !units.digits &&
      units.value < 10) {
    value += units.value;  // "vigésimo segundo"
    e = units.end;
  }
  if (value < 1 || value > 31 || value != static_cast<int>(value)) return false;
  *day = static_cast<int>(value);
  *end = e;
  return true;
}

void TemporalReader::YearAfterMonth(size_t* end, int* year) const {
  size_t after = 0;
  if (*end + 1 < t_.end && tok_.Is(*end, kYearLinkWord) && YearAt(*end + 1, year)) {
    *end += 2;
  } else if (*end + 1 < t_.end && tok_.Is(*end, kYearLinkWord) && WordsYearEndingClauseAt(*end + 1, year, &after)) {
    *end = after;  // "June of nineteen ninety nine"
  }
}

void TemporalReader::YearAfterDayMonth(size_t* end, int* year) const {
  size_t after = 0;
  if (*end < t_.end && t_.Text(*end) == "," && YearAt(*end + 1, year)) {
    *end += 2;
  } else if (YearAt(*end, year)) {
    *end += 1;
  } else if (*end < t_.end && t_.Text(*end) == "," && WordsYearEndingClauseAt(*end + 1, year, &after)) {
    *end = after;  // "September 10, nineteen zero one", "the tenth of September, two thousand"
  } else if (WordsYearEndingClauseAt(*end, year, &after)) {
    *end = after;  // "Jan twenty one two thousand and eighteen"
  } else {
    YearAfterMonth(end, year);
  }
}

bool TemporalReader::DayMonth(size_t i, TemporalExpression* e) const {
  // Every reading below needs a month name, an abbreviation or digits after the day.
  if (!tok_.Later(i + 1, kMonthWord | kMonthAbbreviationWord | kNumberToken)) return false;
  int d = 0, mo = 0;
  size_t j = 0;
  if (!DayNumberAt(i, &d, &j) || j >= t_.end) return false;
  size_t end = 0;
  std::string_view link = t_.Text(j);
  if (link == lang_.day_month_link) {
    if (!MonthOrAbbreviationAt(j + 1, &mo, &end)) return false;
  } else if ((link == "-" || link == "/") && Adjacent(j - 1, j) && Adjacent(j, j + 1)) {
    if (!MonthOrAbbreviationAt(j + 1, &mo, &end)) return false;
  } else if (link == "." && Adjacent(j - 1, j)) {
    if (!MonthAt(j + 1, &mo)) return false;
    end = j + 2;
  } else if (tok_.Is(j, kYearLinkWord) && ArticleBefore(i) && j == i + 1) {
    int v = 0;
    size_t n = 0;
    if (!DigitsAt(j + 1, &v, &n) || n > 2 || v < 1 || v > 12 || !UnitFreeAfter(j + 2)) return false;
    mo = v;
    end = j + 2;
  } else if (!MonthOrAbbreviationAt(j, &mo, &end)) {
    return false;
  }
  YearAfterDayMonth(&end, &e->year);
  e->kind = TemporalKind::kDate;
  e->day = d;
  e->month = mo;
  e->end_token = end;
  return true;
}

bool TemporalReader::OrdinalDayAt(size_t i, int* day, size_t* end) const {
  if (DayAt(i, day)) {
    if (!IsWord(i + 1) || !Adjacent(i, i + 1) || !tok_.Is(i + 1, kDaySuffixWord)) return false;
    *end = i + 2;
    return true;
  }
  NumberMatch n;
  if (!IsWord(i) || !tok_.NumberAt(i, &n) || !n.ordinal || n.digits || n.vague || n.weak || n.implied ||
      n.fraction) {
    return false;
  }
  if (n.value < 1 || n.value > 31 || n.value != static_cast<int>(n.value)) return false;
  *day = static_cast<int>(n.value);
  *end = n.end;
  return true;
}

bool TemporalReader::DayAlone(size_t i, TemporalExpression* e) const {
  // Digits only, with or without their suffix ("el 15", "the 27th"): an ordinal word after the
  // article is a rank far more often than a day ("finished the second").
  int d = 0;
  size_t end = i + 1;
  if (!ArticleBefore(i) || !DayAt(i, &d)) return false;
  if (IsWord(end) && Adjacent(i, end) && tok_.Is(end, kDaySuffixWord)) ++end;  // "the 27th"
  if (!EndsClause(end)) return false;
  e->kind = TemporalKind::kDate;
  e->day = d;
  e->loose = true;
  e->end_token = end;
  return true;
}

bool TemporalReader::MonthDayAt(size_t i, int* day, size_t* end) const {
  int year = 0;
  size_t after = 0;
  // An ordinal day, after the day article or not: "May 20th", "Jan first", "May the eleventh".
  const size_t at = IsWord(i) && tok_.Is(i, kDayArticleWord) ? i + 1 : i;
  int d = 0;
  if (OrdinalDayAt(at, &d, &after)) {
    // Digits with their suffix are a day before anything but a unit ("May 20th"); an ordinal in
    // words only at the end of the clause or before the year ("May the eleventh.", "Jan first,
    // 2016"): elsewhere it is a rank ("in May the second round").
    const bool digits = tok_.Is(at, kNumberToken);
    size_t year_end = 0;
    const bool year_after = (tok_.Text(after) == "," && YearAt(after + 1, &year)) || YearAt(after, &year) ||
                            WordsYearEndingClauseAt(after, &year, &year_end);
    if (!EndsClause(after) && !year_after && !(digits && at == i && UnitFreeAfter(after))) return false;
    *day = d;
    *end = after;
    return true;
  }
  NumberMatch n;
  if (i >= t_.end || !tok_.NumberAt(i, &n) || n.vague || n.weak || n.implied || n.ordinal) return false;
  if (n.value < 1 || n.value > 31 || n.value != static_cast<int>(n.value)) return false;
  if (n.digits && n.end != i + 1) return false;
  after = n.end;
  const bool free = EndsClause(after) || (lang_.temporal.month_before_day && UnitFreeAfter(after));
  if (!free && !(after < t_.end && t_.Text(after) == "," && YearAt(after + 1, &year))) return false;
  *day = static_cast<int>(n.value);
  *end = n.end;
  return true;
}

bool TemporalReader::MonthYear(size_t i, TemporalExpression* e) const {
  int mo = 0;
  size_t end = i + 1;
  const bool name = MonthAt(i, &mo);
  // An abbreviation is a month only before its day ("Oct. 2", "Jan first", "Jan-1").
  if (!name && !MonthOrAbbreviationAt(i, &mo, &end)) return false;
  size_t day_at = end;
  if (end + 1 < t_.end && Adjacent(end - 1, end) && Adjacent(end, end + 1) &&
      (t_.Text(end) == "-" || t_.Text(end) == "/")) {
    day_at = end + 1;  // "Oct-2", "Jan/1"
  } else if (name && end + 1 < t_.end && t_.Text(end) == "." && Adjacent(end - 1, end) &&
             t_.At(end + 1).kind == TokenKind::kNumber) {
    day_at = end + 1;  // "October. 2"
  }
  int d = 0;
  size_t day_end = 0;
  if (MonthDayAt(day_at, &d, &day_end)) {
    YearAfterDayMonth(&day_end, &e->year);
    e->kind = TemporalKind::kDate;
    e->day = d;
    e->month = mo;
    e->end_token = day_end;
    return true;
  }
  if (!name) return false;
  YearAfterMonth(&end, &e->year);
  e->kind = TemporalKind::kMonth;
  e->month = mo;
  e->end_token = end;
  return true;
}

}  // namespace contraste
