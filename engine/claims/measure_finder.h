// What each value of a sentence counts (rules/<lang>/measures.yaml, lang/measure_lexicon.h): sets
// Mention::measure on quantities, durations and bare numbers, before claims are built.
//
//   "12 muertos", "doce personas perdieron la vida"     -> deaths (noun; predicate)
//   "otras 30 resultaron heridas"                        -> injured; "resultaron" is no counted noun
//   "el 32,72 % de los votos"                            -> vote_share (complement)
//   "de magnitud 6,1"                                    -> magnitude; the bare number becomes a quantity
//   "daños por 4,2 millones de euros"                    -> damages (currency unit + context word)
//
// A word after the number that starts a predicate is not the counted noun: the quantity ends at
// the number. A bare number with a predicate or a `before` cue becomes a quantity of the measure.
#pragma once

#include <vector>

#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

// `ms`: the mentions of the sentence `t`, in the order the extractor gives them.
void FindMeasures(const Language& lang, const TokenRange& t, std::vector<Mention>* ms);

// The figure `share` is a share of: the mention right before it in `ms` (the sentence's mentions,
// sorted), of a measure another measure is a share of (measures.yaml `share_of`), with only a
// comma and `share_links` words between them ("1.812.457 votos, el 42,91 %", "1.812.457 votos,
// que representan el 42,91 % del total"). Null when there is none.
const Mention* ApposedFigure(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& share);

// Whether tokens [from, to) may stand between a partitive and the number of its whole ("11 of the
// council's 20 seats", "11 de los restantes 20 escaños"): at most three tokens, no clause break,
// no noun a measure counts ("uno de los heridos, de 45 años": 45 is no whole).
inline constexpr size_t kMaxTokensBeforeWhole = 3;  // "council ' s"
bool MayPrecedeWhole(const Language& lang, const TokenRange& t, size_t from, size_t to);

}  // namespace contraste
