// A figure said to have changed, restated later: "La inversión sube a 142,3 millones" (23 December)
// and "la inversión prevista es de 142,3 millones" (27 December) both give the value after the
// change, so the October draft's 138,2 is the value before it for both, a revision (graph/
// comparison_gates.h), not a conflict with the second. A claim of the same comparison key (event,
// slot, unit, measure, subject, scope) and the same interval as a claim said to have changed, given
// at that moment or later with no other value of the key given in between, is marked changed too.
// Earlier restatements are not (before the change the value was another), nor stale ones: 37 dead
// said to have risen on Sunday, 52 on Monday morning, 37 again on Monday evening is a conflict.
//
//   LinkEvents(lang, docs, &claims);
//   CarryChanges(&claims);
#pragma once

#include <vector>

#include "claims/claim.h"

namespace contraste {

void CarryChanges(std::vector<Claim>* claims);

}  // namespace contraste
