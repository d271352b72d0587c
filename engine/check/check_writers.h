// Writers for a CheckResult, one per `check --format`:
//
//   CheckResult r = CheckDrafts(...);
//   WriteCheckLines(r, std::cout);      // line: file:line:col: severity: message [rule-id]
//   WriteCheckJson(r, std::cout);       // json: contraste.report/1 plus a "check" object
//   WriteCheckMarkdown(r, std::cout);   // md:   per draft, every claim with its verdict and sources
//   WriteCheckHtml(r, std::cout);       // html: one self-contained page, verdicts grouped by event
//
// All deterministic; every draft claim appears, unchecked ones included.
#pragma once

#include <ostream>

#include "check/draft_checker.h"

namespace contraste {

// One line per draft claim, sorted by file, line, column:
// `drafts/x.md:7:42: error: contradicted: duration of <event>: <explanation> [duration-interval]`.
// Severity: error (contradicted), warning (disputed), note (confirmed, unchecked).
void WriteCheckLines(const CheckResult& r, std::ostream& out);

// The report contract (schema contraste.report/1, drafts among the documents, findings about the
// drafts' claims) with one more key, "check": {"drafts", "summary", "verdicts"}.
void WriteCheckJson(const CheckResult& r, std::ostream& out);

void WriteCheckMarkdown(const CheckResult& r, std::ostream& out);
void WriteCheckHtml(const CheckResult& r, std::ostream& out);

// "<slot>[ of <unit>] of <event label>": what a draft claim is about, for messages.
std::string ClaimSubject(const Claim& c);
// The verdict's sentence: the explanation of its finding, or that the corpus says nothing.
std::string VerdictMessage(const CheckResult& r, const Verdict& v);

}  // namespace contraste
