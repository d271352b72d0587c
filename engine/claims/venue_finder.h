// Where an event took place, as the text says it: a place after a venue preposition in the clause
// of a trigger whose frame takes the `venue` slot ("reunidos ... en el Palacio del Sol de
// Kumsusan"), with the larger places written after it ("plaza Kim Il Sung de Pionyang"). Cues are
// language data (rules/<lang>/venues.yaml); places are gazetteer entities of a kind under `place`
// or names of unknown kind.
//
//   for (const VenueMention& v : FindVenues(lang, tokens, mentions)) { mentions[v.trigger] ... }
#pragma once

#include <vector>

#include "claims/claim.h"
#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

struct VenueMention {
  size_t trigger = 0;            // index into the sentence's mentions: the event's trigger, or,
                                 // with `fallback`, the place (no trigger in the sentence)
  bool fallback = false;         // of the language's fallback frame (Language::fallback_frame)
  size_t begin_token = 0;        // the place phrase, tokens [begin, end): what the claim quotes
  size_t end_token = 0;
  std::vector<size_t> places;    // indices of entity mentions: the place, then the places it lies in
  std::string unnamed_kind;      // a place named by its kind alone ("un aeropuerto"): the kind;
                                 // `places` then holds only the places it lies in
  std::string unnamed_noun;      // ... and the noun as written
  std::string noun_kind;         // the kind a place noun gives the place, a name of unknown kind
                                 // ("el estadio Los Pinos": stadium), or empty
  bool located = false;          // where a name lies ("el Hospital Intermédica, ubicado en
                                 // Pachuca"), not where something happened: always `fallback`
};

// Venues of one sentence, in text order. In a sentence where no trigger's frame takes a venue, the
// venue phrases belong to the fallback frame, if the language has one that takes venues. A venue
// preposition may be a phrase ("a la altura de Tordesillas": venues.yaml `phrase_prepositions`),
// whose venue may stand after a comma in its trigger's reach; a place after a `located` word
// ("ubicado en") is where the name before it lies, a venue of the fallback frame.
std::vector<VenueMention> FindVenues(const Language& lang, const TokenRange& text, const std::vector<Mention>& ms);

// The claim's venue chain: the place, the places the text puts it in, then the gazetteer's part_of
// ancestors of each, without repeats (unknown names are shown as written, of the kind a place noun
// gives them, else "unknown"), each with its level (KindTree::LevelOf under "place"). A place named by its
// kind alone has the id "unnamed:<kind>@<id of the first place it lies in>".
std::vector<EntityRef> VenueChain(const Language& lang, const std::vector<Mention>& ms, const VenueMention& v);

// Mentions of iso-codes places (Entity::capitalized_only) right after a venue preposition ("en
// Hidalgo"), venues or not: they say where, and take no part in the event as names of unknown
// kind in that position did not.
std::vector<size_t> IsoPlacesAfterCue(const Language& lang, const TokenRange& text, const std::vector<Mention>& ms);

// True when `kind` may be a venue: a kind under `place` that venues.yaml does not call too coarse,
// or an unknown kind.
bool IsVenueKind(const Language& lang, const std::string& kind);

}  // namespace contraste
