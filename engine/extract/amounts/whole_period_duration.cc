#include "extract/amounts/whole_period_duration.h"

#include "extract/amounts/value_context.h"

namespace contraste {

void AddWholePeriodDurations(const Language& lang, const TokenRange& text, std::vector<Mention>* mentions) {
  const PhraseTable& opening = lang.temporal.whole_period_table;
  size_t existing = mentions->size();
  for (size_t i = text.begin; i < text.end; ++i) {
    PhraseTable::Match words, unit_match;
    if (!opening.LongestAt(text, i, &words) || !lang.duration_table.LongestAt(text, words.end, &unit_match)) continue;
    if (unit_match.end < text.end && text.At(unit_match.end).kind == TokenKind::kNumber) continue;
    bool overlaps = false;
    for (size_t k = 0; k < existing && !overlaps; ++k) {
      const Mention& m = (*mentions)[k];
      overlaps = m.begin_token < unit_match.end && i < m.end_token;
    }
    if (overlaps) continue;
    const DurationUnit& unit = lang.duration_units[static_cast<size_t>(unit_match.id)];
    Mention m;
    m.kind = MentionKind::kDuration;
    m.begin_token = m.number_token = i;
    m.end_token = unit_match.end;
    m.amount = 1;
    m.unit = unit.id;
    m.interval = Interval::Point(unit.seconds);
    m.normalized = IsoDuration(unit, 1);
    mentions->push_back(m);
    i = unit_match.end - 1;
  }
}

}  // namespace contraste
