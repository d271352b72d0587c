// The words of date periods of one language (rules/<lang>/date_periods.yaml): month
// abbreviations, range openers and closers, period nouns (week, quarter, half), seasons,
// weekends, "los próximos N días", "el resto de". Relative periods without an article reuse
// RelativePeriod of time.yaml.
//
//   DatePeriodLexicon lex;
//   if (Status s = LoadDatePeriodLexicon("rules/es", normalizer, &lex); !s) { /* file:line:col */ }
//   lex.season_table.LongestAt(tokens, i, &m);  // m.id indexes lex.seasons
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "lang/date_period.h"
#include "lang/temporal_lexicon.h"
#include "lang/temporal_word_classes.h"
#include "lang/phrase_table.h"
#include "lang/word_map.h"

namespace contraste {

class TextNormalizer;

struct PeriodNoun {
  PeriodUnit unit = PeriodUnit::kWeek;
  bool needs_container = false;
};

struct Season {
  int start_month = 1, start_day = 1;
  std::string code;  // "SU"
};

// Word lists that are only tested for membership are classes of `classes` (the comment names
// the class); lists with a value per word are WordMaps looked up by the token's hash.
struct DatePeriodLexicon {
  TemporalWordClasses classes;                                // every word below, by class
  // kMonthCueWord; kContainerLinkWord "de", "del"; kPeriodDayArticleWord "el", "la";
  // kLastPartWord "ultima"; kWeekNumberNounWord "semana"; kSeasonArticleWord;
  // kCountArticleWord "los" in "los próximos 3 días".
  WordMap<int> month_abbreviations;                           // folded -> 1..12
  PhraseTable month_noun_table;                               // id unused
  std::vector<int> month_directions;                          // by phrase id
  PhraseTable month_direction_table;
  WordSet month_year_separators;                              // "/" "-" "." (not folded)
  WordMap<WordSet> range_openers;                             // opener -> closers (kRangeOpenerWord)
  WordSet bare_range_closers;
  std::vector<RelativePeriod> relative_periods;               // by phrase id
  PhraseTable relative_period_table;
  WordMap<PeriodNoun> period_nouns;                           // folded noun (kPeriodNounWord)
  std::vector<PeriodUnit> around_units;                       // by phrase id
  PhraseTable around_table;
  PhraseTable weekend_table;                                  // id unused
  std::vector<int> weekend_before_offsets;                    // by phrase id
  PhraseTable weekend_before_table;
  std::vector<int> weekend_after_offsets;                     // by phrase id
  PhraseTable weekend_after_table;
  std::vector<Season> seasons;                                // calendar order
  PhraseTable season_table;                                   // id indexes seasons
  PhraseTable next_table, last_table;                         // id unused
  WordMap<PeriodUnit> count_units;                            // folded noun (kCountUnitWord)
  std::vector<PeriodPart> contracted_parts;                   // by phrase id
  PhraseTable contracted_part_table;                          // "finales del"
  PhraseTable rest_table;                                     // id unused
  WordMap<PeriodUnit> rest_units;                             // folded noun (kRestUnitWord)
};

// Reads `dir`/date_periods.yaml. A missing file leaves the lexicon empty (no periods beyond
// time.yaml's); unknown keys, units, bad month-days and phrases without words are errors.
Status LoadDatePeriodLexicon(const std::string& dir, TextNormalizer& normalizer, DatePeriodLexicon* out);

}  // namespace contraste
