// The claim graph (graph/claim_graph.h) built on several threads: the comparison groups, sorted by
// key, are cut into runs of consecutive groups, each run is related on whichever thread is free,
// and the runs' edges are added to the graph in group order on the calling thread, so the graph
// (edges in the same order, consensus groups, conflicts, comparisons counted) is the one
// BuildClaimGraph makes on one thread, for any number of threads.
//
//   ClaimGraph g = BuildClaimGraphOnThreads(claims, rules, 2);  // == BuildClaimGraph(claims, rules)
#pragma once

#include <cstddef>
#include <vector>

#include "graph/claim_graph.h"

namespace contraste {

ClaimGraph BuildClaimGraphOnThreads(const std::vector<Claim>& claims, const RuleList& rules, size_t threads);

}  // namespace contraste
