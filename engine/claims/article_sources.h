// A figure an article gives without a source takes the source the same article gives it elsewhere:
// the headline's "magnitud 6,1" is the IGN's when the body says "6,1, según el IGN". Only when the
// article gives that figure (same measure, subject, scope and value) with one source list and no
// other; the comparison gates (graph/comparison_gates.h) then read both as the source's.
//
//   ShareSourcesWithinArticles(&claims);   // after claims are built, before they are compared
#pragma once

#include <vector>

#include "claims/claim.h"

namespace contraste {

void ShareSourcesWithinArticles(std::vector<Claim>* claims);

}  // namespace contraste
