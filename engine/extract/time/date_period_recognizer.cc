#include "extract/time/date_period_recognizer.h"

#include <charconv>
#include <cmath>

#include "core/whole_number.h"

#include "extract/time/date_digits.h"
#include "extract/numbers/number_parser.h"
#include "lang/temporal_word_classes.h"

namespace contraste {

const char* PeriodShapeName(PeriodShape shape) {
  switch (shape) {
    case PeriodShape::kRange: return "range";
    case PeriodShape::kNth: return "nth";
    case PeriodShape::kSeason: return "season";
    case PeriodShape::kWeekend: return "weekend";
    case PeriodShape::kNext: return "next";
    case PeriodShape::kLast: return "last";
    case PeriodShape::kRest: return "rest";
    case PeriodShape::kAround: return "around";
    case PeriodShape::kIsoWeek: return "iso_week";
    case PeriodShape::kFrom: return "from";
  }
  return "unknown";
}

namespace {

TemporalExpression Period(size_t begin, size_t end, PeriodShape shape, PeriodUnit unit) {
  TemporalExpression e;
  e.kind = TemporalKind::kPeriod;
  e.begin_token = begin;
  e.end_token = end;
  e.period.shape = shape;
  e.period.unit = unit;
  return e;
}

bool Longer(const TemporalExpression& a, bool have_b, const TemporalExpression& b) {
  return !have_b || a.end_token > b.end_token;
}

class PeriodParser {
 public:
  PeriodParser(const Language& lang, const TemporalTokens& tokens, const SingleDateReader& single,
               const ExpressionMemo& non_range)
      : lang_(lang), lex_(lang.date_periods), tok_(tokens), t_(tokens.range()), single_(single), non_range_(non_range) {}

  bool ParseAt(size_t i, TemporalExpression* out) const {
    if (i >= t_.end) return false;
    TemporalExpression best, e;
    bool have = false;
    if (WeekThenWeekdays(i, &e) || Range(i, &e)) best = e, have = true;
    if (!have && NonRangeAt(i, &e)) best = e, have = true;
    if (have) *out = best;
    return have;
  }

  // False only when ParseAt(i) is false. The first token of each reading: WeekThenWeekdays and
  // the relative periods start with a relative-period word; Range with an opener before a
  // start (FromAt) or with a start; FromAt with a single date, a NonRange reading, digits or a
  // day article (in NonRangeMayStartAt).
  bool MayStartAt(size_t i) const {
    return FromMayStartAt(i) || (IsWord(i) && In(kRangeOpenerWord, i) && FromMayStartAt(i + 1));
  }

  // "la próxima semana entre miércoles y viernes": a week, then a range of its weekdays.
  bool WeekThenWeekdays(size_t i, TemporalExpression* e) const {
    TemporalExpression week, range;
    if (!RelativeAt(i, &week) || week.unit != TimeUnit::kWeek || !Range(week.end_token, &range)) return false;
    TemporalExpression& from = range.parts[0];
    TemporalExpression& to = range.parts[1];
    if (from.kind != TemporalKind::kWeekday || to.kind != TemporalKind::kWeekday || from.direction || to.direction) return false;
    from = DayOfWeek(from, week);
    to = DayOfWeek(to, week);
    *e = range;
    e->begin_token = i;
    return true;
  }

 private:
  std::string_view Word(size_t i) const { return tok_.Text(i); }
  bool IsWord(size_t i) const { return tok_.IsWord(i); }
  // Token i is a word of class `word_class` (TemporalWordClass).
  bool In(uint64_t word_class, size_t i) const { return tok_.Is(i, word_class); }
  // The longest phrase of `table` at token i; `first` is the class of the table's first words.
  bool Phrase(const PhraseTable& table, uint64_t first, size_t i, PhraseTable::Match* m) const {
    return tok_.Is(i, first) && table.LongestAt(t_, i, m);
  }
  // Tables of other lexicons, without a class of first words.
  bool Phrase(const PhraseTable& table, size_t i, PhraseTable::Match* m) const {
    return i < t_.end && table.LongestAt(t_, i, m);
  }
  bool FromMayStartAt(size_t i) const { return single_.MayStartAt(i) || NonRangeMayStartAt(i); }
  // False only when NonRange(i) is false (and RelativeAt(i), and FromAt's digits and articles).
  // The first token of: MonthPhrase (month noun or direction phrase, month name or
  // abbreviation), DayMonth / NumericMonthYear / IsoWeek's number (digits), NthPart (last-part
  // word, or a number before a period noun), IsoWeek (week noun), Season (direction or season
  // phrase), Weekend, NextOrLast (next/last phrase, or a number before a count unit and a
  // next/last word), Rest, Around, Partial (time.yaml part or contracted part), RelativeNoArticle
  // and RelativeAt (relative period of either lexicon); or an article before what the readings
  // read after one (day article: MonthPhrase's direction, NthPart, IsoWeek, FromAt; season
  // article: Season; count article: NextOrLast), all of which FromMayStartAt(i + 1) covers.
  // The numbers of NthPart and NextOrLast are asked last (memoized, but not free).
  bool NonRangeMayStartAt(size_t i) const {
    constexpr uint64_t kWords =
        kNumberToken | kMonthWord | kPeriodMonthAbbreviationWord | kLastPartWord | kWeekNumberNounWord;
    constexpr uint64_t kPhrases = kSeasonFirst | kNextFirst | kLastFirst | kRestFirst | kAroundFirst |
                                  kPeriodPartFirst | kContractedPartFirst | kPeriodRelativeFirst | kRelativePeriodFirst;
    constexpr uint64_t kArticles = kPeriodDayArticleWord | kSeasonArticleWord | kCountArticleWord;
    if (tok_.Is(i, kWords) || tok_.PhraseMayStartAt(i, kPhrases) || CodeAt(i, nullptr, nullptr)) return true;
    // A month noun or direction goes before a month name (MonthPhrase) or a season (Season); the
    // words before a weekend before the weekend phrase (Weekend).
    if (tok_.PhraseMayStartAt(i, kMonthNounFirst | kMonthDirectionFirst) &&
        tok_.Later(i, kMonthWord | kPeriodMonthAbbreviationWord | kSeasonFirst)) {
      return true;
    }
    if (tok_.PhraseMayStartAt(i, kWeekendBeforeFirst | kWeekendFirst) && tok_.Later(i, kWeekendFirst)) return true;
    if (tok_.Is(i, kArticles) && FromMayStartAt(i + 1)) return true;
    // "a week starting tomorrow": an article-like one before an amount counted from a day (Within).
    if (IsWord(i) && tok_.Later(i, kCountedFromFirst) && lang_.article_ones.Contains(t_, i)) return true;
    NumberMatch n;
    return (tok_.Later(i, kPeriodNounWord) || (tok_.Later(i, kCountUnitWord) && tok_.Later(i, kNextFirst | kLastFirst))) &&
           tok_.NumberAt(i, &n);
  }
  // NonRange(i), computed once per token.
  bool NonRangeAt(size_t i, TemporalExpression* out) const {
    return non_range_.Get(i, out, [this](size_t at, TemporalExpression* e) { return NonRange(at, e); });
  }
  bool EndsHere(size_t i) const { return i >= t_.end || t_.At(i).kind == TokenKind::kPunct; }

