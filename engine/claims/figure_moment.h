// The moment a sentence gives a count at (issue 15): "según el balance de las 08.00 horas", "el
// primer recuento de esta mañana hablaba de ocho víctimas", "el balance que la Generalitat difundió
// a las 06.00 horas de este jueves". Read from the clauses that name the count (timeline.yaml
// `moments.counts`) and the figure's own clause, and, for the day, from an opening clause that is only a date ("Esta mañana,
// ..."): the latest resolved date there, the clock time after a `clock` cue ("a las 21.00", "de las
// ocho de la mañana") and a part of the day (`day_parts`) in the date or after the clock. A figure
// whose sentence names no count keeps its article's publication time (claims/figure_time.h).
//
//   StatedMoment at = FindStatedMoment(lang, tokens, mentions, value);
//   if (at.day != Claim::kUnknownTime) ...   // days since 1970-01-01; at.minute: -1 or 0..1439
#pragma once

#include <cstdint>
#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

struct StatedMoment {
  int64_t day = Claim::kUnknownTime;  // days since 1970-01-01
  int minute = -1;                    // minute of the day
  bool empty() const { return day == Claim::kUnknownTime && minute < 0; }
};

// The moment the sentence `t` (with its mentions, sorted by first token) gives the count of the
// figure `value` at.
StatedMoment FindStatedMoment(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                              const Mention& value);

// The moment a sentence that is only a moment gives, a heading over the sentences after it in its
// paragraph ("Martes, 7.15.", "Miércoles por la noche.", "Jueves, 11.40." in an account told hour
// by hour): its date's last day, and the clock written after it (a time in digits) or the part of
// the day in it. Empty when the sentence holds anything else (a date opening a sentence with a verb
// is the happening's, not a heading).
StatedMoment HeadingMoment(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms);

// Whether a phrase that stands for a figure given before (timeline.yaml `restated`: "eleva la cifra
// a cerca de 200", "rebaja esa cifra a unas 200.000") ends at most three words before `value`.
bool RestatesFigure(const Language& lang, const TokenRange& t, const Mention& value);

// Whether the sentence says its figures correct earlier ones (timeline.yaml `corrections`).
bool SaysCorrection(const Language& lang, const TokenRange& t);

// Whether the sentence says its figures are of a count still going on or soon revised (timeline.yaml
// `provisional`: "con el 85 % escrutado", "provisional", "initially"): they move like changed ones.
bool SaysProvisional(const Language& lang, const TokenRange& t);

// Whether the sentence says its counts are as they stand so far, or may still rise (timeline.yaml
// `open_counts`: "hasta el momento", "la cifra podría aumentar", "so far"): a toll so given is open,
// a lower bound.
bool SaysOpenCount(const Language& lang, const TokenRange& t);

// Whether a change phrase (timeline.yaml `changes`: "sube a", "se eleva hasta") stands right before
// the value, or before an article right before it ("alcanza ya los 142 millones").
bool SaysChange(const Language& lang, const TokenRange& t, const Mention& value);

}  // namespace contraste
