// Decades written in words and in short forms ("los años setenta", "en los 70"), and the counts
// that look like them but are not ("los 70 heridos"); a count of units "en el futuro"; a year in
// words after "año".
#include <doctest/doctest.h>

#include "time_support.h"

using contraste::testing::CheckOneDate;
using contraste::testing::DatesOf;

namespace {

struct Case {
  const char* text;
  const char* quote;  // the decade as found
  const char* value;  // normalized
};

const Case kDecades[] = {
    {"Emigró en los años setenta.", "los años setenta", "197X"},
    {"Se construyó en los años mil novecientos sesenta.", "los años mil novecientos sesenta", "196X"},
    {"Volvió en los años dos mil diez.", "los años dos mil diez", "201X"},
    {"Nació en los años dos mil.", "los años dos mil", "200X"},
    {"Llegó al poder en la década 40.", "la década 40", "194X"},
    {"La economía creció en los 70.", "los 70", "197X"},
    {"La economía creció en los noventa.", "los noventa", "199X"},
    {"En los 70, la economía creció.", "los 70", "197X"},
};

}  // namespace

TEST_CASE("a decade in words or in its short form is one decade") {
  for (const Case& c : kDecades) {
    CheckOneDate(c.text, "2024-06-19", c.quote, c.value);
  }
}

TEST_CASE("a short form followed by a list connector starts a list of decades") {
  auto dates = DatesOf("La economía creció en los 70 y en los 80.", "2024-06-19");
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].quote == "los 70");
  CHECK(dates[1].quote == "los 80");
}

TEST_CASE("a count is not a short decade") {
  CHECK(DatesOf("Entre los 70 heridos hay niños.", "2024-06-19").empty());
  CHECK(DatesOf("De los 70, 30 eran mujeres.", "2024-06-19").empty());
  CHECK(DatesOf("Los 70 llegaron tarde.", "2024-06-19").empty());
  CHECK(DatesOf("Murieron 3 de los 1970 pasajeros.", "2024-06-19").empty());
}

TEST_CASE("a count of units \"en el futuro\" is the same period as the next count of units") {
  auto future = DatesOf("Ocurrirá 4 semanas en el futuro.", "2024-06-19");
  auto next = DatesOf("Ocurrirá las próximas 4 semanas.", "2024-06-19");
  REQUIRE(future.size() == 1);
  REQUIRE(next.size() == 1);
  CHECK(future[0].quote == "4 semanas en el futuro");
  CHECK(!future[0].normalized.empty());
  CHECK(future[0].normalized == next[0].normalized);
}

TEST_CASE("the year noun before a year in words that ends the clause is a year") {
  auto dates = DatesOf("Llegará en el año dos mil sesenta y siete.", "2024-06-19");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].quote == "año dos mil sesenta y siete");
  CHECK(dates[0].normalized == "2067");
  CHECK(DatesOf("Murieron en un año mil quinientas personas.", "2024-06-19").empty());
  CHECK(DatesOf("Tardó un año mil.", "2024-06-19").empty());
}
