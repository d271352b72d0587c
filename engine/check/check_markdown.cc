#include <fmt/format.h>
#include <fmt/ostream.h>

#include "check/check_writers.h"
#include "report/markdown_escape.h"

namespace contraste {

namespace {

std::string Md(std::string_view s) { return MarkdownEscape(s); }

void WriteClaim(std::ostream& out, const Analysis& a, const UiText& ui, size_t claim, const std::string& indent) {
  const Claim& c = a.claims[claim];
  const Document& d = a.documents[c.doc];
  std::string_view bytes = d.bytes;
  const size_t s = c.sentence_offset, e = c.sentence_offset + c.sentence_length;
  std::string sentence = "**" + Md(c.quote) + "**";
  if (s <= c.offset && c.offset + c.length <= e && e <= bytes.size()) {
    sentence = Md(bytes.substr(s, c.offset - s)) + sentence + Md(bytes.substr(c.offset + c.length, e - c.offset - c.length));
  }
  fmt::print(out, "{}- \"{}\" — `{}` ({}, {}) {}\n{}  > {}\n", indent, Md(c.quote), d.id, Md(ui.Outlet(d.outlet)),
             Md(d.published ? ui.Date(*d.published) : ui.Label("date_unknown")),
             ui.Format("line_column", {{"line", std::to_string(c.line)}, {"column", std::to_string(c.column)}}), indent,
             sentence);
}

}  // namespace

void WriteCheckMarkdown(const CheckResult& r, std::ostream& out, const UiText& ui) {
  const Analysis& a = r.analysis;
  auto n = [&](size_t count) { return ui.Number(std::to_string(count)); };
  fmt::print(out, "# {}\n\n{}\n", Md(ui.Label("check_title")),
             Md(ui.Format("check_summary", {{"drafts", n(r.drafts.size())},
                                            {"documents", n(a.documents.size() - r.drafts.size())},
                                            {"claims", n(r.verdicts.size())},
                                            {"contradicted", n(r.Count(VerdictKind::kContradicted))},
                                            {"disputed", n(r.Count(VerdictKind::kDisputed))},
                                            {"confirmed", n(r.Count(VerdictKind::kConfirmed))},
                                            {"unchecked", n(r.Count(VerdictKind::kUnchecked))}})));
  for (size_t d = 0; d < a.documents.size(); ++d) {
    if (!r.IsDraft(d)) continue;
    fmt::print(out, "\n## {}\n", ui.Format("draft_heading", {{"path", "`" + a.documents[d].path + "`"},
                                                              {"title", Md(a.documents[d].title)}}));
    for (const Verdict& v : r.verdicts) {
      const Claim& c = a.claims[v.claim];
      if (c.doc != d) continue;
      fmt::print(out, "\n### {}: {} · {}{}\n\n{}\n\n", Md(ui.KindTitle(VerdictName(v.kind))), Md(ClaimSubjectIn(c, ui)),
                 ui.Format("line_column", {{"line", std::to_string(c.line)}, {"column", std::to_string(c.column)}}),
                 v.rule.empty() ? "" : " · " + Md(ui.Label("rule")) + " `" + v.rule + "`", Md(VerdictMessage(r, v)));
      WriteClaim(out, a, ui, v.claim, "");
      if (v.kind == VerdictKind::kConfirmed || (v.kind == VerdictKind::kDisputed && v.contradicting.empty())) {
        for (size_t s = 0; s < v.corpus_sides.size(); ++s) {
          fmt::print(out, "- {}:\n", Md(v.corpus_sides.size() > 1 ? ui.Format("corpus_side", {{"n", std::to_string(s + 1)}})
                                                                  : ui.Label("corpus")));
          for (size_t m : v.corpus_sides[s]) WriteClaim(out, a, ui, m, "  ");
        }
        continue;
      }
      if (!v.confirming.empty()) fmt::print(out, "- {}:\n", Md(ui.Label("compatible_with_draft")));
      for (size_t m : v.confirming) WriteClaim(out, a, ui, m, "  ");
      if (!v.contradicting.empty()) fmt::print(out, "- {}:\n", Md(ui.Label("against_draft")));
      for (size_t m : v.contradicting) WriteClaim(out, a, ui, m, "  ");
    }
  }
}

}  // namespace contraste
