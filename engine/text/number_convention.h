// How a text writes the digits of a number: the character between the whole part and the decimals
// and the characters that group thousands. es-ES writes "1.250.300,5", es-MX "1,250,300.5".
// Which locale uses which convention is language data (rules/<lang>/numbers.yaml `locales`,
// lang/number_locales.h); a document's convention is chosen by extract/numbers/number_locale.h.
#pragma once

#include <string>

namespace contraste {

struct NumberConvention {
  std::string decimal_separator = ",";
  // Every character groups thousands; the first is the one written between digits ("10.000"); a
  // space also joins groups of three digits written apart ("12 000").
  std::string thousands_separator = ".";

  char Decimal() const { return decimal_separator.empty() ? '.' : decimal_separator[0]; }
  char Thousands() const { return thousands_separator.empty() ? '\0' : thousands_separator[0]; }
  bool GroupsWithSpace() const { return thousands_separator.find(' ') != std::string::npos; }
  bool operator==(const NumberConvention&) const = default;
};

}  // namespace contraste
