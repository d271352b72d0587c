#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <map>
#include <set>

#include "claims/attribution_finder.h"
#include "report/report_writers.h"
#include "report/locale_text.h"
#include "report/markdown_escape.h"
#include "report/report_summary.h"
#include "report/side_title.h"

namespace contraste {

namespace {

std::string Md(std::string_view s) { return MarkdownEscape(s); }

std::string N(const UiText& ui, size_t n) { return ui.Number(std::to_string(n)); }

// The sentence with the quoted value in bold.
std::string Highlighted(const Document& d, const Claim& c) {
  std::string_view bytes = d.bytes;
  size_t s = c.sentence_offset, e = c.sentence_offset + c.sentence_length;
  return Md(bytes.substr(s, c.offset - s)) + "**" + Md(bytes.substr(c.offset, c.length)) + "**" +
         Md(bytes.substr(c.offset + c.length, e - c.offset - c.length));
}

// ": residencia de huéspedes, en Pionyang, Corea del Norte" for a venue; empty otherwise.
std::string PlaceNote(const Claim& c, const PageWords& words) {
  if (c.venue.empty()) return "";
  const std::string kind = words.messages.PlaceKind(c.venue.front().kind);
  if (c.venue.size() == 1) return ": " + Md(kind);
  std::vector<std::string> places;
  for (size_t k = 1; k < c.venue.size(); ++k) places.push_back(Md(c.venue[k].name));
  return ": " + words.ui.Format("place_within", {{"kind", Md(kind)}, {"places", fmt::format("{}", fmt::join(places, ", "))}});
}

void WriteClaimLine(const Analysis& a, const Claim& c, const PageWords& words, std::ostream& out) {
  const UiText& ui = words.ui;
  const Document& d = a.documents[c.doc];
  const std::string source =
      c.attribution.empty() ? "" : " · " + ui.Format("according_to", {{"source", Md(AttributionText(c.attribution))}});
  fmt::print(out, "  - \"{}\" — `{}` {} ({} `{}`{}{}){}\n    > {}\n", Md(c.quote), d.id,
             ui.Format("line_column", {{"line", std::to_string(c.line)}, {"column", std::to_string(c.column)}}),
             ui.Label("value"), c.value, PlaceNote(c, words), c.hedge.empty() ? "" : ", " + Md(ui.Hedge(c.hedge)), source,
             Highlighted(d, c));
}

// "Misma fuente: 2 artículos lo atribuyen a KCNA: `002`, `003`." for every source several documents give.
void WriteSharedSources(const Analysis& a, const Finding& f, const UiText& ui, std::ostream& out) {
  std::vector<size_t> members;
  for (const FindingClaim& fc : f.claims) members.push_back(fc.claim);
  for (const SharedSource& s : SharedSources(a.claims, members)) {
    std::vector<std::string> ids;
    for (size_t doc : s.docs) ids.push_back(fmt::format("`{}`", a.documents[doc].id));
    fmt::print(out, "- {}\n", ui.Format("same_source", {{"n", N(ui, s.docs.size())},
                                                         {"source", Md(s.source.name)},
                                                         {"documents", fmt::format("{}", fmt::join(ids, ", "))}}));
  }
}

void WriteSummary(const ReportSummary& s, const UiText& ui, std::ostream& out) {
  if (s.by_kind.empty()) return;
  fmt::print(out, "## {}\n\n| {} | {} | {} |\n|---|---:|---|\n", Md(ui.Label("summary")), Md(ui.Label("col_kind")),
             Md(ui.Label("col_findings")), Md(ui.Label("col_by_slot")));
  for (const std::string& kind : KindsInOrder(s)) {
    std::vector<std::string> slots;
    for (const auto& [slot, n] : s.by_kind_and_slot.at(kind)) slots.push_back(fmt::format("{} {}", Md(ui.Slot(slot)), N(ui, n)));
    const size_t n = s.by_kind.at(kind);
    fmt::print(out, "| {} | {} | {} |\n", Md(ui.Kind(kind, n)), N(ui, n), fmt::join(slots, ", "));
  }
  out << "\n";
  for (const Finding* f : s.attention) {
    fmt::print(out, "- **{}** {} · {} · `{}`: {}\n", Md(ui.Kind(f->kind)), Md(ui.SlotOf(f->slot, f->unit)), Md(f->event_label), f->id,
               Md(f->explanation));
  }
  if (!s.attention.empty()) out << "\n";
}

void WriteFinding(const Analysis& a, const Finding& f, const PageWords& words, std::ostream& out) {
  const UiText& ui = words.ui;
  fmt::print(out, "### {}: {} · `{}` · {} `{}`\n\n{}\n\n", Md(ui.KindTitle(f.kind)), Md(ui.SlotOf(f.slot, f.unit)), f.id,
             Md(ui.Label("rule")), f.rule, Md(f.explanation));
  const bool sided = !f.claims.empty() && f.claims.back().side > 0;
  int side = -1;
  for (const FindingClaim& fc : f.claims) {
    if (sided && fc.side != side) {
      side = fc.side;
      fmt::print(out, "- {}:\n", Md(SideTitle(a, f, side, ui)));
    } else if (!sided && side == -1) {
      side = 0;
      fmt::print(out, "- {}:\n", Md(ui.Label("stated_by")));
    }
    WriteClaimLine(a, a.claims[fc.claim], words, out);
  }
  WriteSharedSources(a, f, ui, out);
  out << "\n";
}

// `- event · slot: "quote" (doc, doc); "quote" (doc) · `id``
void WriteAgreementLine(const Analysis& a, const Finding& f, const UiText& ui, std::ostream& out) {
  std::vector<std::pair<std::string, std::vector<std::string>>> quotes;  // first-seen order
  for (const FindingClaim& fc : f.claims) {
    const Claim& c = a.claims[fc.claim];
    auto it = std::find_if(quotes.begin(), quotes.end(), [&](const auto& q) { return q.first == c.quote; });
    if (it == quotes.end()) it = quotes.insert(quotes.end(), {c.quote, {}});
    const std::string& doc = a.documents[c.doc].id;
    if (std::find(it->second.begin(), it->second.end(), doc) == it->second.end()) it->second.push_back(doc);
  }
  std::vector<std::string> parts;
  for (const auto& [quote, docs] : quotes) parts.push_back(fmt::format("\"{}\" ({})", Md(quote), fmt::join(docs, ", ")));
  fmt::print(out, "- {} · {}: {} · `{}`\n", Md(f.event_label), Md(ui.SlotOf(f.slot, f.unit)), fmt::join(parts, "; "), f.id);
}

void WriteDocuments(const Analysis& a, const UiText& ui, std::ostream& out) {
  fmt::print(out, "## {}\n\n|", Md(ui.Label("documents")));
  for (const char* key : {"doc_id", "doc_title", "doc_published", "doc_outlet", "doc_story", "doc_numbers", "doc_assumed"}) {
    fmt::print(out, " {} |", Md(ui.Label(key)));
  }
  out << "\n|---|---|---|---|---|---|---|\n";
  for (size_t k = 0; k < a.documents.size(); ++k) {
    const Document& d = a.documents[k];
    std::string story = "—";
    if (k < a.stories.story_of_doc.size()) {
      const Story& s = a.stories.stories[a.stories.story_of_doc[k]];
      story = fmt::format("`{}` ({})", s.id, Md(s.label));
    }
    fmt::print(out, "| `{}` | {} | {} | {} | {} | {} | {} |\n", d.id, Md(d.title),
               Md(d.published ? ui.Date(*d.published) : ui.Label("unknown")), Md(ui.Outlet(d.outlet)), story,
               Md(LocaleText(d.locale, ui)),
               d.assumptions.empty() ? "—" : Md(fmt::format("{}", fmt::join(d.assumptions, "; "))));
  }
  out << "\n";
  if (!a.skipped.empty()) {
    fmt::print(out, "## {}\n\n", Md(ui.Label("skipped")));
    for (const Error& e : a.skipped) fmt::print(out, "- {}\n", Md(e.ToString()));
    out << "\n";
  }
}

}  // namespace

void WriteMarkdownReport(const Analysis& a, std::ostream& out, const PageWords& words, AgreementLayout agreements) {
  const UiText& ui = words.ui;
  const ReportSummary summary = SummarizeFindings(a.findings);
  std::vector<std::string> counts;
  for (const std::string& kind : KindsInOrder(summary)) {
    const size_t n = summary.by_kind.at(kind);
    counts.push_back(fmt::format("{} {}", N(ui, n), ui.Kind(kind, n)));
  }
  fmt::print(out, "# {}\n\n{}\n\n", Md(ui.Label("report_title")),
             Md(ui.Format("report_summary",
                          {{"documents", N(ui, a.documents.size())},
                           {"claims", N(ui, a.claims.size())},
                           {"counts", counts.empty() ? ui.Label("no_findings") : fmt::format("{}", fmt::join(counts, ", "))}})));
  WriteSummary(summary, ui, out);
  WriteDocuments(a, ui, out);
  // Events in the order of their first finding (conflicts sort first); folded or counted
  // agreements are left out here.
  auto in_full = [&](const Finding& f) { return f.kind != "agreement" || agreements == AgreementLayout::kFull; };
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Finding*>> by_event;
  for (const Finding& f : a.findings) {
    if (!in_full(f)) continue;
    if (!by_event.count(f.event)) order.push_back(f.event);
    by_event[f.event].push_back(&f);
  }
  for (const std::string& ev : order) {
    const auto& fs = by_event[ev];
    fmt::print(out, "## {}\n\n", Md(fs.front()->event_label));
    for (const Finding* f : fs) WriteFinding(a, *f, words, out);
  }
  const std::string agreements_n = N(ui, summary.agreements);
  if (summary.agreements > 0 && agreements == AgreementLayout::kFolded) {
    fmt::print(out, "## {}\n\n{}\n\n", Md(ui.Format("agreements_heading", {{"n", agreements_n}})),
               ui.Label("agreements_one_line"));
    for (const Finding& f : a.findings) {
      if (f.kind == "agreement") WriteAgreementLine(a, f, ui, out);
    }
    out << "\n";
  } else if (summary.agreements > 0 && agreements == AgreementLayout::kCount) {
    fmt::print(out, "{}\n\n", Md(ui.Format("agreements_counted", {{"n", agreements_n}})));
  }
  if (a.findings.empty()) fmt::print(out, "{}\n", Md(ui.Label("nothing_found")));
}

}  // namespace contraste
