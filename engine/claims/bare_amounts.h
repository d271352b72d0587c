// Bare amounts of money: "frente al beneficio de 52 millones que obtuvo en 2025", "los 25 millones
// que ganó en 2025", "a profit of 52 million a year earlier". A number of a million or more written
// with a number word and nothing counted after it is read as money in the article's currency when
// the words around it give it a money measure (measures.yaml: "beneficio", "ganó"); otherwise it
// stays a bare number, as before. The article's currency is the one currency its amounts name ("387
// millones de euros"); when they name none, its locale's (ICU's currency of the locale, read as the
// language's unit for that ISO 4217 code: "EUR" is a phrase of units.yaml `euro`); when they name
// two or more, none (a bare "25 millones" beside euros and dollars is either).
//
//   const std::string currency = ArticleCurrency(lang, locale.tag, per_sentence);
//   BareAmounts bare = GiveBareAmountsCurrency(lang, tokens, currency, &ms);
//   FindMeasures(lang, tokens, &ms);
//   KeepMeasuredBareAmounts(bare, &ms);
#pragma once

#include <string>
#include <vector>

#include "extract/mention.h"
#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

// The unit id of the article's currency (see above), or empty.
std::string ArticleCurrency(const Language& lang, const std::string& locale_tag,
                            const std::vector<std::vector<Mention>>& per_sentence);

// The bare amounts of one sentence made quantities of the currency, as they were before.
struct BareAmounts {
  std::vector<Mention> before;
};

// Makes each bare amount of the sentence (a number, not vague, of at least a million, whose last
// token is a word: "52 millones", "25 million", "un millón") a quantity of `currency`. Nothing when
// `currency` is empty.
BareAmounts GiveBareAmountsCurrency(const Language& lang, const TokenRange& t, const std::string& currency,
                                    std::vector<Mention>* ms);

// Returns to a bare number each amount made money above that no measure took (FindMeasures ran in
// between): "la ciudad suma ya 3 millones" says nothing of money.
void KeepMeasuredBareAmounts(const BareAmounts& bare, std::vector<Mention>* ms);

}  // namespace contraste
