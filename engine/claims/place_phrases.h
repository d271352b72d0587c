// What the words around a name say about it as a place (rules/<lang>/places.yaml): a place noun
// names it ("el estadio Los Pinos", "la plaza del Pilar", "Hospital Xiaotangshan"), or a word of
// media or platforms marks it as none ("la cadena SER", "Aragón Radio").
//
//   std::string kind = NounKindOf(lang, tokens, mention);   // "stadium", or "" when no noun names it
//   if (IsMediaName(lang, tokens, mention)) { /* never a venue */ }
#pragma once

#include <string>

#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// The kind of place a noun gives the name of entity mention `m`: the noun right before it, with
// at most two `noun_links` words between ("la plaza del Pilar"), or its own first word when the
// name is longer ("Hospital Xiaotangshan"). Empty when no place noun names it.
std::string NounKindOf(const Language& lang, const TokenRange& t, const Mention& m);

// True when a media word stands right before the name ("la cadena SER"), inside it ("Radio Vega")
// or right after it ("Aragón Radio").
bool IsMediaName(const Language& lang, const TokenRange& t, const Mention& m);

}  // namespace contraste