  bool DigitsAt(size_t i, int* value, size_t* digits) const { return PlainDigitsAt(t_, i, value, digits); }
  bool InYearRange(int y) const { return y >= lang_.year_min && y <= lang_.year_max; }
  // A year in four digits, not followed by a unit ("2000 toneladas").
  bool YearAt(size_t i, int* year) const { return DigitYearAt(lang_, t_, i, year); }
  // A year in digits or in words ("dos mil dieciocho"); *end is one past it.
  bool AnyYearAt(size_t i, int* year, size_t* end) const {
    if (YearAt(i, year)) {
      *end = i + 1;
      return true;
    }
    // In words: "dos mil dieciocho", "nineteen seventy eight" (date_digits.h).
    return IsWord(i) && WordsYearAt(lang_, t_, tok_, i, year, end);
  }
  // One past a day number at token i and its suffix glued to it ("19th").
  size_t DayEnd(size_t i) const {
    return i + 1 < t_.end && IsWord(i + 1) && In(kDaySuffixWord, i + 1) && t_.At(i).end == t_.At(i + 1).begin ? i + 2 : i + 1;
  }
  bool DayAt(size_t i, int* day) const {
    size_t n = 0;
    return DigitsAt(i, day, &n) && n <= 2 && *day >= 1 && *day <= 31;
  }
  // A month name or abbreviation.
  bool MonthNameAt(size_t i, int* month, bool* abbreviation) const {
    if (!IsWord(i)) return false;
    if (const int* v = In(kMonthWord, i) ? lang_.temporal.months.Find(t_, i) : nullptr) {
      *month = *v;
      *abbreviation = false;
      return true;
    }
    if (const int* v = In(kPeriodMonthAbbreviationWord, i) ? lex_.month_abbreviations.Find(t_, i) : nullptr) {
      *month = *v;
      *abbreviation = true;
      return true;
    }
    return false;
  }

  // "esta semana", "el próximo año", "próximo año": a relative period of time.yaml or of
  // date_periods.yaml, with offset (no span back).
  bool RelativeAt(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    const RelativePeriod* p = nullptr;
    PhraseTable::Match mine;
    bool theirs = Phrase(lang_.temporal.relative_period_table, kRelativePeriodFirst, i, &m);
    bool ours = Phrase(lex_.relative_period_table, kPeriodRelativeFirst, i, &mine);
    if (ours && (!theirs || mine.end > m.end)) {
      p = &lex_.relative_periods[static_cast<size_t>(mine.id)];
      m = mine;
    } else if (theirs) {
      p = &lang_.temporal.relative_periods[static_cast<size_t>(m.id)];
    }
    if (p == nullptr || p->back > 0) return false;
    *e = TemporalExpression();
    e->kind = TemporalKind::kRelativePeriod;
    e->begin_token = i;
    e->end_token = m.end;
    e->unit = p->unit;
    e->offset = p->offset;
    e->loose = p->loose;
    return true;
  }

  // The year that follows a month, a season or a part: ", 2016", "2016", "de 2016", "del 2016",
  // "de dos mil dieciocho", "del próximo año". Sets *year or *relative and moves *end.
  bool YearTail(size_t* end, int* year, TemporalExpression* relative) const {
    size_t j = *end;
    if (j < t_.end && Word(j) == ",") ++j;
    size_t after = 0;
    if (YearAt(j, year)) {
      *end = j + 1;
      return true;
    }
    // A year in words that ends the clause: "from 2 to 7 Feb, two thousand and eighteen".
    if (AnyYearAt(j, year, &after) && (after >= t_.end || t_.At(after).kind == TokenKind::kPunct)) {
      *end = after;
      return true;
    }
    // "June next year": a relative year right after it.
    if (j == *end && RelativeAt(j, relative) && relative->unit == TimeUnit::kYear) {
      *end = relative->end_token;
      return true;
    }
    if (!In(kContainerLinkWord, j)) return false;
    if (AnyYearAt(j + 1, year, &after)) {
      *end = after;
      return true;
    }
    if (j == *end && RelativeAt(j + 1, relative) && relative->unit == TimeUnit::kYear) {
      *end = relative->end_token;
      return true;
    }
    return false;
  }

  bool NonRange(size_t i, TemporalExpression* out) const {
    TemporalExpression best, e;
    bool have = false;
    auto consider = [&](bool ok) {
      if (ok && Longer(e, have, best)) best = e, have = true;
    };
    consider(MonthPhrase(i, &e));
    consider(DayMonth(i, &e));
    consider(NumericMonthYear(i, &e));
    consider(NthPart(i, &e));
    consider(IsoWeek(i, &e));
    consider(Season(i, &e));
    consider(Weekend(i, &e));
    consider(NextOrLast(i, &e));
    consider(Rest(i, &e));
    consider(Around(i, &e));
    consider(Partial(i, &e));
    consider(RelativeNoArticle(i, &e));
    consider(YearFirst(i, &e));
    consider(Within(i, &e));
    consider(SoFar(i, &e));
    if (have) *out = best;
    return have;
  }

