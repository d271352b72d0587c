// What sets a figure apart from the event's own count (issue 14, precision), read from the words
// around it (rules/<lang>/timeline.yaml `qualifiers`) and from the time its clause states:
//   - a subset named near the figure ("22 heridos seguían ingresados", "15 murieron durante la
//     travesía", "12 fueron trasladados al hospital"): its key ("in_hospital"), so it is compared
//     only with figures of the same subset; one still in hospital or in intensive care is a count of
//     how things stand, which moves either way (`current`);
//   - a period's total ("en lo que va de año", "este año", "en 2026"): "period:" and the period
//     ("period:2026"), so the route's dead this year are compared only with this year's;
//   - a time its clause (or the clause it continues: "..., en el que murieron nueve") states that is
//     not the event's, a date ending more than the link window (frames.yaml `link_window_days`)
//     before the article's publication ("el accidente de Angrois, en 2013, dejó 80 muertos", "el peor desde el de 2008, con 154 víctimas"): "time:" and that date;
//   - never compared (`dropped`): a figure another is compared with, unless its clause dates it
//     ("frente a los 30", not "frente a los 25 millones que ganó en 2025"), a difference ("cuatro más que en 2019"), a figure of another occasion ("la
//     edición anterior", "el pasado naufragio").
//
//   FigureQualifier q = FindFigureQualifier(lang, tokens, mentions, value, published_day);
//   if (q.dropped) claim.compared = false;
//   if (!q.key.empty()) claim.subject += "#" + q.key;   // claim.h CompareKey
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

struct FigureQualifier {
  std::string key;       // the qualifiers that join the comparison key, "#"-joined; empty: none
  bool dropped = false;  // never compared
  bool current = false;  // a count of how things stand: moves either way
  // A hospital subset's place named right after it ("seguían ingresados en el Hospital Insular"):
  // where they are held, not where the count counts; the claim keeps no scope from it.
  bool held_at_name = false;
};

// The qualifier of figure `value` of sentence `t` (its mentions `ms`, sorted by first token), in an
// article published on `published_day` (days since 1970-01-01; none: no time is read). Times are
// read from the clause's dates only for a `timed` figure (of a cumulative or current measure: a
// count of what happened, of which a period or another time has its own); the year of a budget is
// what it is for. The year to date said so ("en lo que va de año", also opening the sentence as a
// clause of its own) makes a figure of any measure that period's (a profit to date, not the quarter's).
FigureQualifier FindFigureQualifier(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                                    const Mention& value, bool timed, std::optional<int64_t> published_day);

// A moment of the event ("durante la travesía", "llegaron sin vida") sets a figure apart only where
// its article gives another figure of the same measure with another value (the seven who arrived
// dead beside the 15 who died at sea); alone, or beside the same value, it is the event's own
// figure, and its key loses the moment. `claims`: one article's.
void KeepMomentSubsetsApart(std::vector<Claim>* claims);

}  // namespace contraste
