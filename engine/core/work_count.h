// Counts of the work done on the input, by kind, for the tests that hold the engine to a cost
// that grows with the input and never faster: they assert bounds on these counts (operations, not
// seconds, so a bound holds on any machine and under any load). One set per thread; counting is
// one increment next to the loop it measures.
//
//   WorkCount before = work_count;
//   engine.Analyze(...);
//   uint64_t visited = work_count.mentions_visited - before.mentions_visited;
#pragma once

#include <cstdint>

namespace contraste {

struct WorkCount {
  uint64_t mentions_visited = 0;  // mentions looked at while building claims (triggers, participants, sources)
  uint64_t value_bounds_compared = 0;  // bounds of values compared while sorting and sweeping them (graph/value_sweep.h)
  uint64_t groups_swept = 0;           // comparison groups related by sorting their values (graph/group_relations.h)
  uint64_t groups_paired = 0;          // comparison groups related pair by pair
  uint64_t side_pairs_gated = 0;       // pairs of consensus groups asked whether a gate holds (findings)
};

inline thread_local WorkCount work_count;

}  // namespace contraste
