#include "check/check_writers.h"
#include "check/verdict_finding.h"
#include "report/explanation_text.h"

namespace contraste {

void SayCheckIn(CheckResult* r, const MessageTemplates& m, const UiText& ui) {
  if (!m.empty()) r->messages = m;
  for (const Verdict& v : r->verdicts) {
    if (v.finding.empty()) continue;
    for (Finding& f : r->analysis.findings) {
      if (f.id == v.finding) f.explanation = VerdictExplanation(r->analysis, v, r->messages);
    }
  }
  for (Finding& f : r->analysis.findings) f.event_label = EventTitle(f.event_label, ui);
  for (Claim& c : r->analysis.claims) c.event_label = EventTitle(c.event_label, ui);
}

}  // namespace contraste
