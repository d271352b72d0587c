// The general count (issue 14): a count of any counted noun no other measure names ("218
// pasajeros", "30 contratos indefinidos", "1.200 afiliados a la Seguridad Social") is a figure
// of that noun phrase, compared only with counts of the same phrase. A measure of
// rules/<lang>/measures.yaml is the general count when it takes any counted noun (`any_noun`) and
// needs no context words; its `subject.after` phrases open a complement that qualifies the noun
// ("de", "a"), and its `context_not` words keep parts, comparisons and other periods out.
//
//   if (IsGeneralCount(measure)) subject = CountedNounPhrase(lang, t, ms, m);  // "noun:contrato+indefinido"
#pragma once

#include <string>
#include <vector>

#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

// Whether `measure` is the general count: any counted noun, no context needed.
inline bool IsGeneralCount(const Measure& measure) { return measure.any_noun && !measure.needs_context; }

// Whether `measure` counts a noun phrase: the general count, and a count of any counted noun tied to
// the happening its context words name (measures.yaml `happenings`: "viajaban a bordo 120
// pasajeros", "se vendieron 5.000 décimos"), which opens a complement as the general count does
// (`subject.after`). Its subject is CountedNounPhrase; one article's incompatible figures of it
// are set aside (claims/ambiguous_counts.h).
inline bool CountsNounPhrase(const Measure& measure) {
  return measure.any_noun && measure.noun_subject && !measure.subject_after.empty();
}

// The subject of the general count `m` (a quantity whose counted noun ends it): "noun:" and the
// noun's lemma, then "+" and the lemma of each word that qualifies it, then "/" and a complement
// one of the measure's `subject.after` phrases opens after them (a name's id, or a noun's lemma):
//   - a qualifying word stands right after a plural noun and is plural too, as the language's
//     lemma rules read it (nouns.yaml: "indefinidos" -> "indefinido"; a verb, "viajaban", is not),
//     and is no function word, no part of another mention and no word a measure starts a cue with;
//   - "contratos indefinidos" is "noun:contrato+indefinido", "afiliados a la Seguridad Social"
//     "noun:afiliado/name:seguridad social", "pasajeros del tren" "noun:pasajero/tren".
// Empty (no subject, so no claim of the measure): the noun names nothing countable by itself
// (measures.yaml `subject_ids` maps it to ""), or a complement is opened that cannot be read ("30
// contratos de los 50").
std::string CountedNounPhrase(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                              const Measure& measure);

// The token after the noun phrase of the counted noun of `m`, as CountedNounPhrase reads it: the
// noun, its qualifying words, and a complement one of `after` opens whose word is a name or one
// content word ("bomberos forestales", "agentes de la Guardia Civil", "vecinos del barrio");
// m.end_token when nothing follows the noun. No clause break, number, function word ("que ...")
// or other mention but the complement's name lies inside it, so a predicate there is the phrase's
// own verb: "dos bomberos forestales resultaron heridos".
size_t CountedNounPhraseEnd(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m,
                            const PhraseTable& after);

// The language-neutral id of the counted noun `lemma` (measures.yaml `subject_ids`: "passenger" ->
// "pasajero"), or the lemma itself when it has none, an empty one ("personas") or one of people in
// general ("ocupante" -> persona: "152 ocupantes" stay a count of occupants; see NamesPeople).
std::string CountedNounId(const MeasureLexicon& ml, const std::string& lemma);

// Whether the counted noun `lemma` names the people a story counts, not a group among them: a noun
// that counts nothing by itself ("personas": `subject_ids` ""), or one whose chain of ids leads to
// one within three steps ("ocupantes", "migrantes" -> persona; English "occupant" -> ocupante ->
// persona). Given its measure by a predicate, a count of them is the whole count ("15 ocupantes
// murieron" is the toll), where another noun names a part ("dos bomberos resultaron heridos").
bool NamesPeople(const MeasureLexicon& ml, const std::string& lemma);

// Whether the clause of `m` states a year, a month or a period (a date that is no day or time):
// "en 2023", "el año pasado", "en lo que va de año". A general count there is another period's
// figure, or one whose period the other articles may not share: never compared.
bool ClauseStatesPeriod(const TokenRange& t, const std::vector<Mention>& ms, const Mention& m);

}  // namespace contraste
