// The number conventions of one language and the locales that write each: numbers.yaml `locales`.
//
//   const NumberLocales& l = lang.number_locales;
//   int c = l.ConventionOf("es_mx");           // index into l.conventions, or -1
//   const NumberConvention& d = l.Default();   // the default locale's convention
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/number_convention.h"

namespace contraste {

struct LocaleConvention {
  NumberConvention numbers;
  // BCP 47 tags that write numbers this way ("es-ES", "es-AR"); the first is the locale a document
  // is said to be in when its numbers show this convention but do not say which locale.
  std::vector<std::string> locales;
};

struct NumberLocales {
  std::vector<LocaleConvention> conventions;  // at least one
  std::string default_locale;                 // assumed when nothing decides
  size_t default_convention = 0;              // the default locale's, index into conventions

  const NumberConvention& Default() const { return conventions[default_convention].numbers; }
  // The convention of a locale tag, matched without regard to case or '-' / '_' ("es_mx" is
  // "es-MX"); the bare language code is its default locale. -1 when no convention lists it.
  int ConventionOf(std::string_view tag) const;
  // The tag as the data writes it ("es_mx" -> "es-MX"), or the bare code's default locale;
  // empty when ConventionOf is -1.
  std::string CanonicalTag(std::string_view tag) const;
  // Every listed locale, in data order, for messages.
  std::vector<std::string> AllLocales() const;

  std::string language;  // the language code the bare tag stands for ("es")
};

}  // namespace contraste
