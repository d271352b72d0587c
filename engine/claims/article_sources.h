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

// Across articles, once events are linked: a figure an article gives without a source takes the
// source the other articles give that same figure (same event, slot, measure, subject, scope and
// value) when they all give it one source list: the radio's unattributed "10 kilómetros de
// profundidad" is the IGN's when the articles that attribute 10 km attribute it to the IGN, and so
// is disputed, not contradicted, by the USGS's 14 km.
//
//   LinkEvents(lang, docs, &claims);
//   ShareSourcesAcrossArticles(&claims);
void ShareSourcesAcrossArticles(std::vector<Claim>* claims);

}  // namespace contraste
