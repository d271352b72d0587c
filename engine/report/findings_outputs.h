// The report in the formats editors' tools read, filtered by severity (report/severity.h: a
// conflict is an error, an agreement a note, any other finding kind a warning):
//
//   WriteLineReport(analysis, Severity::kWarning, std::cout);
//     // corpus/001.txt:7:61: error: conflict: duration of <event>: <explanation> [duration-interval] (4cec503bf0ea)
//   WriteDiagnostics("sarif", FindingsLog(analysis, engine.rules(), Severity::kWarning), std::cout);
//     // SARIF 2.1.0; "rdjson" and "github" from the same log (report/diagnostic_formats.h)
//
// Lines are sorted by file, line and column; the column counts Unicode characters.
#pragma once

#include <ostream>
#include <string>

#include "pipeline/engine.h"
#include "report/sarif.h"
#include "report/severity.h"

namespace contraste {

// `s` with its line breaks turned into spaces: a quote or message that must stay on one line.
std::string OneLine(std::string s);

void WriteLineReport(const Analysis& a, Severity min, std::ostream& out);
// One result per finding at or above `min`, at its first claim, its other claims as related
// locations (each saying its side, quote, document and value).
SarifLog FindingsLog(const Analysis& a, const RuleList& rules, Severity min);

}  // namespace contraste
