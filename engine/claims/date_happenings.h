// Dates of one happening told around different names. A date of the fallback frame is linked by
// the names around it, so "el choque en cadena del pasado lunes" (the Guardia Civil investigates)
// and "heridas este martes en un choque en cadena" (the 112 reports) land in two events and the
// wrong day is never compared. Here the date claims of one story and time cluster whose sentences
// tell the same happening in the same words are given one event: their sentences share at least
// `kSharedInSentence` content words (lowercase, not stories.yaml stop words, cut to a stem) and
// their clauses at least one ("un jornalero que se desplomó el lunes" and "la Junta confirmó este
// miércoles una tercera muerte por golpe de calor" share words in their sentences, none in the
// clauses: two happenings). Such dates stay agree-only (a fire that broke out on Monday and was put
// out on Wednesday: two dates of one story, neither wrong), except dates of two articles told in
// the same words right around them (two of the two content stems on each side, and three in their
// sentences: "el choque en cadena del pasado lunes", "este martes en un choque en cadena"), which
// may conflict.
//
//   std::vector<uint32_t> group(claims.size(), kNoDateGroup);  // story and time cluster of each date
//   JoinDatesOfOneHappening(lang, docs, group, &claims);
#pragma once

#include <cstdint>
#include <vector>

#include "claims/claim.h"
#include "lang/language.h"
#include "text/document.h"

namespace contraste {

inline constexpr uint32_t kNoDateGroup = UINT32_MAX;

// `group[i]`: the (story, time cluster) of date claim i, kNoDateGroup for claims left as they are.
// Claims of a group that tell one happening take the event id and label of the first of them.
void JoinDatesOfOneHappening(const Language& lang, const std::vector<Document>& docs, const std::vector<uint32_t>& group,
                             std::vector<Claim>* claims);

}  // namespace contraste