  // "el mes de mayo", "este septiembre", "el próximo junio", "junio 2016", "nov, 2016",
  // "junio del próximo año", "feb de dos mil dieciocho", "ene" at the end of a sentence.
  bool MonthPhrase(size_t i, TemporalExpression* e) const {
    size_t j = i;
    bool introduced = false;
    int direction = 0;
    bool directed = false;
    PhraseTable::Match m;
    if (Phrase(lex_.month_noun_table, kMonthNounFirst, j, &m)) {
      j = m.end;
      introduced = true;
    } else {
      size_t k = In(kPeriodDayArticleWord, j) ? j + 1 : j;
      if (Phrase(lex_.month_direction_table, kMonthDirectionFirst, k, &m)) {
        direction = lex_.month_directions[static_cast<size_t>(m.id)];
        directed = introduced = true;
        j = m.end;
      }
    }
    int month = 0;
    bool abbreviation = false;
    if (!MonthNameAt(j, &month, &abbreviation)) return false;
    size_t end = j + 1;
    int year = 0;
    TemporalExpression relative;
    bool tail = YearTail(&end, &year, &relative);
    if (abbreviation && !introduced && !tail &&
        !(i > t_.begin && In(kMonthCueWord, i - 1) && EndsHere(j + 1))) {
      return false;
    }
    *e = TemporalExpression();
    e->begin_token = i;
    e->end_token = end;
    e->kind = TemporalKind::kMonth;
    e->month = month;
    if (tail && year) {
      e->year = year;
    } else if (tail) {
      *e = Period(i, end, PeriodShape::kNth, PeriodUnit::kMonth);
      e->period.index = month;
      e->parts.push_back(relative);
    } else if (directed && direction == 0) {
      *e = Period(i, end, PeriodShape::kNth, PeriodUnit::kMonth);
      e->period.index = month;
      TemporalExpression this_year;
      this_year.kind = TemporalKind::kRelativePeriod;
      this_year.unit = TimeUnit::kYear;
      e->parts.push_back(this_year);
    } else {
      e->direction = direction;
    }
    return true;
  }

  // "2 de oct", "12 de enero, 2016", "15 junio 2016", "22 de este mes", "23 del próximo mes".
  bool DayMonth(size_t i, TemporalExpression* e) const {
    int day = 0;
    // "the 20th of next month": the day article before it.
    if (In(kPeriodDayArticleWord, i) && DayAt(i + 1, &day) && DayMonth(i + 1, e)) {
      if (e->kind != TemporalKind::kPeriod) return false;  // a month name after it: the single reader's
      e->begin_token = i;
      return true;
    }
    if (!DayAt(i, &day)) return false;
    size_t j = i + 1;
    if (j < t_.end && Word(j) == lang_.day_month_link) ++j;
    int month = 0;
    bool abbreviation = false;
    if (MonthNameAt(j, &month, &abbreviation)) {
      size_t end = j + 1;
      int year = 0;
      TemporalExpression relative;
      bool tail = YearTail(&end, &year, &relative);
      *e = TemporalExpression();
      e->begin_token = i;
      e->end_token = end;
      e->kind = TemporalKind::kDate;
      e->day = day;
      e->month = month;
      if (tail && !year) {
        TemporalExpression in_month = Period(i, end, PeriodShape::kNth, PeriodUnit::kMonth);
        in_month.period.index = month;
        in_month.parts.push_back(relative);
        *e = Period(i, end, PeriodShape::kNth, PeriodUnit::kDay);
        e->period.index = day;
        e->parts.push_back(in_month);
        return true;
      }
      e->year = year;
      return true;
    }
    // "22 de este mes", "23 del próximo mes", "22 este mes", "20th of next month".
    const size_t after = DayEnd(i);
    size_t k = In(kContainerLinkWord, after) ? after + 1 : after;
    TemporalExpression relative;
    if (!RelativeAt(k, &relative) || relative.unit != TimeUnit::kMonth) return false;
    *e = Period(i, relative.end_token, PeriodShape::kNth, PeriodUnit::kDay);
    e->period.index = day;
    e->parts.push_back(relative);
    return true;
  }

  // "11/2016", "11 - 2016", "2015-3", "3.2015" (one token), "11~2016".
  bool NumericMonthYear(size_t i, TemporalExpression* e) const {
    if (i >= t_.end || t_.At(i).kind != TokenKind::kNumber) return false;
    int month = 0, year = 0;
    size_t end = 0;
    std::string_view s = t_.Text(i);
    size_t dot = s.find('.');
    if (dot != std::string_view::npos && lex_.month_year_separators.Contains(".")) {
      std::string_view a = s.substr(0, dot), b = s.substr(dot + 1);
      if (b.find('.') != std::string_view::npos) return false;
      auto parse = [](std::string_view x, int* v) {
        return !x.empty() && std::from_chars(x.data(), x.data() + x.size(), *v).ptr == x.data() + x.size();
      };
      int va = 0, vb = 0;
      if (!parse(a, &va) || !parse(b, &vb)) return false;
      if (a.size() <= 2 && b.size() == 4) month = va, year = vb;
      else if (a.size() == 4 && b.size() <= 2) year = va, month = vb;
      else return false;
      end = i + 1;
    } else {
      int a = 0, b = 0;
      size_t na = 0, nb = 0;
      if (!DigitsAt(i, &a, &na) || i + 2 >= t_.end || !lex_.month_year_separators.Contains(t_, i + 1) ||
          !DigitsAt(i + 2, &b, &nb)) {
        return false;
      }
      if (na <= 2 && nb == 4) month = a, year = b;
      else if (na == 4 && nb <= 2) year = a, month = b;
      else return false;
      end = i + 3;
      // Part of a longer numeric date ("2015/08/12", "12/8/2015").
      if (end + 1 < t_.end && lex_.month_year_separators.Contains(t_, end) && t_.At(end + 1).kind == TokenKind::kNumber) return false;
      if (i >= t_.begin + 2 && lex_.month_year_separators.Contains(t_, i - 1) && t_.At(i - 2).kind == TokenKind::kNumber) return false;
    }
    if (month < 1 || month > 12 || !InYearRange(year)) return false;
    *e = TemporalExpression();
    e->kind = TemporalKind::kMonth;
    e->begin_token = i;
    e->end_token = end;
    e->month = month;
    e->year = year;
    return true;
  }

