#include "report/severity.h"

namespace contraste {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "note";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kNote}) {
    if (name == SeverityName(s)) return s;
  }
  return std::nullopt;
}

Severity FindingSeverity(const Finding& f) {
  if (f.kind == "conflict") return Severity::kError;
  // Agreements and revisions (a figure that moved over time, as counts do) inform; disputes
  // (sources that disagree) want an editor's eye.
  if (f.kind == "agreement" || f.kind == "revision") return Severity::kNote;
  return Severity::kWarning;
}

}  // namespace contraste
