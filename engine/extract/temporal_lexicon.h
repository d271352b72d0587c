// The words of temporal expressions of one language (rules/<lang>/time.yaml): numeric date
// separators, year and decade cues, relative days and periods, direction words, "ago", "since"
// and part-of-period prefixes. Month and weekday names stay in calendar.yaml (Language::months).
//
//   TemporalLexicon lex;
//   if (Status s = LoadTemporalLexicon("rules/es", normalizer, &lex); !s) { /* file:line:col */ }
//   lex.relative_day_table.LongestAt(tokens, i, &m);  // m.id indexes lex.relative_day_offsets
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "lang/phrase_table.h"

namespace contraste {

class TextNormalizer;

// The calendar unit of a relative period or of an amount of time counted back.
enum class TimeUnit { kDay, kWeek, kMonth, kYear, kDecade };

// Which third of a period "principios de", "mediados de", "finales de" select.
enum class PeriodPart { kWhole, kBegin, kMiddle, kEnd };

struct RelativePeriod {
  TimeUnit unit = TimeUnit::kDay;
  int offset = 0;  // units from the current one (-1: the previous one)
  int back = 0;    // > 0: a span of this many units ending on the anchor date
};

struct TemporalLexicon {
  std::unordered_set<std::string> numeric_separators;  // "/" "-"
  std::unordered_set<std::string> year_links;          // folded: "de", "del"
  std::unordered_set<std::string> year_nouns;          // folded: "ano"
  std::unordered_set<std::string> year_cues;           // folded words a bare year needs before it
  PhraseTable decade_table;                            // "decada de": id unused (0)
  std::unordered_set<std::string> list_connectors;     // folded: "y", "e"
  std::vector<int> relative_day_offsets;               // by phrase id
  std::vector<bool> relative_day_loose;                // by phrase id: "el día siguiente" (no claim)
  PhraseTable relative_day_table;
  std::unordered_set<std::string> relative_day_blockers;
  std::vector<RelativePeriod> relative_periods;        // by phrase id
  PhraseTable relative_period_table;
  PhraseTable forward_table;                           // "proximo", "que viene"
  PhraseTable backward_table;                          // "pasado"
  std::unordered_set<std::string> weekday_articles;    // "el", "este"
  std::unordered_set<std::string> ago_words;           // "hace"
  std::unordered_set<std::string> since_words;         // "desde"
  std::vector<PeriodPart> period_parts;                // by phrase id
  PhraseTable period_part_table;                       // "principios de"
  std::unordered_set<std::string> previous_words;      // folded: "ultima", "anterior"
  std::vector<std::string> forward_endings;            // original spelling: "rá", "rán"
  std::unordered_map<std::string, int> month_abbreviations;    // folded "ene" -> 1, after a day only
  std::unordered_map<std::string, int> weekday_abbreviations;  // folded "mi" -> 3, before a date only
  std::unordered_map<std::string, int> weekday_plurals;        // folded "sabados" -> 6 (recurring)
  std::unordered_set<std::string> recurring_articles;          // folded: "los", "cada"
  std::unordered_set<std::string> day_suffixes;                // folded: "ro" in "1ro de enero"
  std::unordered_set<std::string> day_articles;                // folded: "el" before "el 15", "el 4-22"
  PhraseTable whole_period_table;                              // "todo el" before a duration unit
  std::vector<int> week_offsets;                               // by phrase id
  PhraseTable week_table;                                      // "esta semana" after "viernes de"
};

// Reads `dir`/time.yaml. A missing file leaves the lexicon empty (no relative expressions);
// unknown keys, unknown units or parts and phrases without words are file:line:col errors.
Status LoadTemporalLexicon(const std::string& dir, TextNormalizer& normalizer, TemporalLexicon* out);

}  // namespace contraste
