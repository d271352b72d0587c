// One body named in full and by its acronym across a story (issue 15): "Sindicato Médico de Atención
// Primaria de Galicia" and "SMAPG", "Servizo Galego de Saúde" and "Sergas". The sources of the
// claims (Claim::attribution) whose names are of unknown kind ("name:...") are joined, per story:
//   - when an article of the story writes one right after the other in brackets ("Servizo Galego
//     de Saúde (Sergas)", or the acronym first: "el SMAPG (Sindicato Médico...)"): the text says so;
//   - when the short name, one word, is the initials of the long name's content words (the
//     function words of its document's language, rules/<lang>/function_words.yaml, skipped: "de",
//     "del"), and of no other long source name of the story: two bodies with the same initials
//     ("Instituto Nacional de Estadística", "Instituto Nacional de Empleo" for "INE") join neither,
//     unless brackets join one.
// The joined sources take the id of the long name (a gazetteer id, when one of them has one), so
// the gates read them as one source: two articles that give it different figures conflict. Names
// the gazetteer knows are already one entity with their aliases (extract/names/entity_matcher.h).
//
//   JoinSourceNames(docs, function_words_of_doc, &claims);  // claims with Claim::story set
#pragma once

#include <vector>

#include "claims/claim.h"
#include "lang/word_map.h"
#include "text/document.h"

namespace contraste {

// `function_words[d]`: the folded function words of document d's language (may be null).
void JoinSourceNames(const std::vector<Document>& docs, const std::vector<const WordSet*>& function_words,
                     std::vector<Claim>* claims);

// The initials of the content words of a folded name's words ("servizo galego de saude" -> "sgs"),
// `function_words` skipped; empty for fewer than two content words.
std::string InitialsOf(std::string_view folded_words, const WordSet* function_words);

}  // namespace contraste
