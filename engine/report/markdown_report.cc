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

// The sentence with the quoted value in bold.
std::string Highlighted(const Document& d, const Claim& c) {
  std::string_view bytes = d.bytes;
  size_t s = c.sentence_offset, e = c.sentence_offset + c.sentence_length;
  return Md(bytes.substr(s, c.offset - s)) + "**" + Md(bytes.substr(c.offset, c.length)) + "**" +
         Md(bytes.substr(c.offset + c.length, e - c.offset - c.length));
}

// ": guesthouse, in Pionyang, Corea del Norte" for a venue; empty otherwise.
std::string PlaceNote(const Claim& c) {
  if (c.venue.empty()) return "";
  std::string note = ": " + (c.venue.front().kind == "unknown" ? std::string("place of unknown kind") : c.venue.front().kind);
  for (size_t k = 1; k < c.venue.size(); ++k) note += (k == 1 ? ", in " : ", ") + Md(c.venue[k].name);
  return note;
}

void WriteClaimLine(const Analysis& a, const Claim& c, std::ostream& out) {
  const Document& d = a.documents[c.doc];
  std::string source = c.attribution.empty() ? "" : " · according to " + Md(AttributionText(c.attribution));
  fmt::print(out, "  - \"{}\" — `{}` line {}, col {} (value `{}`{}{}){}\n    > {}\n", Md(c.quote), d.id, c.line,
             c.column, c.value, PlaceNote(c), c.hedge.empty() ? "" : ", " + c.hedge, source, Highlighted(d, c));
}

// "Attributed to KCNA by `002`, `003`." for every source several documents give.
void WriteSharedSources(const Analysis& a, const Finding& f, std::ostream& out) {
  std::vector<size_t> members;
  for (const FindingClaim& fc : f.claims) members.push_back(fc.claim);
  for (const SharedSource& s : SharedSources(a.claims, members)) {
    std::vector<std::string> ids;
    for (size_t doc : s.docs) ids.push_back(fmt::format("`{}`", a.documents[doc].id));
    fmt::print(out, "- Same source: {} articles attribute it to {}: {}.\n", s.docs.size(), Md(s.source.name),
               fmt::join(ids, ", "));
  }
}

// "Conflict", "Agreement", "Revision": the kind's name as a heading word.
std::string KindTitle(const std::string& kind) {
  std::string t = kind;
  if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
  return t;
}

std::string Plural(const std::string& kind) { return kind + "s"; }

std::string What(const Finding& f) { return f.slot + (f.unit.empty() ? "" : " of " + f.unit); }

void WriteSummary(const ReportSummary& s, std::ostream& out) {
  if (s.by_kind.empty()) return;
  out << "## Summary\n\n| kind | findings | by slot |\n|---|---:|---|\n";
  for (const std::string& kind : KindsInOrder(s)) {
    std::vector<std::string> slots;
    for (const auto& [slot, n] : s.by_kind_and_slot.at(kind)) slots.push_back(fmt::format("{} {}", slot, n));
    fmt::print(out, "| {} | {} | {} |\n", kind, s.by_kind.at(kind), fmt::join(slots, ", "));
  }
  out << "\n";
  for (const Finding* f : s.attention) {
    fmt::print(out, "- **{}** {} · {} · `{}`: {}\n", f->kind, Md(What(*f)), Md(f->event_label), f->id, Md(f->explanation));
  }
  if (!s.attention.empty()) out << "\n";
}

void WriteFinding(const Analysis& a, const Finding& f, std::ostream& out) {
  fmt::print(out, "### {}: {} · `{}` · rule `{}`\n\n{}\n\n", KindTitle(f.kind), Md(What(f)), f.id, f.rule,
             Md(f.explanation));
  const bool sided = !f.claims.empty() && f.claims.back().side > 0;
  int side = -1;
  for (const FindingClaim& fc : f.claims) {
    if (sided && fc.side != side) {
      side = fc.side;
      fmt::print(out, "- {}:\n", Md(SideTitle(a, f, side)));
    } else if (!sided && side == -1) {
      side = 0;
      out << "- Stated by:\n";
    }
    WriteClaimLine(a, a.claims[fc.claim], out);
  }
  WriteSharedSources(a, f, out);
  out << "\n";
}

// `- event · slot: "quote" (doc, doc); "quote" (doc) · `id``
void WriteAgreementLine(const Analysis& a, const Finding& f, std::ostream& out) {
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
  fmt::print(out, "- {} · {}: {} · `{}`\n", Md(f.event_label), Md(What(f)), fmt::join(parts, "; "), f.id);
}

}  // namespace

void WriteMarkdownReport(const Analysis& a, std::ostream& out, AgreementLayout agreements) {
  const ReportSummary summary = SummarizeFindings(a.findings);
  std::vector<std::string> counts;
  for (const std::string& kind : KindsInOrder(summary)) counts.push_back(fmt::format("{} {}", summary.by_kind.at(kind), Plural(kind)));
  fmt::print(out, "# contraste report\n\n{} documents, {} claims: {}.\n\n", a.documents.size(), a.claims.size(),
             counts.empty() ? "no findings" : fmt::format("{}", fmt::join(counts, ", ")));
  WriteSummary(summary, out);
  out << "## Documents\n\n| id | title | published | outlet | story | numbers | assumed |\n|---|---|---|---|---|---|---|\n";
  for (size_t k = 0; k < a.documents.size(); ++k) {
    const Document& d = a.documents[k];
    std::string story = "—";
    if (k < a.stories.story_of_doc.size()) {
      const Story& s = a.stories.stories[a.stories.story_of_doc[k]];
      story = fmt::format("`{}` ({})", s.id, Md(s.label));
    }
    fmt::print(out, "| `{}` | {} | {} | {} | {} | {} | {} |\n", d.id, Md(d.title),
               d.published ? d.published->ToString() : "unknown", Md(d.outlet), story, Md(LocaleText(d.locale)),
               d.assumptions.empty() ? "—" : Md(fmt::format("{}", fmt::join(d.assumptions, "; "))));
  }
  out << "\n";
  if (!a.skipped.empty()) {
    out << "## Skipped\n\n";
    for (const Error& e : a.skipped) fmt::print(out, "- {}\n", Md(e.ToString()));
    out << "\n";
  }
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
    for (const Finding* f : fs) WriteFinding(a, *f, out);
  }
  if (summary.agreements > 0 && agreements == AgreementLayout::kFolded) {
    fmt::print(out, "## Agreements ({})\n\nOne line each (`--agreements full` shows them in full).\n\n", summary.agreements);
    for (const Finding& f : a.findings) {
      if (f.kind == "agreement") WriteAgreementLine(a, f, out);
    }
    out << "\n";
  } else if (summary.agreements > 0 && agreements == AgreementLayout::kCount) {
    fmt::print(out, "{} agreements, counted only (`--agreements folded` or `full` lists them).\n\n", summary.agreements);
  }
  if (a.findings.empty()) out << "No conflicts or agreements found.\n";
}

}  // namespace contraste
