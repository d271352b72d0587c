// Finds date periods that are more than one date, month or year, at a token of one sentence:
// ranges ("del 4 al 22 de mayo", "entre 2014 y 2018", "desde hoy hasta mañana"), the n-th week,
// quarter or half of a period ("la última semana de julio", "el tercer trimestre de 2016"),
// seasons ("el verano de 2016"), weekends, "los próximos 3 días", "el resto del mes", the week
// around a date, months with an abbreviation or a relative year ("feb de 2018", "junio del
// próximo año") and months written in digits ("11/2016"). Words come from date_periods.yaml
// (Language::date_periods) and time.yaml.
//
// RecognizeTemporal (extract/temporal_recognizer.h) asks it at every token and keeps the longer
// of its answer and the single-date reader's; the single-date reader is passed in because
// range endpoints are single dates.
//
//   TemporalTokens tokens(lang, sentence);
//   DatePeriodReader periods(lang, tokens, [&](size_t i, TemporalExpression* e) { ... });
//   TemporalExpression e;
//   if (periods.ParseAt(i, &e)) { /* e.kind == TemporalKind::kPeriod, or kDate / kMonth */ }
#pragma once

#include <functional>

#include "extract/temporal_expression.h"
#include "extract/temporal_tokens.h"
#include "lang/language.h"

namespace contraste {

// Parses one single date, month, year or relative expression at a token (the other reader).
using SingleDateParser = std::function<bool(size_t, TemporalExpression*)>;

class DatePeriodReader {
 public:
  // `tokens` must outlive the reader; `single` is asked at most a few times per token (memoize it).
  DatePeriodReader(const Language& lang, const TemporalTokens& tokens, SingleDateParser single);

  // The longest period starting at token i. Besides kPeriod expressions it returns kDate and
  // kMonth ones the single-date reader does not read ("2 de oct", "nov, 2016", "11/2016").
  bool ParseAt(size_t i, TemporalExpression* out) const;

 private:
  const Language& lang_;
  const TemporalTokens& tokens_;
  SingleDateParser single_;
  ExpressionMemo non_range_;  // the periods that are no range, by token
};

}  // namespace contraste
