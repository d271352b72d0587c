// The single-date reader of RecognizeTemporal (extract/temporal_recognizer.h): one date, month,
// year, decade, weekday, relative day or period, or "hace" + amount at a token of one sentence,
// with the "desde" and "principios de" prefixes. Its readings are grouped by kind of expression:
//
//   temporal_reader.cc         the prefixes and the order in which the readings are tried
//   temporal_numeric_dates.cc  "19/06/2024", "4/22", "2015-08-12"
//   temporal_day_month.cc      "21 de marzo", "primero de enero", "junio de 2024", "el 15"
//   temporal_weekdays.cc       "el próximo miércoles", "el primer viernes de julio"
//   temporal_relative.cc       "ayer", "la semana pasada", "hace dos meses"
//   temporal_years.cc          "año 2000", "en 1961", "1961, 2000 y 2001", "década de 1940"
//
// All words come from calendar.yaml and time.yaml through the Language, read as the word classes
// of TemporalTokens (extract/temporal_tokens.h).
//
//   TemporalTokens tokens(lang, sentence);
//   TemporalReader reader(lang, tokens);
//   TemporalExpression e;
//   if (reader.MayStartAt(i) && reader.ParseAt(i, &e)) { ... }
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/time/date_digits.h"
#include "extract/time/date_period_recognizer.h"
#include "extract/numbers/number_parser.h"
#include "extract/time/temporal_expression.h"
#include "extract/time/temporal_tokens.h"
#include "lang/temporal_word_classes.h"
#include "lang/language.h"

namespace contraste {

class TemporalReader : public SingleDateReader {
 public:
  // `tokens` must outlive the reader.
  TemporalReader(const Language& lang, const TemporalTokens& tokens)
      : lang_(lang), lex_(lang.temporal), tok_(tokens), t_(tokens.range()), memo_(tokens.range()) {}

  // The expression starting at token i, prefixes included; each token is parsed once.
  bool ParseAt(size_t i, TemporalExpression* out) const override {
    return memo_.Get(i, out, [this](size_t at, TemporalExpression* e) { return Parse(at, e); });
  }

  // False only when ParseAt(i) is false: the "since" word goes before a part or a core reading.
  bool MayStartAt(size_t i) const override {
    return (tok_.Is(i, kSinceWord) && PartOrCoreMayStartAt(i + 1)) || PartOrCoreMayStartAt(i);
  }

  // "1961, 2000 y 2001": the years that follow a year at `end`; appends them to `out`.
  void ContinueYearList(TemporalExpression* first, std::vector<TemporalExpression>* out) const;

 private:
  // temporal_reader.cc
  bool Parse(size_t i, TemporalExpression* out) const;
  // "principios de" + a month, year, decade or relative period; else ParseCore.
  bool ParsePartOrCore(size_t i, TemporalExpression* out) const;
  // The first reading that matches at token i, in a fixed order.
  bool ParseCore(size_t i, TemporalExpression* out) const;

  // temporal_numeric_dates.cc
  // The whole numbers of a date written in digits without spaces, from token i: "4/22",
  // "11/12,2016", "13.5.2015" (one token), "2015-08-12". At most three; *end after the last.
  struct Fields {
    int value[3] = {0, 0, 0};
    size_t digits[3] = {0, 0, 0};
    char sep[2] = {0, 0};
    int n = 0;
  };
  bool AddFields(std::string_view s, Fields* f) const;
  bool NumericFields(size_t i, Fields* f, size_t* end) const;
  // "19/06/2024", "19-06-24", "02/22/2016", "2015/08/12", "13.5.2015", "08/12,2015"; without a
  // year "22/04" or "4/22" (the field over 12 is the day; else day first). With a hyphen or a
  // period, or with two one-digit fields, a yearless date needs the article before it ("el 4-22").
  bool Numeric(size_t i, TemporalExpression* e) const;

