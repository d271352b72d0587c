// Digit tokens as calendar fields, shared by the single-date and the period recognizers: a number
// token of at most four plain digits, and a year in four digits that no unit follows ("en 2000",
// not "2000 toneladas").
//
//   int v; size_t n;
//   if (PlainDigitsAt(tokens, i, &v, &n) && n <= 2) { ... a day or a month ... }
//   if (DigitYearAt(lang, tokens, i, &year)) { ... }
//   if (WordsYearAt(lang, tokens, tok, i, &year, &end)) { ... }   // "nineteen seventy eight"
#pragma once

#include <charconv>
#include <cstddef>

#include "extract/time/temporal_tokens.h"
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

// True when a year of the language's year range is written in words from token i, with no
// measure or duration unit after it: a whole cardinal ("two thousand and eighteen", "mil
// novecientos veintiocho") or a century and its years read as two numbers, the way English says
// years ("nineteen seventy eight" 1978, "twenty ten" 2010, "nineteen zero one" 1901). Sets *year
// and *end (one past it). Callers ask that it end its clause: "in two thousand people" is a count.
inline bool WordsYearAt(const Language& lang, const TokenRange& t, const TemporalTokens& tok, size_t i, int* year,
                        size_t* end) {
  auto whole = [&](size_t k, NumberMatch* n) {
    return k < t.end && t.At(k).kind == TokenKind::kWord && tok.NumberAt(k, n) && !n->digits && !n->weak &&
           !n->ordinal && !n->fraction && !n->vague && !n->implied && n->value >= 0 && n->value < 10000 &&
           n->value == static_cast<double>(static_cast<int>(n->value));
  };
  NumberMatch first;
  if (!whole(i, &first)) return false;
  const int v = static_cast<int>(first.value);
  int y = -1;
  size_t e = first.end;
  NumberMatch second, third;
  if (v >= 10 && v <= 99 && whole(first.end, &second)) {
    const int w = static_cast<int>(second.value);
    if (w >= 10 && w <= 99) {
      y = v * 100 + w;
      e = second.end;
    } else if (w == 0 && whole(second.end, &third) && third.value >= 1 && third.value <= 9) {
      y = v * 100 + static_cast<int>(third.value);
      e = third.end;
    }
  } else {
    y = v;
  }
  if (y < lang.year_min || y > lang.year_max) return false;
  PhraseTable::Match m;
  if (e < t.end && (lang.measure_table.LongestAt(t, e, &m) || lang.duration_table.LongestAt(t, e, &m))) return false;
  *year = y;
  *end = e;
  return true;
}

}  // namespace contraste
