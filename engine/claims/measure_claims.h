// A claim's measure, subject and scope (claim.h), from the measure its mention was given
// (claims/measure_finder.h) and the names around it:
//   - subject: whose figure it is, for measures that name subject kinds or nouns: a name right
//     before the value ("el acusado, de 54 años", "Juan Pérez, de 54 años") for measures with
//     subject nouns, else the nearest name of those kinds in the value's clause ("Morena obtuvo el
//     35 % de los votos");
//   - scope: where it counts, for scoped measures: a place after a scope preposition in the value's
//     clause or in the sentence's opening clause ("40 muertos en Paiporta", "En la provincia de
//     Valencia, 40 muertos"), else a place that opens the sentence as its subject when the value's
//     clause names no place ("Algemesí es el municipio más castigado, con nueve muertos"): a place
//     of the gazetteer, or a name the same article puts after a scope preposition ("en Algemesí").
// It also says which claims are not compared (Claim::compared): a quantity or duration of the
// fallback frame with no measure, and a ratio (a percentage) with no measure, in any frame.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

// Names of unknown kind that one article puts after a scope preposition ("en Algemesí"): places,
// as far as that article is concerned.
using ArticlePlaces = std::unordered_set<std::string>;

// Adds to `places` the names of unknown kind after a scope preposition in sentence `t`.
void LearnArticlePlaces(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, ArticlePlaces* places);

// `m` is the mention of claim `c`, `ms` the mentions of its sentence `t`, `frame` the claim's frame,
// `places` what LearnArticlePlaces learned from the claim's article.
void ApplyMeasure(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                  const Frame& frame, const ArticlePlaces& places, Claim* c);

}  // namespace contraste