  // What holds a part: "de julio", "de este mes", "del 2027", "del próximo año", "de oct".
  bool ContainerAt(size_t i, TemporalExpression* c) const {
    if (!In(kContainerLinkWord, i)) return false;
    size_t j = i + 1;
    int year = 0;
    size_t end = 0;
    if (AnyYearAt(j, &year, &end)) {
      *c = TemporalExpression();
      c->kind = TemporalKind::kYear;
      c->year = year;
      c->begin_token = j;
      c->end_token = end;
      return true;
    }
    if (RelativeAt(j, c)) return true;
    TemporalExpression month;
    if (MonthPhrase(j, &month)) {
      *c = month;
      return true;
    }
    int m = 0;
    bool abbreviation = false;
    if (MonthNameAt(j, &m, &abbreviation)) {
      *c = TemporalExpression();
      c->kind = TemporalKind::kMonth;
      c->month = m;
      c->begin_token = j;
      c->end_token = j + 1;
      return true;
    }
    return false;
  }

  // "la tercera semana de julio", "el tercer trimestre de 2016", "la última semana de 2015",
  // "la segunda quincena de este mes", "primera mitad de 2016", "el 2º cuatrimestre".
  // "Q3", "H1": a period noun of a quarter or half (date_periods.yaml `period_nouns` "q", "h")
  // with its index glued after it, one digit within the parts of a year.
  bool CodeAt(size_t i, const PeriodNoun** noun, int* index) const {
    if (!IsWord(i)) return false;
    std::string_view w = Word(i);
    if (w.size() < 2 || w.back() < '1' || w.back() > '4') return false;
    const PeriodNoun* p = lex_.period_nouns.Find(w.substr(0, w.size() - 1));
    if (p == nullptr) return false;
    const int k = w.back() - '0';
    if (!((p->unit == PeriodUnit::kQuarter && k <= 4) || (p->unit == PeriodUnit::kHalf && k <= 2))) return false;
    if (noun != nullptr) *noun = p;
    if (index != nullptr) *index = k;
    return true;
  }

  // `given`: a year written before it ("2016 the third quarter", "2016 Q3"), or null.
  bool NthPart(size_t i, TemporalExpression* e, const TemporalExpression* given = nullptr) const {
    size_t j = In(kPeriodDayArticleWord, i) ? i + 1 : i;
    int index = 0;
    const PeriodNoun* noun = nullptr;
    bool coded = false;
    if (CodeAt(j, &noun, &index)) {
      coded = true;
    } else if (In(kLastPartWord, j)) {
      index = -1;
      ++j;
    } else {
      // The period noun comes after the ordinal: without one later in the sentence, no number is read.
      NumberMatch n;
      if (j >= t_.end || !tok_.Later(j, kPeriodNounWord) || !tok_.NumberAt(j, &n) || !n.ordinal || n.value < 1 || n.value > 53) return false;
      index = static_cast<int>(n.value);
      j = n.end;
      // "the third-quarter", "third- quarter": a hyphen between the ordinal and the noun.
      if (j + 1 < t_.end && Word(j) == "-" && In(kPeriodNounWord, j + 1)) ++j;
    }
    if (!coded) {
      if (!IsWord(j) || !In(kPeriodNounWord, j)) return false;
      noun = lex_.period_nouns.Find(t_, j);
      if (noun == nullptr) return false;
    }
    const PeriodNoun& p = *noun;
    TemporalExpression container;
    bool held = false;
    if (given != nullptr) {
      container = *given;
      held = true;
    } else {
      held = ContainerAt(j + 1, &container);
      int year = 0;
      // No link before a relative year or a year in digits: "the third quarter this year", "Q1 2016".
      if (!held && RelativeAt(j + 1, &container) && container.unit == TimeUnit::kYear) held = true;
      if (!held && YearAt(j + 1, &year)) {
        container = TemporalExpression();
        container.kind = TemporalKind::kYear;
        container.year = year;
        container.begin_token = j + 1;
        container.end_token = j + 2;
        held = true;
      }
    }
    if (!held && !coded && (p.needs_container || p.unit == PeriodUnit::kWeek)) return false;
    if (held && container.kind == TemporalKind::kRelativePeriod && container.unit == TimeUnit::kWeek &&
        p.unit != PeriodUnit::kHalf) {
      return false;
    }
    const size_t end = held && given == nullptr ? container.end_token : j + 1;
    *e = Period(i, end, PeriodShape::kNth, p.unit);
    e->period.index = index;
    if (held) e->parts.push_back(container);
    return true;
  }

  // "2016 November", "2016, nov", "2016 the third quarter", "2016 Q3", "2016H2": a year before its
  // month or part.
  bool YearFirst(size_t i, TemporalExpression* e) const {
    int year = 0;
    if (!YearAt(i, &year)) return false;
    size_t j = i + 1;
    // "2019-sep-1", "2019/sep/01": year, month and day glued by one separator.
    if (j + 3 < t_.end && lex_.month_year_separators.Contains(t_, j) && t_.At(i).end == t_.At(j).begin &&
        t_.At(j).end == t_.At(j + 1).begin && Word(j + 2) == Word(j) && t_.At(j + 1).end == t_.At(j + 2).begin &&
        t_.At(j + 2).end == t_.At(j + 3).begin) {
      int month = 0, day = 0;
      bool abbreviation = false;
      if (MonthNameAt(j + 1, &month, &abbreviation) && DayAt(j + 3, &day)) {
        *e = TemporalExpression();
        e->kind = TemporalKind::kDate;
        e->begin_token = i;
        e->end_token = j + 4;
        e->year = year;
        e->month = month;
        e->day = day;
        return true;
      }
    }
    if (j < t_.end && Word(j) == ",") ++j;
    TemporalExpression y;
    y.kind = TemporalKind::kYear;
    y.year = year;
    y.begin_token = i;
    y.end_token = i + 1;
    int month = 0;
    bool abbreviation = false;
    if (MonthNameAt(j, &month, &abbreviation)) {
      // Only where the month ends the clause or a range or list goes on ("2016 November",
      // "between 2015 June and 2018 May"): "by 2030 may rise" is a verb, "2016 November 3" a
      // date read from its month.
      const size_t after = j + 1;
      if (!EndsHere(after) && !lex_.bare_range_closers.Contains(t_, after) && !In(kListConnectorWord, after)) return false;
      *e = TemporalExpression();
      e->kind = TemporalKind::kMonth;
      e->begin_token = i;
      e->end_token = j + 1;
      e->month = month;
      e->year = year;
      return true;
    }
    if (!NthPart(j, e, &y)) return false;
    e->begin_token = i;
    return true;
  }

