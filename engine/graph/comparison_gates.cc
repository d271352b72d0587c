#include "graph/comparison_gates.h"

#include <algorithm>

namespace contraste {

namespace {

// True when the two claims name sources and no source of one is a source of the other.
bool DifferentSources(const Claim& a, const Claim& b) {
  if (a.attribution.empty() || b.attribution.empty()) return false;
  for (const EntityRef& x : a.attribution) {
    for (const EntityRef& y : b.attribution) {
      if (x.id == y.id) return false;
    }
  }
  return true;
}

// The gate of time alone, told by `later_below(early, late)` whether the later of two counts over
// time lies wholly below the earlier one: kRevision when the two figures are moments of a figure
// that moves (see GateOf), else kNone.
template <typename LaterBelow>
Gate TimeGate(const Claim& a, const Claim& b, LaterBelow later_below) {
  if (a.when == Claim::kUnknownTime || b.when == Claim::kUnknownTime || a.when == b.when) return Gate::kNone;
  // One side says the figure changed ("la inversión sube a 142,3 millones"): the other, given at
  // another time, is the value before or after the change.
  if (a.changed || b.changed) return Gate::kRevision;
  if (!a.cumulative || !b.cumulative) return Gate::kNone;
  // A current count (the missing, the evacuated) moves either way.
  if (a.current || b.current) return Gate::kRevision;
  const Claim& early = a.when < b.when ? a : b;
  const Claim& late = a.when < b.when ? b : a;
  // The later count is not below the earlier one: it grew. Below it, only a stated correction
  // makes it a revision.
  return !later_below(early, late) || late.corrects ? Gate::kRevision : Gate::kNone;
}

// GateOf, told by `later_below` what TimeGate reads of the values.
template <typename LaterBelow>
Gate GateWith(const Claim& a, const Claim& b, LaterBelow later_below) {
  if (a.agree_only || b.agree_only) return Gate::kUnsaid;
  // A figure that moves over time, given at two moments, is read as a timeline first: a later
  // figure from another source is the count as it stood then (the agency's 14 on Sunday morning,
  // the institute's 52 on Monday), not two sources disputing one figure.
  const Gate time = TimeGate(a, b, later_below);
  if (time == Gate::kNone && DifferentSources(a, b)) return Gate::kDispute;
  return time;
}

}  // namespace

Gate GateOf(const Claim& a, const Claim& b) {
  return GateWith(a, b, [](const Claim& early, const Claim& late) { return !(late.interval.hi >= early.interval.lo); });
}

Gate GateOfOrdered(const Claim& a, const Claim& b, bool a_below_b, bool b_below_a) {
  return GateWith(a, b, [&](const Claim&, const Claim& late) { return &late == &a ? a_below_b : b_below_a; });
}

bool ConflictsWhenAbove(const Claim& a, const Claim& b) { return GateOfOrdered(a, b, false, true) == Gate::kNone; }

Relation GateRelation(const Claim& a, const Claim& b, Relation verdict) {
  if (verdict != Relation::kConflicts) return verdict;
  return GateOf(a, b) == Gate::kNone ? verdict : Relation::kCompatible;
}

bool SameGate(const Claim& a, const Claim& b) {
  if (a.agree_only != b.agree_only || a.cumulative != b.cumulative || a.current != b.current) return false;
  if ((a.changed || b.changed) && (a.changed != b.changed || a.when != b.when)) return false;
  if (a.cumulative && (a.when != b.when || a.corrects != b.corrects)) return false;
  if (a.attribution.size() != b.attribution.size()) return false;
  for (size_t k = 0; k < a.attribution.size(); ++k) {
    if (a.attribution[k].id != b.attribution[k].id) return false;
  }
  return true;
}

bool GateClasses(const std::vector<Claim>& claims, const std::vector<size_t>& members, size_t max_classes,
                 std::vector<uint32_t>* class_of, std::vector<size_t>* representatives) {
  class_of->resize(members.size());
  representatives->clear();
  for (size_t m = 0; m < members.size(); ++m) {
    const Claim& c = claims[members[m]];
    size_t p = 0;
    while (p < representatives->size() && !SameGate(claims[(*representatives)[p]], c)) ++p;
    if (p == representatives->size()) {
      if (p == max_classes) return false;
      representatives->push_back(members[m]);
    }
    (*class_of)[m] = static_cast<uint32_t>(p);
  }
  return true;
}

bool GateReadsMoments(const Claim& a, const Claim& b) { return a.changed || b.changed; }

bool GateReadsValues(const Claim& a, const Claim& b) {
  return a.cumulative && b.cumulative && !a.current && !b.current && a.when != Claim::kUnknownTime &&
         b.when != Claim::kUnknownTime && a.when != b.when;
}

}  // namespace contraste
