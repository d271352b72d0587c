#include "extract/temporal_recognizer.h"

#include <charconv>

#include "extract/date_period_recognizer.h"
#include "extract/number_parser.h"

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

class Reader {
 public:
  Reader(const Language& lang, const TokenRange& text) : lang_(lang), lex_(lang.temporal), t_(text) {}

  // The expression starting at token i, prefixes included.
  bool ParseAt(size_t i, TemporalExpression* out) const {
    if (i < t_.end && lex_.since_words.count(Word(i)) && ParsePartOrCore(i + 1, out)) {
      out->begin_token = i;
      out->since = true;
      return true;
    }
    return ParsePartOrCore(i, out);
  }

  // "1961, 2000 y 2001": the years that follow a year at `end`; appends them to `out`.
  void ContinueYearList(TemporalExpression* first, std::vector<TemporalExpression>* out) const {
    size_t j = first->end_token;
    std::vector<TemporalExpression> more;
    while (j + 1 < t_.end && (t_.Text(j) == "," || lex_.list_connectors.count(Word(j)))) {
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
  std::string Word(size_t i) const { return std::string(t_.Text(i)); }
  bool IsWord(size_t i) const { return i < t_.end && t_.At(i).kind == TokenKind::kWord; }

  // A number token written in plain digits: its value and digit count.
  bool DigitsAt(size_t i, int* value, size_t* digits) const {
    if (i >= t_.end || t_.At(i).kind != TokenKind::kNumber) return false;
    std::string_view s = t_.Text(i);
    if (s.empty() || s.size() > 4) return false;
    for (char ch : s) {
      if (ch < '0' || ch > '9') return false;
    }
    std::from_chars(s.data(), s.data() + s.size(), *value);
    *digits = s.size();
    return true;
  }
  bool YearAt(size_t i, int* year) const {
    int v = 0;
    size_t n = 0;
    if (!DigitsAt(i, &v, &n) || n != 4 || v < lang_.year_min || v > lang_.year_max) return false;
    PhraseTable::Match m;
    if (lang_.measure_table.LongestAt(t_, i + 1, &m) || lang_.duration_table.LongestAt(t_, i + 1, &m)) return false;
    *year = v;
    return true;
  }
  bool DayAt(size_t i, int* day) const {
    size_t n = 0;
    return DigitsAt(i, day, &n) && n <= 2 && *day >= 1 && *day <= 31;
  }
  bool MonthAt(size_t i, int* month) const {
    if (!IsWord(i)) return false;
    auto it = lang_.months.find(Word(i));
    if (it == lang_.months.end()) return false;
    *month = it->second;
    return true;
  }
  bool WeekdayAt(size_t i, int* weekday) const {
    if (!IsWord(i)) return false;
    auto it = lang_.weekdays.find(Word(i));
    if (it == lang_.weekdays.end()) return false;
    *weekday = it->second;
    return true;
  }
  // "de 2024", "del 2024" after a month: sets the year and moves *end.
  void YearAfterMonth(size_t* end, int* year) const {
    if (*end + 1 < t_.end && lex_.year_links.count(Word(*end)) && YearAt(*end + 1, year)) *end += 2;
  }
  bool Adjacent(size_t a, size_t b) const { return t_.At(a).end == t_.At(b).begin; }

  bool ParsePartOrCore(size_t i, TemporalExpression* out) const {
    PhraseTable::Match m;
    if (i < t_.end && lex_.period_part_table.LongestAt(t_, i, &m)) {
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
            YearWithNoun(i, &e) || BareYear(i, &e)) &&
           (*out = e, true);
  }

  // "19/06/2024", "19-06-24".
  bool Numeric(size_t i, TemporalExpression* e) const {
    int d = 0, mo = 0, y = 0;
    size_t nd = 0, nm = 0, ny = 0;
    if (i + 4 >= t_.end) return false;
    if (!DigitsAt(i, &d, &nd) || nd > 2 || !DigitsAt(i + 2, &mo, &nm) || nm > 2 || !DigitsAt(i + 4, &y, &ny)) return false;
    std::string s1(t_.Text(i + 1)), s2(t_.Text(i + 3));
    if (s1 != s2 || !lex_.numeric_separators.count(s1)) return false;
    if (!Adjacent(i, i + 1) || !Adjacent(i + 1, i + 2) || !Adjacent(i + 2, i + 3) || !Adjacent(i + 3, i + 4)) return false;
    if (ny != 2 && ny != 4) return false;
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return false;
    if (ny == 2) y += y < 50 ? 2000 : 1900;
    e->kind = TemporalKind::kDate;
    e->day = d;
    e->month = mo;
    e->year = y;
    e->end_token = i + 5;
    return true;
  }

  // "21 de marzo", "18 de junio de 2024".
  bool DayMonth(size_t i, TemporalExpression* e) const {
    int d = 0, mo = 0;
    if (!DayAt(i, &d)) return false;
    size_t j = i + 1;
    if (j < t_.end && Word(j) == lang_.day_month_link) ++j;
    if (!MonthAt(j, &mo)) return false;
    size_t end = j + 1;
    YearAfterMonth(&end, &e->year);
    e->kind = TemporalKind::kDate;
    e->day = d;
    e->month = mo;
    e->end_token = end;
    return true;
  }

  // "marzo", "junio de 2024".
  bool MonthYear(size_t i, TemporalExpression* e) const {
    int mo = 0;
    if (!MonthAt(i, &mo)) return false;
    size_t end = i + 1;
    YearAfterMonth(&end, &e->year);
    e->kind = TemporalKind::kMonth;
    e->month = mo;
    e->end_token = end;
    return true;
  }

  // "el próximo miércoles", "este jueves", "el miércoles 19 de julio de 2000", "el lunes pasado".
  bool WeekdayPhrase(size_t i, TemporalExpression* e) const {
    size_t j = i;
    int direction = 0;
    if (IsWord(j) && lex_.weekday_articles.count(Word(j))) ++j;
    PhraseTable::Match m;
    if (j < t_.end && lex_.forward_table.LongestAt(t_, j, &m)) {
      direction = 1;
      j = m.end;
    } else if (j < t_.end && lex_.backward_table.LongestAt(t_, j, &m)) {
      direction = -1;
      j = m.end;
    }
    int wd = 0;
    if (!WeekdayAt(j, &wd)) return false;
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
    size_t end = j + 1;
    if (direction == 0 && end < t_.end && lex_.forward_table.LongestAt(t_, end, &m)) {
      direction = 1;
      end = m.end;
    } else if (direction == 0 && end < t_.end && lex_.backward_table.LongestAt(t_, end, &m)) {
      direction = -1;
      end = m.end;
    }
    e->kind = TemporalKind::kWeekday;
    e->weekday = wd;
    e->direction = direction;
    e->end_token = end;
    return true;
  }

  bool RelativePeriodAt(size_t i, TemporalExpression* e) const {
    PhraseTable::Match m;
    if (!lex_.relative_period_table.LongestAt(t_, i, &m)) return false;
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
    if (!lex_.relative_day_table.LongestAt(t_, i, &m)) return false;
    if (i > t_.begin && lex_.relative_day_blockers.count(Word(i - 1))) return false;
    e->kind = TemporalKind::kRelativeDay;
    e->unit = TimeUnit::kDay;
    e->offset = lex_.relative_day_offsets[static_cast<size_t>(m.id)];
    e->end_token = m.end;
    return true;
  }

  // "hace dos meses", "hace 24 años".
  bool Ago(size_t i, TemporalExpression* e) const {
    if (!IsWord(i) || !lex_.ago_words.count(Word(i))) return false;
    NumberMatch n;
    if (!ParseNumberAt(lang_, t_, i + 1, &n) || n.vague || n.ordinal) return false;
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
    if (!lex_.decade_table.LongestAt(t_, i, &m)) return false;
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
    if (!IsWord(i) || !lex_.year_nouns.count(Word(i)) || !YearAt(i + 1, &y)) return false;
    e->kind = TemporalKind::kYear;
    e->year = y;
    e->end_token = i + 2;
    return true;
  }

  // "en 1961": a year right after a cue word.
  bool BareYear(size_t i, TemporalExpression* e) const {
    int y = 0;
    if (i == t_.begin || !lex_.year_cues.count(Word(i - 1)) || !YearAt(i, &y)) return false;
    e->kind = TemporalKind::kYear;
    e->year = y;
    e->end_token = i + 1;
    return true;
  }

  const Language& lang_;
  const TemporalLexicon& lex_;
  const TokenRange& t_;
};

}  // namespace

std::vector<TemporalExpression> RecognizeTemporal(const Language& lang, const TokenRange& text) {
  std::vector<TemporalExpression> out;
  Reader reader(lang, text);
  DatePeriodReader periods(lang, text, [&reader](size_t at, TemporalExpression* e) { return reader.ParseAt(at, e); });
  for (size_t i = text.begin; i < text.end;) {
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
      if (lang.temporal.previous_words.count(std::string(w))) e.previous = true;
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

}  // namespace contraste
