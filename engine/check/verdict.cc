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

const char* VerdictSeverity(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::kContradicted: return "error";
    case VerdictKind::kDisputed: return "warning";
    case VerdictKind::kConfirmed:
    case VerdictKind::kUnchecked: return "note";
  }
  return "note";
}

}  // namespace contraste
