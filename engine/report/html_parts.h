// Building blocks of the HTML pages (`report --format html`, `check --format html`): one
// self-contained file, CSS and a small filter script inline, no network (a Content-Security-Policy
// forbids every fetch), every piece of article text escaped.
//
//   WriteHtmlHead(out, "contraste report", "5 documents, 21 claims: 1 conflict.");
//   WriteHtmlFilters(out, {{"conflict", 1}, {"agreement", 5}}, {{"duration", 2}});
//   out << "<main>"; WriteHtmlClaim(out, analysis, claim_index, "Side 1"); out << "</main>";
//   WriteHtmlDocuments(out, analysis);
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

namespace contraste {

// Escapes & < > " ' so that the text is inert in element content and in quoted attributes.
std::string HtmlEscape(std::string_view text);

// <!doctype html> up to and including the page header with `title` and the `summary` line.
void WriteHtmlHead(std::ostream& out, const std::string& title, const std::string& summary);

// The filter bar: one checkbox per kind and per slot (value -> how many elements have it).
void WriteHtmlFilters(std::ostream& out, const std::map<std::string, size_t>& kinds,
                      const std::map<std::string, size_t>& slots);

// One claim as a <figure>: its sentence with the value in <mark>, the quote, the article (title,
// cut to 140 bytes with the whole in a tooltip; id, outlet, date), line and column, the normalized value and hedge. `role` (may be empty) is a
// short label such as "Draft".
void WriteHtmlClaim(std::ostream& out, const Analysis& a, size_t claim, const std::string& role);

// The table of documents with their metadata and what had to be assumed, and the skipped files.
void WriteHtmlDocuments(std::ostream& out, const Analysis& a);

// The filter script and the closing tags.
void WriteHtmlTail(std::ostream& out);

}  // namespace contraste
