// Gold quotes are found by their exact bytes; an occurrence picks one of several, and a quote that
// is missing or ambiguous is an error at the quote's place in the gold file.
#include "eval/quote_locator.h"

#include <doctest/doctest.h>

namespace contraste {
namespace {

GoldQuote Quote(const char* text, int occurrence = 0) { return GoldQuote{"d", text, occurrence, 7, 11}; }

const char* kArticle = "Murieron 12 personas. Según otra fuente, 12 personas; y luego 14.";

TEST_CASE("a quote's span is its exact bytes; occurrence N is the N-th") {
  auto once = LocateQuote(kArticle, Quote("14"), "g.yaml", "a.txt");
  REQUIRE(once);
  CHECK(once->offset == 63);
  CHECK(once->length == 2);
  auto second = LocateQuote(kArticle, Quote("12 personas", 2), "g.yaml", "a.txt");
  REQUIRE(second);
  CHECK(second->offset == 42);
  auto accented = LocateQuote(kArticle, Quote("Según"), "g.yaml", "a.txt");
  REQUIRE(accented);
  CHECK(accented->offset == 22);
  CHECK(accented->length == 6);  // bytes, not characters
}

TEST_CASE("missing, ambiguous and out-of-range quotes are errors at the quote in the gold file") {
  auto missing = LocateQuote(kArticle, Quote("13 personas"), "g.yaml", "a.txt");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().ToString() == "g.yaml:7:11: quote \"13 personas\" not found in a.txt");
  auto case_differs = LocateQuote(kArticle, Quote("murieron"), "g.yaml", "a.txt");
  CHECK_FALSE(case_differs);
  auto ambiguous = LocateQuote(kArticle, Quote("12 personas"), "g.yaml", "a.txt");
  REQUIRE_FALSE(ambiguous);
  CHECK(ambiguous.error().message.find("occurs 2 times") != std::string::npos);
  auto beyond = LocateQuote(kArticle, Quote("12 personas", 3), "g.yaml", "a.txt");
  REQUIRE_FALSE(beyond);
  CHECK(beyond.error().message == "occurrence 3 of quote \"12 personas\" asked, but a.txt holds it 2 times");
}

TEST_CASE("spans overlap when they share a byte") {
  CHECK(Overlaps({10, 5}, {14, 3}));
  CHECK(Overlaps({10, 5}, {8, 3}));
  CHECK(Overlaps({10, 5}, {11, 1}));   // inside
  CHECK_FALSE(Overlaps({10, 5}, {15, 3}));  // adjacent
  CHECK_FALSE(Overlaps({10, 5}, {7, 3}));
  CHECK(CountOccurrences("aaa", "aa") == 2);
}

}  // namespace
}  // namespace contraste
