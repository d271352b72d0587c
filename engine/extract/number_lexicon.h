// The less common ways one language writes numbers (rules/<lang>/number_forms.yaml): a sign
// before digits, decimals and fractions in words ("dos coma cinco", "tres quintos", "uno sobre
// tres", "veintiunavos"), scientific notation, letters that multiply digits ("10k"), written-out
// ordinal multipliers ("milésimo", "tresmillonésimo") and relative ordinals ("último",
// "siguiente"). The plain cardinals and ordinals stay in numbers.yaml (Language::number_words,
// Language::ordinal_words).
//
//   NumberLexicon lex;
//   if (Status s = LoadNumberLexicon("rules/es", normalizer, &lex); !s) { /* file:line:col */ }
//   lex.relative_table.LongestAt(tokens, i, &m);   // m.id indexes lex.relative
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "lang/phrase_table.h"
#include "lang/word_map.h"

namespace contraste {

class TextNormalizer;

// "último" is the end + 0, "penúltimo" end - 1, "siguiente" current + 1.
struct RelativeOrdinal {
  std::string anchor;  // "end", "current"
  int offset = 0;
};

struct NumberLexicon {
  std::string negative_sign;                                   // "-" right before digits
  std::string fraction_slash;                                  // "3/4"
  WordSet decimal_words;                                       // folded: "coma"
  WordSet decimal_or_fraction_words;                           // folded: "con"
  WordSet over_words;                                          // folded: "sobre" ("uno sobre tres")
  std::unordered_set<std::string> exponent_markers;            // "e" of "1e10" (a prefix of a token)
  WordSet power_markers;                                       // "^" of "1,1^23"
  WordMap<double> digit_multipliers;                           // "k" of "10k"
  WordMap<double> fraction_characters;                         // "½"
  WordMap<double> fraction_words;                              // "mitad": a fraction on its own
  WordMap<double> denominators;                                // singular forms: "quinto" 5
  std::vector<std::string> denominator_endings;                // a cardinal glued before: "veintiun|avo"
  std::vector<std::string> elided_stem_endings;                // "treint|avos" is "treinta"
  std::string stem_joiner;                                     // "treinta|i|cinco"
  WordMap<double> ordinal_multipliers;                         // "milésimo" 1000 (singular forms), in file order
  std::string plural_ending;                                   // "s": "quintos", "terceros"
  std::vector<RelativeOrdinal> relative;
  PhraseTable relative_table;                                  // id indexes `relative`

  // A quick filter run on every word before any table: false when no number word, ordinal,
  // vague amount or relative ordinal of the language starts with the word's first two bytes.
  bool MayStartNumber(std::string_view folded_word) const { return starts_[Key(folded_word)]; }
  // Lets words starting like `folded_word` through the filter (the loader notes every table word).
  void NoteWord(std::string_view folded_word) { starts_.set(Key(folded_word)); }

 private:
  static size_t Key(std::string_view w) {
    return w.empty() ? 0 : (static_cast<unsigned char>(w[0]) << 8) | (w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0);
  }
  std::bitset<65536> starts_;
};

// Reads <dir>/number_forms.yaml into *out; unknown keys and bad values are errors with file:line:col.
Status LoadNumberLexicon(const std::string& dir, TextNormalizer& normalizer, NumberLexicon* out);

}  // namespace contraste
