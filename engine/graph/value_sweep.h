// Relating the distinct values of one comparison group by sorting their intervals and sweeping
// (issue 19), instead of deciding every pair: n values cost O(n log n) time and O(n) memory where
// the pairs cost n^2/2 rule evaluations and n^2 bytes (10,000 durations of one meeting: 100 MB).
//
// It finds what the pairwise relations of graph/group_relations.h give, for values that agree
// (or refine) exactly when their intervals overlap and conflict otherwise, unless a gate makes the
// pair compatible (graph/comparison_gates.h), the gate being decided by the values' gate classes
// and which of the two lies above the other (`conflict_above`):
//  - a value bridges when two values it overlaps exclude each other (conflict, or would but for a
//    gate: `exclusive_above`), and then it sides with neither. On the line,
//    intervals meet pairwise exactly when they all share a point (Helly), so among the values of
//    class P and of class Q that overlap it, two disjoint ones exist exactly when the highest lower
//    bound of the one class lies above the lowest upper bound of the other; each is found by a
//    binary search in the class's values sorted by that bound;
//  - consensus groups: values that are no bridge, in order of their lower bounds, run together
//    while the next starts at or below the highest upper bound of the run (one agreeing edge each
//    to the run's value with that bound: a spanning forest, fewer edges than values);
//  - a value is in conflict when a value disjoint from it, of a class it conflicts with, lies in
//    another consensus group: the values of that class above it (sorted by lower bound) or below it
//    (sorted by upper bound) are a suffix or a prefix, and a table per class says whether a suffix
//    or a prefix lies in one group, and which.
// With k gate classes: O(n (k log n + k^2)) time.
//
//   SweepInput in{intervals, gate_class, classes, conflict_above};
//   SweepOutcome out;
//   SweepValues(in, out);  // out.bridges, out.consensus, out.in_conflict, out.agreeing
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "core/interval.h"

namespace contraste {

// How a value of one gate class that lies above a value of another conflicts with it.
enum class AboveConflict : uint8_t {
  kNever,          // a gate holds (sources disagree, a count moved, the subject is unsaid)
  kDisjoint,       // when the two share no point
  kStrictlyAbove,  // when its lower bound is above the other's upper bound as numbers (an earlier
                   // count above a later one; a later count at or above the earlier is a revision)
};

struct SweepInput {
  std::vector<Interval> intervals;   // per value: nonempty, no NaN bound (SweepableInterval)
  std::vector<uint32_t> gate_class;  // per value, < classes
  size_t classes = 1;
  // classes x classes, [p * classes + q]: how a value of class p above a value of class q conflicts
  std::vector<AboveConflict> conflict_above;
  // The same for excluding each other, which is what makes a value that overlaps both a bridge: a
  // pair a gate keeps from conflicting (a toll at two moments) still excludes. Empty: conflict_above.
  std::vector<AboveConflict> exclusive_above;
};

struct SweepOutcome {
  std::vector<char> bridges;         // per value: it overlaps two values that conflict
  std::vector<uint32_t> consensus;   // per value: its consensus group, numbered from 0
  std::vector<char> in_conflict;     // per value: it conflicts with a value of another consensus group
  std::vector<std::pair<uint32_t, uint32_t>> agreeing;  // a spanning forest of the agreeing pairs
};

// A bound as a point of one ordered line: a lower bound open at x lies just above x (side 1), an
// upper bound open at x just below it (side -1), a closed one at x (side 0). An interval is nonempty
// when its lower key is at or below its upper key; two nonempty intervals overlap when each one's
// lower key is at or below the other's upper key. Comparisons are counted (core/work_count.h).
struct BoundKey {
  double at = 0;
  int side = 0;
};
bool operator<(const BoundKey& a, const BoundKey& b);
BoundKey LowerKeyOf(const Interval& i);
BoundKey UpperKeyOf(const Interval& i);

// Whether two intervals are the same to the bit (bounds and ends).
bool SameBounds(const Interval& a, const Interval& b);

// Whether the sweep can take `interval`: no NaN bound and not empty.
bool SweepableInterval(const Interval& interval);

// Whether two sweepable intervals share a point, decided as the sweep decides it (bound keys);
// equal to Interval::Overlaps on sweepable intervals.
bool SweepOverlaps(const Interval& a, const Interval& b);

void SweepValues(const SweepInput& in, SweepOutcome& out);

}  // namespace contraste
