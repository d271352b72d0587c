// Figures that move as a story unfolds (rules/<lang>/timeline.yaml, issue 15): the words that say
// a figure corrects an earlier one ("corrigió", "tras el recuento"), and the words that say when a
// count was given ("según el balance de las 08.00 horas", "esta mañana, el primer recuento...").
// Which measures are cumulative or current is said in measures.yaml.
//
//   TimelineLexicon lex;
//   if (Status s = LoadTimelineLexicon("rules/es", norm, &lex); !s) { /* file:line:col */ }
//   lex.corrections.LongestAt(tokens, i, &match)   // "corrigió", ...
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "lang/phrase_table.h"

namespace contraste {

class TextNormalizer;

struct TimelineLexicon {
  PhraseTable corrections;      // a sentence with one corrects the figures it gives (id 0)
  PhraseTable changes;          // "sube a", "se eleva a": the value right after is a new value (id 0)
  // A sentence with one gives figures of a count still going on or soon revised ("provisional",
  // "con el 85 % escrutado", "on course", "initially"): they move, as figures after a change do (id 0).
  PhraseTable provisional;
  PhraseTable counts;           // "balance", "recuento": the clause that names the count (id 0)
  PhraseTable clock;            // "a las", "de las": a clock time follows (id 0)
  PhraseTable day_parts;        // "mañana", "noche": id = index into day_part_minutes
  std::vector<int> day_part_minutes;  // minute of the day each part stands for
};

// Reads `dir`/timeline.yaml; a missing file leaves `out` empty.
Status LoadTimelineLexicon(const std::string& dir, TextNormalizer& norm, TimelineLexicon* out);

}  // namespace contraste
