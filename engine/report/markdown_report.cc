#include <fmt/format.h>
#include <fmt/ostream.h>

#include <map>
#include <set>

#include "claims/attribution_finder.h"
#include "report/report_writers.h"
#include "report/locale_text.h"
#include "report/markdown_escape.h"

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

}  // namespace

void WriteMarkdownReport(const Analysis& a, std::ostream& out) {
  size_t conflicts = 0, agreements = 0;
  for (const Finding& f : a.findings) (f.kind == "conflict" ? conflicts : agreements)++;
  fmt::print(out, "# contraste report\n\n{} documents, {} claims: {} conflicts, {} agreements.\n\n",
             a.documents.size(), a.claims.size(), conflicts, agreements);
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
  // Events in the order of their first finding (conflicts sort first).
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Finding*>> by_event;
  for (const Finding& f : a.findings) {
    if (!by_event.count(f.event)) order.push_back(f.event);
    by_event[f.event].push_back(&f);
  }
  for (const std::string& ev : order) {
    const auto& fs = by_event[ev];
    fmt::print(out, "## {}\n\n", Md(fs.front()->event_label));
    for (const Finding* f : fs) {
      std::string what = f->slot + (f->unit.empty() ? "" : " of " + f->unit);
      fmt::print(out, "### {}: {} · `{}` · rule `{}`\n\n{}\n\n", f->kind == "conflict" ? "Conflict" : "Agreement",
                 Md(what), f->id, f->rule, Md(f->explanation));
      int side = -1;
      for (const FindingClaim& fc : f->claims) {
        if (f->kind == "conflict" && fc.side != side) {
          side = fc.side;
          fmt::print(out, "- Side {}:\n", side + 1);
        } else if (f->kind != "conflict" && side == -1) {
          side = 0;
          out << "- Stated by:\n";
        }
        WriteClaimLine(a, a.claims[fc.claim], out);
      }
      WriteSharedSources(a, *f, out);
      out << "\n";
    }
  }
  if (a.findings.empty()) out << "No conflicts or agreements found.\n";
}

}  // namespace contraste
