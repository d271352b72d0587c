// English units of rules/en/units.yaml read after (or before) a number: temperature scales, speeds
// "an hour", currency signs of ISO 4217 currencies and a bitcoin's parts.
#include <string>
#include <vector>

#include "extract/mention_test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::vector<std::string> Quantities(const std::string& text) { return EnglishMentionsOf(text, {MentionKind::kQuantity}); }

}  // namespace

TEST_CASE("English temperature scales are units; degrees alone are a counted noun") {
  CHECK(Quantities("It was 90 fahrenheit in Texas.") == std::vector<std::string>{"90 fahrenheit=90 grado fahrenheit"});
  CHECK(Quantities("Madrid reached 40 deg celsius.") == std::vector<std::string>{"40 deg celsius=40 grado celsius"});
  CHECK(Quantities("The thermometer read 98 degrees.") == std::vector<std::string>{"98 degrees=98 degree"});
}

TEST_CASE("English speeds 'an hour' and currency signs") {
  CHECK(Quantities("The car can run at 188 miles an hour.") == std::vector<std::string>{"188 miles an hour=188 milla por hora"});
  CHECK(Quantities("The price of this book is 100 ₡.") == std::vector<std::string>{"100 ₡=100 CRC"});
  CHECK(Quantities("Supply limit: ₿21,000,000.") == std::vector<std::string>{"₿21,000,000=21000000 bitcoin"});
  CHECK(Quantities("2 satoshis one day will be worth something.") == std::vector<std::string>{"2 satoshis=2 satoshi"});
  CHECK(Quantities("It costs you 10 us dollar.") == std::vector<std::string>{"10 us dollar=10 dólar"});
  CHECK(Quantities("10 $ is not much.") == std::vector<std::string>{"10 $=10 dólar"});
}

TEST_CASE("An amount of money and its coins are one amount (units.yaml minor, minor_links)") {
  CHECK(Quantities("It only cost 3 dollars 50 cents.") == std::vector<std::string>{"3 dollars 50 cents=3.5 dólar"});
  CHECK(Quantities("It cost thirteen dollars and forty-five cents") ==
        std::vector<std::string>{"thirteen dollars and forty-five cents=13.45 dólar"});
  CHECK(Quantities("The subscription will increase to 17 USD 25.") == std::vector<std::string>{"17 USD 25=17.25 dólar"});
  CHECK(Quantities("It costs only 15 dollars and 15.") == std::vector<std::string>{"15 dollars and 15=15.15 dólar"});
  // A number after the amount that counts something else, or a coin count of 100 or more, stays apart.
  CHECK(Quantities("They paid 15 dollars and 50 people came.") ==
        std::vector<std::string>{"15 dollars=15 dólar", "50 people=50 person"});
  CHECK(Quantities("It cost 3 dollars 150 cents.") == std::vector<std::string>{"3 dollars=3 dólar", "150 cents=150 centavo"});
}
