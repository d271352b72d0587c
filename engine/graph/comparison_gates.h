// When two figures that a rule says cannot both be true are no conflict between articles
// (issue 15): figures of a cumulative measure given at different moments (a toll of 8 in the
// morning and 21 at night) are a revision, unless the later one is lower and its sentence does not
// say it corrects the count (Claim::corrects); figures of a current count (the missing, the
// evacuated: Claim::current) at different moments are a revision whichever way they moved, whoever
// gives them (the timeline is read first); other figures that the articles attribute to different
// sources ("según la policía", "según los organizadores") are the sources disagreeing, not the
// articles. A figure with no source is compared with all.
//
//   Relation r = GateRelation(a, b, rule.Compare(a, b));
//   SameGate(a, b)  // claims with the same value and different gates are compared apart
#pragma once

#include <cstdint>
#include <vector>

#include "claims/claim.h"
#include "rules/comparison_rule.h"

namespace contraste {

// Why two figures a rule finds incompatible are no conflict between the articles.
enum class Gate {
  kNone,      // they conflict
  kRevision,  // a cumulative count at two moments, the later not below the earlier (or corrected)
  kDispute,   // different sources give them
  kUnsaid,    // what one of them is of is unsaid (Claim::agree_only): no finding
};

// The gate that applies to a conflict between `a` and `b` (kNone: it stays a conflict).
Gate GateOf(const Claim& a, const Claim& b);

// `verdict` (the rule's), or kCompatible when a conflict is a revision or a dispute of sources.
Relation GateRelation(const Claim& a, const Claim& b, Relation verdict);

// Whether the gates read the same of both claims (the same unsaid-ness, moment of a cumulative
// count and correction, and sources): claims that state one value and differ here are compared
// apart.
bool SameGate(const Claim& a, const Claim& b);

// The gate classes of `members` (indices into `claims`): claims SameGate holds alike share one, and
// two claims of one class are never a revision or a dispute (GateOf is kNone or kUnsaid). Classes
// are numbered in order of first member, each represented by that member; false (and the output
// incomplete) when there would be more than `max_classes`.
bool GateClasses(const std::vector<Claim>& claims, const std::vector<size_t>& members, size_t max_classes,
                 std::vector<uint32_t>* class_of, std::vector<size_t>* representatives);

// Whether GateOf(a, b) may read more of two claims than SameGate holds alike in its classes:
// their moments, when one says the figure changed (a claim that does not may share its class with
// claims of other moments); their values, when both are counts over time given at two moments (a
// later count below the earlier is a conflict). Relating values by the gate classes of SameGate
// (graph/value_sweep.h) is exact where the classes hold all that GateOf reads, or, for values,
// ConflictsWhenAbove says which of the two must lie above.
bool GateReadsMoments(const Claim& a, const Claim& b);
bool GateReadsValues(const Claim& a, const Claim& b);

// Whether a conflict between `a` and `b` stands (GateOf kNone) when `a` lies wholly above `b` (its
// lower bound above b's upper bound): for counts over time, when `a` is the earlier and the later
// `b` does not say it corrects it; otherwise as GateOf, which does not read the values.
bool ConflictsWhenAbove(const Claim& a, const Claim& b);

// GateOf, told whether `a` lies wholly below `b` (its upper bound below b's lower bound, as
// numbers) and whether `b` lies wholly below `a`, instead of reading their values.
Gate GateOfOrdered(const Claim& a, const Claim& b, bool a_below_b, bool b_below_a);

}  // namespace contraste
