// Writers for a CheckResult, one per `check --format`:
//
//   CheckResult r = CheckDrafts(...);
//   WriteCheckLines(r, std::cout, Severity::kWarning);  // line: file:line:col: severity: message [rule-id]
//   WriteDiagnostics("sarif", CheckLog(r, engine.rules(), Severity::kWarning), std::cout);  // and rdjson, github
//   WriteCheckJson(r, std::cout);       // json: contraste.report/2 plus a "check" object
//   WriteCheckMarkdown(r, std::cout, ui);  // md: per draft, every claim with its verdict and sources
//   WriteCheckHtml(r, std::cout, ui);      // html: one self-contained page, verdicts grouped by event
//
// All deterministic; the line and SARIF formats show the verdicts at or above a minimum severity,
// the others every draft claim, unchecked ones included (CheckResult::KeepAtLeast filters them).
#pragma once

#include <ostream>

#include "check/draft_checker.h"
#include "report/sarif.h"
#include "report/severity.h"
#include "report/ui_text.h"

namespace contraste {

// One line per draft claim at or above `min`, sorted by file, line, column:
// `drafts/x.md:7:42: error: contradicted: duration of <event>: <explanation> [duration-interval]`.
// Severity: error (contradicted), warning (disputed), note (confirmed, unchecked). The column counts
// Unicode characters from the start of the line ("á" is one).
void WriteCheckLines(const CheckResult& r, std::ostream& out, Severity min = Severity::kNote);

// One result per draft claim at or above `min`, the corpus claims against it and compatible with it
// as related locations: the log SARIF 2.1.0, rdjson and GitHub annotations are written from
// (report/diagnostic_formats.h).
SarifLog CheckLog(const CheckResult& r, const RuleList& rules, Severity min);

// The report contract (schema contraste.report/2, drafts among the documents, findings about the
// drafts' claims) with one more key, "check": {"drafts", "summary", "verdicts"}.
void WriteCheckJson(const CheckResult& r, std::ostream& out);

// Both in the words of `ui` (rules/<lang>/ui.yaml); the verdicts' sentences as SayCheckIn left them.
void WriteCheckMarkdown(const CheckResult& r, std::ostream& out, const UiText& ui);
void WriteCheckHtml(const CheckResult& r, std::ostream& out, const UiText& ui);

// The verdicts' sentences in the words of `m` (rules/<lang>/messages.yaml; kept as they are when
// `m` is empty) and the events' dates in those of `ui`, for the Markdown and HTML pages.
void SayCheckIn(CheckResult* r, const MessageTemplates& m, const UiText& ui);

// "<slot>[ of <unit>] of <event label>": what a draft claim is about, for the line and SARIF
// messages (English, like their explanations).
std::string ClaimSubject(const Claim& c);
// The same in the words of `ui` for the pages for people: "cantidad de contenedor de envío: ...".
std::string ClaimSubjectIn(const Claim& c, const UiText& ui);
// The verdict's sentence: the explanation of its finding, or that the corpus says nothing.
std::string VerdictMessage(const CheckResult& r, const Verdict& v);

}  // namespace contraste
