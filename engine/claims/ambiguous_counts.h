// A general count (claims/counted_noun_phrase.h) whose noun phrase one article gives two figures
// that cannot both be true ("12.380 corredores llegaron a meta", "atendieron a 187 corredores")
// names more than one set in its story: the phrase alone does not say which runners. Precision
// first, none of that story's counts of the phrase (in that scope) is compared; nor where the
// story gives more than six different figures of it.
//
//   SetAsideAmbiguousCounts(lang, &claims);  // before events are linked and claims compared
#pragma once

#include <vector>

#include "claims/claim.h"
#include "lang/language.h"

namespace contraste {

void SetAsideAmbiguousCounts(const Language& lang, std::vector<Claim>* claims);

}  // namespace contraste
