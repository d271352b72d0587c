// Steps of a timeline that no rule finds in conflict (issue 15): a count given open-ended at first
// ("al menos dos muertos", "more than 700 dead", "varios heridos") and as a higher figure later
// ("tres muertos", "248 heridos") agrees with it as intervals, so both fall on one side (consensus
// group) of their comparison group; yet the later figure moved the count on. Within one side, the
// claims of a figure that moves over time (Claim::cumulative, with a moment) are grouped by value
// (its interval and hedge, whatever noun counts it)
// and ordered by the first moment each value is given at; a value whose interval is open above and
// a later value whose lower bound lies above its lower bound are two steps of a revision. A value
// restated later, or a later value that narrows nothing upwards ("unos 12" after "al menos 12"
// does not raise the floor), makes no step.
//
//   std::vector<std::vector<size_t>> steps = HedgedSteps(claims, side);  // empty, or 2+ steps
#pragma once

#include <cstddef>
#include <vector>

#include "claims/claim.h"

namespace contraste {

// The steps of `side` (claim indices, in claim order), in time order, each holding the side's
// claims of one value; empty when the side holds no such step.
std::vector<std::vector<size_t>> HedgedSteps(const std::vector<Claim>& claims, const std::vector<size_t>& side);

}  // namespace contraste
