#include <fmt/format.h>
#include <fmt/ostream.h>

#include <map>

#include "check/check_writers.h"
#include "report/html_parts.h"

namespace contraste {

namespace {

const Finding* FindingOf(const CheckResult& r, const Verdict& v) {
  for (const Finding& f : r.analysis.findings) {
    if (f.id == v.finding) return &f;
  }
  return nullptr;
}

// `sides`: how many sides the verdict's finding has, the draft's included.
std::string SideTitle(const UiText& ui, const Verdict& v, int side, int sides) {
  if (side == 0) return ui.Label(v.confirming.empty() || v.contradicting.empty() ? "draft" : "draft_and_compatible");
  if (v.contradicting.empty()) return ui.Format("corpus_side", {{"n", std::to_string(side)}});
  return sides > 2 ? ui.Format("against_draft_n", {{"n", std::to_string(side)}}) : ui.Label("against_draft");
}

std::string LineColumn(const UiText& ui, const Claim& c) {
  return ui.Format("line_column", {{"line", std::to_string(c.line)}, {"column", std::to_string(c.column)}});
}

void WriteVerdict(std::ostream& out, const CheckResult& r, const UiText& ui, const Verdict& v) {
  const Claim& c = r.analysis.claims[v.claim];
  fmt::print(out, "<article class=\"finding\" id=\"v-{}-{}\" data-kind=\"{}\" data-slot=\"{}\">\n",
             HtmlEscape(r.analysis.documents[c.doc].id), c.offset, VerdictName(v.kind), HtmlEscape(c.slot));
  const std::string what = ui.SlotOf(c.slot, c.slot == "quantity" ? c.unit : "");
  fmt::print(out, "<h4 class=\"finding-title\"><span class=\"badge\">{}</span>{} · {}</h4>\n",
             HtmlEscape(ui.Kind(VerdictName(v.kind))), HtmlEscape(what), HtmlEscape(LineColumn(ui, c)));
  fmt::print(out, "<p class=\"meta\">{} <code>{}</code>{}</p>\n", HtmlEscape(ui.Label("rule")),
             v.rule.empty() ? HtmlEscape(ui.Label("no_rule")) : HtmlEscape(v.rule),
             v.finding.empty() ? "" : " · " + HtmlEscape(ui.Label("finding")) + " <code>" + HtmlEscape(v.finding) + "</code>");
  fmt::print(out, "<p class=\"explanation\">{}</p>\n<div class=\"sides\">\n", HtmlEscape(VerdictMessage(r, v)));
  const Finding* f = FindingOf(r, v);
  if (!f) {
    fmt::print(out, "<div class=\"side\">\n<h5 class=\"side-title\">{}</h5>\n", HtmlEscape(ui.Label("draft")));
    WriteHtmlClaim(out, r.analysis, ui, v.claim, ui.Label("draft"));
    out << "</div>\n";
  } else {
    const int sides = f->claims.back().side + 1;
    int side = -1;
    for (const FindingClaim& fc : f->claims) {
      if (fc.side != side) {
        if (side != -1) out << "</div>\n";
        side = fc.side;
        fmt::print(out, "<div class=\"side\">\n<h5 class=\"side-title\">{}</h5>\n", HtmlEscape(SideTitle(ui, v, side, sides)));
      }
      WriteHtmlClaim(out, r.analysis, ui, fc.claim, fc.claim == v.claim ? ui.Label("draft") : "");
    }
    out << "</div>\n";
  }
  out << "</div>\n</article>\n";
}

}  // namespace

void WriteCheckHtml(const CheckResult& r, std::ostream& out, const UiText& ui) {
  const Analysis& a = r.analysis;
  std::map<std::string, size_t> kinds, slots;
  for (const Verdict& v : r.verdicts) {
    kinds[VerdictName(v.kind)]++;
    slots[a.claims[v.claim].slot]++;
  }
  auto n = [&](size_t count) { return ui.Number(std::to_string(count)); };
  WriteHtmlHead(out, ui, ui.Label("check_title"),
                ui.Format("check_summary", {{"drafts", n(r.drafts.size())},
                                            {"documents", n(a.documents.size() - r.drafts.size())},
                                            {"claims", n(r.verdicts.size())},
                                            {"contradicted", n(r.Count(VerdictKind::kContradicted))},
                                            {"disputed", n(r.Count(VerdictKind::kDisputed))},
                                            {"confirmed", n(r.Count(VerdictKind::kConfirmed))},
                                            {"unchecked", n(r.Count(VerdictKind::kUnchecked))}}));
  WriteHtmlFilters(out, ui, kinds, slots);
  out << "<main>\n";
  for (size_t d = 0; d < a.documents.size(); ++d) {
    if (!r.IsDraft(d)) continue;
    const Document& doc = a.documents[d];
    // The path in <code>: the pattern's text escaped around it.
    const std::string heading = HtmlEscape(ui.Format("draft_heading", {{"path", "\x01"}, {"title", doc.title}}));
    const size_t mark = heading.find('\x01');
    fmt::print(out, "<section class=\"draft\" data-draft=\"{}\">\n<h2 class=\"draft-title\">{}</h2>\n", HtmlEscape(doc.id),
               mark == std::string::npos ? heading
                                         : heading.substr(0, mark) + "<code>" + HtmlEscape(doc.path) + "</code>" +
                                               heading.substr(mark + 1));
    // At a glance: what the editor must look at, in the order of the text, linked to its card.
    bool glance = false;
    for (const Verdict& v : r.verdicts) {
      const Claim& c = a.claims[v.claim];
      if (c.doc != d || (v.kind != VerdictKind::kContradicted && v.kind != VerdictKind::kDisputed)) continue;
      if (!glance) out << "<ul class=\"glance\">\n";
      glance = true;
      fmt::print(out,
                 "<li data-kind=\"{}\" data-slot=\"{}\"><a href=\"#v-{}-{}\"><span class=\"badge\">{}</span>{}: "
                 "<q>{}</q> · {}</a></li>\n",
                 VerdictName(v.kind), HtmlEscape(c.slot), HtmlEscape(doc.id), c.offset, HtmlEscape(ui.Kind(VerdictName(v.kind))),
                 HtmlEscape(LineColumn(ui, c)), HtmlEscape(c.quote), HtmlEscape(ClaimSubjectIn(c, ui)));
    }
    if (glance) out << "</ul>\n";
    // Events in the order of the draft's first claim about them.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const Verdict*>> by_event;
    for (const Verdict& v : r.verdicts) {
      const Claim& c = a.claims[v.claim];
      if (c.doc != d) continue;
      if (!by_event.count(c.event)) order.push_back(c.event);
      by_event[c.event].push_back(&v);
    }
    for (const std::string& event : order) {
      const auto& verdicts = by_event[event];
      fmt::print(out, "<section class=\"event\">\n<h3 class=\"event-title\">{}</h3>\n",
                 HtmlEscape(a.claims[verdicts.front()->claim].event_label));
      for (const Verdict* v : verdicts) WriteVerdict(out, r, ui, *v);
      out << "</section>\n";
    }
    if (order.empty()) fmt::print(out, "<p>{}</p>\n", HtmlEscape(ui.Label("no_claims")));
    out << "</section>\n";
  }
  out << "</main>\n";
  WriteHtmlDocuments(out, a, ui);
  WriteHtmlTail(out);
}

}  // namespace contraste
