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
#include <vector>

#include "core/error.h"
#include "lang/temporal_word_classes.h"
#include "lang/phrase_table.h"
#include "lang/word_map.h"

namespace contraste {

class TextNormalizer;

// The calendar unit of a relative period or of an amount of time counted back.
enum class TimeUnit { kDay, kWeek, kMonth, kYear, kDecade };

// Which third of a period "principios de", "mediados de", "finales de" select.
enum class PeriodPart { kWhole, kBegin, kMiddle, kEnd };

// "two weeks from now", "three weeks from tomorrow", "two days before yesterday": after an amount
// of time, the way it is counted (+1 forward, -1 back) from a day `from` days from the anchor.
// With `day_follows` the day is the date written after the phrase ("2 weeks starting May 20": a
// period of that many units from that day); `after_span_word` keeps such a phrase to amounts after
// a counted-span word ("for 1 week, from 20th dec"; "two weeks from Monday" is a day).
struct CountedFrom {
  int direction = 1;
  int from = 0;
  bool day_follows = false;
  bool after_span_word = false;
};

// Where "early", "mid" and "late" (PeriodPart begin, middle, end) fall in a week (weekdays 1-7), a
// month (days; 31 is the last) or a year (months 1-12): time.yaml `part_bounds`. A bound of 0 is
// unset, and the part is then a third of the period by days.
struct PartBound {
  int first = 0;
  int last = 0;
};
struct PartBounds {
  PartBound week[4], month[4], year[4];  // by PeriodPart
};

struct RelativePeriod {
  TimeUnit unit = TimeUnit::kDay;
  int offset = 0;  // units from the current one (-1: the previous one)
  int back = 0;    // > 0: a span of this many units ending on the anchor date
  // "that year", "the same week": the period of the events told, which may not be the anchor's:
  // recognized (read as the anchor's), no claim (time.yaml `loose: true`).
  bool loose = false;
};

// Word lists that are only tested for membership are classes of `classes` (the comment names
// the class); lists with a value per word are WordMaps looked up by the token's hash.
struct TemporalLexicon {
  TemporalWordClasses classes;                         // every word below, by class; after loading
                                                       // also those of DatePeriodLexicon::classes
  // kNumericSeparatorWord "/" "-"; kYearLinkWord "de", "del"; kYearNounWord "ano";
  // kYearCueWord: folded words a bare year needs before it; kListConnectorWord "y", "e";
  // kRelativeDayBlockerWord; kWeekdayArticleWord "el", "este"; kAgoWord "hace";
  // kSinceWord "desde"; kPreviousWord "ultima", "anterior"; kRecurringArticleWord "los", "cada";
  // kDaySuffixWord "ro" in "1ro de enero"; kDayArticleWord "el" before "el 15", "el 4-22".
  PhraseTable decade_table;                            // "decada de": id 0; short "los": id 1
  std::vector<int> relative_day_offsets;               // by phrase id
  std::vector<bool> relative_day_loose;                // by phrase id: "el día siguiente" (no claim)
  PhraseTable relative_day_table;
  std::vector<RelativePeriod> relative_periods;        // by phrase id
  PhraseTable relative_period_table;
  PhraseTable forward_table;                           // "proximo", "que viene"
  PhraseTable backward_table;                          // "pasado"
  std::vector<PeriodPart> period_parts;                // by phrase id
  PartBounds part_bounds;
  PhraseTable period_part_table;                       // "principios de"
  std::vector<std::string> forward_endings;            // original spelling: "rá", "rán"
  WordMap<int> month_abbreviations;                    // folded "ene" -> 1, after a day only
  WordMap<int> weekday_abbreviations;                  // folded "mi" -> 3, before a date only
  WordMap<int> weekday_plurals;                        // folded "sabados" -> 6 (recurring)
  PhraseTable whole_period_table;                      // "todo el" before a duration unit
  std::vector<CountedFrom> counted_from;               // by phrase id
  PhraseTable counted_from_table;                      // "from now", "later", "before yesterday"
  std::vector<int> week_offsets;                       // by phrase id
  PhraseTable week_table;                              // "esta semana" after "viernes de"
  // The language writes a day after its month ("June 1", "a June 1 deadline"): a day number after
  // a month name is read whatever follows it, unless it is an amount. False: only at the end of a
  // clause or before ", year" ("mayo veintiuno.").
  bool month_before_day = false;
  // "two days ago": the ago word comes after the amount (time.yaml `ago_after_amount`); else before
  // it ("hace dos días").
  bool ago_after_amount = false;
  // Two numbers of a numeric date are month then day ("4/22", "06/19/2024"), unless the first
  // cannot be a month; false: day then month ("19/06/2024"), unless the second cannot be one.
  bool numeric_month_first = false;
  // calendar.yaml, copied by AddCalendarWords (Language::months and weekdays stay as they are).
  WordMap<int> months;                                 // folded "marzo" -> 3 (kMonthWord)
  WordMap<int> weekdays;                               // folded "lunes" -> 1 (kWeekdayWord)
};

// Reads `dir`/time.yaml. A missing file leaves the lexicon empty (no relative expressions);
// unknown keys, unknown units or parts and phrases without words are file:line:col errors.
Status LoadTemporalLexicon(const std::string& dir, TextNormalizer& normalizer, TemporalLexicon* out);

// Adds the folded month and weekday names and the day-month link of calendar.yaml (as loaded into
// Language::months, weekdays, day_month_link) to `out`: its months, weekdays and classes.
void AddCalendarWords(const std::unordered_map<std::string, int>& months,
                      const std::unordered_map<std::string, int>& weekdays, const std::string& day_month_link,
                      TemporalLexicon* out);

}  // namespace contraste
