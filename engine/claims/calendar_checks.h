// Internal consistency of what one article says about time, as claims that the comparison rules
// turn into findings of that article alone (frame "consistency", one event per sentence):
// - slot "weekday": "el miércoles 19 de julio de 2000" gives two claims, the weekday as written
//   and the weekday of the date; they agree when the calendar does (then nothing is reported).
// - slot "previous_year": "la primera visita de Putin ... en 24 años" in an article published in
//   2024 implies a previous visit around 2000; "su última visita ... en el año 2010" about the same
//   participants and frame states another year. The implied span (one year either way) and the
//   stated year are compared; a match reports nothing.
//
//   std::vector<Claim> claims = BuildClaims(...);
//   AddCalendarChecks(lang, doc, doc_index, text, mentions, &claims);
#pragma once

#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"
#include "text/analyzed_text.h"

namespace contraste {

// The frame id of internal consistency claims; their conflicts need only one article.
inline constexpr const char* kConsistencyFrame = "consistency";
// True for a claim made by AddCalendarChecks.
bool IsInternalCheck(const Claim& c);

void AddCalendarChecks(const Language& lang, const Document& doc, size_t doc_index, const AnalyzedText& text,
                       const std::vector<std::vector<Mention>>& mentions, std::vector<Claim>* claims);

}  // namespace contraste
