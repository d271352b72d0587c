// Relating a comparison group by sorting its values (graph/value_sweep.h) gives what comparing
// every pair gives (graph/pairwise_relations.h): the same bridges, consensus groups, values in
// conflict and relation between any two members, on random groups mixing agreeing, refining and
// conflicting values, hedged bounds ("more than N", "about N"), open and closed ends, values
// without an upper bound, tolerances, sources, figures whose subject is unsaid and counts over
// time (a later count below an earlier one conflicts, above it is a revision). Groups the sweep
// cannot relate exactly (a value that is no interval, a count over time whose compared interval a
// tolerance widened) are related pair by pair, and are checked to be.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/work_count.h"
#include "graph/group_relations.h"
#include "graph/pairwise_relations.h"
#include "rules/comparison_rule.h"

using namespace contraste;

namespace {

RuleSpec SpecOf(const std::string& kind, double tolerance) {
  RuleSpec spec;
  spec.id = kind;
  spec.kind = kind;
  spec.slots = {"duration"};
  spec.tolerance = tolerance;
  return spec;
}

// A random value: a point, a closed range, a bound below or above ("more than N"), open or closed.
Interval RandomInterval(std::mt19937& rng) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const double a = pick(0, 24) * 0.5, b = a + pick(0, 8) * 0.5;
  switch (pick(0, 6)) {
    case 0:
    case 1: return Interval::Point(a);
    case 2: return Interval::Between(a, b);
    case 3: return Interval::Above(a);
    case 4: return Interval::AtLeast(a);
    case 5: return Interval::Below(b + 0.5);
    default: return Interval{a, b + 0.5, pick(0, 1) == 1, pick(0, 1) == 1};
  }
}

std::vector<Claim> RandomGroup(std::mt19937& rng, bool equal_values) {
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const int n = pick(2, 40);
  const bool gated = pick(0, 2) == 0;        // sources and unsaid subjects in this group
  const bool over_time = pick(0, 3) == 0;    // counts over time at several moments
  const bool current = pick(0, 4) == 0;      // ... that move either way (the missing)
  const bool odd_value = pick(0, 9) == 0;    // a value that is no interval (pairwise)
  std::vector<Claim> claims(static_cast<size_t>(n));
  for (Claim& c : claims) {
    c.slot = "duration";
    c.doc = static_cast<size_t>(pick(0, 5));
    if (equal_values) {
      c.value = std::to_string(pick(1, 6));
      c.interval = Interval::Point(std::stod(c.value));
    } else {
      c.interval = RandomInterval(rng);
      c.value = c.interval.ToString();
      if (!c.interval.IsPoint()) c.hedge.assign(1, 'h');  // assign: GCC 12 warns falsely (-Wrestrict) on = "h"
    }
    if (gated) {
      const int source = pick(0, 3);
      if (source == 1) c.attribution = {EntityRef{"police", "", "", ""}};
      if (source == 2) c.attribution = {EntityRef{"organisers", "", "", ""}};
      c.agree_only = pick(0, 7) == 0;
    }
    if (over_time) {
      c.cumulative = true;
      c.when = pick(1, 4);
      c.corrects = pick(0, 5) == 0;
      c.current = current;
    }
  }
  if (odd_value) claims.front().interval = Interval::Below(0);  // empty: [0, 0)
  return claims;
}

void CheckSameRelations(const std::vector<Claim>& claims, const ComparisonRule& rule, size_t* swept) {
  ComparisonGroup group;
  group.rule = &rule;
  for (size_t i = 0; i < claims.size(); ++i) group.claims.push_back(i);
  const GroupRelations fast = RelateGroup(claims, group);
  GroupRelations exact;
  exact.first_of = fast.first_of;
  exact.value_of = fast.value_of;
  RelatePairwise(claims, group, exact);
  if (fast.swept) ++*swept;
  const size_t n = fast.first_of.size();
  CHECK(fast.bridges == exact.bridges);
  CHECK(fast.in_conflict == exact.in_conflict);
  CHECK(fast.agreeing.size() == exact.agreeing.size());
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = 0; b < n; ++b) {
      CAPTURE(claims[fast.first_of[a]].interval.ToString());
      CAPTURE(claims[fast.first_of[b]].interval.ToString());
      CHECK((fast.consensus[a] == fast.consensus[b]) == (exact.consensus[a] == exact.consensus[b]));
    }
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = 0; j < claims.size(); ++j) CHECK(fast.Between(i, j) == exact.Between(i, j));
  }
  for (const AgreeingPair& p : fast.agreeing) {
    CHECK(Agreeing(exact.Between(fast.first_of[p.a], fast.first_of[p.b])));
  }
}

}  // namespace