  // An amount of time at token i ("3 days", "a week", "5 years 1 month 12 days"), in months and
  // days; *end one past it. Units shorter than a day are no span.
  bool AmountAt(size_t i, int* months, int* days, size_t* end) const {
    constexpr double kDay = 86400;
    constexpr int kMostAmounts = 4;
    double m = 0, d = 0;
    size_t j = i;
    int count = 0;
    for (; count < kMostAmounts; ++count) {
      size_t k = j;
      if (count > 0 && k < t_.end && (Word(k) == "," || lang_.connectors.Contains(t_, k))) ++k;
      double value = 0;
      size_t unit_at = 0;
      NumberMatch n;
      if (tok_.NumberAt(k, &n) && !n.vague && !n.ordinal && !n.implied) {
        value = n.value;
        unit_at = n.end;
      } else if (IsWord(k) && lang_.article_ones.Contains(t_, k)) {
        value = 1;
        unit_at = k + 1;
      } else {
        break;
      }
      PhraseTable::Match u;
      if (!lang_.duration_table.LongestAt(t_, unit_at, &u)) break;
      const DurationUnit& unit = lang_.duration_units[static_cast<size_t>(u.id)];
      if (unit.seconds < kDay) return false;
      if (unit.seconds >= 28 * kDay) m += value * std::round(unit.seconds / (30 * kDay));
      else d += value * std::round(unit.seconds / kDay);
      j = u.end;
    }
    if (count == 0 || !IsWholeIn(m, 0, 12000) || !IsWholeIn(d, 0, kMaxRelativeDays) || (m == 0 && d == 0)) return false;
    *months = static_cast<int>(m);
    *days = static_cast<int>(d);
    *end = j;
    return true;
  }

  // "within 5 days", "within the next 3 years", "less than 2 weeks from today": the amount from
  // the anchor (or from the day a time.yaml `counted_from` phrase names), a range from that day to
  // the day the amount reaches. The within words are the `next_table` phrases of id 1
  // (date_periods.yaml `within_words`) and 2 (`counted_span_words`, only before such a phrase).
  // With a counted_from phrase whose day follows it ("2 weeks starting May 20", "for 1 week, from
  // 20th dec"), the amount counted from that day (CountFromDay); then no within word is needed.
  bool Within(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    const bool opened = Phrase(lex_.next_table, kNextFirst, i, &m) && m.id != 0;
    size_t j = opened ? m.end : i;
    PhraseTable::Match next;
    size_t k = In(kCountArticleWord, j) ? j + 1 : j;
    if (opened && Phrase(lex_.next_table, kNextFirst, k, &next) && next.id == 0) j = next.end;
    int months = 0, days = 0;
    size_t end = 0;
    if (!AmountAt(j, &months, &days, &end)) return false;
    int from = 0;
    bool counted = false;
    PhraseTable::Match c;
    const size_t counted_at = end < t_.end && Word(end) == "," ? end + 1 : end;
    if (Phrase(lang_.temporal.counted_from_table, kCountedFromFirst, counted_at, &c)) {
      const CountedFrom& how = lang_.temporal.counted_from[static_cast<size_t>(c.id)];
      if (how.day_follows) {
        // "for 1 week, from 20th dec" holds its span word; "2 weeks starting May 20" starts at
        // its amount (read when the scan reaches it).
        if (how.after_span_word != (opened && m.id == 2)) return false;
        return CountFromDay(i, months, days, c.end, e);
      }
      if (!opened || how.direction < 0) return false;
      from = how.from;
      end = c.end;
      counted = true;
    }
    if (!opened) return false;
    // id 2 ("for 3 days from today"): only with the day it counts from.
    if (m.id == 2 && !counted) return false;
    TemporalExpression start;
    start.kind = TemporalKind::kRelativeDay;
    start.offset = from;
    start.begin_token = i;
    start.end_token = j;
    TemporalExpression last;
    last.kind = TemporalKind::kAgo;
    last.exact_day = true;
    last.shift_months = months;
    last.shift_days = from + days;
    last.begin_token = j;
    last.end_token = end;
    *e = Period(i, end, PeriodShape::kRange, PeriodUnit::kDay);
    e->parts.push_back(start);
    e->parts.push_back(last);
    // Without "from today" a story often counts from the event it tells ("within two weeks of
    // the attack"): recognized, no claim.
    e->loose = !counted;
    return true;
  }

  // An amount of months or of days from the day written at token `at` ("May 20th", "next
  // Monday", "tomorrow"): a period of shape kFrom over tokens [begin, the day's end).
  bool CountFromDay(size_t begin, int months, int days, size_t at, TemporalExpression* e) const {
    if (months > 0 && days > 0) return false;
    TemporalExpression day;
    bool day_only = false;
    if (!FromAt(at, &day, &day_only) || day_only || day.since) return false;
    const bool one_day = (day.kind == TemporalKind::kDate && day.day != 0) || day.kind == TemporalKind::kWeekday ||
                         day.kind == TemporalKind::kRelativeDay;
    if (!one_day || day.part != PeriodPart::kWhole) return false;
    *e = Period(begin, day.end_token, PeriodShape::kFrom, months > 0 ? PeriodUnit::kMonth : PeriodUnit::kDay);
    e->period.count = months > 0 ? months : days;
    e->loose = day.loose;
    e->parts.push_back(day);
    return true;
  }

