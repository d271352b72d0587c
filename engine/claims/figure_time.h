// When each figure was true and whether it counts something cumulative (issue 15), for the
// comparison gates (graph/comparison_gates.h): Claim::when is the publication time of its document
// (the day, and the minute when the metadata gives one: `published: 2024-10-30T21:40`);
// Claim::cumulative is set for a figure of a measure that rules/<lang>/measures.yaml marks
// `cumulative` (a toll, a count of votes); Claim::corrects when its sentence says the figure corrects an
// earlier one ("corrigió", "tras el recuento"), and so do its other claims of the same figure in
// that article (the headline's).
//
//   MarkFigureTimes(lang, docs, &claims);
#pragma once

#include <vector>

#include "claims/claim.h"
#include "lang/language.h"
#include "text/document.h"

namespace contraste {

void MarkFigureTimes(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims);

// Whether `c` is a figure of a cumulative measure.
bool IsCumulative(const Language& lang, const Claim& c);

}  // namespace contraste