  // temporal_day_month.cc
  // The day of a date: "15", "1ro", "1º", "primero", "veintiuno", "vigésimo segundo" (1..31).
  // Words are read only when `de` follows within a few tokens, so that most words cost nothing.
  bool DayNumberAt(size_t i, int* day, size_t* end) const;
  // "de 2024", "del 2024" after a month: sets the year and moves *end.
  void YearAfterMonth(size_t* end, int* year) const;
  // After a day and month also ", 2016" and "2016" alone.
  void YearAfterDayMonth(size_t* end, int* year) const;
  // "21 de marzo", "18 de junio de 2024", "12 de enero, 2016", "15 junio 2016", "2-oct",
  // "1ro de ene.", "primero de enero", "vigésimo segundo de junio"; "el 17 del 11".
  bool DayMonth(size_t i, TemporalExpression* e) const;
  // "el 15", "the 27th": a day number alone after the article, at the end of its clause. Loose: no
  // claim.
  bool DayAlone(size_t i, TemporalExpression* e) const;
  // An ordinal day: digits with a day suffix ("27th") or an ordinal in words ("second",
  // "twenty-first"), 1 to 31. Sets *end after it.
  bool OrdinalDayAt(size_t i, int* day, size_t* end) const;
  // The day after a month, "mayo veintiuno", "mayo 21": a number from 1 to 31 that ends the clause
  // or comes before a year.
  bool MonthDayAt(size_t i, int* day, size_t* end) const;
  // "marzo", "junio de 2024", "mayo veintiuno"; an abbreviation only before its day ("Oct. 2",
  // "Jan-1"); a hyphen or slash glued between month and day, or a period after a name ("October. 2").
  bool MonthYear(size_t i, TemporalExpression* e) const;

  // temporal_weekdays.cc
  // "el próximo miércoles", "este jueves", "el miércoles 19 de julio de 2000", "el lunes pasado",
  // "mi, 22 de ene", "el viernes de esta semana", "el primer viernes de julio", "los viernes".
  bool WeekdayPhrase(size_t i, TemporalExpression* e) const;
  // "el primer viernes de julio", "el segundo lunes de este mes": ordinal, weekday, link, month.
  bool NthWeekday(size_t i, size_t j, TemporalExpression* e) const;

  // temporal_relative.cc
  // "esta semana", "el año pasado", "los últimos meses".
  bool RelativePeriodAt(size_t i, TemporalExpression* e) const;
  // "ayer", "mañana" (but not "por la mañana").
  bool RelativeDayAt(size_t i, TemporalExpression* e) const;
  // "hace dos meses", "hace 24 años"; after the amounts, the ago word or a counted_from phrase
  // ("1 month 21 days ago", "two weeks from now", "three weeks from tomorrow": to the day).
  bool Ago(size_t i, TemporalExpression* e) const;
  // An amount of a duration unit at token i: a number ("two weeks") or a `one` article ("a
  // month"). Sets *end after the unit.
  struct CountedAmount {
    double count = 0;
    const DurationUnit* unit = nullptr;
  };
  bool CountedAmountAt(size_t i, CountedAmount* a, size_t* end) const;

  // temporal_years.cc
  // "década de 1940", "los años setenta", "los años dos mil diez"; a short form ("en los 70") only
  // where no counted noun follows.
  bool Decade(size_t i, TemporalExpression* e) const;
  // A decade in words at token i ("seventies", "nineteen seventies", "twenty-tens"): *year its
  // first year, *end one past it.
  bool DecadeWordsAt(size_t i, int* year, size_t* end) const;
  // A plural suffix glued to a decade's digits at token i ("s" of "1970s", "'s" of "70's",
  // time.yaml `decade_suffixes`): sets *end after it.
  bool DecadeSuffixAt(size_t i, size_t* end) const;
  // "año 2000", "año dos mil sesenta y siete" (in words: only when it ends the clause).
  bool YearWithNoun(size_t i, TemporalExpression* e) const;
  // "en 1961": a year right after a cue word.
  bool BareYear(size_t i, TemporalExpression* e) const;

