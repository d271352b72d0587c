#include "extract/temporal_recognizer.h"

#include <charconv>

#include "extract/date_period_recognizer.h"
#include "extract/date_digits.h"
#include "extract/number_parser.h"
#include "extract/temporal_tokens.h"
#include "extract/temporal_word_classes.h"

namespace contraste {

const char* TemporalKindName(TemporalKind kind) {
  switch (kind) {
    case TemporalKind::kDate: return "date";
    case TemporalKind::kMonth: return "month";
    case TemporalKind::kYear: return "year";
    case TemporalKind::kDecade: return "decade";
    case TemporalKind::kWeekday: return "weekday";
    case TemporalKind::kRelativeDay: return "relative_day";
    case TemporalKind::kRelativePeriod: return "relative_period";
    case TemporalKind::kAgo: return "ago";
    case TemporalKind::kPeriod: return "period";
  }
  return "unknown";
}

bool TemporalExpression::IsAbsolute() const {
  return (kind == TemporalKind::kDate || kind == TemporalKind::kMonth || kind == TemporalKind::kYear ||
          kind == TemporalKind::kDecade) &&
         year != 0;
}

namespace {

class Reader : public SingleDateReader {
 public:
  Reader(const Language& lang, const TemporalTokens& tokens)
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
  void ContinueYearList(TemporalExpression* first, std::vector<TemporalExpression>* out) const {
    size_t j = first->end_token;
    std::vector<TemporalExpression> more;
    while (j + 1 < t_.end && (t_.Text(j) == "," || tok_.Is(j, kListConnectorWord))) {
      int year = 0;
      if (!YearAt(j + 1, &year)) break;
      TemporalExpression e;
      e.kind = TemporalKind::kYear;
      e.year = year;
      e.begin_token = j + 1;
      e.end_token = j + 2;
      e.in_list = true;
      more.push_back(e);
      j += 2;
    }
    if (more.empty()) return;
    first->in_list = true;
    out->insert(out->end(), more.begin(), more.end());
  }

 private:
  bool Parse(size_t i, TemporalExpression* out) const {
    if (tok_.Is(i, kSinceWord) && ParsePartOrCore(i + 1, out)) {
      out->begin_token = i;
      out->since = true;
      return true;
    }
    return ParsePartOrCore(i, out);
  }

  bool IsWord(size_t i) const { return tok_.IsWord(i); }

  bool PartOrCoreMayStartAt(size_t i) const { return tok_.Is(i, kPeriodPartFirst) || CoreMayStartAt(i); }
  // False only when ParseCore(i) is false. The first token of: Numeric, BareYear, DayAlone and
  // DayMonth with digits (a number token); WeekdayPhrase (article, forward or backward word,
  // weekday, plural or abbreviation, or a word before a weekday: the ordinal of NthWeekday);
  // DayMonth with a day in words (DayInWordsMayStartAt); MonthYear (month); RelativePeriodAt,
  // RelativeDayAt, Ago, Decade, YearWithNoun (their words).
  bool CoreMayStartAt(size_t i) const {
    constexpr uint64_t kFirst = kNumberToken | kWeekdayArticleWord | kForwardFirst | kBackwardFirst | kWeekdayWord |
                                kWeekdayPluralWord | kWeekdayAbbreviationWord | kMonthWord | kRelativePeriodFirst |
                                kRelativeDayFirst | kAgoWord | kDecadeFirst | kYearNounWord;
    if (tok_.Is(i, kFirst)) return true;
    return IsWord(i) && (tok_.Later(i, kWeekdayWord | kWeekdayPluralWord) || DayInWordsMayStartAt(i));
  }
  // A day in words ("primero de enero") needs the day-month link within four tokens after it and
  // a month name, an abbreviation or digits after it (DayMonth).
  bool DayInWordsMayStartAt(size_t i) const {
    return LinkNear(i) && tok_.Later(i + 1, kMonthWord | kMonthAbbreviationWord | kNumberToken);
  }
  bool LinkNear(size_t i) const {
    for (size_t k = i + 1; k < t_.end && k < i + 5; ++k) {
      if (tok_.Is(k, kDayMonthLinkWord)) return true;
    }
    return false;
  }

