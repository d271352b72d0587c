// The report in the formats editors' tools read, filtered by severity (report/severity.h: a
// conflict is an error, an agreement a note, any other finding kind a warning):
//
//   WriteLineReport(analysis, Severity::kWarning, std::cout);
//     // corpus/001.txt:7:61: error: conflict: duration of <event>: <explanation> [duration-interval] (4cec503bf0ea)
//   WriteSarifReport(analysis, engine.rules(), Severity::kWarning, std::cout);   // SARIF 2.1.0
//
// Lines are sorted by file, line and column; the column counts Unicode characters.
#pragma once

#include <ostream>
#include <string>

#include "pipeline/engine.h"
#include "report/severity.h"

namespace contraste {

// `s` with its line breaks turned into spaces: a quote or message that must stay on one line.
std::string OneLine(std::string s);

void WriteLineReport(const Analysis& a, Severity min, std::ostream& out);
void WriteSarifReport(const Analysis& a, const RuleList& rules, Severity min, std::ostream& out);

}  // namespace contraste
