#include <fmt/format.h>
#include <fmt/ostream.h>

#include <map>

#include "report/html_parts.h"
#include "report/report_summary.h"
#include "report/side_title.h"
#include "report/report_writers.h"

namespace contraste {

namespace {

std::string KindTitle(const std::string& kind) {
  std::string t = kind;
  if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
  return t;
}

void WriteFinding(std::ostream& out, const Analysis& a, const Finding& f) {
  const bool sided = !f.claims.empty() && f.claims.back().side > 0;
  std::string what = f.slot + (f.unit.empty() ? "" : " of " + f.unit);
  fmt::print(out, "<article class=\"finding\" id=\"f-{}\" data-kind=\"{}\" data-slot=\"{}\">\n", HtmlEscape(f.id),
             HtmlEscape(f.kind), HtmlEscape(f.slot));
  fmt::print(out, "<h3 class=\"finding-title\"><span class=\"badge\">{}</span>{}</h3>\n", HtmlEscape(KindTitle(f.kind)),
             HtmlEscape(what));
  fmt::print(out, "<p class=\"meta\">rule <code>{}</code> · id <code>{}</code></p>\n", HtmlEscape(f.rule),
             HtmlEscape(f.id));
  fmt::print(out, "<p class=\"explanation\">{}</p>\n<div class=\"sides\">\n", HtmlEscape(f.explanation));
  int side = -1;
  for (const FindingClaim& fc : f.claims) {
    if (fc.side != side) {
      if (side != -1) out << "</div>\n";
      side = fc.side;
      fmt::print(out, "<div class=\"side\">\n<h4 class=\"side-title\">{}</h4>\n", sided ? HtmlEscape(SideTitle(a, f, side)) : "Stated by");
    }
    WriteHtmlClaim(out, a, fc.claim, "");
  }
  if (side != -1) out << "</div>\n";
  out << "</div>\n</article>\n";
}

// Counts by kind and slot, and a jump list of the findings that are not agreements.
void WriteSummary(std::ostream& out, const ReportSummary& s) {
  if (s.by_kind.empty()) return;
  out << "<section class=\"overview\" id=\"overview\">\n<table class=\"counts\">\n<thead><tr><th>kind</th><th>findings</th>"
         "<th>by slot</th></tr></thead>\n<tbody>\n";
  for (const std::string& kind : KindsInOrder(s)) {
    std::vector<std::string> slots;
    for (const auto& [slot, n] : s.by_kind_and_slot.at(kind)) slots.push_back(fmt::format("{} {}", HtmlEscape(slot), n));
    fmt::print(out, "<tr data-count-kind=\"{}\"><td>{}</td><td class=\"count\">{}</td><td>{}</td></tr>\n", HtmlEscape(kind),
               HtmlEscape(kind), s.by_kind.at(kind), fmt::join(slots, ", "));
  }
  out << "</tbody>\n</table>\n";
  if (!s.attention.empty()) {
    out << "<ul class=\"glance\">\n";
    for (const Finding* f : s.attention) {
      fmt::print(out, "<li><a href=\"#f-{}\"><span class=\"badge\">{}</span>{}{} · {}</a></li>\n", HtmlEscape(f->id),
                 HtmlEscape(f->kind), HtmlEscape(f->slot), f->unit.empty() ? "" : " of " + HtmlEscape(f->unit),
                 HtmlEscape(f->event_label));
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

}  // namespace

void WriteHtmlReport(const Analysis& a, std::ostream& out, AgreementLayout agreements) {
  const ReportSummary summary = SummarizeFindings(a.findings);
  std::map<std::string, size_t> slots;
  for (const Finding& f : a.findings) {
    if (f.kind != "agreement" || agreements != AgreementLayout::kCount) slots[f.slot]++;
  }
  std::vector<std::string> counts;
  for (const std::string& kind : KindsInOrder(summary)) counts.push_back(fmt::format("{} {}s", summary.by_kind.at(kind), kind));
  WriteHtmlHead(out, "contraste report",
                fmt::format("{} documents, {} claims: {}.", a.documents.size(), a.claims.size(),
                            counts.empty() ? "no findings" : fmt::format("{}", fmt::join(counts, ", "))));
  WriteSummary(out, summary);
  WriteHtmlFilters(out, summary.by_kind, slots);
  out << "<main>\n";
  auto write_events = [&](bool agreement_part) {
    std::vector<std::string> order;  // events in the order of their first finding (conflicts sort first)
    std::map<std::string, std::vector<const Finding*>> by_event;
    for (const Finding& f : a.findings) {
      const bool folded = f.kind == "agreement" && agreements != AgreementLayout::kFull;
      if (folded != agreement_part) continue;
      if (!by_event.count(f.event)) order.push_back(f.event);
      by_event[f.event].push_back(&f);
    }
    for (const std::string& event : order) {
      const auto& findings = by_event[event];
      fmt::print(out, "<section class=\"event\">\n<h2 class=\"event-title\">{}</h2>\n",
                 HtmlEscape(findings.front()->event_label));
      for (const Finding* f : findings) WriteFinding(out, a, *f);
      out << "</section>\n";
    }
  };
  write_events(false);
  if (summary.agreements > 0 && agreements == AgreementLayout::kFolded) {
    fmt::print(out, "<details class=\"agreements\">\n<summary>{} agreements (stated alike by several articles)</summary>\n",
               summary.agreements);
    write_events(true);
    out << "</details>\n";
  } else if (summary.agreements > 0 && agreements == AgreementLayout::kCount) {
    fmt::print(out, "<p class=\"agreements\">{} agreements, counted only.</p>\n", summary.agreements);
  }
  if (a.findings.empty()) out << "<p>No conflicts or agreements found.</p>\n";
  out << "</main>\n";
  WriteHtmlDocuments(out, a);
  WriteHtmlTail(out);
}

}  // namespace contraste
