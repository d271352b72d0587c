// A rewrite tells the moment of the article it rewrites. A count that moves over time (a toll, the
// missing) is given at its article's publication when its sentence names no moment
// (claims/figure_time.h), so two articles hours apart are two moments of the count, and a higher
// toll in the later one reads as the count moving on (a revision). But the counts of a disaster
// move together: the dead that are found come from the missing. When the later article gives a
// count that moves either way (the missing: Claim::current) unchanged, and as many of the event's
// moving counts unchanged as changed, it tells the same moment as the earlier one (a rewrite, a
// translation of the wire), and the figure it changed is a conflict. Only articles published less
// than a day apart, with figures whose sentences name no moment, no change ("rose to") and no
// correction, are read so.
//
//   LinkEvents(lang, docs, &claims);
//   CarryChanges(&claims);
//   AlignRewriteMoments(&claims);  // the rewrite's counts take the earlier article's moment
#pragma once

#include <vector>

#include "claims/claim.h"

namespace contraste {

void AlignRewriteMoments(std::vector<Claim>* claims);

}  // namespace contraste
