// Relating the distinct values of one comparison group pair by pair, the exact way that holds for
// any rule (graph/group_relations.h says when it is taken): the rule once per pair of values, one
// byte per pair; values one article states together made compatible where the rule says so
// (co_stated); bridges found over rows of bits; the consensus groups as the union of the agreeing
// pairs. Cost: n^2/2 rule evaluations, n^2 bytes and at most n^3/64 words for n distinct values.
#pragma once

#include <vector>

#include "claims/claim.h"
#include "graph/group_relations.h"

namespace contraste {

// Fills `out.rel`, `bridges`, `consensus`, `in_conflict` and `agreeing` from `out.first_of` and
// `out.value_of`.
void RelatePairwise(const std::vector<Claim>& claims, const ComparisonGroup& group, GroupRelations& out);

}  // namespace contraste
