// An amount of money and its smaller coins written after it, one amount: "3 dollars 50 cents",
// "thirteen dollars and forty-five cents", "10 $ 30 cent" (3.50, 13.45 and 10.30 dollars), and
// with the coins' unit left out at the end of a clause: "15 dollars 50.", "c $ 100 and fifty",
// "17 USD 25" (15.50, 100.50, 17.25). The unit and its coin are data (units.yaml `minor`:
// {unit: centavo, per: 100}), the words between them too (`minor_links`: "and", "y").
//
//   std::vector<Mention> ms = ...;      // a sentence's mentions, sorted by first token
//   JoinMinorUnits(lang, tokens, &ms);  // "3 dollars 50 cents" = one 3.5 dólar
#pragma once

#include <vector>

#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// Joins each whole amount of a unit that has a `minor` coin with the count of coins right after
// it (a link word may stand between): a quantity of the coin, or a bare whole number below `per`
// that ends its clause or comes before a link word. The coins' mention is removed; `mentions`
// stay sorted by first token.
void JoinMinorUnits(const Language& lang, const TokenRange& text, std::vector<Mention>* mentions);

}  // namespace contraste
