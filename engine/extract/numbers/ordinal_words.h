// Ordinals written in words: "primera", "vigésimo quinto" (25), "centésimo", "decimoctavo",
// "dos milésimo" (2000), "tresmillonésimo séptimo" (3.000.007), "tres mil millonésimo"; plural
// forms ("terceros") and relative ordinals ("último", "penúltima", "siguiente"). Words come from
// numbers.yaml (ordinals) and number_forms.yaml (ordinal_multipliers, relative_ordinals).
//
//   OrdinalWords o;
//   if (ParseOrdinalWords(lang, tokens, i, nullptr, &o)) { /* o.value, o.end, o.plural */ }
#pragma once

#include "extract/numbers/number_words.h"
#include "lang/language.h"

namespace contraste {

struct OrdinalWords {
  double value = 0;
  size_t end = 0;       // one past the last token
  bool plural = false;  // "terceros", "milésimos"
  int relative = -1;    // index into Language::number_forms.relative, or -1
};

// An ordinal at token i, or, when `cardinal` is given, at its end and multiplying it ("dos
// milésimo": the cardinal must be followed by an ordinal multiplier). False when none starts there.
bool ParseOrdinalWords(const Language& lang, const TokenRange& text, size_t i, const CardinalWords* cardinal,
                       OrdinalWords* out);

// "último", "antes del último", "siguiente" at token i.
bool ParseRelativeOrdinal(const Language& lang, const TokenRange& text, size_t i, OrdinalWords* out);

}  // namespace contraste
