// What the pipeline learns from one document alone, before anything is compared across documents:
// its claims (not yet linked to events, venues not yet settled), what it says about places and
// what it is about. Engine::AnalyzeDocument makes one; Engine::Combine turns a corpus of them into
// an Analysis. The store (store/) keeps one per document, so that a corpus is analysed once and
// only the steps over the whole corpus (places, stories, events, findings) are run again.
#pragma once

#include <string>
#include <vector>

#include "claims/claim.h"
#include "claims/place_book.h"
#include "stories/story_terms.h"
#include "text/document.h"

namespace contraste {

struct DocumentAnalysis {
  Document document;          // with its locale and the assumptions made
  std::vector<Claim> claims;  // Claim::doc is 0; event, story and venue chains unset
  StoryTerms terms;           // what it is about (stories/story_terms.h)
  PlaceNotes places;          // what it says about places (claims/place_book.h)
  size_t mentions = 0;        // typed mentions found
};

}  // namespace contraste