  bool DigitsAt(size_t i, int* value, size_t* digits) const { return PlainDigitsAt(t_, i, value, digits); }
  bool YearAt(size_t i, int* year) const { return DigitYearAt(lang_, t_, i, year); }
  bool DayAt(size_t i, int* day) const {
    size_t n = 0;
    return DigitsAt(i, day, &n) && n <= 2 && *day >= 1 && *day <= 31;
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
  // The day of a date: "15", "1ro", "1º", "primero", "veintiuno", "vigésimo segundo" (1..31).
  // Words are read only when `de` follows within a few tokens, so that most words cost nothing.
  bool DayNumberAt(size_t i, int* day, size_t* end) const {
    if (DayAt(i, day)) {
      *end = i + 1;
      if (IsWord(i + 1) && Adjacent(i, i + 1) && tok_.Is(i + 1, kDaySuffixWord)) ++*end;
      return true;
    }
    if (!IsWord(i) || !LinkNear(i)) return false;
    NumberMatch n;
    if (!tok_.NumberAt(i, &n) || n.digits || n.vague || n.weak || n.implied) return false;
    double value = n.value;
    size_t e = n.end;
    NumberMatch units;
    if (n.ordinal && value >= 20 && tok_.NumberAt(e, &units) && units.ordinal && !units.digits &&
        units.value < 10) {
      value += units.value;  // "vigésimo segundo"
      e = units.end;
    }
    if (value < 1 || value > 31 || value != static_cast<int>(value)) return false;
    *day = static_cast<int>(value);
    *end = e;
    return true;
  }
  // "de 2024", "del 2024" after a month: sets the year and moves *end.
  void YearAfterMonth(size_t* end, int* year) const {
    if (*end + 1 < t_.end && tok_.Is(*end, kYearLinkWord) && YearAt(*end + 1, year)) *end += 2;
  }
  // After a day and month also ", 2016" and "2016" alone.
  void YearAfterDayMonth(size_t* end, int* year) const {
    if (*end < t_.end && t_.Text(*end) == "," && YearAt(*end + 1, year)) {
      *end += 2;
    } else if (YearAt(*end, year)) {
      *end += 1;
    } else {
      YearAfterMonth(end, year);
    }
  }
  bool Adjacent(size_t a, size_t b) const { return t_.At(a).end == t_.At(b).begin; }

  bool ParsePartOrCore(size_t i, TemporalExpression* out) const {
    PhraseTable::Match m;
    if (tok_.Is(i, kPeriodPartFirst) && lex_.period_part_table.LongestAt(t_, i, &m)) {
      TemporalExpression inner;
      if (ParseCore(m.end, &inner) &&
          (inner.kind == TemporalKind::kMonth || inner.kind == TemporalKind::kYear ||
           inner.kind == TemporalKind::kDecade || (inner.kind == TemporalKind::kRelativePeriod && inner.back == 0))) {
        *out = inner;
        out->begin_token = i;
        out->part = lex_.period_parts[static_cast<size_t>(m.id)];
        return true;
      }
      return false;
    }
    return ParseCore(i, out);
  }

  bool ParseCore(size_t i, TemporalExpression* out) const {
    if (i >= t_.end) return false;
    TemporalExpression e;
    e.begin_token = i;
    return (Numeric(i, &e) || WeekdayPhrase(i, &e) || DayMonth(i, &e) || MonthYear(i, &e) ||
            RelativePeriodAt(i, &e) || RelativeDayAt(i, &e) || Ago(i, &e) || Decade(i, &e) ||
            YearWithNoun(i, &e) || BareYear(i, &e) || DayAlone(i, &e)) &&
           (*out = e, true);
  }

  // The whole numbers of a date written in digits without spaces, from token i: "4/22",
  // "11/12,2016", "13.5.2015" (one token), "2015-08-12". At most three; *end after the last.
  struct Fields {
    int value[3] = {0, 0, 0};
    size_t digits[3] = {0, 0, 0};
    char sep[2] = {0, 0};
    int n = 0;
  };
  bool AddFields(std::string_view s, Fields* f) const {
    size_t from = 0;
    for (size_t k = 0; k <= s.size(); ++k) {
      if (k < s.size() && s[k] >= '0' && s[k] <= '9') continue;
      if (f->n == 3 || k == from || k - from > 4) return false;
      if (f->n > 0 && from > 0) f->sep[f->n - 1] = s[from - 1];
      std::from_chars(s.data() + from, s.data() + k, f->value[f->n]);
      f->digits[f->n++] = k - from;
      from = k + 1;
    }
    return true;
  }
  bool NumericFields(size_t i, Fields* f, size_t* end) const {
    if (i >= t_.end || t_.At(i).kind != TokenKind::kNumber) return false;
    size_t k = i;
    while (true) {
      int before = f->n;
      if (!AddFields(t_.Text(k), f)) return false;
      (void)before;
      *end = k + 1;
      if (k + 2 < t_.end && Adjacent(k, k + 1) && Adjacent(k + 1, k + 2) &&
          tok_.Is(k + 1, kNumericSeparatorWord) && t_.At(k + 2).kind == TokenKind::kNumber) {
        if (f->n == 3) return false;
        if (f->n > 0) f->sep[f->n - 1] = t_.Text(k + 1)[0];
        k += 2;
        continue;
      }
      return true;
    }
  }

  // "19/06/2024", "19-06-24", "02/22/2016", "2015/08/12", "13.5.2015", "08/12,2015"; without a
  // year "22/04" or "4/22" (the field over 12 is the day; else day first). With a hyphen or a
  // period, or with two one-digit fields, a yearless date needs the article before it ("el 4-22").
  bool Numeric(size_t i, TemporalExpression* e) const {
    Fields f;
    size_t end = 0;
    if (!NumericFields(i, &f, &end) || f.n < 2) return false;
    PhraseTable::Match m;
    if (lang_.measure_table.LongestAt(t_, end, &m) || lang_.duration_table.LongestAt(t_, end, &m)) return false;
    if (end < t_.end && t_.Text(end) == "%") return false;
    char sep = f.sep[0];
    if (sep != '/' && sep != '-' && sep != '.') return false;
    int d = 0, mo = 0, y = 0;
    if (f.n == 3) {
      if (f.sep[1] != sep && f.sep[1] != ',') return false;
      if (f.digits[0] == 4) {
        if (f.sep[1] != sep || f.digits[1] > 2 || f.digits[2] > 2) return false;
        y = f.value[0], mo = f.value[1], d = f.value[2];
      } else {
        if (f.digits[0] > 2 || f.digits[1] > 2 || (f.digits[2] != 2 && f.digits[2] != 4)) return false;
        bool month_first = f.value[0] <= 12 && f.value[1] > 12;
        d = month_first ? f.value[1] : f.value[0];
        mo = month_first ? f.value[0] : f.value[1];
        y = f.value[2];
        if (f.digits[2] == 2) y += y < 50 ? 2000 : 1900;
      }
    } else {
      if (f.digits[0] > 2 || f.digits[1] > 2) return false;
      bool guarded = sep == '/' && (f.digits[0] == 2 || f.digits[1] == 2);
      if (!guarded && !ArticleBefore(i)) return false;
      bool month_first = f.value[0] <= 12 && f.value[1] > 12;
      d = month_first ? f.value[1] : f.value[0];
      mo = month_first ? f.value[0] : f.value[1];
    }
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return false;
    e->kind = TemporalKind::kDate;
    e->day = d;
    e->month = mo;
    e->year = y;
    e->end_token = end;
    return true;
  }

  // "21 de marzo", "18 de junio de 2024", "12 de enero, 2016", "15 junio 2016", "2-oct",
  // "1ro de ene.", "primero de enero", "vigésimo segundo de junio"; "el 17 del 11".
  bool DayMonth(size_t i, TemporalExpression* e) const {
    // Every reading below needs a month name, an abbreviation or digits after the day.
    if (!tok_.Later(i + 1, kMonthWord | kMonthAbbreviationWord | kNumberToken)) return false;
    int d = 0, mo = 0;
    size_t j = 0;
    if (!DayNumberAt(i, &d, &j) || j >= t_.end) return false;
    size_t end = 0;
    std::string_view link = t_.Text(j);
    if (link == lang_.day_month_link) {
      if (!MonthOrAbbreviationAt(j + 1, &mo, &end)) return false;
    } else if ((link == "-" || link == "/") && Adjacent(j - 1, j) && Adjacent(j, j + 1)) {
      if (!MonthOrAbbreviationAt(j + 1, &mo, &end)) return false;
    } else if (link == "." && Adjacent(j - 1, j)) {
      if (!MonthAt(j + 1, &mo)) return false;
      end = j + 2;
    } else if (tok_.Is(j, kYearLinkWord) && ArticleBefore(i) && j == i + 1) {
      int v = 0;
      size_t n = 0;
      if (!DigitsAt(j + 1, &v, &n) || n > 2 || v < 1 || v > 12 || !UnitFreeAfter(j + 2)) return false;
      mo = v;
      end = j + 2;
    } else if (!MonthOrAbbreviationAt(j, &mo, &end)) {
      return false;
    }
    YearAfterDayMonth(&end, &e->year);
    e->kind = TemporalKind::kDate;
    e->day = d;
    e->month = mo;
    e->end_token = end;
    return true;
  }

  // "el 15": a day number alone after the article, at the end of its clause. Loose: no claim.
  bool DayAlone(size_t i, TemporalExpression* e) const {
    int d = 0;
    if (!ArticleBefore(i) || !DayAt(i, &d) || !EndsClause(i + 1)) return false;
    e->kind = TemporalKind::kDate;
    e->day = d;
    e->loose = true;
    e->end_token = i + 1;
    return true;
  }

  // The day after a month, "mayo veintiuno", "mayo 21": a number from 1 to 31 that ends the clause
  // or comes before a year.
  bool MonthDayAt(size_t i, int* day, size_t* end) const {
    NumberMatch n;
    if (i >= t_.end || !tok_.NumberAt(i, &n) || n.vague || n.weak || n.implied || n.ordinal) return false;
    if (n.value < 1 || n.value > 31 || n.value != static_cast<int>(n.value)) return false;
    if (n.digits && n.end != i + 1) return false;
    int year = 0;
    size_t after = n.end;
    if (!EndsClause(after) && !(after < t_.end && t_.Text(after) == "," && YearAt(after + 1, &year))) return false;
    *day = static_cast<int>(n.value);
    *end = n.end;
    return true;
  }

  // "marzo", "junio de 2024", "mayo veintiuno".
  bool MonthYear(size_t i, TemporalExpression* e) const {
    int mo = 0;
    if (!MonthAt(i, &mo)) return false;
    size_t end = i + 1;
    int d = 0;
    size_t day_end = 0;
    if (MonthDayAt(end, &d, &day_end)) {
      YearAfterDayMonth(&day_end, &e->year);
      e->kind = TemporalKind::kDate;
      e->day = d;
      e->month = mo;
      e->end_token = day_end;
      return true;
    }
    YearAfterMonth(&end, &e->year);
    e->kind = TemporalKind::kMonth;
    e->month = mo;
    e->end_token = end;
    return true;
  }

  // "el próximo miércoles", "este jueves", "el miércoles 19 de julio de 2000", "el lunes pasado",
  // "mi, 22 de ene", "el viernes de esta semana", "el primer viernes de julio", "los viernes".
  bool WeekdayPhrase(size_t i, TemporalExpression* e) const {
    size_t j = i;
    int direction = 0;
    if (IsWord(j) && tok_.Is(j, kWeekdayArticleWord)) ++j;
    if (NthWeekday(i, j, e)) return true;
    PhraseTable::Match m;
    if (Phrase(lex_.forward_table, kForwardFirst, j, &m)) {
      direction = 1;
      j = m.end;
    } else if (Phrase(lex_.backward_table, kBackwardFirst, j, &m)) {
      direction = -1;
      j = m.end;
    }
    int wd = 0;
    bool abbreviated = !WeekdayAt(j, &wd);
    if (abbreviated && (direction != 0 || !WeekdayAbbreviationAt(j, &wd))) return false;
    size_t after = j + 1;
    if (after < t_.end && t_.Text(after) == ",") ++after;
    TemporalExpression date;
    if (DayMonth(after, &date) || Numeric(after, &date)) {
      *e = date;
      e->begin_token = i;
      e->weekday = wd;
      e->weekday_token = j;
      e->date_token = after;
      return true;
    }
    if (abbreviated) return false;
    size_t end = j + 1;
    if (direction == 0 && Phrase(lex_.forward_table, kForwardFirst, end, &m)) {
      direction = 1;
      end = m.end;
    } else if (direction == 0 && Phrase(lex_.backward_table, kBackwardFirst, end, &m)) {
      direction = -1;
      end = m.end;
    }
    e->kind = TemporalKind::kWeekday;
    e->weekday = wd;
    e->direction = direction;
    e->end_token = end;
    e->loose = j > t_.begin && tok_.Is(j - 1, kRecurringArticleWord);
    if (direction == 0 && end + 1 < t_.end && tok_.Is(end, kYearLinkWord) &&
        Phrase(lex_.week_table, kWeekFirst, end + 1, &m)) {
      e->in_week = true;
      e->offset = lex_.week_offsets[static_cast<size_t>(m.id)];
      e->end_token = m.end;
    }
    return true;
  }

  // "el primer viernes de julio", "el segundo lunes de este mes": ordinal, weekday, link, month.
  bool NthWeekday(size_t i, size_t j, TemporalExpression* e) const {
    NumberMatch n;
    int wd = 0;
    // The weekday comes after the ordinal: without one later in the sentence, no number is read.
    if (!IsWord(j) || !tok_.Later(j, kWeekdayWord | kWeekdayPluralWord) || !tok_.NumberAt(j, &n) || !n.ordinal ||
        n.value < 1 || n.value > 5 || !WeekdayAt(n.end, &wd) || n.end + 2 >= t_.end || !tok_.Is(n.end + 1, kYearLinkWord)) {
      return false;
    }
    size_t at = n.end + 2;
    TemporalExpression month;
    if (MonthYear(at, &month) && month.kind == TemporalKind::kMonth) {
      e->month = month.month;
      e->year = month.year;
    } else if (RelativePeriodAt(at, &month) && month.unit == TimeUnit::kMonth && month.back == 0) {
      e->offset = month.offset;
    } else {
      return false;
    }
    e->kind = TemporalKind::kWeekday;
    e->begin_token = i;
    e->weekday = wd;
    e->nth = static_cast<int>(n.value);
    e->end_token = month.end_token;
    return true;
  }

  bool RelativePeriodAt(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    if (!Phrase(lex_.relative_period_table, kRelativePeriodFirst, i, &m)) return false;
    const RelativePeriod& p = lex_.relative_periods[static_cast<size_t>(m.id)];
    e->kind = TemporalKind::kRelativePeriod;
    e->unit = p.unit;
    e->offset = p.offset;
    e->back = p.back;
    e->end_token = m.end;
    return true;
  }

  // "ayer", "mañana" (but not "por la mañana").
  bool RelativeDayAt(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    if (!Phrase(lex_.relative_day_table, kRelativeDayFirst, i, &m)) return false;
    if (i > t_.begin && tok_.Is(i - 1, kRelativeDayBlockerWord)) return false;
    e->kind = TemporalKind::kRelativeDay;
    e->unit = TimeUnit::kDay;
    e->offset = lex_.relative_day_offsets[static_cast<size_t>(m.id)];
    e->loose = lex_.relative_day_loose[static_cast<size_t>(m.id)];
    e->end_token = m.end;
    return true;
  }

  // "hace dos meses", "hace 24 años".
  bool Ago(size_t i, TemporalExpression* e) const {
    if (!IsWord(i) || !tok_.Is(i, kAgoWord)) return false;
    NumberMatch n;
    if (!tok_.NumberAt(i + 1, &n) || n.vague || n.ordinal) return false;
    PhraseTable::Match m;
    if (!lang_.duration_table.LongestAt(t_, n.end, &m)) return false;
    const DurationUnit& u = lang_.duration_units[static_cast<size_t>(m.id)];
    constexpr double kDay = 86400;
    TimeUnit unit = u.seconds >= 3650 * kDay ? TimeUnit::kDecade
                    : u.seconds >= 365 * kDay ? TimeUnit::kYear
                    : u.seconds >= 28 * kDay  ? TimeUnit::kMonth
                    : u.seconds >= 7 * kDay   ? TimeUnit::kWeek
                                              : TimeUnit::kDay;
    if (n.value != static_cast<int>(n.value)) return false;
    e->kind = TemporalKind::kAgo;
    e->unit = unit;
    e->offset = -static_cast<int>(n.value) * (u.seconds >= 36500 * kDay ? 10 : 1);
    e->end_token = m.end;
    return true;
  }

  // "década de 1940".
  bool Decade(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    if (!Phrase(lex_.decade_table, kDecadeFirst, i, &m)) return false;
    int y = 0, v = 0;
    size_t n = 0;
    if (YearAt(m.end, &y)) {
      if (y % 10 != 0) return false;
    } else if (DigitsAt(m.end, &v, &n) && n == 2 && v % 10 == 0) {
      y = 1900 + v;
    } else {
      return false;
    }
    e->kind = TemporalKind::kDecade;
    e->year = y;
    e->end_token = m.end + 1;
    return true;
  }

  // "año 2000".
  bool YearWithNoun(size_t i, TemporalExpression* e) const {
    int y = 0;
    if (!IsWord(i) || !tok_.Is(i, kYearNounWord) || !YearAt(i + 1, &y)) return false;
    e->kind = TemporalKind::kYear;
    e->year = y;
    e->end_token = i + 2;
    return true;
  }

  // "en 1961": a year right after a cue word.
  bool BareYear(size_t i, TemporalExpression* e) const {
    int y = 0;
    if (i == t_.begin || !tok_.Is(i - 1, kYearCueWord) || !YearAt(i, &y)) return false;
    e->kind = TemporalKind::kYear;
    e->year = y;
    e->end_token = i + 1;
    return true;
  }

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

std::vector<TemporalExpression> Recognize(const Language& lang, const TokenRange& text, bool skip_by_classes) {
  std::vector<TemporalExpression> out;
  const TemporalTokens tokens(lang, text);
  Reader reader(lang, tokens);
  DatePeriodReader periods(lang, tokens, reader);
  for (size_t i = text.begin; i < text.end;) {
    if (skip_by_classes && !reader.MayStartAt(i) && !periods.MayStartAt(i)) {  // most tokens: a few bit tests
      ++i;
      continue;
    }
    TemporalExpression e, period;
    bool single = reader.ParseAt(i, &e);
    if (periods.ParseAt(i, &period) && (!single || period.end_token > e.end_token)) {
      e = std::move(period);
      single = true;
    }
    if (!single) {
      ++i;
      continue;
    }
    // "su última visita ... en el año 2000": a previous-occurrence word earlier in the clause.
    for (size_t k = e.begin_token; k > text.begin;) {
      --k;
      std::string_view w = text.Text(k);
      if (w == "," || w == ";" || w == ":") break;
      if (tokens.Is(k, kPreviousWord)) e.previous = true;
    }
    out.push_back(e);
    size_t at = out.size() - 1;
    if (e.kind == TemporalKind::kYear && !e.since && e.part == PeriodPart::kWhole) {
      reader.ContinueYearList(&out[at], &out);
    }
    i = out.back().end_token;
  }
  return out;
}

}  // namespace

std::vector<TemporalExpression> RecognizeTemporal(const Language& lang, const TokenRange& text) {
  return Recognize(lang, text, /*skip_by_classes=*/true);
}

std::vector<TemporalExpression> RecognizeTemporalAtEveryToken(const Language& lang, const TokenRange& text) {
  return Recognize(lang, text, /*skip_by_classes=*/false);
}

}  // namespace contraste