TEST_CASE("sorting the values relates a group as comparing every pair does (interval rules)") {
  std::mt19937 rng(19);
  for (double tolerance : {0.0, 0.05}) {
    CAPTURE(tolerance);
    auto rule = MakeIntervalOverlapRule(SpecOf("interval_overlap", tolerance));
    size_t swept = 0;
    const size_t trials = 600;
    for (size_t t = 0; t < trials; ++t) CheckSameRelations(RandomGroup(rng, false), *rule, &swept);
    // Most groups are swept; the others (a value that is no interval, counts over time) are paired.
    CHECK(swept > trials / 2);
    CHECK(swept < trials);
  }
}

TEST_CASE("sorting the values relates a group as comparing every pair does (equal values)") {
  std::mt19937 rng(7);
  auto rule = MakeSameValueRule(SpecOf("same_value", 0));
  size_t swept = 0;
  for (size_t t = 0; t < 300; ++t) CheckSameRelations(RandomGroup(rng, true), *rule, &swept);
  CHECK(swept > 150);
}

TEST_CASE("a value between two conflicting ones bridges them and sides with neither") {
  auto rule = MakeIntervalOverlapRule(SpecOf("interval_overlap", 0));
  std::vector<Claim> claims(3);
  claims[0].interval = Interval::Point(18);
  claims[1].interval = Interval::Point(19);
  claims[2].interval = Interval::Between(1, 30);  // "junio"
  for (Claim& c : claims) c.value = c.interval.ToString();
  ComparisonGroup group;
  group.rule = rule.get();
  group.claims = {0, 1, 2};
  const GroupRelations r = RelateGroup(claims, group);
  REQUIRE(r.swept);
  CHECK(r.bridges == std::vector<char>{0, 0, 1});
  CHECK(r.Between(0, 1) == Relation::kConflicts);
  CHECK(r.Between(0, 2) == Relation::kCompatible);
  CHECK(r.consensus[0] != r.consensus[1]);
  CHECK(r.in_conflict == std::vector<char>{1, 1, 0});
}

TEST_CASE("figures from different sources are no conflict; a figure without a source conflicts with both") {
  auto rule = MakeIntervalOverlapRule(SpecOf("interval_overlap", 0));
  std::vector<Claim> claims(3);
  claims[0].interval = Interval::Point(2000);
  claims[0].attribution = {EntityRef{"police", "", "", ""}};
  claims[1].interval = Interval::Point(5000);
  claims[1].attribution = {EntityRef{"organisers", "", "", ""}};
  claims[2].interval = Interval::Point(9000);
  for (Claim& c : claims) c.value = c.interval.ToString();
  ComparisonGroup group;
  group.rule = rule.get();
  group.claims = {0, 1};
  GroupRelations r = RelateGroup(claims, group);
  REQUIRE(r.swept);
  CHECK(r.Between(0, 1) == Relation::kCompatible);
  CHECK(r.in_conflict == std::vector<char>{0, 0});
  group.claims = {0, 1, 2};
  r = RelateGroup(claims, group);
  REQUIRE(r.swept);
  CHECK(r.in_conflict == std::vector<char>{1, 1, 1});
}

namespace {

// Counts over time: `values[i]` given at moment i.
GroupRelations TollOverTime(const ComparisonRule& rule, const std::vector<double>& values) {
  static std::vector<Claim> claims;
  claims.assign(values.size(), Claim{});
  ComparisonGroup group;
  group.rule = &rule;
  for (size_t i = 0; i < values.size(); ++i) {
    claims[i].interval = Interval::Point(values[i]);
    claims[i].value = claims[i].interval.ToString();
    claims[i].cumulative = true;
    claims[i].when = static_cast<int64_t>(i);
    group.claims.push_back(i);
  }
  return RelateGroup(claims, group);
}

}  // namespace

TEST_CASE("counts over time: a later count below an earlier one conflicts, above it is a revision") {
  auto exact = MakeIntervalOverlapRule(SpecOf("interval_overlap", 0));
  GroupRelations r = TollOverTime(*exact, {8, 21, 30});
  REQUIRE(r.swept);
  CHECK(r.Between(0, 1) == Relation::kCompatible);  // the toll grew: a revision
  CHECK(r.in_conflict == std::vector<char>{0, 0, 0});
  r = TollOverTime(*exact, {21, 8, 30});
  REQUIRE(r.swept);
  CHECK(r.Between(0, 1) == Relation::kConflicts);  // it fell with nothing saying it was corrected
  CHECK(r.in_conflict == std::vector<char>{1, 1, 0});
  // A tolerance widens what is compared, not what the gate reads: pair by pair.
  auto widened = MakeIntervalOverlapRule(SpecOf("interval_overlap", 0.05));
  const uint64_t paired = work_count.groups_paired;
  r = TollOverTime(*widened, {21, 8, 30});
  CHECK_FALSE(r.swept);
  CHECK(work_count.groups_paired == paired + 1);
  CHECK(r.Between(0, 1) == Relation::kConflicts);
}