  // "earlier this month", "earlier in the week", "earlier this year": a range from the first
  // day of the current period to the anchor. The phrases are the `rest_table` ones of id 1
  // (date_periods.yaml `so_far_phrases`).
  bool SoFar(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    if (!Phrase(lex_.rest_table, kRestFirst, i, &m) || m.id != 1) return false;
    size_t j = m.end;
    TemporalExpression container;
    if (In(kPeriodDayArticleWord, j) && IsWord(j + 1) && In(kRestUnitWord, j + 1)) {
      const PeriodUnit* unit = lex_.rest_units.Find(t_, j + 1);
      if (unit == nullptr) return false;
      container.kind = TemporalKind::kRelativePeriod;
      container.unit = *unit == PeriodUnit::kWeek ? TimeUnit::kWeek : *unit == PeriodUnit::kMonth ? TimeUnit::kMonth : TimeUnit::kYear;
      container.begin_token = j;
      container.end_token = j + 2;
    } else if (!RelativeAt(j, &container) || container.offset != 0) {
      return false;
    }
    // Its first day: the first day of the week or month, January of the year.
    TemporalExpression first = Period(i, container.end_token, PeriodShape::kNth,
                                      container.unit == TimeUnit::kYear ? PeriodUnit::kMonth : PeriodUnit::kDay);
    first.period.index = 1;
    first.parts.push_back(container);
    TemporalExpression today;
    today.kind = TemporalKind::kRelativeDay;
    today.begin_token = i;
    today.end_token = container.end_token;
    *e = Period(i, container.end_token, PeriodShape::kRange, PeriodUnit::kDay);
    e->parts.push_back(first);
    e->parts.push_back(today);
    return true;
  }

  // "semana 31", "la semana 3 de 2027".
  bool IsoWeek(size_t i, TemporalExpression* e) const {
    size_t j = In(kPeriodDayArticleWord, i) ? i + 1 : i;
    if (!In(kWeekNumberNounWord, j)) return false;
    int week = 0;
    size_t n = 0;
    if (!DigitsAt(j + 1, &week, &n) || n > 2 || week < 1 || week > 53) return false;
    TemporalExpression container;
    bool held = ContainerAt(j + 2, &container) &&
                (container.kind == TemporalKind::kYear ||
                 (container.kind == TemporalKind::kRelativePeriod && container.unit == TimeUnit::kYear));
    *e = Period(i, held ? container.end_token : j + 2, PeriodShape::kIsoWeek, PeriodUnit::kWeek);
    e->period.index = week;
    if (held) e->parts.push_back(container);
    return true;
  }

  // "el verano", "este verano", "la próxima primavera", "verano 2016", "el verano de 2016".
  bool Season(size_t i, TemporalExpression* e) const {
    size_t j = i;
    int offset = 0;
    PhraseTable::Match m;
    if (In(kSeasonArticleWord, j)) ++j;
    if (Phrase(lex_.month_direction_table, kMonthDirectionFirst, j, &m)) {
      offset = lex_.month_directions[static_cast<size_t>(m.id)];
      j = m.end;
    }
    if (!Phrase(lex_.season_table, kSeasonFirst, j, &m)) return false;
    size_t end = m.end;
    int year = 0;
    TemporalExpression relative;
    bool tail = offset == 0 && YearTail(&end, &year, &relative);
    *e = Period(i, end, PeriodShape::kSeason, PeriodUnit::kDay);
    e->period.index = m.id + 1;
    e->period.offset = offset;
    if (tail && year) {
      TemporalExpression y;
      y.kind = TemporalKind::kYear;
      y.year = year;
      e->parts.push_back(y);
    } else if (tail) {
      e->parts.push_back(relative);
    }
    const auto& seasons = lex_.seasons;
    size_t k = static_cast<size_t>(m.id);
    const contraste::Season& s = seasons[k];
    const contraste::Season& next = seasons[(k + 1) % seasons.size()];
    e->period.season_start = s.start_month * 100 + s.start_day;
    e->period.season_next = next.start_month * 100 + next.start_day;
    e->period.code = s.code;
    return true;
  }

  // "el fin de semana", "este finde", "el próximo fin de semana", "el fin de semana pasado".
  bool Weekend(size_t i, TemporalExpression* e) const {
    size_t j = i;
    int offset = 0;
    bool anchored = false;
    PhraseTable::Match m;
    if (Phrase(lex_.weekend_before_table, kWeekendBeforeFirst, j, &m)) {
      PhraseTable::Match w;
      if (Phrase(lex_.weekend_table, kWeekendFirst, m.end, &w)) {
        offset = lex_.weekend_before_offsets[static_cast<size_t>(m.id)];
        anchored = offset != 0 || !In(kPeriodDayArticleWord, i);
        j = m.end;
      }
    }
    if (!Phrase(lex_.weekend_table, kWeekendFirst, j, &m)) return false;
    size_t end = m.end;
    if (Phrase(lex_.weekend_after_table, kWeekendAfterFirst, end, &m)) {
      offset = lex_.weekend_after_offsets[static_cast<size_t>(m.id)];
      anchored = true;
      end = m.end;
    }
    *e = Period(i, end, PeriodShape::kWeekend, PeriodUnit::kDay);
    e->period.offset = offset;
    e->period.anchored = anchored;
    return true;
  }

  // "los próximos 3 días", "las últimas 2 semanas", "los 3 días siguientes", "pasadas 3 semanas".
  bool NextOrLast(size_t i, TemporalExpression* e) const {
    size_t j = In(kCountArticleWord, i) ? i + 1 : i;
    PhraseTable::Match m;
    int direction = 0;
    if (Phrase(lex_.next_table, kNextFirst, j, &m) && m.id == 0) direction = 1;  // id 1: Within
    else if (Phrase(lex_.last_table, kLastFirst, j, &m)) direction = -1;
    size_t number_at = direction ? m.end : j;
    // The unit comes after the number: without one later in the sentence, no number is read.
    NumberMatch n;
    if (number_at >= t_.end || !tok_.Later(number_at, kCountUnitWord) || !tok_.NumberAt(number_at, &n) || n.ordinal || n.vague || n.implied ||
        !IsWholeIn(n.value, 1, kMaxRelativeDays)) {
      return false;
    }
    if (!IsWord(n.end) || !In(kCountUnitWord, n.end)) return false;
    const PeriodUnit* unit = lex_.count_units.Find(t_, n.end);
    if (unit == nullptr || n.value > kMaxRelativeDays / ApproximateDays(*unit)) return false;
    size_t end = n.end + 1;
    if (direction == 0) {
      if (Phrase(lex_.next_table, kNextFirst, end, &m) && m.id == 0) direction = 1;
      else if (Phrase(lex_.last_table, kLastFirst, end, &m)) direction = -1;
      else return false;
      end = m.end;
    }
    *e = Period(i, end, direction > 0 ? PeriodShape::kNext : PeriodShape::kLast, *unit);
    e->period.count = static_cast<int>(n.value);
    e->back = e->period.count;
    return true;
  }

