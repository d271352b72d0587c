#include <fmt/format.h>
#include <fmt/ostream.h>

#include "check/check_writers.h"
#include "report/markdown_escape.h"

namespace contraste {

namespace {

std::string Md(std::string_view s) { return MarkdownEscape(s); }

void WriteClaim(std::ostream& out, const Analysis& a, size_t claim, const std::string& indent) {
  const Claim& c = a.claims[claim];
  const Document& d = a.documents[c.doc];
  std::string_view bytes = d.bytes;
  const size_t s = c.sentence_offset, e = c.sentence_offset + c.sentence_length;
  std::string sentence = "**" + Md(c.quote) + "**";
  if (s <= c.offset && c.offset + c.length <= e && e <= bytes.size()) {
    sentence = Md(bytes.substr(s, c.offset - s)) + sentence + Md(bytes.substr(c.offset + c.length, e - c.offset - c.length));
  }
  fmt::print(out, "{}- \"{}\" — `{}` ({}, {}) line {}, col {}\n{}  > {}\n", indent, Md(c.quote), d.id, Md(d.outlet),
             d.published ? d.published->ToString() : "date unknown", c.line, c.column, indent, sentence);
}

}  // namespace

void WriteCheckMarkdown(const CheckResult& r, std::ostream& out) {
  const Analysis& a = r.analysis;
  fmt::print(out, "# contraste check\n\n{} draft(s) against {} corpus documents, {} claims: {} contradicted, {} disputed, "
                  "{} confirmed, {} unchecked.\n",
             r.drafts.size(), a.documents.size() - r.drafts.size(), r.verdicts.size(),
             r.Count(VerdictKind::kContradicted), r.Count(VerdictKind::kDisputed), r.Count(VerdictKind::kConfirmed),
             r.Count(VerdictKind::kUnchecked));
  for (size_t d = 0; d < a.documents.size(); ++d) {
    if (!r.IsDraft(d)) continue;
    fmt::print(out, "\n## Draft `{}`: {}\n", a.documents[d].path, Md(a.documents[d].title));
    for (const Verdict& v : r.verdicts) {
      const Claim& c = a.claims[v.claim];
      if (c.doc != d) continue;
      fmt::print(out, "\n### {}: {} · line {}, col {}{}\n\n{}\n\n", VerdictName(v.kind), Md(ClaimSubject(c)), c.line,
                 c.column, v.rule.empty() ? "" : " · rule `" + v.rule + "`", Md(VerdictMessage(r, v)));
      WriteClaim(out, a, v.claim, "");
      if (v.kind == VerdictKind::kConfirmed || (v.kind == VerdictKind::kDisputed && v.contradicting.empty())) {
        for (size_t s = 0; s < v.corpus_sides.size(); ++s) {
          fmt::print(out, "- Corpus{}:\n", v.corpus_sides.size() > 1 ? fmt::format(", side {}", s + 1) : "");
          for (size_t m : v.corpus_sides[s]) WriteClaim(out, a, m, "  ");
        }
        continue;
      }
      if (!v.confirming.empty()) out << "- Compatible with the draft:\n";
      for (size_t m : v.confirming) WriteClaim(out, a, m, "  ");
      if (!v.contradicting.empty()) out << "- Against the draft:\n";
      for (size_t m : v.contradicting) WriteClaim(out, a, m, "  ");
    }
  }
}

}  // namespace contraste
