// Reads one number at a token: digits ("10.000", "1,5", "12 000", "2 mil", "-5", ",25", "3/4",
// "1e10", "10k"), words ("dos mil quinientos", "noventa y nueve", "un millón y medio", "medio
// millón", "dos coma cinco", "tres quintos", "uno sobre tres"), vague amounts ("miles", "un
// centenar") and ordinals ("primera", "2º", "1.ª", "vigésimo quinto", "último"). A duration unit
// followed by the connector and a half word ("hora y media") implies the number one. Clock times
// ("01:45", "12.30 horas"), digits inside a web address and digits glued to letters that are no
// unit, suffix or exponent ("3D") are not numbers. Digits are read with the convention of the
// text's document (es-ES "1.250.300,5", es-MX "1,250,300.5"; TokenRange::numbers). The words come
// from the language's numbers.yaml and number_forms.yaml (extract/number_words.h,
// extract/ordinal_words.h).
//
//   NumberMatch m;
//   if (ParseNumberAt(lang, sentence, i, &m)) { /* m.value, m.end, m.weak ... */ }
#pragma once

#include "core/interval.h"
#include "lang/language.h"

namespace contraste {

struct NumberMatch {
  double value = 0;
  size_t end = 0;          // one past the last token
  bool digits = false;     // written in digits
  bool plain_digits = false;  // digits with no separator at all ("2024")
  bool weak = false;       // "un"/"una", "medio", a fraction "un cuarto" or "3/4": may be an article,
                           // a noun or a date; a number only before a unit or multiplier
  bool half = false;       // the weak word is "medio"/"media"
  bool implied = false;    // no number written: "hora y media" (end == the first token)
  bool vague = false;      // "miles": see `interval`
  Interval interval;       // for vague amounts
  bool ordinal = false;    // "primera", "2º"
  bool fraction = false;   // "tres quintos", "3/4", "½", "uno sobre tres"
  bool plural = false;     // a plural ordinal: "terceros"
  int relative = -1;       // a relative ordinal ("último"): index into lang.number_forms.relative
};

// True when a number starts at token i of `text` (and not inside a clock time "01:45").
bool ParseNumberAt(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out);

// ParseNumberAt without its word filter (NumberLexicon::MayStartNumber): every table is tried at
// every word. The reference the filter is held to (tests/extract/number_start_filter_test.cc).
bool ParseNumberAtEveryWord(const Language& lang, const TokenRange& text, size_t i, NumberMatch* out);

// Numbers beyond this (where a double stops holding every whole number) or not finite are not
// read: no amount, duration or date is taken from "99999999999999999999 horas" or "1e999 horas".
constexpr double kLargestNumber = 9007199254740992.0;  // 2^53

// The value of plain decimal text ("123", "0.5"; digits and one '.'), never throwing: a value too
// large for a double is infinite (and then above kLargestNumber), one too small is 0.
double DecimalOf(std::string_view text);

// The convention `text` writes digits in: its document's (TokenRange::numbers), else the
// language's default locale's.
const NumberConvention& NumberConventionOf(const Language& lang, const TokenRange& text);

// Parses digits written with a convention's separators: es-ES "10.000" -> 10000, "1,5" -> 1.5;
// es-MX "1,250,300" -> 1250300, "42.91" -> 42.91. A separator that cannot group thousands there
// ("1.5" in es-ES, "32,72" in es-MX) is read as the decimal point; both separators with the decimal
// one first ("1,111.11" in es-ES) are the other convention.
bool ParseDigits(const NumberConvention& numbers, std::string_view digits, double* value);

// True when the digits at token i are no number: a clock time or score ("01:45", "12.30 horas",
// the clock separator of number_forms.yaml before an hour unit) or part of a web address.
bool DigitsAreNoNumber(const Language& lang, const TokenRange& text, size_t i);

}  // namespace contraste
