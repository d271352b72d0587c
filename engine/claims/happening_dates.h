// Dates of one named happening across the articles of a story (issues 14 and 15). Claim building
// reads what each date is the date of (claims/date_subjects.h) and keeps it in the claim's subject
// behind kDateOfPrefix; event linking takes it out before it links (TakeDateHappenings), so that
// nothing in between compares by it, and gives it back at the end (JoinDatesOfNamedHappenings):
// the dates of one story and happening, stated by two articles or more, become one event's, and
// may conflict ("la próxima jornada será el 27 de enero" against "La próxima jornada de huelga será
// el 28 de enero"); a month or year agrees with a day inside it.
//
// Precision first, a happening's dates are left where they were when
//   - an article dates it two ways that cannot both be true (which one is meant is unclear);
//   - its dates lie far apart: dates more than a link window (frames.yaml `link_window_days`) or
//     the width of the wider date apart are other occurrences ("las elecciones de 2015" and "las
//     del 27 de octubre de 2019"), each its own group.
//
//   std::vector<std::string> happening = TakeDateHappenings(&claims);
//   ... link events ...
//   JoinDatesOfNamedHappenings(lang, happening, &claims);
#pragma once

#include <string>
#include <vector>

#include "claims/claim.h"
#include "lang/language.h"

namespace contraste {

// Per claim: the happening its subject held ("" for none); such subjects are cleared.
std::vector<std::string> TakeDateHappenings(std::vector<Claim>* claims);

// Gives the date claims of one story and happening, from two articles or more, one event.
void JoinDatesOfNamedHappenings(const Language& lang, const std::vector<std::string>& happening, std::vector<Claim>* claims);

}  // namespace contraste
