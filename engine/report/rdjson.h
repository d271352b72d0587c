// reviewdog's Diagnostic Format as one JSON document (rdjson: a DiagnosticResult), written from the
// same log as SARIF (report/sarif.h), so `report` and `check` say the same in every format:
//
//   WriteRdjson(log, std::cout);   // `reviewdog -f=rdjson` reads it
//
// One diagnostic per result: its message, severity (ERROR, WARNING, INFO), rule as `code`, its
// first location with a range and the others as `related_locations`. Positions are 1-based lines
// and columns counted in UTF-8 bytes, as the format defines them; a range's end is the position
// just after the quote. A skipped file is a WARNING diagnostic (code "skipped") with its path only.
#pragma once

#include <ostream>

#include "report/sarif.h"

namespace contraste {

void WriteRdjson(const SarifLog& log, std::ostream& out);

}  // namespace contraste
