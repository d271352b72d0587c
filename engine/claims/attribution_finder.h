// Who a sentence says its statements come from: the entities right after an attribution cue
// ("según TASS", "informó KCNA", "ha aseverado Putin, según ha recogido la agencia Interfax") or
// right before a reporting cue ("Putin dijo"). Cues, stop words and source kinds are language data
// (rules/<lang>/attribution.yaml). A claim carries the sources of its sentence.
//
//   std::vector<EntityRef> who = FindAttribution(lang, tokens, mentions);  // text order, no repeats
#pragma once

#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// Sources of one sentence, in text order, each once.
std::vector<EntityRef> FindAttribution(const Language& lang, const TokenRange& text, const std::vector<Mention>& ms);

// "TASS", "Yuri Ushakov / TASS": the names of a claim's sources, for reports.
std::string AttributionText(const std::vector<EntityRef>& sources);

// A source that two or more documents give for claims of one finding: they agree on who said it.
struct SharedSource {
  EntityRef source;
  std::vector<size_t> docs;  // document indices, sorted
};
// Sources of the claims `which` (indices into `claims`) given by two or more documents, by id.
std::vector<SharedSource> SharedSources(const std::vector<Claim>& claims, const std::vector<size_t>& which);

}  // namespace contraste
