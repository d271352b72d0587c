#include <fmt/format.h>
#include <fmt/ostream.h>

#include "report/baseline.h"
#include "report/markdown_escape.h"

namespace contraste {

namespace {

std::string Md(std::string_view s) { return MarkdownEscape(s); }

// "versiones: 2 reconocidas, 3 ahora; valor nuevo PT5H; documento nuevo `005_x`".
std::string ChangesIn(const std::vector<SideChange>& changes, const UiText& ui) {
  std::vector<std::string> parts;
  for (const SideChange& c : changes) {
    switch (c.kind) {
      case SideChange::Kind::kSides:
        parts.push_back(ui.Format("change_sides", {{"acknowledged", ui.Number(std::to_string(c.acknowledged))},
                                                   {"now", ui.Number(std::to_string(c.now))}}));
        break;
      case SideChange::Kind::kValue: parts.push_back(ui.Format("change_value", {{"value", "`" + c.item + "`"}})); break;
      case SideChange::Kind::kDocument:
        parts.push_back(ui.Format("change_document", {{"document", "`" + c.item + "`"}}));
        break;
    }
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

// "reconocido por ana el 2026-11-27 (las dos cifras son oficiales)".
std::string AcknowledgedBy(const BaselineEntry& e, const UiText& ui) {
  return ui.Format("acknowledged_by", {{"who", Md(e.who)}, {"when", Md(e.when)}, {"why", Md(e.why)}});
}

}  // namespace

void WriteBaselineMarkdown(const BaselineOutcome& o, std::ostream& out, const UiText& ui) {
  auto n = [&](size_t count) { return ui.Number(std::to_string(count)); };
  fmt::print(out, "## {}\n\n{}\n", Md(ui.Label("baseline_heading")),
             ui.Format("baseline_hidden", {{"n", n(o.hidden.size())}, {"file", "`" + o.path + "`"}}));
  if (!o.changed.empty()) {
    fmt::print(out, "\n{}\n\n", ui.Format("baseline_changed", {{"n", n(o.changed.size())}}));
    for (const BaselineChange& c : o.changed) {
      fmt::print(out, "- **{}** `{}` {} {} — {}: {}; {}\n", Md(ui.Label("baseline_changed_word")), c.entry.id,
                 Md(ui.Kind(c.entry.kind)), c.entry.rule, Md(c.entry.event), AcknowledgedBy(c.entry, ui),
                 ui.Format("baseline_now", {{"changes", ChangesIn(c.changes, ui)}}));
    }
  }
  if (o.unrecorded > 0) fmt::print(out, "\n{}\n", ui.Format("baseline_unrecorded", {{"n", n(o.unrecorded)}}));
  if (o.stale.empty()) {
    fmt::print(out, "{}\n", Md(ui.Label("baseline_no_stale")));
    return;
  }
  fmt::print(out, "\n{}\n\n", ui.Format("baseline_stale", {{"n", n(o.stale.size())}}));
  for (const BaselineEntry& e : o.stale) {
    fmt::print(out, "- `{}` {} {} — {}: {}\n", e.id, Md(ui.Kind(e.kind)), e.rule, Md(e.event), AcknowledgedBy(e, ui));
  }
}

}  // namespace contraste
