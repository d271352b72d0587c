#include "claims/calendar_checks.h"
#include "claims/claim_provenance.h"

#include "core/civil_date.h"
#include "extract/date_calendar.h"

namespace contraste {

namespace {

const char* WeekdayName(int iso) {
  static const char* kNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return iso >= 1 && iso <= 7 ? kNames[iso - 1] : "unknown";
}

Claim CheckClaim(const Document& doc, size_t doc_index, const AnalyzedText& text, const Sentence& sentence,
                 size_t first_token, size_t end_token, int weekday) {
  Claim c = ClaimFromTokens(doc, doc_index, text, sentence, first_token, end_token);
  c.frame = kConsistencyFrame;
  c.slot = "weekday";
  c.value = WeekdayName(weekday);
  c.interval = Interval::Point(weekday);
  return c;
}

}  // namespace

bool IsInternalCheck(const Claim& c) { return c.frame == kConsistencyFrame; }

void AddCalendarChecks(const Language& /*lang*/, const Document& doc, size_t doc_index, const AnalyzedText& text,
                       const std::vector<std::vector<Mention>>& mentions, std::vector<Claim>* claims) {
  for (size_t si = 0; si < mentions.size() && si < text.sentences.size(); ++si) {
    for (const Mention& m : mentions[si]) {
      const TemporalExpression& e = m.temporal;
      if (m.kind != MentionKind::kDate || e.kind != TemporalKind::kDate || !e.weekday || !e.year ||
          e.date_token <= e.weekday_token || e.day > DaysInMonth(e.year, e.month)) {
        continue;
      }
      int actual = IsoWeekday(CivilDate{e.year, e.month, e.day});
      const Sentence& s = text.sentences[si];
      claims->push_back(CheckClaim(doc, doc_index, text, s, e.weekday_token, e.weekday_token + 1, e.weekday));
      claims->push_back(CheckClaim(doc, doc_index, text, s, e.date_token, m.end_token, actual));
    }
  }
}

}  // namespace contraste
