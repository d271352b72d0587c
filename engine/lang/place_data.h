// Loads rules/<lang>/places.yaml into Language::places (lang/entity_data.h PlaceCues): the nouns that
// name places, the words of media and platforms, the containment patterns ("{place} ({container})"),
// and the iso-codes countries and subdivisions it names (lang/iso_places.h).
//
//   if (Status s = LoadPlaceData("rules/es", normalizer, lang); !s) return s.error();
#pragma once

#include <string>

#include "core/error.h"

namespace contraste {

class TextNormalizer;
struct Language;

// A missing places.yaml is no error (a language without place data); a malformed one is, with
// file:line:col. Kinds must be kinds of place of the gazetteer's tree.
Status LoadPlaceData(const std::string& dir, TextNormalizer& normalizer, Language& lang);

}  // namespace contraste
