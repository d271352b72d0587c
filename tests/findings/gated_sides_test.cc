// The sides in a revision or a dispute found by bounds (findings/gated_sides.h) are those that
// asking every pair of sides finds (the gate of their first claims, then the rule), on random
// sides mixing points, ranges and open ends, sources, unsaid subjects, counts over time at several
// moments (rising, falling, corrected, current) and figures said to have changed.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "core/work_count.h"
#include "findings/gated_sides.h"
#include "graph/comparison_gates.h"

using namespace contraste;

namespace {

// What every pair of sides gives: the definition FindGatedSides must meet.
GatedSides EveryPair(const std::vector<Claim>& claims, const ComparisonRule& rule,
                     const std::vector<std::vector<size_t>>& sides) {
  GatedSides out{std::vector<char>(sides.size(), 0), std::vector<char>(sides.size(), 0)};
  for (size_t s = 0; s < sides.size(); ++s) {
    for (size_t t = s + 1; t < sides.size(); ++t) {
      const Claim& a = claims[sides[s].front()];
      const Claim& b = claims[sides[t].front()];
      const Gate gate = GateOf(a, b);
      if (gate == Gate::kNone || gate == Gate::kUnsaid || rule.Compare(a, b) != Relation::kConflicts) continue;
      std::vector<char>& mark = gate == Gate::kRevision ? out.revised : out.disputed;
      mark[s] = mark[t] = 1;
    }
  }
  return out;
}

Claim RandomClaim(std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  Claim c;
  const double a = pick(0, 16) * 0.5, b = a + pick(0, 4) * 0.5;
  switch (pick(0, 4)) {
    case 0: c.interval = Interval::Point(a); break;
    case 1: c.interval = Interval::Between(a, b); break;
    case 2: c.interval = Interval::Above(a); break;
    default: c.interval = Interval{a, b + 0.5, pick(0, 1) == 1, pick(0, 1) == 1};
  }
  c.value = c.interval.ToString();
  const int source = pick(0, 5);
  if (source == 1) c.attribution = {EntityRef{"police", "", "", ""}};
  if (source == 2) c.attribution = {EntityRef{"organisers", "", "", ""}};
  c.agree_only = pick(0, 11) == 0;
  c.cumulative = pick(0, 1) == 1;
  c.current = c.cumulative && pick(0, 7) == 0;
  c.corrects = c.cumulative && pick(0, 5) == 0;
  c.changed = pick(0, 15) == 0;
  c.when = pick(0, 8) == 0 ? Claim::kUnknownTime : pick(1, 3);
  return c;
}

RuleSpec SpecOf(double tolerance) {
  RuleSpec spec;
  spec.id = "interval_overlap";
  spec.kind = "interval_overlap";
  spec.tolerance = tolerance;
  return spec;
}

}  // namespace

TEST_CASE("the sides in revisions and disputes are those every pair of sides gives") {
  std::mt19937 rng(15);
  for (double tolerance : {0.0, 0.05}) {
    CAPTURE(tolerance);
    auto rule = MakeIntervalOverlapRule(SpecOf(tolerance));
    size_t marked = 0;
    for (int trial = 0; trial < 1500; ++trial) {
      std::vector<Claim> claims(static_cast<size_t>(std::uniform_int_distribution<int>(2, 30)(rng)));
      std::vector<std::vector<size_t>> sides;
      for (size_t i = 0; i < claims.size(); ++i) {
        claims[i] = RandomClaim(rng);
        sides.push_back({i});
      }
      const GatedSides fast = FindGatedSides(claims, *rule, sides);
      const GatedSides exact = EveryPair(claims, *rule, sides);
      CHECK(fast.revised == exact.revised);
      CHECK(fast.disputed == exact.disputed);
      for (char r : exact.revised) marked += static_cast<size_t>(r);
    }
    CHECK(marked > 1000);  // the random sides do make revisions
  }
}

TEST_CASE("two days of a toll: sides found by bounds, not by pairs") {
  auto rule = MakeIntervalOverlapRule(SpecOf(0));
  auto cost = [&](size_t n) {
    std::vector<Claim> claims(n);
    std::vector<std::vector<size_t>> sides;
    for (size_t i = 0; i < n; ++i) {
      claims[i].interval = Interval::Point(static_cast<double>(10 + i));
      claims[i].cumulative = true;
      claims[i].when = i < n / 2 ? 1 : 2;
      sides.push_back({i});
    }
    const uint64_t before = work_count.side_pairs_gated;
    const GatedSides g = FindGatedSides(claims, *rule, sides);
    // Every side of the first day is below one of the second: a revision; none is a dispute.
    CHECK(std::count(g.revised.begin(), g.revised.end(), 1) == static_cast<long>(n));
    CHECK(std::count(g.disputed.begin(), g.disputed.end(), 1) == 0);
    return work_count.side_pairs_gated - before;
  };
  CHECK(cost(500) <= 500);    // one question per side and other class
  CHECK(cost(2000) <= 2000);  // pairs would be 250,000 and 1,000,000
}
