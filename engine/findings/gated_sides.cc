#include "findings/gated_sides.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

#include "core/work_count.h"
#include "graph/comparison_gates.h"
#include "graph/group_relations.h"
#include "graph/value_sweep.h"

namespace contraste {

namespace {

void Mark(Gate gate, size_t side, GatedSides& out) {
  if (gate == Gate::kRevision) out.revised[side] = 1;
  if (gate == Gate::kDispute) out.disputed[side] = 1;
}

// Every pair of sides of two classes: the gate of their first claims, then the rule.
void PairSides(const std::vector<Claim>& claims, const ComparisonRule& rule, const std::vector<size_t>& fronts,
               const std::vector<std::vector<size_t>>& by_class, GatedSides& out) {
  for (size_t p = 0; p < by_class.size(); ++p) {
    for (size_t q = p + 1; q < by_class.size(); ++q) {
      for (size_t s : by_class[p]) {
        for (size_t t : by_class[q]) {
          const Claim& a = claims[fronts[std::min(s, t)]];
          const Claim& b = claims[fronts[std::max(s, t)]];
          const Gate gate = GateOf(a, b);
          ++work_count.side_pairs_gated;
          if (gate == Gate::kNone || gate == Gate::kUnsaid || rule.Compare(a, b) != Relation::kConflicts) continue;
          Mark(gate, s, out);
          Mark(gate, t, out);
        }
      }
    }
  }
}

// Figures one article gives at one moment from two sources ("two deaths, the authorities said", "at
// least 23, the institute estimates") are two counts, whatever other articles gave before: their
// sides are disputed even where the sides' first claims (an earlier article's) read as two steps of
// a timeline. Claims are bucketed by article and moment; a bucket of more than kMostCoStated
// claims is left as it is (its pairs grow with its square).
constexpr size_t kMostCoStated = 64;

void MarkCoStatedDisputes(const std::vector<Claim>& claims, const ComparisonRule& rule,
                          const std::vector<std::vector<size_t>>& sides, GatedSides& out) {
  if (sides.size() < 2) return;
  std::map<std::pair<size_t, int64_t>, std::vector<std::pair<size_t, size_t>>> buckets;  // -> (claim, side)
  for (size_t s = 0; s < sides.size(); ++s) {
    for (size_t c : sides[s]) {
      const Claim& x = claims[c];
      if (x.attribution.empty() || x.when == Claim::kUnknownTime) continue;
      buckets[{x.doc, x.when}].emplace_back(c, s);
    }
  }
  for (const auto& [moment, members] : buckets) {
    if (members.size() < 2 || members.size() > kMostCoStated) continue;
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = i + 1; j < members.size(); ++j) {
        const auto [a, s] = members[i];
        const auto [b, t] = members[j];
        if (s == t || (out.disputed[s] && out.disputed[t])) continue;
        if (GateOf(claims[a], claims[b]) != Gate::kDispute || rule.Compare(claims[a], claims[b]) != Relation::kConflicts) continue;
        out.disputed[s] = 1;
        out.disputed[t] = 1;
      }
    }
  }
}

// The sides' intervals, when the rule is one of intervals, each is sweepable and the classes hold
// what the gates read; else empty.
std::vector<Interval> SweepableSides(const std::vector<Claim>& claims, const ComparisonRule& rule,
                                     const std::vector<size_t>& fronts, const std::vector<uint32_t>& side_class,
                                     const std::vector<size_t>& representative) {
  if (rule.shape() != ComparisonRule::Shape::kIntervals || representative.size() > kMaxSweepGateClasses) return {};
  std::vector<Interval> intervals(fronts.size());
  bool as_stated = true;
  std::vector<char> one_moment(representative.size(), 1);
  for (size_t s = 0; s < fronts.size(); ++s) {
    const Claim& c = claims[fronts[s]];
    intervals[s] = rule.ValueInterval(c);
    if (!SweepableInterval(intervals[s])) return {};
    as_stated = as_stated && SameBounds(intervals[s], c.interval);
    one_moment[side_class[s]] = one_moment[side_class[s]] && claims[representative[side_class[s]]].when == c.when;
  }
  for (size_t p = 0; p < representative.size(); ++p) {
    for (size_t q = 0; q < representative.size(); ++q) {
      const Claim& a = claims[representative[p]];
      const Claim& b = claims[representative[q]];
      if (GateReadsMoments(a, b) && !(one_moment[p] && one_moment[q])) return {};
      if (GateReadsValues(a, b) && !as_stated) return {};
    }
  }
  return intervals;
}

}  // namespace

GatedSides FindGatedSides(const std::vector<Claim>& claims, const ComparisonRule& rule,
                          const std::vector<std::vector<size_t>>& sides) {
  GatedSides out;
  out.revised.assign(sides.size(), 0);
  out.disputed.assign(sides.size(), 0);
  std::vector<size_t> fronts, representative;
  for (const auto& side : sides) fronts.push_back(side.front());
  std::vector<uint32_t> side_class;
  GateClasses(claims, fronts, fronts.size(), &side_class, &representative);
  const size_t k = representative.size();
  std::vector<std::vector<size_t>> by_class(k);
  for (size_t s = 0; s < sides.size(); ++s) by_class[side_class[s]].push_back(s);
  MarkCoStatedDisputes(claims, rule, sides, out);
  const std::vector<Interval> intervals = SweepableSides(claims, rule, fronts, side_class, representative);
  if (intervals.empty()) {
    PairSides(claims, rule, fronts, by_class, out);
    return out;
  }
  // Per class, its sides' lower and upper bounds, sorted.
  std::vector<std::vector<BoundKey>> lower(k), upper(k);
  for (size_t s = 0; s < sides.size(); ++s) {
    lower[side_class[s]].push_back(LowerKeyOf(intervals[s]));
    upper[side_class[s]].push_back(UpperKeyOf(intervals[s]));
  }
  for (size_t p = 0; p < k; ++p) {
    std::sort(lower[p].begin(), lower[p].end());
    std::sort(upper[p].begin(), upper[p].end());
  }
  for (size_t s = 0; s < sides.size(); ++s) {
    const size_t p = side_class[s];
    const BoundKey from = LowerKeyOf(intervals[s]), to = UpperKeyOf(intervals[s]);
    const BoundKey below_number{from.at, -1};  // the lowest key at s's lower number
    const BoundKey above_number{to.at, 1};     // the highest key at s's upper number
    for (size_t q = 0; q < k; ++q) {
      if (q == p) continue;
      const std::vector<BoundKey>& lo = lower[q];
      const std::vector<BoundKey>& hi = upper[q];
      ++work_count.side_pairs_gated;
      // A side of q wholly below s as numbers; wholly above; apart only at one number (its upper
      // key below s's lower key at s's lower number, or its lower key above s's upper key at s's
      // upper number).
      const bool below = hi.front() < below_number;
      const bool above = above_number < lo.back();
      const auto touch_below = std::lower_bound(hi.begin(), hi.end(), below_number);
      const auto touch_above = std::upper_bound(lo.begin(), lo.end(), to);
      const bool touching = (touch_below != hi.end() && *touch_below < from) ||
                            (touch_above != lo.end() && !(above_number < *touch_above));
      const Claim& mine = claims[representative[p]];
      const Claim& theirs = claims[representative[q]];
      if (below) Mark(GateOfOrdered(mine, theirs, false, true), s, out);
      if (above) Mark(GateOfOrdered(mine, theirs, true, false), s, out);
      if (touching) Mark(GateOfOrdered(mine, theirs, false, false), s, out);
    }
  }
  return out;
}

}  // namespace contraste
