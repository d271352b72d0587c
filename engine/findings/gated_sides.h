// Which sides (consensus groups) of one comparison group take part in a revision or a dispute: two
// sides whose first claims the rule finds in conflict and a gate keeps from being a conflict (a
// count that moved over time, sources that disagree: graph/comparison_gates.h). Sides whose first
// claims share a gate class never are, so only sides of two classes are compared.
//
// For a rule of intervals (ComparisonRule::shape) whose sides' intervals are sweepable, and gates
// the classes decide (told, for counts over time, which value lies below: GateOfOrdered), each side
// asks of each other class whether a side of it lies wholly below it, wholly above it, or apart
// from it at one number only (an open end): four binary searches in that class's bounds, and the
// class pair's gate for each case. O(k n log n) for n sides of k classes, where every pair of sides
// of two classes was asked (one event, two days of a toll, 10,000 sides: 25 M pairs). Otherwise
// (other rules, values that are no interval, moments the classes do not hold, more than
// kMaxSweepGateClasses classes) every such pair is asked.
//
//   GatedSides g = FindGatedSides(claims, rule, sides);  // g.revised[s], g.disputed[s]
#pragma once

#include <cstddef>
#include <vector>

#include "claims/claim.h"
#include "rules/comparison_rule.h"

namespace contraste {

struct GatedSides {
  std::vector<char> revised;   // per side: in a revision with another side
  std::vector<char> disputed;  // per side: in a dispute of sources with another side
};

GatedSides FindGatedSides(const std::vector<Claim>& claims, const ComparisonRule& rule,
                          const std::vector<std::vector<size_t>>& sides);

}  // namespace contraste