  // "el resto de la semana", "resto del mes", "lo que queda del año", "el resto de esta semana".
  bool Rest(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    if (!Phrase(lex_.rest_table, kRestFirst, i, &m) || m.id != 0) return false;  // id 1: SoFar
    size_t j = m.end;
    TemporalExpression container;
    if (RelativeAt(j, &container) && container.offset == 0) {
      *e = Period(i, container.end_token, PeriodShape::kRest, PeriodUnit::kDay);
      e->parts.push_back(container);
      return true;
    }
    if (In(kPeriodDayArticleWord, j) && RelativeAt(j + 1, &container) && container.offset == 0) {
      *e = Period(i, container.end_token, PeriodShape::kRest, PeriodUnit::kDay);
      e->parts.push_back(container);
      return true;
    }
    if (In(kPeriodDayArticleWord, j)) ++j;
    if (!IsWord(j) || !In(kRestUnitWord, j)) return false;
    const PeriodUnit* unit = lex_.rest_units.Find(t_, j);
    if (unit == nullptr) return false;
    container = TemporalExpression();
    container.kind = TemporalKind::kRelativePeriod;
    container.unit = *unit == PeriodUnit::kWeek    ? TimeUnit::kWeek
                     : *unit == PeriodUnit::kMonth ? TimeUnit::kMonth
                                                          : TimeUnit::kYear;
    *e = Period(i, j + 1, PeriodShape::kRest, PeriodUnit::kDay);
    e->parts.push_back(container);
    return true;
  }

  // "la semana del 15 de septiembre", "mes de 16 de septiembre", "la semana del 18".
  bool Around(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    if (!Phrase(lex_.around_table, kAroundFirst, i, &m)) return false;
    PeriodUnit unit = lex_.around_units[static_cast<size_t>(m.id)];
    TemporalExpression date;
    if (!(DayMonth(m.end, &date) || (single_.ParseAt(m.end, &date) && date.kind == TemporalKind::kDate))) {
      int day = 0;
      if (!DayAt(m.end, &day)) return false;
      PhraseTable::Match unit_after;
      if (Phrase(lang_.duration_table, m.end + 1, &unit_after)) return false;
      date = Period(m.end, m.end + 1, PeriodShape::kNth, PeriodUnit::kDay);
      date.period.index = day;
    }
    *e = Period(i, date.end_token, PeriodShape::kAround, unit);
    e->parts.push_back(date);
    return true;
  }

  // "finales del próximo año", "mediados de verano", "comienzos de la próxima semana": the
  // time.yaml parts in front of a period of this reader.
  bool Partial(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    PeriodPart part = PeriodPart::kWhole;
    if (Phrase(lang_.temporal.period_part_table, kPeriodPartFirst, i, &m)) {
      part = lang_.temporal.period_parts[static_cast<size_t>(m.id)];
    } else if (Phrase(lex_.contracted_part_table, kContractedPartFirst, i, &m)) {
      part = lex_.contracted_parts[static_cast<size_t>(m.id)];
    } else {
      return false;
    }
    TemporalExpression inner;
    if (!NonRangeInner(m.end, &inner)) return false;
    *e = inner;
    e->begin_token = i;
    e->part = part;
    e->part_bounds = &lang_.temporal.part_bounds;
    return true;
  }
  bool NonRangeInner(size_t j, TemporalExpression* inner) const {
    return Season(j, inner) || RelativeNoArticle(j, inner) || MonthPhrase(j, inner);
  }

  // "semana pasada", "próxima semana", "mes que viene" without an article.
  bool RelativeNoArticle(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    if (!Phrase(lex_.relative_period_table, kPeriodRelativeFirst, i, &m)) return false;
    return RelativeAt(i, e);
  }

  // The start of a range: a single date, a period, a year in digits or a day number alone
  // (*day_only: its month comes from the end of the range).
  bool FromAt(size_t i, TemporalExpression* e, bool* day_only) const {
    *day_only = false;
    TemporalExpression single, period;
    for (size_t at : {i, i + 1}) {
      if (at > i && !In(kPeriodDayArticleWord, i)) break;
      bool a = single_.ParseAt(at, &single);
      bool b = NonRangeAt(at, &period);
      if (a && single.since) a = false;
      if (a || b) {
        *e = (b && (!a || period.end_token > single.end_token)) ? period : single;
        e->begin_token = i;
        return true;
      }
    }
    int year = 0;
    if (YearAt(i, &year)) {
      *e = TemporalExpression();
      e->kind = TemporalKind::kYear;
      e->year = year;
      e->begin_token = i;
      e->end_token = i + 1;
      return true;
    }
    size_t j = In(kPeriodDayArticleWord, i) ? i + 1 : i;
    int day = 0;
    if (!DayAt(j, &day)) return false;
    *e = TemporalExpression();
    e->kind = TemporalKind::kDate;
    e->day = day;
    e->begin_token = i;
    e->end_token = DayEnd(j);
    *day_only = true;
    return true;
  }

  // "November between 19 and 20", "Feb between 2-7 two thousand and eighteen": a month, then a
  // range of two of its days, maybe a year.
  bool MonthThenDays(size_t i, TemporalExpression* out) const {
    int month = 0;
    bool abbreviation = false;
    if (!MonthNameAt(i, &month, &abbreviation)) return false;
    const WordSet* closers = IsWord(i + 1) && In(kRangeOpenerWord, i + 1) ? lex_.range_openers.Find(t_, i + 1) : nullptr;
    if (closers == nullptr) return false;
    size_t j = In(kPeriodDayArticleWord, i + 2) ? i + 3 : i + 2;
    int first = 0, last = 0;
    if (!DayAt(j, &first) || DayEnd(j) >= t_.end || !closers->Contains(t_, DayEnd(j))) return false;
    size_t k = In(kPeriodDayArticleWord, DayEnd(j) + 1) ? DayEnd(j) + 2 : DayEnd(j) + 1;
    if (!DayAt(k, &last) || last <= first) return false;
    size_t end = DayEnd(k);
    int year = 0;
    TemporalExpression relative;
    if (YearTail(&end, &year, &relative) && year == 0) return false;
    TemporalExpression from;
    from.kind = TemporalKind::kDate;
    from.month = month;
    from.year = year;
    from.day = first;
    from.begin_token = j;
    from.end_token = DayEnd(j);
    TemporalExpression to = from;
    to.day = last;
    to.begin_token = k;
    to.end_token = DayEnd(k);
    *out = Period(i, end, PeriodShape::kRange, PeriodUnit::kDay);
    out->parts.push_back(from);
    out->parts.push_back(to);
    return true;
  }

