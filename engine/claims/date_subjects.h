// What a date is the date of (issues 14 and 15): the happening its noun phrase or clause names,
// read from the words right before it with the language's happenings.yaml. A date is a claim
// about when a named thing happens; two articles that date one happening differently conflict,
// whatever else their sentences name.
//
//   "las elecciones del 27 de octubre"            -> "election"
//   "la próxima jornada de huelga será el 28"     -> "strike_day/next"
//   "un contrato hasta junio de 2030"             -> "contract@end"   (an end, not a moment)
//   "firma hasta 2031"                            -> "contract@end"   (the clause's verb, for an end)
//   "han firmado este miércoles"                  -> ""               (a verb's date is its frame's)
//   "Sevilla acogerá el 3 de marzo"               -> ""               (no happening named)
//
// Precision first, nothing is read when the date is one of several ("los días 20 y 27"), a range
// or a span, inside quotation marks (another speaker's words), or of a happening that recurs
// ("huelga todos los miércoles") unless a word picks one occurrence ("la próxima jornada de huelga").
//
//   const std::string key = DateHappening(lang, tokens, mentions, date);  // "" when none
#pragma once

#include <string>
#include <vector>

#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

// The prefix of a date claim's subject that holds its happening between claim building and event
// linking (claims/happening_dates.h).
inline constexpr std::string_view kDateOfPrefix = "date-of:";

// The happening date mention `date` of sentence `t` (mentions `ms`) is the date of: its id, then
// "/which" when a word picks the occurrence, then "@end" when the date is its end; "" when none.
std::string DateHappening(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& date);

}  // namespace contraste
