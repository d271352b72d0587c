// Which names are venues (claims/place_book.h, claims/place_phrases.h, rules/es/places.yaml): media
// and platforms never, names of unknown kind only when a place noun names them in some article or
// the text puts them inside a known place; two venues conflict only at one level of place.
#include <doctest/doctest.h>

#include <algorithm>

#include <string>
#include <vector>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::vector<const Claim*> VenuesOf(const Analysis& a) {
  std::vector<const Claim*> out;
  for (const Claim& c : a.claims) {
    if (c.slot == "venue") out.push_back(&c);
  }
  return out;
}

size_t VenueConflicts(const Analysis& a) {
  size_t n = 0;
  for (const Finding& f : a.findings) n += f.slot == "venue" && f.kind == "conflict";
  return n;
}

}  // namespace

TEST_CASE("media and platforms are never venues") {
  for (const char* text : {"El alcalde habló del incendio en la cadena SER.",
                           "El alcalde habló del incendio en Aragón Radio.",
                           "El alcalde habló del incendio en Twitter.",
                           "El alcalde habló del incendio en la emisora Onda Regional."}) {
    CAPTURE(text);
    CHECK(VenuesOf(Analyze({Doc("d", text)})).empty());
  }
}

TEST_CASE("a media word anywhere in the corpus keeps a name from being a place in every article") {
  Analysis a = Analyze({Doc("a", "El consejero lo explicó en la cadena Ribera."),
                        Doc("b", "El consejero dio 40 detalles en el estadio Ribera.")});
  CHECK(VenuesOf(a).empty());
}

TEST_CASE("a name of unknown kind is no venue unless a place noun names it") {
  CHECK(VenuesOf(Analyze({Doc("d", "La reunión de los vecinos fue en la Delegación del Gobierno.")})).empty());
  CHECK(VenuesOf(Analyze({Doc("d", "El Real Olmedo jugó el partido en el secreto Singapore Airlines.")})).empty());
  CHECK(VenuesOf(Analyze({Doc("d", "El Real Olmedo viajó en el vuelo Sídney-Singapur.")})).empty());
  Analysis named = Analyze({Doc("d", "El partido del Real Olmedo se jugó en el estadio Los Pinos.")});
  REQUIRE(VenuesOf(named).size() == 1);
  CHECK(VenuesOf(named)[0]->venue.front().kind == "stadium");
  CHECK(VenuesOf(named)[0]->venue.front().level == "site");
  // "Hospital Xiaotangshan": the noun opens the name.
  Analysis opens = Analyze({Doc("d", "Los enfermos del brote fueron atendidos en el Hospital Xiaotangshan.")});
  REQUIRE(VenuesOf(opens).size() == 1);
  CHECK(VenuesOf(opens)[0]->venue.front().kind == "hospital");
}

TEST_CASE("a place noun in one article makes the name a place in the others") {
  Analysis a = Analyze({Doc("a", "El partido entre el Real Olmedo y el Deportivo Sarria se jugó en el estadio Los Pinos."),
                        Doc("b", "El Real Olmedo y el Deportivo Sarria disputaron el partido en Los Pinos.")});
  std::vector<const Claim*> venues = VenuesOf(a);
  REQUIRE(venues.size() == 2);
  CHECK(venues[1]->venue.front().kind == "stadium");
}

TEST_CASE("places of different levels do not conflict; places of one level do") {
  // A stadium and a street: a site and a street, both true of one match.
  Analysis levels = Analyze({Doc("a", "El partido entre el Real Olmedo y el Deportivo Sarria se jugó en el estadio Los Pinos."),
                             Doc("b", "El Real Olmedo y el Deportivo Sarria disputaron el partido en la calle Mayor.")});
  CHECK(VenuesOf(levels).size() == 2);
  CHECK(VenueConflicts(levels) == 0);
  Analysis sites = Analyze({Doc("a", "El partido entre el Real Olmedo y el Deportivo Sarria se jugó en el estadio Los Pinos."),
                            Doc("b", "El Real Olmedo y el Deportivo Sarria disputaron el partido en el estadio Ribera Alta.")});
  CHECK(VenueConflicts(sites) == 1);
}

TEST_CASE("iso-codes places: a Mexican state in Mexico, a Spanish province in its community and Spain") {
  const Language* es = SharedEngine().FindLanguage("es");
  REQUIRE(es);
  const Entity* hidalgo = es->FindEntity("iso:MX-HID");
  REQUIRE(hidalgo);
  CHECK(hidalgo->kind == "region");
  REQUIRE(es->FindEntity(hidalgo->part_of));
  CHECK(es->FindEntity(hidalgo->part_of)->iso == "MX");
  const Entity* murcia = es->FindEntity("iso:ES-MU");
  REQUIRE(murcia);
  CHECK(murcia->kind == "province");
  CHECK(murcia->part_of == "iso:ES-MC");
  CHECK(es->FindEntity("iso:ES-MC")->part_of == es->FindEntity("iso:ES-MC")->part_of);
  CHECK(es->FindEntity(es->FindEntity("iso:ES-MC")->part_of)->iso == "ES");
  // The gazetteer's entry with `iso` is that place: Alicante in the Comunitat Valenciana.
  const Entity* alicante = es->FindEntity("alicante");
  REQUIRE(alicante);
  CHECK(alicante->part_of == "comunitat-valenciana");
}

TEST_CASE("containment learned from the text: a town never conflicts with the province it lies in") {
  // "Lorca (Murcia)" in one article puts Lorca inside Murcia in every article.
  Analysis a = Analyze({Doc("a", "El incendio forestal de Lorca (Murcia) arrasó 400 hectáreas."),
                        Doc("b", "El incendio forestal se declaró en Lorca el lunes."),
                        Doc("c", "El incendio forestal se declaró en Murcia el lunes.")});
  CHECK(VenueConflicts(a) == 0);
  for (const Claim* c : VenuesOf(a)) {
    if (c->quote != "Lorca") continue;
    bool in_murcia = false;
    for (const EntityRef& r : c->venue) in_murcia = in_murcia || r.id == "iso:ES-MU";
    CHECK(in_murcia);
  }
  // Two towns the text puts in known places, at one level, do conflict.
  Analysis towns = Analyze({Doc("a", "El incendio forestal se declaró en Lorca (Murcia)."),
                            Doc("b", "El incendio forestal se declaró en Cieza (Murcia).")});
  CHECK(VenueConflicts(towns) == 1);
}

TEST_CASE("the place of a subordinate opening clause is no venue of an event without a trigger") {
  const std::string celebration =
      "Nada más pitar el final el árbitro en Sevilla, miles de zaragocistas salieron a la calle en Zaragoza.";
  std::vector<std::string> venues;
  for (const Claim* c : VenuesOf(Analyze({Doc("a", celebration)}))) venues.push_back(c->quote);
  CHECK(std::find(venues.begin(), venues.end(), "Sevilla") == venues.end());
  // Silent: the same place in the main clause is a venue.
  std::vector<std::string> main_clause;
  for (const Claim* c : VenuesOf(Analyze({Doc("a", "Miles de zaragocistas salieron a la calle en Sevilla.")}))) {
    main_clause.push_back(c->quote);
  }
  CHECK(std::find(main_clause.begin(), main_clause.end(), "Sevilla") != main_clause.end());
}
