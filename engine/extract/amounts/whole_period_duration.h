// Durations written without a number: "todo el día", "toda la semana" (one whole unit). The
// opening words come from time.yaml (whole_period_words), the units from units.yaml.
//
//   std::vector<Mention> ms = ...;              // the number-driven mentions of a sentence
//   AddWholePeriodDurations(lang, tokens, &ms);  // + kDuration "todo el día" = P1D
#pragma once

#include <vector>

#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// Appends a kDuration mention of one unit for each whole-period phrase followed by a duration unit
// that is not followed by a number ("todo el año 2024" is a year, not a duration) and does not
// overlap a mention already found.
void AddWholePeriodDurations(const Language& lang, const TokenRange& text, std::vector<Mention>* mentions);

}  // namespace contraste
