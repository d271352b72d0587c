// Date claims: when an event happened is the slot "date" of the frames that take it. A date
// mention fills it when it names one moment (a day, week, month, year, decade, or a part of
// one); lists of years, "desde ..." spans and "los últimos meses" describe several moments or a
// stretch of time and fill no slot. Claims carry the span as days since 1970-01-01.
//
//   if (IsEventDate(mention)) slot = "date";
//   NoteUnresolvedDates(&doc, &claims);   // relative dates of an undated article -> assumptions
#pragma once

#include <span>
#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "text/document.h"

namespace contraste {

// True for a kDate mention that can be the date of one event.
bool IsEventDate(const Mention& m);

// True when date mention `date` may be the date of trigger `trigger`: no other date lies between
// them, and no other date stands nearer to the trigger ("se realizó el miércoles y fue reportada
// este jueves": Wednesday is the meeting's, Thursday the report's). `sentence`: the sentence's
// mentions, or those of them within reach of both (every one that could lie between them or
// nearer to the trigger).
bool DateMayAttach(std::span<const Mention> sentence, const Mention& date, const Mention& trigger);

// After event linking: a coarse date ("junio de 2024") that contains two finer dates of the same
// event that exclude each other ("18 de junio de 2024", "19 de junio de 2024") agrees with both
// and would merge their sides; it is set aside as slot "date_within" (listed, not compared).
void SetAsideBridgingDates(std::vector<Claim>* claims);

// Removes the date claims of `doc_index` that could not be resolved (no publication date) and
// says so in doc->assumptions, one line each: never guessed, never dropped silently.
void NoteUnresolvedDates(size_t doc_index, Document* doc, std::vector<Claim>* claims);

}  // namespace contraste
