#include "report/side_title.h"

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

std::string SideTitle(const Analysis& a, const Finding& f, int side, const UiText& ui) {
  const Claim* first = FirstOfSide(a, f, side);
  const std::string n = std::to_string(side + 1);
  if (f.kind == "revision" && first) {
    const Document& d = a.documents[first->doc];
    if (!d.published) return ui.Format("step", {{"n", n}});
    return ui.Format("step_dated", {{"n", n}, {"date", ui.Date(*d.published)}});
  }
  if (f.kind == "dispute" && first && !first->attribution.empty()) {
    return ui.Format("source", {{"source", AttributionText(first->attribution)}});
  }
  return ui.Format("side", {{"n", n}});
}

}  // namespace contraste
