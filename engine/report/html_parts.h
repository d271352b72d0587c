// Building blocks of the HTML pages, their words from `ui` (rules/<lang>/ui.yaml, report/ui_text.h) (`report --format html`, `check --format html`): one
// self-contained file, CSS and a small filter script inline, no network (a Content-Security-Policy
// forbids every fetch), every piece of article text escaped.
//
//   WriteHtmlHead(out, ui, ui.Label("report_title"), "5 documentos, 21 afirmaciones: 1 conflicto.");
//   WriteHtmlFilters(out, ui, {{"conflict", 1}, {"agreement", 5}}, {{"duration", 2}});
//   out << "<main>"; WriteHtmlClaim(out, analysis, ui, claim_index, ""); out << "</main>";
//   WriteHtmlDocuments(out, analysis, ui);
//   WriteHtmlTail(out);
//
// Elements with data-kind and data-slot attributes are what the filters show and hide; a
// <section class="event"> is hidden when none of its filtered elements is shown.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "pipeline/engine.h"
#include "report/ui_text.h"

namespace contraste {

// Escapes & < > " ' so that the text is inert in element content and in quoted attributes.
std::string HtmlEscape(std::string_view text);

// <!doctype html> (in `ui`'s language) up to and including the page header with `title` and the
// `summary` line.
void WriteHtmlHead(std::ostream& out, const UiText& ui, const std::string& title, const std::string& summary);

// The filter bar: one checkbox per kind and per slot (value -> how many elements have it).
// Each is labelled by its name in `ui`; the values filtered are the ids.
void WriteHtmlFilters(std::ostream& out, const UiText& ui, const std::map<std::string, size_t>& kinds,
                      const std::map<std::string, size_t>& slots);

// One claim as a <figure>: its sentence with the value in <mark>, the quote, the article (title,
// cut to 140 bytes with the whole in a tooltip, a link to the published article when its metadata
// gives a `url`; id, outlet, date as the language writes it), line and column, the value as an
// editor reads it ("1 h 30 min", with the normalized value in a tooltip) and hedge. `role` (may be
// empty) is a short label such as the draft's.
void WriteHtmlClaim(std::ostream& out, const Analysis& a, const UiText& ui, size_t claim, const std::string& role);

// The table of documents with their metadata and what had to be assumed, and the skipped files.
void WriteHtmlDocuments(std::ostream& out, const Analysis& a, const UiText& ui);

// The filter script and the closing tags.
void WriteHtmlTail(std::ostream& out);

}  // namespace contraste
