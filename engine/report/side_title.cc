#include "report/side_title.h"

#include <fmt/format.h>

#include "claims/attribution_finder.h"

namespace contraste {

namespace {

// The first claim of `side` in the finding (claims are sorted by side).
const Claim* FirstOfSide(const Analysis& a, const Finding& f, int side) {
  for (const FindingClaim& fc : f.claims) {
    if (fc.side == side) return &a.claims[fc.claim];
  }
  return nullptr;
}

}  // namespace

std::string SideTitle(const Analysis& a, const Finding& f, int side, const UiText* ui) {
  const Claim* first = FirstOfSide(a, f, side);
  const std::string n = std::to_string(side + 1);
  if (f.kind == "revision" && first) {
    const Document& d = a.documents[first->doc];
    if (!d.published) return ui ? ui->Format("step", {{"n", n}}) : fmt::format("Step {}", n);
    return ui ? ui->Format("step_dated", {{"n", n}, {"date", ui->Date(*d.published)}})
              : fmt::format("Step {} · {}", n, d.published->ToString());
  }
  if (f.kind == "dispute" && first && !first->attribution.empty()) {
    const std::string source = AttributionText(first->attribution);
    return ui ? ui->Format("source", {{"source", source}}) : fmt::format("Source: {}", source);
  }
  return ui ? ui->Format("side", {{"n", n}}) : fmt::format("Side {}", n);
}

}  // namespace contraste
