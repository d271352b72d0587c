// Writers for an Analysis: the JSON report (schema contraste.report/2, the contract later tools
// read; /2 added the finding kinds `revision` and `dispute` and their counts in the summary), the Markdown report for people, and the claim listings (JSON, TSV) for rule authors.
// All output is deterministic: sorted, no time stamps, no absolute paths beyond those given.
#pragma once

#include <ostream>

#include "lang/message_templates.h"
#include "pipeline/engine.h"
#include "report/ui_text.h"

namespace contraste {

// How the pages for people (Markdown, HTML) show agreements, which in a large corpus outnumber the
// conflicts by far: folded (default: after every other finding, one line each in Markdown, inside a
// closed <details> in HTML), full (in full among the other findings of their event) or counted only.
enum class AgreementLayout { kFolded, kFull, kCount };

// The schema the JSON report declares. Readers (diff, baseline) accept /1 too: its findings are
// conflicts and agreements only.
inline constexpr const char* kReportSchemaName = "contraste.report/2";

// `threads` write the findings (runs of them, spliced in order: the same bytes for any number).
void WriteJsonReport(const Analysis& a, std::ostream& out, size_t threads = 1);
// The words a page for people is written in, of one language: its labels, kinds, slots, dates and
// numbers (rules/<lang>/ui.yaml) and its sentences and place kinds (rules/<lang>/messages.yaml).
struct PageWords {
  const UiText& ui;
  const MessageTemplates& messages;
};

// Both open with a summary: counts by kind and slot, then every finding that is not an agreement
// (conflicts first) with its id, linked to its card in HTML. Every word of the page is `words`'s;
// the explanations and event labels as SayFindingsIn left them.
void WriteMarkdownReport(const Analysis& a, std::ostream& out, const PageWords& words,
                         AgreementLayout agreements = AgreementLayout::kFolded);
// One self-contained HTML page (inline CSS, filter script, no network), findings grouped by event,
// in the words of `ui` (rules/<lang>/ui.yaml).
void WriteHtmlReport(const Analysis& a, std::ostream& out, const UiText& ui,
                     AgreementLayout agreements = AgreementLayout::kFolded);
void WriteClaimsJson(const Analysis& a, std::ostream& out);
void WriteClaimsTsv(const Analysis& a, std::ostream& out);

}  // namespace contraste
