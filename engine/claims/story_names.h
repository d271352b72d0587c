// A person or a body called by a shorter form of its name in some articles of a story: "Vicente
// Ferrando" and "Ferrando" for "Vicente Ferrando Climent", "Betis" for "Real Betis". A claim's
// subject that is a name of unknown kind (Claim::subject "name:...") and whose words stand, in
// order and together, inside exactly one chain of longer such subjects of the same story is given
// the longest of them, so the figures are compared as one person's. Where two longer names hold it
// apart from each other ("Sánchez" in "Pedro Sánchez" and in "Juan Sánchez"), who it is is unsaid
// and it stays as written. Names the gazetteer knows, and subjects that are nouns, are left alone.
//
//   JoinShortSubjectNames(&claims);  // claims with Claim::story set
#pragma once

#include <vector>

#include "claims/claim.h"

namespace contraste {

void JoinShortSubjectNames(std::vector<Claim>* claims);

}  // namespace contraste
