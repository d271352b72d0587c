// The conformance scorer (tools/conformance/spec_scoring.h) on the models of a measure: an age is
// a duration with its measure's complement, compared by count and by the duration unit the spec
// names in the language's words; a temperature by value and by the unit's `name`.
#include "conformance/spec_scoring.h"

#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

nlohmann::json Case(const std::string& input, const std::string& text, const std::string& value, const std::string& unit) {
  return {{"Input", input}, {"Results", {{{"Text", text}, {"Resolution", {{"value", value}, {"unit", unit}}}}}}};
}

}  // namespace

TEST_CASE("AgeModel: the duration, its complement, and the unit the spec names") {
  SpecScorer en(SharedEngine(), "en");
  REQUIRE(en.ok());
  SpecModel model;
  REQUIRE(ModelOfFile("AgeModel", &model));
  CHECK(model == SpecModel::kAgeModel);
  CHECK(en.Passes(model, Case("The committee proposal is 8 months old.", "8 months old", "8", "Month")));
  CHECK(en.Passes(model, Case("At 6 weeks of age, one can already celebrate.", "6 weeks of age", "6", "Week")));
  // Another unit, another count, or the span without its complement fail.
  CHECK_FALSE(en.Passes(model, Case("The committee proposal is 8 months old.", "8 months old", "8", "Year")));
  CHECK_FALSE(en.Passes(model, Case("The committee proposal is 8 months old.", "8 months old", "9", "Month")));
  CHECK_FALSE(en.Passes(model, Case("The committee proposal is 8 months old.", "8 months", "8", "Month")));
  // A duration no word of age follows is no age.
  CHECK_FALSE(en.Passes(model, Case("The talks lasted 8 months.", "8 months", "8", "Month")));
}

TEST_CASE("TemperatureModel: value and the unit's name; degrees alone by their noun") {
  SpecModel model;
  REQUIRE(ModelOfFile("TemperatureModel", &model));
  SpecScorer en(SharedEngine(), "en");
  CHECK(en.Passes(model, Case("set the temperature to 70 degrees f", "70 degrees f", "70", "F")));
  CHECK_FALSE(en.Passes(model, Case("set the temperature to 70 degrees f", "70 degrees f", "70", "C")));
  CHECK(en.Passes(model, Case("raise the temperature by 5 degrees", "5 degrees", "5", "Degree")));
  SpecScorer es(SharedEngine(), "es");
  CHECK(es.Passes(model, Case("-5 grados Fahrenheit", "-5 grados fahrenheit", "-5", "Grado Fahrenheit")));
  CHECK(es.Passes(model, Case("Ajuste la temperatura a 100 Kelvin", "100 kelvin", "100", "Kelvin")));
}

TEST_CASE("CurrencyModel: an ISO 4217 code is the currency the language reads in it") {
  SpecModel model;
  REQUIRE(ModelOfFile("CurrencyModel", &model));
  SpecScorer en(SharedEngine(), "en");
  nlohmann::json usd = Case("I would like to buy this item for USD 200.", "usd 200", "200", "United States dollar");
  usd["Results"][0]["Resolution"]["isoCurrency"] = "USD";
  CHECK(en.Passes(model, usd));
  nlohmann::json eur = usd;
  eur["Results"][0]["Resolution"]["isoCurrency"] = "EUR";
  CHECK_FALSE(en.Passes(model, eur));
  // Without a code, by the unit's name: "$" is "Dollar", not "United States dollar".
  CHECK(en.Passes(model, Case("It costs $ 200.", "$ 200", "200", "Dollar")));
  CHECK_FALSE(en.Passes(model, Case("It costs $ 200.", "$ 200", "200", "United States dollar")));
}
