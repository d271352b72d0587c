#include "extract/amounts/value_context.h"

namespace contraste {

const Hedge* FindHedgeBefore(const Language& lang, const TokenRange& text, size_t number_start,
                             size_t* start) {
  PhraseTable::Match m;
  size_t s = number_start;
  if (!lang.hedge_table.LongestEndingAt(text, number_start, &m, &s)) return nullptr;
  *start = s;
  return &lang.hedges[static_cast<size_t>(m.id)];
}

Interval NumberInContext::ValueInterval(double scale) const {
  if (number.vague) return number.interval.Scaled(scale);
  double v = number.value * scale;
  return hedge ? hedge->Apply(v) : Interval::Point(v);
}

}  // namespace contraste
