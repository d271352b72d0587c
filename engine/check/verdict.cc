#include "check/verdict.h"

namespace contraste {

const char* VerdictName(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::kContradicted: return "contradicted";
    case VerdictKind::kDisputed: return "disputed";
    case VerdictKind::kConfirmed: return "confirmed";
    case VerdictKind::kUnchecked: return "unchecked";
  }
  return "unchecked";
}

Severity VerdictLevel(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::kContradicted: return Severity::kError;
    case VerdictKind::kDisputed: return Severity::kWarning;
    case VerdictKind::kConfirmed:
    case VerdictKind::kUnchecked: return Severity::kNote;
  }
  return Severity::kNote;
}

const char* VerdictSeverity(VerdictKind kind) { return SeverityName(VerdictLevel(kind)); }

}  // namespace contraste
