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

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "lang/phrase_table.h"
#include "lang/hash_filter.h"
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
  WordSet negative_words;                                      // folded: "minus" before a number
  WordSet fraction_joiners;                                    // folded: "and" of "three and one fourth"
  WordSet one_pronoun_after;                                   // folded: "the" of "the one you mentioned"
  std::string fraction_slash;                                  // "3/4"
  std::string clock_separator;                                 // "12.30 horas": a clock time
  WordSet decimal_words;                                       // folded: "coma"
  WordSet decimal_or_fraction_words;                           // folded: "con"
  WordSet over_words;                                          // folded: "sobre" ("uno sobre tres")
  std::unordered_set<std::string> exponent_markers;            // "e" of "1e10" (a prefix of a token)
  WordSet power_markers;                                       // "^" of "1,1^23"
  WordMap<double> digit_multipliers;                           // "k" of "10k" (a weak number)
  WordMap<double> glued_multipliers;                           // "bn" of "3bn": an amount
  WordMap<double> money_multipliers;                           // "m" of "$5m", after a currency prefix only
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

  // The filter ParseNumberAt runs on every word before any table: false when no cardinal, vague
  // amount, ordinal (singular or plural), fraction word or relative ordinal of the language
  // starts at token i (a word token of `text`). Exact for the listed words: one bit test on the
  // token's hash, then a WordSet probe for the few that pass. A word that ends like an ordinal
  // multiplier ("tresmillonesimo": a cardinal glued to it) passes on its length and last four
  // bytes (integer compares), and the parser decides.
  bool MayStartNumber(const TokenRange& text, size_t i) const {
    if (start_filter_.MayContain(text.Hash(i)) && starts_.Contains(text, i)) return true;
    return text.Text(i).size() > min_glued_bytes_ && EndsWithOneOf(glued_endings_, text.Text(i));
  }
  // Lets the first word of `folded_phrase` through the filter, and that word with the plural
  // ending (the loader notes every table word; plural_ending must be set first).
  void NoteWord(std::string_view folded_phrase);
  // False when the word at token j can be no denominator (what DenominatorOf reads after a
  // cardinal): no word of denominators or ordinal_multipliers, singular or plural, and no glued
  // form ending in denominator_endings or ordinal_multipliers (or their plurals). One bit test,
  // a probe for the few that pass, and integer compares on the last four bytes.
  bool MayBeDenominator(const TokenRange& text, size_t j) const {
    if (j >= text.end) return false;
    if (denominator_filter_.MayContain(text.Hash(j)) && denominator_words_.Contains(text, j)) return true;
    return text.Text(j).size() > min_denominator_ending_bytes_ && EndsWithOneOf(denominator_endings_, text.Text(j));
  }
  // Builds the glued-ordinal and denominator filters from ordinal_multipliers, denominators,
  // denominator_endings and plural_ending; LoadNumberLexicon calls it once they are loaded.
  void BuildFilters();

 private:
  struct Ending {
    std::string text;
    uint32_t tail;  // its last four bytes (all of it when shorter), packed by Tail()
    uint32_t mask;  // the bits of Tail(word) that hold as many bytes
  };
  static uint32_t Tail(std::string_view w);
  // True when `word` is longer than one of `endings` and ends with it.
  static bool EndsWithOneOf(const std::vector<Ending>& endings, std::string_view word);
  static void AddEnding(std::string ending, std::vector<Ending>* endings, size_t* min_bytes);
  static void AddWord(std::string_view word, WordSet* words, HashFilter* filter);

  WordSet starts_;  // first words of every number table, and their plurals
  HashFilter start_filter_;  // hashes of starts_
  std::vector<Ending> glued_endings_;  // ordinal multipliers and their plurals
  size_t min_glued_bytes_ = static_cast<size_t>(-1);  // the shortest of glued_endings_
  WordSet denominator_words_;  // denominators and ordinal multipliers, and their plurals
  HashFilter denominator_filter_;  // hashes of denominator_words_
  std::vector<Ending> denominator_endings_;  // denominator_endings and ordinal multipliers, and plurals
  size_t min_denominator_ending_bytes_ = static_cast<size_t>(-1);
};

// Reads <dir>/number_forms.yaml into *out; unknown keys and bad values are errors with file:line:col.
Status LoadNumberLexicon(const std::string& dir, TextNormalizer& normalizer, NumberLexicon* out);

}  // namespace contraste
