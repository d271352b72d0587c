#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>

#include "check/check_writers.h"
#include "check/verdict_finding.h"
#include "report/findings_outputs.h"
#include "report/source_columns.h"

namespace contraste {

std::string ClaimSubject(const Claim& c) {
  return fmt::format("{}{} of {}", c.slot, c.slot == "quantity" && !c.unit.empty() ? " of " + c.unit : "",
                     c.event_label);
}

std::string ClaimSubjectIn(const Claim& c, const UiText& ui) {
  return ui.Format("claim_subject", {{"slot", ui.SlotOf(c.slot, c.slot == "quantity" ? c.unit : "")},
                                     {"event", c.event_label}});
}

std::string VerdictMessage(const CheckResult& r, const Verdict& v) {
  if (!v.finding.empty()) {
    for (const Finding& f : r.analysis.findings) {
      if (f.id == v.finding) return f.explanation;
    }
  }
  return VerdictExplanation(r.analysis, v, r.messages);
}

void WriteCheckLines(const CheckResult& r, std::ostream& out, Severity min) {
  const Analysis& a = r.analysis;
  std::vector<const Verdict*> order;
  for (const Verdict& v : r.verdicts) {
    if (AtLeast(VerdictLevel(v.kind), min)) order.push_back(&v);
  }
  std::stable_sort(order.begin(), order.end(), [&](const Verdict* x, const Verdict* y) {
    const Claim& cx = a.claims[x->claim];
    const Claim& cy = a.claims[y->claim];
    const std::string& px = a.documents[cx.doc].path;
    const std::string& py = a.documents[cy.doc].path;
    if (px != py) return px < py;
    if (cx.line != cy.line) return cx.line < cy.line;
    return cx.column < cy.column;
  });
  for (const Verdict* v : order) {
    const Claim& c = a.claims[v->claim];
    const SourceColumns at = ColumnsAt(a.documents[c.doc].bytes, c.offset);
    fmt::print(out, "{}:{}:{}: {}: {}: {}: {} [{}]\n", a.documents[c.doc].path, at.line, at.chars,
               VerdictSeverity(v->kind), VerdictName(v->kind), OneLine(ClaimSubject(c)), OneLine(VerdictMessage(r, *v)),
               v->rule.empty() ? "no-rule" : v->rule);
  }
}

}  // namespace contraste
