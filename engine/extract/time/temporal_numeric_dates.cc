// TemporalReader: dates written in digits ("19/06/2024", "4/22", "13.5.2015", "2015-08-12").
#include "extract/time/temporal_reader.h"

#include <charconv>

namespace contraste {

bool TemporalReader::AddFields(std::string_view s, Fields* f) const {
  size_t from = 0;
  for (size_t k = 0; k <= s.size(); ++k) {
    if (k < s.size() && s[k] >= '0' && s[k] <= '9') continue;
    if (f->n == 3 || k == from || k - from > 4) return false;
    if (f->n > 0 && from > 0) f->sep[f->n - 1] = s[from - 1];
    std::from_chars(s.data() + from, s.data() + k, f->value[f->n]);
    f->digits[f->n++] = k - from;
    from = k + 1;
  }
  return true;
}

bool TemporalReader::NumericFields(size_t i, Fields* f, size_t* end) const {
  if (i >= t_.end || t_.At(i).kind != TokenKind::kNumber) return false;
  size_t k = i;
  while (true) {
    int before = f->n;
    if (!AddFields(t_.Text(k), f)) return false;
    (void)before;
    *end = k + 1;
    if (k + 2 < t_.end && Adjacent(k, k + 1) && Adjacent(k + 1, k + 2) &&
        tok_.Is(k + 1, kNumericSeparatorWord) && t_.At(k + 2).kind == TokenKind::kNumber) {
      if (f->n == 3) return false;
      if (f->n > 0) f->sep[f->n - 1] = t_.Text(k + 1)[0];
      k += 2;
      continue;
    }
    return true;
  }
}

// Whether two numbers of a numeric date are month then day: the language's order (time.yaml
// `numeric_month_first`) unless the numbers only fit the other one.
bool TemporalReader::MonthFirst(int first, int second) const {
  if (lex_.numeric_month_first) return !(first > 12 && second <= 12);
  return first <= 12 && second > 12;
}

bool TemporalReader::Numeric(size_t i, TemporalExpression* e) const {
  Fields f;
  size_t end = 0;
  if (!NumericFields(i, &f, &end) || f.n < 2) return false;
  PhraseTable::Match m;
  if (lang_.measure_table.LongestAt(t_, end, &m) || lang_.duration_table.LongestAt(t_, end, &m)) return false;
  if (end < t_.end && t_.Text(end) == "%") return false;
  char sep = f.sep[0];
  if (sep != '/' && sep != '-' && sep != '.') return false;
  int d = 0, mo = 0, y = 0;
  if (f.n == 3) {
    if (f.sep[1] != sep && f.sep[1] != ',') return false;
    if (f.digits[0] == 4) {
      if (f.sep[1] != sep || f.digits[1] > 2 || f.digits[2] > 2) return false;
      y = f.value[0], mo = f.value[1], d = f.value[2];
    } else {
      if (f.digits[0] > 2 || f.digits[1] > 2 || (f.digits[2] != 2 && f.digits[2] != 4)) return false;
      bool month_first = MonthFirst(f.value[0], f.value[1]);
      d = month_first ? f.value[1] : f.value[0];
      mo = month_first ? f.value[0] : f.value[1];
      y = f.value[2];
      if (f.digits[2] == 2) y += y < 50 ? 2000 : 1900;
    }
  } else {
    if (f.digits[0] > 2 || f.digits[1] > 2) return false;
    bool guarded = sep == '/' && (f.digits[0] == 2 || f.digits[1] == 2);
    // A weekday before it says it is a date: "Friday 7/6", "friday 7-6".
    const bool after_weekday = i > t_.begin && tok_.Is(i - 1, kWeekdayWord | kWeekdayAbbreviationWord);
    if (!guarded && !ArticleBefore(i) && !after_weekday) return false;
    bool month_first = MonthFirst(f.value[0], f.value[1]);
    d = month_first ? f.value[1] : f.value[0];
    mo = month_first ? f.value[0] : f.value[1];
  }
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return false;
  e->kind = TemporalKind::kDate;
  e->day = d;
  e->month = mo;
  e->year = y;
  e->end_token = end;
  return true;
}

}  // namespace contraste
