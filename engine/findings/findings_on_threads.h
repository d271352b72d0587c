// The findings (findings/finding.h) built on several threads: runs of consecutive comparison groups
// each give their findings on whichever thread is free, and the runs are sorted as one list (by
// index, each finding moved once), so the findings and their order are those BuildFindings gives
// on one thread, for any number of threads.
//
//   auto f = BuildFindingsOnThreads(docs, claims, graph, 2);  // == BuildFindings(docs, claims, graph)
#pragma once

#include <cstddef>
#include <vector>

#include "findings/finding.h"

namespace contraste {

std::vector<Finding> BuildFindingsOnThreads(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                                            const ClaimGraph& graph, size_t threads);

}  // namespace contraste
