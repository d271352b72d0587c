#include <fmt/format.h>
#include <fmt/ostream.h>

#include <map>

#include "report/html_parts.h"
#include "report/report_writers.h"

namespace contraste {

namespace {

void WriteFinding(std::ostream& out, const Analysis& a, const Finding& f) {
  const bool conflict = f.kind == "conflict";
  std::string what = f.slot + (f.unit.empty() ? "" : " of " + f.unit);
  fmt::print(out, "<article class=\"finding\" id=\"f-{}\" data-kind=\"{}\" data-slot=\"{}\">\n", HtmlEscape(f.id),
             HtmlEscape(f.kind), HtmlEscape(f.slot));
  fmt::print(out, "<h3 class=\"finding-title\"><span class=\"badge\">{}</span>{}</h3>\n", conflict ? "Conflict" : "Agreement", HtmlEscape(what));
  fmt::print(out, "<p class=\"meta\">rule <code>{}</code> · id <code>{}</code></p>\n", HtmlEscape(f.rule),
             HtmlEscape(f.id));
  fmt::print(out, "<p class=\"explanation\">{}</p>\n<div class=\"sides\">\n", HtmlEscape(f.explanation));
  int side = -1;
  for (const FindingClaim& fc : f.claims) {
    if (fc.side != side) {
      if (side != -1) out << "</div>\n";
      side = fc.side;
      fmt::print(out, "<div class=\"side\">\n<h4 class=\"side-title\">{}</h4>\n", conflict ? fmt::format("Side {}", side + 1) : "Stated by");
    }
    WriteHtmlClaim(out, a, fc.claim, "");
  }
  if (side != -1) out << "</div>\n";
  out << "</div>\n</article>\n";
}

}  // namespace

void WriteHtmlReport(const Analysis& a, std::ostream& out) {
  std::map<std::string, size_t> kinds, slots;
  for (const Finding& f : a.findings) {
    kinds[f.kind]++;
    slots[f.slot]++;
  }
  WriteHtmlHead(out, "contraste report",
                fmt::format("{} documents, {} claims: {} conflicts, {} agreements.", a.documents.size(), a.claims.size(),
                            kinds["conflict"], kinds["agreement"]));
  WriteHtmlFilters(out, kinds, slots);
  // Events in the order of their first finding (conflicts sort first), as in the Markdown report.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Finding*>> by_event;
  for (const Finding& f : a.findings) {
    if (!by_event.count(f.event)) order.push_back(f.event);
    by_event[f.event].push_back(&f);
  }
  out << "<main>\n";
  for (const std::string& event : order) {
    const auto& findings = by_event[event];
    fmt::print(out, "<section class=\"event\">\n<h2 class=\"event-title\">{}</h2>\n", HtmlEscape(findings.front()->event_label));
    for (const Finding* f : findings) WriteFinding(out, a, *f);
    out << "</section>\n";
  }
  if (a.findings.empty()) out << "<p>No conflicts or agreements found.</p>\n";
  out << "</main>\n";
  WriteHtmlDocuments(out, a);
  WriteHtmlTail(out);
}

}  // namespace contraste
