// Countries and their subdivisions from Debian's iso-codes (ISO 3166-1 and 3166-2 as JSON, with
// each subdivision's `parent`), named in the language of the rules: the package's gettext
// translations (.mo) and ICU's display names of countries. They become gazetteer places: a country
// (kind `country_kind`), a subdivision without a parent (`subdivision_kind`, a region) and one
// inside another subdivision (`part_kind`, a province), each `part_of` its parent or its country.
// A gazetteer entry with `iso: CODE`, or a gazetteer place of the same level that already has one
// of its names, is that place: the iso names are added to it as aliases (the gazetteer keeps the
// aliases it has). Where two iso places share a name, the subdivisions of the `prefer` countries
// come first, then countries, then other subdivisions; a subdivision never takes its own country's
// name ("México" the state). Their names match only capitalized, alone in the text (Entity::
// capitalized_only).
//
// places.yaml:
//   iso_3166: {countries: /usr/share/iso-codes/json/iso_3166-1.json,
//              subdivisions: /usr/share/iso-codes/json/iso_3166-2.json,
//              translations: [.../iso_3166-1.mo, .../iso_3166-2.mo], display_language: es,
//              country_kind: country, subdivision_kind: region, part_kind: province, prefer: [ES, MX]}
#pragma once

#include <string>

#include <yaml-cpp/yaml.h>

#include "core/error.h"

namespace contraste {

class TextNormalizer;
struct Language;

// Reads the iso-codes files `node` names (errors at `file`:line:col, or at the data file) and adds
// their places to `lang`.
Status LoadIsoPlaces(const std::string& file, const YAML::Node& node, TextNormalizer& normalizer, Language& lang);

}  // namespace contraste
