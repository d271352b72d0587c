// A place two articles of one story give alike, each linked to nothing in the other article, agrees
// (claims/story_value_agreements.h); two such places that differ are never compared.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const std::string kFirst =
    "Detenidos seis menores por agredir a dos niñas\n\n"
    "Seis menores han sido detenidos en Cádiz por agredir a dos niñas de 12 y 13 años a la salida de un instituto.";

std::string Second(const std::string& place) {
  return "Detenidos seis menores que agredieron a dos niñas a la salida de un instituto\n\n"
         "La Policía Nacional ha detenido en " + place + " a seis menores que agredieron a dos niñas de 12 y 13 años.";
}

// The venue claims of document `doc`.
std::vector<const Claim*> Venues(const Analysis& a, size_t doc) {
  std::vector<const Claim*> out;
  for (const Claim& c : a.claims) {
    if (c.doc == doc && c.slot == "venue") out.push_back(&c);
  }
  return out;
}

size_t VenueFindings(const Analysis& a, const std::string& kind) {
  size_t n = 0;
  for (const Finding& f : a.findings) n += f.kind == kind && f.slot == "venue";
  return n;
}

}  // namespace

TEST_CASE("the same town in two articles of a story, linked to nothing else, agrees") {
  Analysis a = Analyze({Doc("pais", kFirst, "2017-09-12"), Doc("digital", Second("Cádiz"), "2017-09-12")});
  REQUIRE(a.stories.stories.size() == 1);
  const auto first = Venues(a, 0), second = Venues(a, 1);
  REQUIRE(first.size() == 1);
  REQUIRE(second.size() == 1);
  CHECK(first[0]->event == second[0]->event);
  CHECK(first[0]->agree_only);
  CHECK(VenueFindings(a, "agreement") == 1);
}

TEST_CASE("silent: two towns in two articles of a story are not compared") {
  Analysis a = Analyze({Doc("pais", kFirst, "2017-09-12"), Doc("digital", Second("Sevilla"), "2017-09-12")});
  REQUIRE(a.stories.stories.size() == 1);
  const auto first = Venues(a, 0), second = Venues(a, 1);
  REQUIRE(first.size() == 1);
  REQUIRE(second.size() == 1);
  CHECK(first[0]->event != second[0]->event);
  CHECK(VenueFindings(a, "conflict") == 0);
  CHECK(VenueFindings(a, "agreement") == 0);
}

TEST_CASE("a month two articles of a story give alike agrees") {
  // The airline's sentence and the maker's name no one in common: two events, one month.
  const std::string first =
      "La aerolínea japonesa recibirá su primer Dreamliner con retraso\n\n"
      "All Nippon Airways espera recibir su primer avión en mayo de 2008, dijo su director.";
  const std::string second =
      "El primer Dreamliner de la aerolínea japonesa llegará con retraso\n\n"
      "Boeing entregará el primer avión a la aerolínea japonesa en mayo de 2008, según su portavoz.";
  Analysis a = Analyze({Doc("one", first, "2007-07-09"), Doc("two", second, "2007-07-10")});
  REQUIRE(a.stories.stories.size() == 1);
  std::vector<const Claim*> months;
  for (const Claim& c : a.claims) {
    if (c.slot == "date" && c.value == "2008-05") months.push_back(&c);
  }
  REQUIRE(months.size() == 2);
  CHECK(months[0]->doc != months[1]->doc);
  CHECK(months[0]->event == months[1]->event);
}
