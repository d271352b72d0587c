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
std::string SideTitle(const Verdict& v, int side, int sides) {
  if (side == 0) return v.confirming.empty() || v.contradicting.empty() ? "Draft" : "Draft, and the articles compatible with it";
  if (v.contradicting.empty()) return fmt::format("Corpus, side {}", side);
  return sides > 2 ? fmt::format("Against the draft ({})", side) : "Against the draft";
}

void WriteVerdict(std::ostream& out, const CheckResult& r, const Verdict& v) {
  const Claim& c = r.analysis.claims[v.claim];
  fmt::print(out, "<article class=\"finding\" id=\"v-{}-{}\" data-kind=\"{}\" data-slot=\"{}\">\n",
             HtmlEscape(r.analysis.documents[c.doc].id), c.offset, VerdictName(v.kind), HtmlEscape(c.slot));
  fmt::print(out, "<h4 class=\"finding-title\"><span class=\"badge\">{}</span>{}{} · line {}, col {}</h4>\n",
             VerdictName(v.kind), HtmlEscape(c.slot), c.slot == "quantity" ? " of " + HtmlEscape(c.unit) : "", c.line,
             c.column);
  fmt::print(out, "<p class=\"meta\">rule <code>{}</code>{}</p>\n", v.rule.empty() ? "none" : HtmlEscape(v.rule),
             v.finding.empty() ? "" : " · finding <code>" + HtmlEscape(v.finding) + "</code>");
  fmt::print(out, "<p class=\"explanation\">{}</p>\n<div class=\"sides\">\n", HtmlEscape(VerdictMessage(r, v)));
  const Finding* f = FindingOf(r, v);
  if (!f) {
    fmt::print(out, "<div class=\"side\">\n<h5 class=\"side-title\">{}</h5>\n", "Draft");
    WriteHtmlClaim(out, r.analysis, v.claim, "Draft");
    out << "</div>\n";
  } else {
    const int sides = f->claims.back().side + 1;
    int side = -1;
    for (const FindingClaim& fc : f->claims) {
      if (fc.side != side) {
        if (side != -1) out << "</div>\n";
        side = fc.side;
        fmt::print(out, "<div class=\"side\">\n<h5 class=\"side-title\">{}</h5>\n", SideTitle(v, side, sides));
      }
      WriteHtmlClaim(out, r.analysis, fc.claim, fc.claim == v.claim ? "Draft" : "");
    }
    out << "</div>\n";
  }
  out << "</div>\n</article>\n";
}

}  // namespace

void WriteCheckHtml(const CheckResult& r, std::ostream& out) {
  const Analysis& a = r.analysis;
  std::map<std::string, size_t> kinds, slots;
  for (const Verdict& v : r.verdicts) {
    kinds[VerdictName(v.kind)]++;
    slots[a.claims[v.claim].slot]++;
  }
  WriteHtmlHead(out, "contraste check",
                fmt::format("{} draft(s) against {} corpus documents, {} claims: {} contradicted, {} disputed, "
                            "{} confirmed, {} unchecked.",
                            r.drafts.size(), a.documents.size() - r.drafts.size(), r.verdicts.size(),
                            r.Count(VerdictKind::kContradicted), r.Count(VerdictKind::kDisputed),
                            r.Count(VerdictKind::kConfirmed), r.Count(VerdictKind::kUnchecked)));
  WriteHtmlFilters(out, kinds, slots);
  out << "<main>\n";
  for (size_t d = 0; d < a.documents.size(); ++d) {
    if (!r.IsDraft(d)) continue;
    const Document& doc = a.documents[d];
    fmt::print(out, "<section class=\"draft\" data-draft=\"{}\">\n<h2 class=\"draft-title\">Draft <code>{}</code>: {}</h2>\n",
               HtmlEscape(doc.id), HtmlEscape(doc.path), HtmlEscape(doc.title));
    // At a glance: what the editor must look at, in the order of the text, linked to its card.
    bool glance = false;
    for (const Verdict& v : r.verdicts) {
      const Claim& c = a.claims[v.claim];
      if (c.doc != d || (v.kind != VerdictKind::kContradicted && v.kind != VerdictKind::kDisputed)) continue;
      if (!glance) out << "<ul class=\"glance\">\n";
      glance = true;
      fmt::print(out,
                 "<li data-kind=\"{}\" data-slot=\"{}\"><a href=\"#v-{}-{}\"><span class=\"badge\">{}</span>line {}, col {}: "
                 "<q>{}</q> · {}</a></li>\n",
                 VerdictName(v.kind), HtmlEscape(c.slot), HtmlEscape(doc.id), c.offset, VerdictName(v.kind), c.line,
                 c.column, HtmlEscape(c.quote), HtmlEscape(ClaimSubject(c)));
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
      for (const Verdict* v : verdicts) WriteVerdict(out, r, *v);
      out << "</section>\n";
    }
    if (order.empty()) out << "<p>No claims found in this draft.</p>\n";
    out << "</section>\n";
  }
  out << "</main>\n";
  WriteHtmlDocuments(out, a);
  WriteHtmlTail(out);
}

}  // namespace contraste
