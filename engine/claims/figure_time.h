// When each figure was true and whether it counts something cumulative (issue 15), for the
// comparison gates (graph/comparison_gates.h): Claim::cumulative is set for a figure of a measure
// that rules/<lang>/measures.yaml marks `cumulative` (a toll, a count of votes) or `current` (the
// missing: Claim::current too); Claim::when is, for those, the moment their sentence gives the
// count at (claims/figure_moment.h: "según el balance de las 08.00 horas") read against the
// publication, and otherwise the publication time of its document (the day, and the minute when
// the metadata gives one: `published: 2024-10-30T21:40`). Claim::corrects, set when the claim was
// built (its sentence says the figure corrects an earlier one: "corrigió", "tras el recuento"),
// spreads to the article's other claims of the same figure (the headline's).
//
//   MarkFigureTimes(lang, docs, &claims);
#pragma once

#include <vector>

#include "claims/claim.h"
#include "lang/language.h"
#include "text/document.h"

namespace contraste {

void MarkFigureTimes(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims);

// Whether `c` is a figure of a cumulative or current measure (one that moves over time).
bool IsCumulative(const Language& lang, const Claim& c);

}  // namespace contraste
