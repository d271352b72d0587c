// Finds date periods that are more than one date, month or year, at a token of one sentence:
// ranges ("del 4 al 22 de mayo", "entre 2014 y 2018", "desde hoy hasta mañana"), the n-th week,
// quarter or half of a period ("la última semana de julio", "el tercer trimestre de 2016"),
// seasons ("el verano de 2016"), weekends, "los próximos 3 días", "el resto del mes", the week
// around a date, months with an abbreviation or a relative year ("feb de 2018", "junio del
// próximo año") and months written in digits ("11/2016"). Words come from date_periods.yaml
// (Language::date_periods) and time.yaml.
//
// RecognizeTemporal (extract/temporal_recognizer.h) asks it at every token where MayStartAt is
// true and keeps the longer of its answer and the single-date reader's; the single-date reader
// is passed in because range endpoints are single dates.
//
//   TemporalTokens tokens(lang, sentence);
//   DatePeriodReader periods(lang, tokens, single_date_reader);
//   TemporalExpression e;
//   if (periods.MayStartAt(i) && periods.ParseAt(i, &e)) { /* kPeriod, or kDate / kMonth */ }
#pragma once

#include "extract/time/temporal_expression.h"
#include "extract/time/temporal_tokens.h"
#include "lang/language.h"

namespace contraste {

// One single date, month, year or relative expression at a token of the same sentence (the
// other reader, extract/temporal_recognizer.cc).
class SingleDateReader {
 public:
  virtual ~SingleDateReader() = default;
  // The expression starting at token i. Asked a few times per token: memoize it.
  virtual bool ParseAt(size_t i, TemporalExpression* out) const = 0;
  // False only when ParseAt(i) is false; a few bit tests on the tokens' word classes.
  virtual bool MayStartAt(size_t i) const = 0;
};

class DatePeriodReader {
 public:
  // `tokens` and `single` must outlive the reader.
  DatePeriodReader(const Language& lang, const TemporalTokens& tokens, const SingleDateReader& single);

  // The longest period starting at token i. Besides kPeriod expressions it returns kDate and
  // kMonth ones the single-date reader does not read ("2 de oct", "nov, 2016", "11/2016").
  bool ParseAt(size_t i, TemporalExpression* out) const;
  // False only when ParseAt(i) is false: no reading can start at token i, as its word classes
  // and those of the next token tell (extract/temporal_word_classes.h).
  bool MayStartAt(size_t i) const;
  // single.MayStartAt(i) || MayStartAt(i), asking the single-date reader once: MayStartAt asks it
  // already (a range or a period may start with a single date).
  bool SomeReadingMayStartAt(size_t i) const;

 private:
  const Language& lang_;
  const TemporalTokens& tokens_;
  const SingleDateReader& single_;
  ExpressionMemo non_range_;  // the periods that are no range, by token
};

}  // namespace contraste
