// What a number counts: the measures of rules/<lang>/measures.yaml (deaths, injured, votes, a share
// of the vote, money of some kind, a quake's magnitude, an age...) and the words that give a value
// its measure: counted nouns, predicates, complements, words before the number, units, and the
// context words some measures need in the value's clause. claims/measure_finder.h reads these.
//
//   const MeasureLexicon& ml = lang.measures;
//   PhraseTable::Match m;
//   if (ml.predicates.LongestAt(text, i, &m)) for (int k : ml.cues[m.id]) { ml.measures[k].id ... }
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "lang/phrase_table.h"
#include "lang/word_map.h"

namespace contraste {

class TextNormalizer;
struct Language;

struct Measure {
  std::string id;                    // "deaths"
  std::string family;                // "casualties"; the id when the file gives none
  std::string counts_as;             // the measure id claims show and compare: the id, or `counts_as`
  std::string slot = "quantity";     // the slot its values fill: "quantity" or "duration"
  std::string rule;                  // comparison rule id (rules/common/comparison/<rule>.yaml)
  bool cumulative = false;           // the figure only grows as the counting goes on (a toll)
  // A count of how things stand at a moment (missing, evacuated): it moves either way as the story
  // unfolds, so at another moment any other value is an update.
  bool current = false;
  bool scoped = true;                // the place it counts in is part of what it is
  bool fallback_only = false;        // given only to values of the fallback frame (a trigger says what they are)
  bool compared = true;              // false: named so that no other measure takes the value, never compared
  // The unit (units.yaml id) a value with none is in: "44 grados" of a temperature is in
  // `grado celsius`, so it is compared with "44 grados centígrados". Empty: a value with no unit
  // is compared only with others with none.
  std::string default_unit;
  // The measure (index) this one is a share of: a value in this measure's units set off right after
  // a figure of that measure is its share, and its subject is that figure's ("1.812.457 votos, el
  // 42,91 %"; measures.yaml `share_of`, links between them: `share_links`). -1: none.
  int share_of = -1;
  // Whose figure it is: names of these entity kinds (and names of unknown kind) in the value's
  // clause, or one of `subject_nouns` right before the value, or what `subject_after` and
  // `subject_nearby` give. None of them: no subject.
  std::vector<std::string> subject_kinds;
  WordSet subject_nouns;             // folded lemmas
  // Or whose figure it is is said right after the value: one of these phrases, then an optional
  // article, then a name or a noun ("a 4 kilómetros de Santa Fe", "al sur de la capital").
  PhraseTable subject_after;
  // Or by one of these nouns (folded lemmas) in the value's clause or the clause before it ("una
  // veintena de réplicas, la mayor de magnitud 4,2": an aftershock's magnitude, not the quake's).
  WordSet subject_nearby;
  bool subject_required = false;     // no subject found: no measure
  // A subject that is a common noun ("un hombre de 78 años") is one person only with the place its
  // sentence names nearest the value ("... en Écija": the man of Écija); two men of two towns are
  // two subjects, and with no place the figure is not compared (measures.yaml `subject.places`).
  bool subject_places = false;
  // Any counted noun no other measure names is a cue, and the noun is whose figure it is: what an
  // operation seized or destroyed ("63 laboratorios desmantelados"). Needs `context`.
  bool any_noun = false;
  // With `any_noun`: the counted noun is whose figure it is (true), or only what the article calls
  // those counted (false: "100.000 venezolanos" and "4.105 extranjeros" who joined one electoral
  // roll are one count told two ways; measures.yaml `noun_subject`).
  bool noun_subject = true;
  // Its values are pairs of whole numbers joined by a `pairs` separator ("2-1", "3 a 1"), compared
  // as the pair, the higher number first. Needs `context`.
  bool pairs = false;
  // A value of a counted group ("dos niñas de 12 años": each is 12) or a list of values for one
  // ("dos niñas de 12 y 13 años", `list_links` between them) is the group's: compared as a
  // multiset, and only with values of groups of the same size (claims/group_values.h).
  bool groups = false;
  bool needs_context = false;
  bool has_units = false;            // `units`, `unit_kinds` or `durations`: only values in those units
  bool needs_phrase = false;         // has units and `complements` or `before`: a unit alone is no cue
  std::string file;                  // where the measure is written, for messages about its rule
  int line = 0, column = 0;
};

struct MeasureLexicon {
  std::vector<Measure> measures;
  // Every cue table's match id is an index into `cues`: the measures that cue may give.
  std::vector<std::vector<int>> cues;
  WordMap<int> noun_lemmas;     // lemma of a one-word counted noun -> cue
  PhraseTable noun_phrases;     // multi-word counted nouns ("víctimas mortales") -> cue
  int any_noun_cue = -1;        // the cue of the `any_noun` measures, -1 when there are none
  PhraseTable predicates;       // "resultaron heridas", "perdieron la vida" -> cue
  PhraseTable complements;      // after the value: "de los votos" -> cue
  PhraseTable before;           // right before the number: "de magnitud" -> cue
  // A figure stated as the total of what a measure counts (measures.yaml `totals`): a head and a
  // counted noun, or a measure's own name for its total, then in the same clause a verb that
  // states the total and, within `total_gap` words, the number ("la cifra de muertos asciende ya
  // a 52", "the death toll has risen to 52"); or the verb, the number and then the total ("Sube a
  // 52 la cifra de fallecidos").
  PhraseTable total_heads;      // "número de", "cifra de", "number of" (id 0): a counted noun follows
  PhraseTable total_names;      // a measure's name for its total: "death toll", "balance mortal" -> cue
  PhraseTable total_verbs;      // "asciende", "se eleva", "rose", "stands" (id 0)
  WordSet total_fillers;        // the only words allowed between the verb and the number ("ya", "a", "to")
  size_t total_gap = 3;         // at most this many of them
  size_t total_span = 12;       // words between the total's noun and its verb ("por el temporal en Valencia")
  // Between the two whole numbers of a pair, a match's score: "2-1", "3 a 1" -> cue (`pairs`).
  PhraseTable pair_separators;
  PhraseTable partitives;       // between a number and its noun: "cinco de los fallecidos" (id 0)
  // Words that say there were none of what a measure counts, right before its counted noun: "no
  // hay detenidos", "sin heridos", "ningún fallecido" (a figure of zero; id 0).
  PhraseTable none;
  std::unordered_map<std::string, int> unit_by_id;  // units.yaml measure unit id -> its index
  std::vector<int> unit_cue;    // per units.yaml measure unit: its cue, or -1
  std::vector<int> duration_cue;  // per units.yaml duration unit: its cue, or -1
  PhraseTable context_words;    // context words anywhere in the window -> cue
  // Context words that count only before the value: a verb before its object ("incautaron 12
  // vehículos"), not after its subject ("dos policías aprehendieron a Ordóñez").
  PhraseTable context_before_words;
  // Words in the value's clause (within the window) that keep a measure from it: a score "cuando
  // el encuentro estaba 1 a 1" is no final score (`context_not`).
  PhraseTable context_not_words;
  size_t window = 10;           // tokens around the value where context words count
  // A clause that opens with one of these words (a relative clause: "el presupuesto, que asciende a
  // 1.012 millones") continues the clause before it, where its context words may stand.
  WordSet relatives;
  // A clause between commas that opens with one of these describes the name before it
  // ("Ramiro Salcedo, de Alianza por Jalisco, alcanzó"): claims/measure_claims.cc looks past it.
  WordSet appositions;
  // Words before a value in its clause that make it a projection, not a stated figure ("Echeverría
  // obtendría el 43 %", "una cantidad que podría llegar a los 22 millones"): never compared
  // (measures.yaml `conditional`).
  WordSet conditional;
  // The subject a noun gives, by folded lemma, language-neutral (measures.yaml `subject_ids`): "man"
  // -> "hombre", so that an English and a Spanish age of the man are one subject; an empty id: the
  // noun names the default subject ("la máxima" of a temperature is the day's reading, the
  // subject of none). A noun not listed is its own id.
  WordMap<std::string> subject_ids;
  // Right before a number whose counted noun follows it, one of these makes the figure a part of a
  // count ("los otros dos fallecidos": two of the three dead), never compared; a figure cued by a
  // predicate is the whole of another count ("una murió y otras 30 resultaron heridas").
  WordSet others;
  // Words that join the values of a list ("12 y 13 años"; a comma joins them too), for measures
  // with `groups`.
  WordSet list_links;
  // Words between a figure, its comma and the share of it that follows ("1.812.457 votos, que
  // representan el 42,91 %"; measures.yaml `share_links`; id 0).
  PhraseTable share_links;
  // Per measure: the measure that is a share of it (Measure::share_of), or -1; empty when no
  // measure is a share of another.
  std::vector<int> share_measure;

  // Where a figure counts (measures.yaml `scope`).
  WordSet scope_prepositions;
  WordSet scope_articles;
  PhraseTable scope_links;
  std::vector<std::string> scope_kinds;  // entity kinds that are places (names of unknown kind count too)
  // A place that opens the sentence (after an optional article) and is followed in its clause by
  // at least this many words is the sentence's subject and the scope of figures whose clause names
  // no place ("Algemesí es el municipio más castigado, con nueve muertos"); 0: never. A place alone
  // in its clause is a dateline ("Valencia, 14 oct").
  size_t scope_opening_words = 0;
  // Words that join two predicates ("y", "pero"): a place before one of them is not the scope of a
  // value after it, unless the place opens the clause.
  WordSet scope_coordinators;

  const Measure* Find(const std::string& id) const;
};

// Reads <dir>/measures.yaml into lang->measures (a missing file means no measures). Needs
// units.yaml and nouns.yaml loaded (units, lemmas). Currency codes named by `currency_codes` are
// added to lang->measure_units and lang->measure_table as units of kind `currency`.
Status LoadMeasureLexicon(const std::string& dir, TextNormalizer& norm, Language* lang);

}  // namespace contraste
