// Severity levels shared by the outputs editors' tools read (the line format, SARIF) and by
// --min-severity: error > warning > note.
//
//   auto min = ParseSeverity("warning");                  // std::nullopt for an unknown name
//   if (AtLeast(FindingSeverity(f), *min)) print(f);
#pragma once

#include <optional>
#include <string_view>

#include "findings/finding.h"

namespace contraste {

enum class Severity { kNote = 0, kWarning = 1, kError = 2 };

// "error", "warning", "note".
const char* SeverityName(Severity s);
std::optional<Severity> ParseSeverity(std::string_view name);
inline bool AtLeast(Severity s, Severity min) { return static_cast<int>(s) >= static_cast<int>(min); }

// A report finding's severity: a conflict is an error, an agreement a note, and any other kind
// (a revision, a dispute, kinds added later) a warning: shown by default, failing nothing.
Severity FindingSeverity(const Finding& f);

}  // namespace contraste
