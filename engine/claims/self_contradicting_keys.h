// A comparison key (Claim::CompareKey: event, slot, counted thing, measure, subject, scope) that one
// article gives two values of that exclude each other, at one moment and from the same sources,
// names more than one thing in that article: "15 escaños" and "12 escaños" with no party said are
// two parties' seats, "una multa de 900.000 euros" and "una multa de 1,2 millones" two defendants'
// fines. A value whose quote is its number alone ("6,4" in "lo elevó a 6,4 y lo situó a 14
// kilómetros") does not count: what it counts was read from a neighbour. An article does not
// contradict itself; what the key holds is unsaid, so the key's figures, in any article, may agree
// with others but never conflict (Claim::agree_only). Counts over time (cumulative or current), figures
// whose sentence says they changed or correct another, and dates are left alone: an article tells
// a toll that grows and a date's bounds (claims/date_claims.h) on purpose.
//
//   SetAsideSelfContradictingKeys(&claims);  // after events are linked, before claims are compared
#pragma once

#include <vector>

#include "claims/claim.h"

namespace contraste {

void SetAsideSelfContradictingKeys(std::vector<Claim>* claims);

}  // namespace contraste
