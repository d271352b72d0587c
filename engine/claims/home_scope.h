// A story's home country as a figure's scope: in a story whose places all lie in one country, "37
// killed in Mozambique" is the story's toll, the same figure as "the death toll has risen to 52"
// that names no place. Such scopes are cleared, so both are compared (and a stale 37 is found).
// A story that names two countries (as scopes, or as venues and the places that hold them) has no
// home: "200 muertos en España" and "12 en Francia" stay apart, and a town's or a region's figure
// keeps its scope in every story.
//
//   std::map<std::string, PlaceBook> books;  // by language, settled
//   ClearHomeScopes(documents, books, &claims);  // claims with Claim::story set
#pragma once

#include <map>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "claims/place_book.h"
#include "text/document.h"

namespace contraste {

// Clears Claim::scope where it is its story's home country (see above). `books`: each language's
// settled place book, by language code; documents without one name no places.
void ClearHomeScopes(const std::vector<Document>& docs, const std::map<std::string, PlaceBook>& books,
                     std::vector<Claim>* claims);

}  // namespace contraste