  // Token helpers, here so that they inline.
  bool IsWord(size_t i) const { return tok_.IsWord(i); }

  bool PartOrCoreMayStartAt(size_t i) const {
    return tok_.PhraseMayStartAt(i, kPeriodPartFirst) || CoreMayStartAt(i);
  }
  // False only when ParseCore(i) is false. The first token of: Numeric, BareYear, DayAlone and
  // DayMonth with digits (a number token); WeekdayPhrase (a weekday, plural or abbreviation, a
  // forward or backward phrase, the ordinal of NthWeekday, or the article before one of these:
  // WeekdayMayStartAt); DayMonth with a day in words (DayInWordsMayStartAt); MonthYear (month);
  // Ago, YearWithNoun (their words); RelativePeriodAt, RelativeDayAt, Decade (their phrases).
  // The ordinal and the day in words are numbers: asked last, as the number parse is memoized
  // but not free.
  bool CoreMayStartAt(size_t i) const {
    constexpr uint64_t kWords = kNumberToken | kWeekdayWord | kWeekdayPluralWord | kWeekdayAbbreviationWord |
                                kMonthWord | kMonthAbbreviationWord | kAgoWord | kYearNounWord;
    constexpr uint64_t kPhrases = kForwardFirst | kBackwardFirst | kRelativePeriodFirst | kRelativeDayFirst | kDecadeFirst;
    if (tok_.Is(i, kWords) || tok_.PhraseMayStartAt(i, kPhrases)) return true;
    if (tok_.Is(i, kWeekdayArticleWord) && WeekdayMayStartAt(i + 1)) return true;
    NumberMatch n;
    // BareYear in words, after its cue: "in nineteen twenty eight" (not after a range opener:
    // "from one thousand to one thousand and five hundred" is a range of numbers).
    if (IsWord(i) && i > t_.begin && tok_.Is(i - 1, kYearCueWord) && !tok_.Is(i - 1, kRangeOpenerWord) &&
        tok_.NumberAt(i, &n)) {
      return true;
    }
    return IsWord(i) &&
           (tok_.Later(i, kWeekdayWord | kWeekdayPluralWord) || DayInWordsMayStartAt(i) ||
            (lex_.ago_after_amount && tok_.Later(i, kAgoWord | kCountedFromFirst))) &&
           (tok_.NumberAt(i, &n) || (lex_.ago_after_amount && lang_.article_ones.Contains(t_, i)));
  }
  // What WeekdayPhrase reads right after its article: a weekday (plural, abbreviation), a forward
  // or backward phrase, or the ordinal of NthWeekday (a number before a weekday).
  bool WeekdayMayStartAt(size_t j) const {
    NumberMatch n;
    return tok_.Is(j, kWeekdayWord | kWeekdayPluralWord | kWeekdayAbbreviationWord) ||
           tok_.PhraseMayStartAt(j, kForwardFirst | kBackwardFirst) ||
           (IsWord(j) && tok_.Later(j, kWeekdayWord | kWeekdayPluralWord) && tok_.NumberAt(j, &n));
  }
  // A day in words ("primero de enero") needs the day-month link within four tokens after it and
  // a month name, an abbreviation or digits after it (DayMonth).
  bool DayInWordsMayStartAt(size_t i) const {
    return LinkNear(i) && tok_.Later(i + 1, kMonthWord | kMonthAbbreviationWord | kNumberToken);
  }
  bool LinkNear(size_t i) const { return tok_.Near(i, kDayMonthLinkWord); }

