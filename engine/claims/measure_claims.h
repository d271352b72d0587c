// A claim's measure, subject and scope (claim.h), from the measure its mention was given
// (claims/measure_finder.h) and the names around it:
//   - subject: whose figure it is, for measures that name subject kinds or nouns: a name right
//     before the value ("el acusado, de 54 años", "Juan Pérez, de 54 años") for measures with
//     subject nouns, else the nearest name of those kinds in the value's clause ("Morena obtuvo el
//     35 % de los votos");
//   - scope: where it counts, for scoped measures: a place after a scope preposition in the value's
//     clause or in the sentence's opening clause ("40 muertos en Paiporta", "En la provincia de
//     Valencia, 40 muertos").
// It also says which claims are not compared (Claim::compared): a quantity or duration of the
// fallback frame with no measure, and a ratio (a percentage) with no measure, in any frame.
#pragma once

#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

// `m` is the mention of claim `c`, `ms` the mentions of its sentence `t`, `frame` the claim's frame.
void ApplyMeasure(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                  const Frame& frame, Claim* c);

}  // namespace contraste
