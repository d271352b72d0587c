// The formats written from one log of results (report/sarif.h's SarifLog), for the tools that read
// diagnostics: SARIF 2.1.0 (code scanning, SARIF viewers), reviewdog's rdjson, and GitHub Actions
// annotations. `report` and `check` build the log; the format only decides how it is written.
//
//   if (IsDiagnosticFormat(format)) WriteDiagnostics(format, FindingsLog(a, rules, min), out);
//
// Columns: UTF-16 code units in SARIF, UTF-8 bytes in rdjson (each as its format defines them),
// Unicode characters in GitHub annotations (like the line format).
#pragma once

#include <ostream>
#include <string_view>

#include "report/sarif.h"

namespace contraste {

// "sarif", "rdjson", "github".
bool IsDiagnosticFormat(std::string_view format);
void WriteDiagnostics(std::string_view format, const SarifLog& log, std::ostream& out);

}  // namespace contraste
