#include "graph/group_relations.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <string_view>

#include "core/work_count.h"
#include "graph/comparison_gates.h"
#include "graph/pairwise_relations.h"
#include "graph/value_sweep.h"

namespace contraste {

namespace {

// Groups of at most this many claims find their distinct values by scanning, not hashing.
constexpr size_t kScanValues = 8;

void FindDistinctValues(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out) {
  out.first_of.clear();
  out.value_of.clear();
  out.index_.clear();
  const bool scan = group.claims.size() <= kScanValues;
  for (size_t v : group.claims) {
    size_t found = out.first_of.size();
    if (scan) {
      for (size_t a = 0; a < out.first_of.size(); ++a) {
        if (SameValue(claims[out.first_of[a]], claims[v])) {
          found = a;
          break;
        }
      }
    } else {
      found = out.index_.emplace(ValueKey{&claims[v]}, out.first_of.size()).first->second;
    }
    if (found == out.first_of.size()) out.first_of.push_back(v);
    out.value_of.push_back(found);
  }
}

// The gate classes of the values (SameGate) and how values of two classes conflict, into `in`;
// false when the classes do not hold all that the gates read (graph/comparison_gates.h:
// GateReadsMoments; GateReadsValues, unless the intervals related are the values as stated, so
// that which one lies above the other is what the gate reads) or there are more than
// kMaxSweepGateClasses.
bool GateClassesOf(const std::vector<Claim>& claims, const std::vector<size_t>& first_of, bool intervals_as_stated,
                   SweepInput& in) {
  std::vector<size_t> representative;  // per class: its first value's claim
  if (!GateClasses(claims, first_of, kMaxSweepGateClasses, &in.gate_class, &representative)) return false;
  std::vector<char> one_moment(representative.size(), 1);  // per class: all its values are of one moment
  for (size_t v = 0; v < first_of.size(); ++v) {
    const size_t p = in.gate_class[v];
    one_moment[p] = one_moment[p] && claims[representative[p]].when == claims[first_of[v]].when;
  }
  const size_t k = representative.size();
  in.classes = k;
  in.conflict_above.assign(k * k, AboveConflict::kNever);
  // Values a gate keeps from conflicting (another moment of a toll, another source) still exclude
  // each other: a value overlapping both bridges them. Only an unsaid subject excludes nothing.
  in.exclusive_above.assign(k * k, AboveConflict::kDisjoint);
  for (size_t p = 0; p < k; ++p) {
    for (size_t q = 0; q < k; ++q) {
      const Claim& a = claims[representative[p]];
      const Claim& b = claims[representative[q]];
      if (a.agree_only || b.agree_only) in.exclusive_above[p * k + q] = AboveConflict::kNever;
      if (GateReadsMoments(a, b) && !(one_moment[p] && one_moment[q])) return false;
      if (GateReadsValues(a, b)) {
        if (!intervals_as_stated) return false;
        if (ConflictsWhenAbove(a, b)) in.conflict_above[p * k + q] = AboveConflict::kStrictlyAbove;
      } else if (GateOf(a, b) == Gate::kNone) {
        in.conflict_above[p * k + q] = AboveConflict::kDisjoint;
      }
    }
  }
  return true;
}

// The intervals the sweep relates, into `in`; false when the rule or a value is no interval.
bool SweepIntervals(const std::vector<Claim>& claims, const ComparisonRule& rule, const std::vector<size_t>& first_of,
                    SweepInput& in) {
  in.intervals.resize(first_of.size());
  switch (rule.shape()) {
    case ComparisonRule::Shape::kPairwise:
      return false;
    case ComparisonRule::Shape::kIntervals:
      for (size_t v = 0; v < first_of.size(); ++v) {
        in.intervals[v] = rule.ValueInterval(claims[first_of[v]]);
        if (!SweepableInterval(in.intervals[v])) return false;
      }
      return true;
    case ComparisonRule::Shape::kEqualValues: {
      // Each value's rank among the values' texts, as a point: equal texts, equal points.
      std::vector<size_t> order(first_of.size());
      std::iota(order.begin(), order.end(), size_t{0});
      auto text = [&](size_t v) -> const std::string& { return claims[first_of[v]].value; };
      std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return text(a) < text(b); });
      double rank = 0;
      for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && text(order[i]) != text(order[i - 1])) ++rank;
        in.intervals[order[i]] = Interval::Point(rank);
      }
      return true;
    }
  }
  return false;
}

