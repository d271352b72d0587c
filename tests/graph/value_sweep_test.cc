// The sweep's order of bounds (graph/value_sweep.h) decides overlap as Interval::Overlaps does, open
// and closed ends at equal numbers included, and its groups on hand-made intervals.
#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "graph/value_sweep.h"

using namespace contraste;

TEST_CASE("the sweep's bound keys decide overlap as Interval::Overlaps does") {
  std::mt19937 rng(5);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto random_interval = [&] {
    const double lo = pick(0, 6);
    const double hi = pick(0, 1) ? lo + pick(0, 3) : Interval::kInf;
    return Interval{lo, hi, pick(0, 1) == 1, pick(0, 1) == 1 || hi == Interval::kInf};
  };
  size_t checked = 0;
  for (int t = 0; t < 20000; ++t) {
    const Interval a = random_interval(), b = random_interval();
    if (!SweepableInterval(a) || !SweepableInterval(b)) continue;
    CAPTURE(a.ToString());
    CAPTURE(b.ToString());
    CHECK(SweepOverlaps(a, b) == a.Overlaps(b));
    ++checked;
  }
  CHECK(checked > 10000);
  CHECK_FALSE(SweepableInterval(Interval{2, 2, true, false}));  // (2, 2]: empty
  CHECK_FALSE(SweepableInterval(Interval::Below(0)));            // [0, 0): empty
  CHECK(SweepableInterval(Interval::Point(0)));
}

TEST_CASE("runs of overlapping intervals are consensus groups; a disjoint one is in conflict") {
  SweepInput in;
  in.intervals = {Interval::Between(1, 3), Interval::Above(2), Interval::Point(10), Interval::Point(0)};
  in.gate_class = {0, 0, 0, 0};
  in.conflict_above = {AboveConflict::kDisjoint};
  SweepOutcome out;
  SweepValues(in, out);
  // "more than 2" overlaps [1, 3] and 10, which conflict: it bridges them.
  CHECK(out.bridges == std::vector<char>{0, 1, 0, 0});
  CHECK(out.consensus[0] != out.consensus[2]);
  CHECK(out.consensus[0] != out.consensus[3]);
  CHECK(out.in_conflict == std::vector<char>{1, 1, 1, 1});  // "more than 2" conflicts with 0
  CHECK(out.agreeing.empty());
}
