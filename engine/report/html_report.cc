#include <fmt/format.h>
#include <fmt/ostream.h>

#include <map>

#include "report/html_parts.h"
#include "report/report_summary.h"
#include "report/side_title.h"
#include "report/report_writers.h"

namespace contraste {

namespace {

void WriteFinding(std::ostream& out, const Analysis& a, const UiText& ui, const Finding& f) {
  const bool sided = !f.claims.empty() && f.claims.back().side > 0;
  fmt::print(out, "<article class=\"finding\" id=\"f-{}\" data-kind=\"{}\" data-slot=\"{}\">\n", HtmlEscape(f.id),
             HtmlEscape(f.kind), HtmlEscape(f.slot));
  fmt::print(out, "<h3 class=\"finding-title\"><span class=\"badge\">{}</span>{}</h3>\n", HtmlEscape(ui.Kind(f.kind)),
             HtmlEscape(ui.SlotOf(f.slot, f.unit)));
  fmt::print(out, "<p class=\"meta\">{} <code>{}</code> · id <code>{}</code></p>\n", HtmlEscape(ui.Label("rule")),
             HtmlEscape(f.rule), HtmlEscape(f.id));
  fmt::print(out, "<p class=\"explanation\">{}</p>\n<div class=\"sides\">\n", HtmlEscape(f.explanation));
  int side = -1;
  for (const FindingClaim& fc : f.claims) {
    if (fc.side != side) {
      if (side != -1) out << "</div>\n";
      side = fc.side;
      fmt::print(out, "<div class=\"side\">\n<h4 class=\"side-title\">{}</h4>\n",
                 HtmlEscape(sided ? SideTitle(a, f, side, ui) : ui.Label("stated_by")));
    }
    WriteHtmlClaim(out, a, ui, fc.claim, "");
  }
  if (side != -1) out << "</div>\n";
  out << "</div>\n</article>\n";
}

// Counts by kind and slot, and a jump list of the findings that are not agreements.
void WriteSummary(std::ostream& out, const UiText& ui, const ReportSummary& s) {
  if (s.by_kind.empty()) return;
  fmt::print(out, "<section class=\"overview\" id=\"overview\">\n<table class=\"counts\">\n<thead><tr><th>{}</th><th>{}</th>"
             "<th>{}</th></tr></thead>\n<tbody>\n",
             HtmlEscape(ui.Label("col_kind")), HtmlEscape(ui.Label("col_findings")), HtmlEscape(ui.Label("col_by_slot")));
  for (const std::string& kind : KindsInOrder(s)) {
    std::vector<std::string> slots;
    for (const auto& [slot, n] : s.by_kind_and_slot.at(kind)) {
      slots.push_back(fmt::format("<span data-count-slot=\"{}\">{} {}</span>", HtmlEscape(slot), HtmlEscape(ui.Slot(slot)), n));
    }
    fmt::print(out, "<tr data-count-kind=\"{}\"><td>{}</td><td class=\"count\">{}</td><td>{}</td></tr>\n", HtmlEscape(kind),
               HtmlEscape(ui.Kind(kind, s.by_kind.at(kind))), s.by_kind.at(kind), fmt::join(slots, ", "));
  }
  out << "</tbody>\n</table>\n";
  if (!s.attention.empty()) {
    out << "<ul class=\"glance\">\n";
    for (const Finding* f : s.attention) {
      fmt::print(out, "<li data-glance-kind=\"{}\"><a href=\"#f-{}\"><span class=\"badge\">{}</span>{} · {}</a></li>\n",
                 HtmlEscape(f->kind), HtmlEscape(f->id), HtmlEscape(ui.Kind(f->kind)), HtmlEscape(ui.SlotOf(f->slot, f->unit)), HtmlEscape(f->event_label));
    }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

}  // namespace

void WriteHtmlReport(const Analysis& a, std::ostream& out, const UiText& ui, AgreementLayout agreements) {
  const ReportSummary summary = SummarizeFindings(a.findings);
  std::map<std::string, size_t> slots;
  for (const Finding& f : a.findings) {
    if (f.kind != "agreement" || agreements != AgreementLayout::kCount) slots[f.slot]++;
  }
  std::vector<std::string> counts;
  for (const std::string& kind : KindsInOrder(summary)) {
    const size_t n = summary.by_kind.at(kind);
    counts.push_back(fmt::format("{} {}", ui.Number(std::to_string(n)), ui.Kind(kind, n)));
  }
  WriteHtmlHead(out, ui, ui.Label("report_title"),
                ui.Format("report_summary",
                          {{"documents", ui.Number(std::to_string(a.documents.size()))},
                           {"claims", ui.Number(std::to_string(a.claims.size()))},
                           {"counts", counts.empty() ? ui.Label("no_findings") : fmt::format("{}", fmt::join(counts, ", "))}}));
  WriteSummary(out, ui, summary);
  WriteHtmlFilters(out, ui, summary.by_kind, slots);
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
      for (const Finding* f : findings) WriteFinding(out, a, ui, *f);
      out << "</section>\n";
    }
  };
  write_events(false);
  if (summary.agreements > 0 && agreements == AgreementLayout::kFolded) {
    fmt::print(out, "<details class=\"agreements\">\n<summary>{}</summary>\n",
               HtmlEscape(ui.Format("agreements_folded", {{"n", ui.Number(std::to_string(summary.agreements))}})));
    write_events(true);
    out << "</details>\n";
  } else if (summary.agreements > 0 && agreements == AgreementLayout::kCount) {
    fmt::print(out, "<p class=\"agreements\">{}</p>\n",
               HtmlEscape(ui.Format("agreements_counted", {{"n", ui.Number(std::to_string(summary.agreements))}})));
  }
  if (a.findings.empty()) fmt::print(out, "<p>{}</p>\n", HtmlEscape(ui.Label("nothing_found")));
  out << "</main>\n";
  WriteHtmlDocuments(out, a, ui);
  WriteHtmlTail(out);
}

}  // namespace contraste
