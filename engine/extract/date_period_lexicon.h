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
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "extract/date_period.h"
#include "extract/temporal_lexicon.h"
#include "lang/phrase_table.h"

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

struct DatePeriodLexicon {
  std::unordered_map<std::string, int> month_abbreviations;  // folded -> 1..12
  std::unordered_set<std::string> month_cues;
  PhraseTable month_noun_table;                               // id unused
  std::vector<int> month_directions;                          // by phrase id
  PhraseTable month_direction_table;
  std::unordered_set<std::string> month_year_separators;
  std::unordered_set<std::string> container_links;
  std::unordered_map<std::string, std::unordered_set<std::string>> range_openers;  // opener -> closers
  std::unordered_set<std::string> bare_range_closers;
  std::unordered_set<std::string> day_articles;
  std::vector<RelativePeriod> relative_periods;               // by phrase id
  PhraseTable relative_period_table;
  std::unordered_map<std::string, PeriodNoun> period_nouns;   // folded noun
  std::unordered_set<std::string> last_part_words;
  std::unordered_set<std::string> week_number_nouns;
  std::vector<PeriodUnit> around_units;                       // by phrase id
  PhraseTable around_table;
  PhraseTable weekend_table;                                  // id unused
  std::vector<int> weekend_before_offsets;                    // by phrase id
  PhraseTable weekend_before_table;
  std::vector<int> weekend_after_offsets;                     // by phrase id
  PhraseTable weekend_after_table;
  std::vector<Season> seasons;                                // calendar order
  PhraseTable season_table;                                   // id indexes seasons
  std::unordered_set<std::string> season_articles;
  std::unordered_set<std::string> count_articles;             // "los" in "los próximos 3 días"
  PhraseTable next_table, last_table;                         // id unused
  std::unordered_map<std::string, PeriodUnit> count_units;    // folded noun
  std::vector<PeriodPart> contracted_parts;                   // by phrase id
  PhraseTable contracted_part_table;                          // "finales del"
  PhraseTable rest_table;                                     // id unused
  std::unordered_map<std::string, PeriodUnit> rest_units;     // folded noun
};

// Reads `dir`/date_periods.yaml. A missing file leaves the lexicon empty (no periods beyond
// time.yaml's); unknown keys, units, bad month-days and phrases without words are errors.
Status LoadDatePeriodLexicon(const std::string& dir, TextNormalizer& normalizer, DatePeriodLexicon* out);

}  // namespace contraste
