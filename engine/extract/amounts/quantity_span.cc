#include "extract/amounts/quantity_span.h"

#include <fmt/format.h>

#include "extract/amounts/value_context.h"

namespace contraste {

namespace {

bool Joinable(const Mention& m) {
  return m.kind == MentionKind::kQuantity && !m.unit.empty() && m.hedge.empty() && !m.vague && m.interval.lo == m.interval.hi;
}

}  // namespace

void JoinQuantitySpans(const Language& lang, const TokenRange& text, std::vector<Mention>* mentions) {
  std::vector<Mention>& ms = *mentions;
  if (lang.ranges.openers.empty()) return;
  for (size_t a = 0; a + 1 < ms.size(); ++a) {
    if (!Joinable(ms[a]) || ms[a].begin_token <= text.begin) continue;
    // The next mention after it must be the other bound: nothing else stands between them.
    size_t b = a + 1;
    while (b < ms.size() && ms[b].begin_token < ms[a].end_token) ++b;
    if (b >= ms.size() || !Joinable(ms[b]) || ms[b].unit != ms[a].unit || ms[b].amount <= ms[a].amount) continue;
    PhraseTable::Match opener, connector;
    size_t start = 0;
    if (!lang.ranges.openers.LongestEndingAt(text, ms[a].begin_token, &opener, &start)) continue;
    const PhraseTable& connectors = lang.ranges.connectors[static_cast<size_t>(opener.id)];
    if (!connectors.LongestAt(text, ms[a].end_token, &connector) || connector.end != ms[b].begin_token) continue;
    Mention& span = ms[a];
    const double lo = span.amount, hi = ms[b].amount;
    span.begin_token = start;
    span.end_token = ms[b].end_token;
    span.amount = hi;  // as a range of numbers gives its quantity ("entre 20 y 30 muertos")
    span.interval = Interval::Between(lo, hi);
    span.normalized = fmt::format("{}-{} {}", FormatAmount(span.interval.lo), FormatAmount(span.interval.hi), span.unit);
    ms.erase(ms.begin() + static_cast<long>(b));
  }
}

}  // namespace contraste
