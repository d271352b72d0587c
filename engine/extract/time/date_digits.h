// Digit tokens as calendar fields, shared by the single-date and the period recognizers: a number
// token of at most four plain digits, and a year in four digits that no unit follows ("en 2000",
// not "2000 toneladas").
//
//   int v; size_t n;
//   if (PlainDigitsAt(tokens, i, &v, &n) && n <= 2) { ... a day or a month ... }
//   if (DigitYearAt(lang, tokens, i, &year)) { ... }
#pragma once

#include <charconv>
#include <cstddef>

#include "lang/language.h"

namespace contraste {

// True when token i is a number of 1 to 4 ASCII digits; sets its value and digit count.
inline bool PlainDigitsAt(const TokenRange& t, size_t i, int* value, size_t* digits) {
  if (i >= t.end || t.At(i).kind != TokenKind::kNumber) return false;
  std::string_view s = t.Text(i);
  if (s.empty() || s.size() > 4) return false;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return false;
  }
  std::from_chars(s.data(), s.data() + s.size(), *value);
  *digits = s.size();
  return true;
}

// True when token i is a year of the language's year range in four digits, with no measure or
// duration unit right after it.
inline bool DigitYearAt(const Language& lang, const TokenRange& t, size_t i, int* year) {
  int v = 0;
  size_t n = 0;
  if (!PlainDigitsAt(t, i, &v, &n) || n != 4 || v < lang.year_min || v > lang.year_max) return false;
  PhraseTable::Match m;
  if (i + 1 < t.end && (lang.measure_table.LongestAt(t, i + 1, &m) || lang.duration_table.LongestAt(t, i + 1, &m))) {
    return false;
  }
  *year = v;
  return true;
}

}  // namespace contraste
