// States an article gives an action (claims/state_finder.h, rules/<lang>/states.yaml): permanent
// or temporary, with its exact quote; a denial states the other category; a hypothetical, words
// cited in quotation marks alone and a noun that only looks like a value state nothing.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

struct Stated {
  std::string quote, value, subject;
};

std::vector<Stated> StatesOf(const char* text, const char* language = "es") {
  Analysis a = Analyze({DocIn(language, "d", text)});
  std::vector<Stated> out;
  for (const Claim& c : a.claims) {
    if (c.slot == "state") out.push_back({c.quote, c.value, c.subject});
  }
  return out;
}

}  // namespace

TEST_CASE("a permanent or temporary action, quoted with its words") {
  struct Case {
    const char* text;
    const char* language;
    const char* quote;
    const char* value;
    const char* subject;
  };
  const Case cases[] = {
      {"La discoteca Joy Eslava cierra para siempre tras 40 años.", "es", "cierra para siempre", "permanent", "action:closure"},
      {"Cierra temporalmente Joy Eslava para reformar la sala.", "es", "Cierra temporalmente", "temporary", "action:closure"},
      {"El bar Casa Pepe ha cerrado sus puertas para siempre.", "es", "cerrado sus puertas para siempre", "permanent", "action:closure"},
      {"Cierre definitivo del bar Casa Pepe.", "es", "Cierre definitivo", "permanent", "action:closure"},
      {"La Federación impone a Marco Rossi una suspensión temporal.", "es", "suspensión temporal", "temporary", "action:suspension"},
      // A denial states the other category.
      {"Joy Eslava ha desmentido mediante un comunicado su clausura definitiva.", "es", "clausura definitiva", "temporary", "action:closure"},
      {"Joy Eslava asegura que no es un cierre definitivo.", "es", "cierre definitivo", "temporary", "action:closure"},
      {"The Casa Pepe bar has closed for good.", "en", "closed for good", "permanent", "action:closure"},
      {"FIFA handed Marco Rossi a temporary ban.", "en", "temporary ban", "temporary", "action:ban"},
      {"The Casa Pepe bar is not closing permanently.", "en", "closing permanently", "temporary", "action:closure"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const std::vector<Stated> got = StatesOf(c.text, c.language);
    REQUIRE(got.size() == 1);
    CHECK(got[0].quote == c.quote);
    CHECK(got[0].value == c.value);
    CHECK(got[0].subject == c.subject);
  }
}

TEST_CASE("statements only supposed, cited or of nobody state nothing") {
  struct Case {
    const char* text;
    const char* language;
  };
  const Case cases[] = {
      {"El bar Casa Pepe podría cerrar definitivamente.", "es"},
      {"Si el bar Casa Pepe cierra para siempre, el barrio lo notará.", "es"},
      {"Un medio aseguraba el «cierre para siempre» del bar Casa Pepe.", "es"},
      {"El temporal cierra el bar Casa Pepe durante dos días.", "es"},   // a storm, not "temporal"
      {"La sala cierra para siempre.", "es"},                           // whose closure is unsaid
      {"The Casa Pepe bar could close permanently.", "en"},
  };
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    CHECK(StatesOf(c.text, c.language).empty());
  }
}

TEST_CASE("a negation of another verb does not reach the action past a coordinator") {
  const std::vector<Stated> got = StatesOf("El bar Casa Pepe no pudo resistir y cierra para siempre.");
  REQUIRE(got.size() == 1);
  CHECK(got[0].value == "permanent");
}
