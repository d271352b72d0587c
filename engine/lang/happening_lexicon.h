// What a date is the date of (rules/<lang>/happenings.yaml, issues 14 and 15): the nouns and verbs
// that name a happening ("las elecciones del 27 de octubre", "la próxima jornada será el 27 de
// enero", "firma hasta 2031"), each with an id every language shares ("election", "contract"), the
// words that may stand between a happening and its date, the words that make the date the
// happening's end ("hasta"), and the words that say which occurrence it is ("la próxima jornada").
// claims/date_subjects.h reads it.
//
//   HappeningLexicon lex;
//   if (Status s = LoadHappeningLexicon("rules/es", norm, &lex); !s) { /* file:line:col */ }
//   lex.nouns.LongestEndingAt(tokens, i, &match, &start)   // match.id indexes lex.ids
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "lang/phrase_table.h"

namespace contraste {

class TextNormalizer;

struct HappeningLexicon {
  std::vector<std::string> ids;    // happening ids ("election"), indexed by nouns' and verbs' ids
  PhraseTable nouns;               // "elecciones", "jornada de huelga": id indexes `ids`
  PhraseTable verbs;               // "firma", "ha firmado", "se registró": id indexes `ids`
  PhraseTable links;               // "del", "será", "prevista para": between a happening and its date (id 0)
  PhraseTable ends;                // "hasta": the date is the happening's end (id 0)
  PhraseTable complement_links;    // "de": "jornada de huelga" is a jornada (id 0)
  std::vector<std::string> which_ids;  // "next", "first"
  PhraseTable which;               // "próxima", "primera": id indexes `which_ids`
  PhraseTable recurring;           // "cada", "todos los": a sentence with one tells a recurring happening (id 0)
  bool empty() const { return ids.empty(); }
};

// Reads `dir`/happenings.yaml; a missing file leaves `out` empty.
Status LoadHappeningLexicon(const std::string& dir, TextNormalizer& norm, HappeningLexicon* out);

}  // namespace contraste