  bool DigitsAt(size_t i, int* value, size_t* digits) const { return PlainDigitsAt(t_, i, value, digits); }
  bool YearAt(size_t i, int* year) const { return DigitYearAt(lang_, t_, i, year); }
  // A year in words that ends its clause ("September 10, nineteen zero one."); *end one past it.
  bool WordsYearEndingClauseAt(size_t i, int* year, size_t* end) const {
    return WordsYearAt(lang_, t_, tok_, i, year, end) && EndsClause(*end);
  }
  bool DayAt(size_t i, int* day) const {
    size_t n = 0;
    return DigitsAt(i, day, &n) && n <= 2 && *day >= 1 && *day <= 31;
  }
  // A whole cardinal written in words from token i ("setenta", "dos mil diez"): not digits, and
  // not a weak, ordinal, fractional, vague or implied number. Sets *value and *end.
  bool WholeCardinalInWordsAt(size_t i, int* value, size_t* end) const {
    NumberMatch words;
    if (!IsWord(i) || !tok_.NumberAt(i, &words) || words.digits || words.weak || words.ordinal ||
        words.fraction || words.vague || words.implied || words.value != static_cast<int>(words.value)) {
      return false;
    }
    *value = static_cast<int>(words.value);
    *end = words.end;
    return true;
  }
  // The value of token i in `words` when it is a word of class `word_class` (its words).
  bool WordValue(size_t i, uint64_t word_class, const WordMap<int>& words, int* value) const {
    if (!IsWord(i) || !tok_.Is(i, word_class)) return false;
    const int* v = words.Find(t_, i);
    if (v == nullptr) return false;
    *value = *v;
    return true;
  }
  bool MonthAt(size_t i, int* month) const { return WordValue(i, kMonthWord, lex_.months, month); }
  bool WeekdayAt(size_t i, int* weekday) const {
    return WordValue(i, kWeekdayWord, lex_.weekdays, weekday) ||
           WordValue(i, kWeekdayPluralWord, lex_.weekday_plurals, weekday);
  }
  bool WeekdayAbbreviationAt(size_t i, int* weekday) const {
    return WordValue(i, kWeekdayAbbreviationWord, lex_.weekday_abbreviations, weekday);
  }
  // A month name, or its abbreviation (with the period after it, if any): sets *end.
  bool MonthOrAbbreviationAt(size_t i, int* month, size_t* end) const {
    if (MonthAt(i, month)) {
      *end = i + 1;
      return true;
    }
    if (!WordValue(i, kMonthAbbreviationWord, lex_.month_abbreviations, month)) return false;
    *end = i + 1 < t_.end && t_.Text(i + 1) == "." && Adjacent(i, i + 1) ? i + 2 : i + 1;
    return true;
  }
  bool ArticleBefore(size_t i) const { return i > t_.begin && tok_.Is(i - 1, kDayArticleWord); }
  bool EndsClause(size_t i) const {
    return i >= t_.end || (t_.At(i).kind == TokenKind::kPunct && t_.Text(i) != "%" && t_.Text(i) != "/" &&
                           t_.Text(i) != "-");
  }
  // Nothing that makes the number before token i an amount: no number, unit or "%" after it.
  bool UnitFreeAfter(size_t i) const {
    PhraseTable::Match m;
    return i >= t_.end || (t_.At(i).kind != TokenKind::kNumber && t_.Text(i) != "%" &&
                           !lang_.measure_table.LongestAt(t_, i, &m) && !lang_.duration_table.LongestAt(t_, i, &m));
  }
  bool Adjacent(size_t a, size_t b) const { return t_.At(a).end == t_.At(b).begin; }
  bool MonthFirst(int first, int second) const;
  // The longest phrase of `table` at token i; `first` is the class of the table's first words.
  bool Phrase(const PhraseTable& table, uint64_t first, size_t i, PhraseTable::Match* m) const {
    return tok_.Is(i, first) && table.LongestAt(t_, i, m);
  }

  const Language& lang_;
  const TemporalLexicon& lex_;
  const TemporalTokens& tok_;
  const TokenRange& t_;
  ExpressionMemo memo_;
};

}  // namespace contraste
