// A number in digits right between two names is part of a designation ("Boeing 787 Dreamliner"),
// not an amount: no claim counts 787 aircraft. A count before a name ("60 aviones Boeing"), a
// number after a common word ("el nuevo 787"), and a headline in capitals keep their amounts.
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

bool HasQuantityValue(const std::vector<Claim>& claims, double value) {
  for (const Claim& c : claims) {
    if (c.slot == "quantity" && c.interval.lo <= value && value <= c.interval.hi) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a number between two names is a designation, not an amount") {
  const auto claims = ClaimsOf(
      "Las aerolíneas chinas acordaron la compra de 60 aviones Boeing 787 Dreamliner por 7.200 millones de dólares.");
  CHECK(HasQuantityValue(claims, 60));
  CHECK_FALSE(HasQuantityValue(claims, 787));
  const auto english = ClaimsOf("Chinese airlines agreed to buy 60 Boeing 787 Dreamliner jets.");
  CHECK(HasQuantityValue(english, 60));
  CHECK_FALSE(HasQuantityValue(english, 787));
}

TEST_CASE("numbers next to one name, or in a headline in capitals, keep their amounts") {
  // A count of things of a brand: the name comes after the number only.
  CHECK(HasQuantityValue(ClaimsOf("La aerolínea compró 20 Airbus para su flota."), 20));
  // A headline in capitals makes every word look like a name.
  CHECK(HasQuantityValue(ClaimsOf("INDÍGENAS SE UNEN PARA DESTRUIR 63 LABORATORIOS DE COCA"), 63));
  // A hedge before the number: an amount, whatever follows.
  CHECK(HasQuantityValue(ClaimsOf("Según la Cruz Roja unos 12 Voluntarios Unidos ayudaron en Paiporta."), 12));
}
