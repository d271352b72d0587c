// Figures that move as a story unfolds (rules/<lang>/timeline.yaml, issue 15): the words that say
// a figure corrects an earlier one ("corrigió", "tras el recuento"). Which measures are cumulative
// is said in measures.yaml.
//
//   TimelineLexicon lex;
//   if (Status s = LoadTimelineLexicon("rules/es", &lex); !s) { /* file:line:col */ }
//   lex.corrections   // "corrigió", ...
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.h"

namespace contraste {

class TextNormalizer;

struct TimelineLexicon {
  std::vector<std::string> corrections;                     // as written, lower case
};

// Reads `dir`/timeline.yaml; a missing file leaves `out` empty.
Status LoadTimelineLexicon(const std::string& dir, TextNormalizer& norm, TimelineLexicon* out);

}  // namespace contraste
