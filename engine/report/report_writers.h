// Writers for an Analysis: the JSON report (schema contraste.report/1, the contract later tools
// read), the Markdown report for people, and the claim listings (JSON, TSV) for rule authors.
// All output is deterministic: sorted, no time stamps, no absolute paths beyond those given.
#pragma once

#include <ostream>

#include "pipeline/engine.h"

namespace contraste {

void WriteJsonReport(const Analysis& a, std::ostream& out);
void WriteMarkdownReport(const Analysis& a, std::ostream& out);
// One self-contained HTML page (inline CSS, filter script, no network), findings grouped by event.
void WriteHtmlReport(const Analysis& a, std::ostream& out);
void WriteClaimsJson(const Analysis& a, std::ostream& out);
void WriteClaimsTsv(const Analysis& a, std::ostream& out);

}  // namespace contraste
