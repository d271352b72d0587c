// Names that no gazetteer entry knows: runs of capitalized words, with the language's connector
// words inside ("Monumento de la Liberación", "Deportivo Sarria"), read as entities of unknown
// kind. Capitals are read from the original bytes (the folded text is lowercase). A capitalized
// word opening a sentence starts a name only when the document never writes it in lowercase, and a
// lone one ("Echeverría obtuvo...") only when the document also writes it capitalized inside a
// sentence ("la ventaja de Lucía Echeverría").
//
//   NameContext ctx = NameContextOf(doc, text);
//   AddUnknownNames(lang, ctx, sentence, &mentions);   // appends, keeps mentions sorted
#pragma once

#include <string>
#include <vector>

#include "extract/mention.h"
#include "lang/language.h"
#include "text/analyzed_text.h"

namespace contraste {

struct NameContext {
  const Document* doc = nullptr;
  const AnalyzedText* text = nullptr;
};

// What the name finder needs to know about a whole document. Costs nothing: what is asked of the
// whole document (WrittenInLowercase) is answered when asked, for the few words asked about.
NameContext NameContextOf(const Document& doc, const AnalyzedText& text);

// True when token `i` starts with an uppercase or titlecase letter in the original text.
bool IsCapitalized(const NameContext& ctx, size_t token);

// True when the folded word of token `token` of `tokens` is written in lowercase somewhere in the
// document (a word token of the same text that is not capitalized). Cost: a scan of the
// document's token hashes, stopping at the first lowercase one.
bool WrittenInLowercase(const NameContext& ctx, const TokenRange& tokens, size_t token);

// True when the folded word of token `token` is never written in lowercase in the document and is
// written capitalized at least once right after a word or a comma (inside a sentence, not opening
// one), outside the body's first line (a headline may capitalize every word). Cost: one scan of the
// document's token hashes, stopping at the first lowercase one.
bool WrittenAsNameInside(const NameContext& ctx, const TokenRange& tokens, size_t token);

// The matching id of an unknown name from its folded words: "name:deportivo sarria".
std::string UnknownNameId(const TokenRange& tokens, size_t begin, size_t end);

// First drops the entities matched only when capitalized (Entity::capitalized_only: the iso-codes
// places) where the text writes them in lowercase or inside a longer name, and gives the others
// their UnknownNameId as `surface`. Then appends a kEntity mention (ref -1, normalized =
// UnknownNameId, surface = original bytes) for every capitalized name of `sentence` not covered by
// an entity mention, and re-sorts `mentions` by first token.
void AddUnknownNames(const Language& lang, const NameContext& ctx, const Sentence& sentence,
                     std::vector<Mention>* mentions);

}  // namespace contraste