  bool Range(size_t i, TemporalExpression* out) const {
    if (MonthThenDays(i, out)) return true;
    const WordSet* closers = &lex_.bare_range_closers;
    size_t j = i;
    if (const WordSet* c = IsWord(i) && In(kRangeOpenerWord, i) ? lex_.range_openers.Find(t_, i) : nullptr) {
      closers = c;
      j = i + 1;
    }
    TemporalExpression from;
    bool day_only = false;
    if (!FromAt(j, &from, &day_only)) return false;
    size_t k = from.end_token;
    if (k >= t_.end || !closers->Contains(t_, k)) return false;
    size_t r = In(kPeriodDayArticleWord, k + 1) ? k + 2 : k + 1;
    TemporalExpression to;
    bool to_day_only = false;
    if (!FromAt(r, &to, &to_day_only) || to_day_only) {
      if (to_day_only && !day_only && from.kind == TemporalKind::kDate && from.month != 0 && from.day != 0 &&
          to.day > from.day) {
        // "November 19-20", "November 19 to 20": the end is a day of the start's month.
        const size_t to_begin = to.begin_token, to_end = to.end_token;
        const int day = to.day;
        to = from;
        to.day = day;
        to.weekday = 0;
        to.begin_token = to_begin;
        to.end_token = to_end;
        // "November 19-20, 2016": a year after the end is both days'.
        size_t end = to_end;
        int year = 0;
        TemporalExpression relative;
        if (from.year == 0 && YearTail(&end, &year, &relative) && year != 0) {
          from.year = to.year = year;
          to.end_token = end;
        }
      } else if (!(day_only && DayMonth(r, &to))) {
        // "entre 4 y 22 este mes": the end is a day of a relative month.
        return false;
      }
    }
    if (to.since) return false;
    if (day_only) {
      // The start takes the month and year of the end: "del 4 al 22 de enero de 2017".
      TemporalExpression start = to;
      if (to.kind == TemporalKind::kDate) {
        start.day = from.day;
        start.weekday = 0;
      } else if (to.kind == TemporalKind::kPeriod && to.period.shape == PeriodShape::kNth &&
                 to.period.unit == PeriodUnit::kDay) {
        start.period.index = from.day;
      } else {
        return false;
      }
      start.begin_token = from.begin_token;
      start.end_token = from.end_token;
      from = start;
    }
    if (!Endpoint(from) || !Endpoint(to)) return false;
    // "de marzo a julio de 2022": a start without a year takes the end's, or the one before.
    if ((from.kind == TemporalKind::kMonth || from.kind == TemporalKind::kDate) && from.year == 0 &&
        (to.kind == TemporalKind::kMonth || to.kind == TemporalKind::kDate) && to.year != 0) {
      from.year = to.year;
      if (from.month > to.month || (from.month == to.month && from.day > to.day)) --from.year;
    }
    // A bare opener needs a date on both sides that is a date, not a count: "de 2014 a 2018".
    *out = Period(i, to.end_token, PeriodShape::kRange, PeriodUnit::kDay);
    // "entre miércoles y viernes de la próxima semana": weekdays of one week.
    TemporalExpression week;
    if (from.kind == TemporalKind::kWeekday && to.kind == TemporalKind::kWeekday && In(kContainerLinkWord, to.end_token) &&
        RelativeAt(to.end_token + 1, &week) && week.unit == TimeUnit::kWeek) {
      from = DayOfWeek(from, week);
      to = DayOfWeek(to, week);
      out->end_token = week.end_token;
    }
    out->parts.push_back(from);
    out->parts.push_back(to);
    return true;
  }

  TemporalExpression DayOfWeek(const TemporalExpression& weekday, const TemporalExpression& week) const {
    TemporalExpression d = Period(weekday.begin_token, weekday.end_token, PeriodShape::kNth, PeriodUnit::kDay);
    d.period.index = weekday.weekday;
    d.parts.push_back(week);
    return d;
  }

  // Kinds that may open or close a range.
  static bool Endpoint(const TemporalExpression& e) {
    switch (e.kind) {
      case TemporalKind::kDate:
      case TemporalKind::kMonth:
      case TemporalKind::kYear:
      case TemporalKind::kWeekday:
      case TemporalKind::kRelativeDay: return e.part == PeriodPart::kWhole;
      case TemporalKind::kRelativePeriod: return e.back == 0;
      case TemporalKind::kPeriod:
        return e.period.shape == PeriodShape::kNth || e.period.shape == PeriodShape::kIsoWeek ||
               e.period.shape == PeriodShape::kSeason;
      default: return false;
    }
  }

  const Language& lang_;
  const DatePeriodLexicon& lex_;
  const TemporalTokens& tok_;
  const TokenRange& t_;
  const SingleDateReader& single_;
  const ExpressionMemo& non_range_;
};

}  // namespace

DatePeriodReader::DatePeriodReader(const Language& lang, const TemporalTokens& tokens, const SingleDateReader& single)
    : lang_(lang), tokens_(tokens), single_(single), non_range_(tokens.range()) {}

bool DatePeriodReader::MayStartAt(size_t i) const {
  if (lang_.date_periods.range_openers.empty() && lang_.date_periods.period_nouns.empty()) return false;
  return PeriodParser(lang_, tokens_, single_, non_range_).MayStartAt(i);
}

bool DatePeriodReader::SomeReadingMayStartAt(size_t i) const {
  if (lang_.date_periods.range_openers.empty() && lang_.date_periods.period_nouns.empty()) return single_.MayStartAt(i);
  return PeriodParser(lang_, tokens_, single_, non_range_).MayStartAt(i);  // FromMayStartAt asks single_
}

bool DatePeriodReader::ParseAt(size_t i, TemporalExpression* out) const {
  if (lang_.date_periods.range_openers.empty() && lang_.date_periods.period_nouns.empty()) return false;
  return PeriodParser(lang_, tokens_, single_, non_range_).ParseAt(i, out);
}

}  // namespace contraste