// Relates the values by sorting them (graph/value_sweep.h), when that gives what the pairs give.
bool RelateBySweep(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out) {
  if (group.rule->spec().co_stated_compatible) return false;
  SweepInput in;
  if (!SweepIntervals(claims, *group.rule, out.first_of, in)) return false;
  bool as_stated = group.rule->shape() == ComparisonRule::Shape::kIntervals;
  for (size_t v = 0; v < out.first_of.size() && as_stated; ++v) {
    const Interval& stated = claims[out.first_of[v]].interval;
    as_stated = SameBounds(in.intervals[v], stated);
  }
  if (!GateClassesOf(claims, out.first_of, as_stated, in)) return false;
  SweepOutcome swept;
  SweepValues(in, swept);
  out.swept = true;
  out.rel.clear();
  out.bridges = std::move(swept.bridges);
  out.consensus = std::move(swept.consensus);
  out.in_conflict = std::move(swept.in_conflict);
  out.agreeing.clear();
  for (auto [a, b] : swept.agreeing) {
    if (a > b) std::swap(a, b);
    const Relation r = group.rule->Compare(claims[out.first_of[a]], claims[out.first_of[b]]);
    ++out.comparisons;
    out.agreeing.push_back({a, b, r});
  }
  return true;
}

}  // namespace

bool Agreeing(Relation r) { return r == Relation::kAgrees || r == Relation::kRefines; }

uint64_t ValueKey::Bits(double d) {
  if (std::isnan(d)) return std::signbit(d) ? 1 : 2;
  return std::bit_cast<uint64_t>(d);
}

size_t ValueKeyHash::operator()(const ValueKey& v) const noexcept {
  const Claim& c = *v.claim;
  size_t h = std::hash<std::string_view>{}(c.value);
  auto mix = [&](uint64_t x) { h ^= std::hash<uint64_t>{}(x) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); };
  mix(std::hash<std::string_view>{}(c.hedge));
  mix(ValueKey::Bits(c.interval.lo));
  mix(ValueKey::Bits(c.interval.hi));
  mix((c.interval.lo_open ? 1u : 0u) | (c.interval.hi_open ? 2u : 0u));
  return h;
}

bool SameValue(const Claim& a, const Claim& b) {
  // Claims whose gates differ (graph/comparison_gates.h: another moment of a cumulative count,
  // other sources) are compared apart even with the same value.
  return a.value == b.value && SameGate(a, b) && a.hedge == b.hedge && ValueKey::Bits(a.interval.lo) == ValueKey::Bits(b.interval.lo) &&
         ValueKey::Bits(a.interval.hi) == ValueKey::Bits(b.interval.hi) && a.interval.lo_open == b.interval.lo_open &&
         a.interval.hi_open == b.interval.hi_open;
}

void RelateGroup(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out) {
  FindDistinctValues(claims, group, out);
  out.claims_ = &claims;
  out.rule_ = group.rule;
  out.swept = false;
  if (RelateBySweep(claims, group, out)) {
    ++work_count.groups_swept;
  } else {
    ++work_count.groups_paired;
    RelatePairwise(claims, group, out);
  }
}

GroupRelations RelateGroup(const std::vector<Claim>& claims, const ComparisonGroup& group) {
  GroupRelations out;
  RelateGroup(claims, group, out);
  return out;
}

Relation GroupRelations::Between(size_t member_a, size_t member_b) const {
  const size_t a = value_of[member_a], b = value_of[member_b];
  if (!swept) return rel[a * first_of.size() + b];
  if (a == b) return Relation::kAgrees;
  // As the pairs are compared: the earlier value against the later one.
  const Claim& x = (*claims_)[first_of[std::min(a, b)]];
  const Claim& y = (*claims_)[first_of[std::max(a, b)]];
  const Relation r = GateRelation(x, y, rule_->Compare(x, y));
  return (bridges[a] || bridges[b]) && Agreeing(r) ? Relation::kCompatible : r;
}

}  // namespace contraste
