// Cardinals written in words: over tokens ("dos mil quinientos", "noventa y nueve", "un millón y
// medio", "cinco y medio", "media docena") or glued in one word ("treintaicinco" inside
// "treintaicincoavos"), and what may follow a cardinal in words: decimals ("dos coma cinco",
// "siete con cincuenta"), fractions ("tres quintos", "veinte con tres quintos", "un medio") and
// divisions ("uno sobre tres"). All words come from numbers.yaml and number_forms.yaml.
//
//   CardinalWords w;
//   if (ParseCardinalWords(lang, tokens, i, &w)) { /* w.Value(), w.end, w.weak */ }
#pragma once

#include <string_view>

#include "lang/language.h"

namespace contraste {

// A multiplier from which "y medio" halves it and a smaller one may follow ("un millón").
inline constexpr double kLargeNumberMultiplier = 1e6;

struct CardinalWords {
  double total = 0;    // what large multipliers ("millones") already counted
  double pending = 0;  // the part after the last large multiplier ("dos mil" of "tres millones dos mil")
  double last_large = 0;  // the large multiplier that ends the number ("seis millones"), else 0
  size_t end = 0;      // one past the last token
  bool weak = false;   // only "un"/"una"/"uno", or only "medio"/"media"
  bool half = false;   // the only word is "medio"/"media"
  bool has_fraction = false;  // a half somewhere: "cinco y medio", "medio millón", "un millón y medio"
  NumberRole last_role = NumberRole::kUnit;  // of the last number word ("twenty": kTens)
  double last_value = 0;                     // its value (20; 100 for "hundred")

  double Value() const { return total + pending; }
};

// The number word at token j, or nullptr.
const NumberWord* NumberWordAt(const Language& lang, const TokenRange& text, size_t j);

// After a large multiplier (a million or more) that ends before token j: "y medio" adds half of
// it ("un millón y medio"), "y medio millón" half of the smaller one named. Returns the token
// after what it read, or j when nothing follows.
// True when token j is one of the language's number connectors ("y", "-", "and").
bool IsConnector(const Language& lang, const TokenRange& text, size_t j);
// The token after a half word at j, optionally after a `one` word ("media", "a half"); 0 when none.
size_t HalfWordAt(const Language& lang, const TokenRange& text, size_t j);

size_t HalfAfterLargeMultiplier(const Language& lang, const TokenRange& text, size_t j, double multiplier,
                                double* value);

// A cardinal in words starting at token i; false when token i starts none.
bool ParseCardinalWords(const Language& lang, const TokenRange& text, size_t i, CardinalWords* out);

// A cardinal glued in one folded word ("veintidos", "treintaicinco", "cientocinco", "doscientos");
// false when the whole word is not one.
bool ParseGluedCardinal(const Language& lang, std::string_view word, double* value);

// The denominator a folded word names, alone ("quinto", "quintos") or glued after a cardinal
// ("veintiunavo", "treintavos", "dosmilesimos"). *plural tells whether the form is plural.
bool DenominatorOf(const Language& lang, std::string_view word, double* value, bool* plural);

// The ordinal multiplier glued after a cardinal in one folded word: "tresmillonesimo" (3e6),
// "veintidosmilesimo" (22000); false when the word is not one.
bool GluedOrdinalMultiple(const Language& lang, std::string_view word, double* value);

// After "sobre" at token j, the denominator in digits or words ("1 sobre 21", "uno sobre tres");
// sets *end one past it. False when token j is no over word or nothing positive follows it.
bool DenominatorAfterOver(const Language& lang, const TokenRange& text, size_t j, double* value, size_t* end);

// After the whole number `whole`, a fraction joiner at token j ("and") and a proper fraction in
// words ("three and one fourth", "two million and three fifths": of the million); false otherwise.
bool ProperFractionAfter(const Language& lang, const TokenRange& text, size_t j, const CardinalWords& whole,
                         double* value, size_t* end);

// A cardinal that read on through a fraction joiner into the numerator of a proper fraction
// ("twenty and three fifths" is 20.6, "one hundred and three quarters" 100.75; "one hundred and
// thirty fifths", improper, stays 130/5): the whole number before the last joiner and the fraction.
bool MixedFraction(const Language& lang, const TokenRange& text, size_t i, const CardinalWords& cardinal,
                   double* value, size_t* end);

// What follows a cardinal in words at token j: a fraction denominator, a decimal part, a fraction
// after "con", or a division. On success sets *value and *end (and *weak when the result is a
// fraction with the numerator "un", which may be an article: "un cuarto", "un medio").
bool ExtendCardinal(const Language& lang, const TokenRange& text, const CardinalWords& cardinal, double* value,
                    size_t* end, bool* fraction, bool* weak);

}  // namespace contraste
