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

std::string SideTitle(const Analysis& a, const Finding& f, int side) {
  const Claim* first = FirstOfSide(a, f, side);
  if (f.kind == "revision" && first) {
    const Document& d = a.documents[first->doc];
    if (!d.published) return fmt::format("Step {}", side + 1);
    return fmt::format("Step {} · {}", side + 1, d.published->ToString());
  }
  if (f.kind == "dispute" && first && !first->attribution.empty()) {
    return fmt::format("Source: {}", AttributionText(first->attribution));
  }
  return fmt::format("Side {}", side + 1);
}

}  // namespace contraste
