#include "extract/time/temporal_recognizer.h"

#include <utility>

#include "extract/time/date_period_recognizer.h"
#include "extract/time/temporal_reader.h"
#include "extract/time/temporal_tokens.h"
#include "lang/temporal_word_classes.h"

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

// A necessary condition of reader.MayStartAt(i) || periods.MayStartAt(i), made of bit tests on
// the classes TemporalTokens holds: every way either MayStartAt accepts a token needs token i to
// be a word of `kOwnWords`, the start of a phrase of `kPhrases`, a word that may be read as a
// number (below), or a word of `kLeadWords` (an article, an opener, the since word) before a token
// that passes this test itself. A few loads against the readers' dozens of tests, on the ~95% of
// the tokens of a sentence that start nothing.
bool MayStartSomeReading(const TemporalTokens& t, size_t i) {
  // TemporalReader::CoreMayStartAt's words; DatePeriodReader's NonRangeMayStartAt's words.
  constexpr uint64_t kOwnWords = kNumberToken | kWeekdayWord | kWeekdayPluralWord | kWeekdayAbbreviationWord |
                                 kMonthWord | kMonthAbbreviationWord | kAgoWord | kYearNounWord | kPeriodMonthAbbreviationWord |
                                 kLastPartWord | kWeekNumberNounWord;
  // The phrase tables either reader asks at token i.
  constexpr uint64_t kPhrases = kPeriodPartFirst | kForwardFirst | kBackwardFirst | kRelativePeriodFirst |
                                kRelativeDayFirst | kDecadeFirst | kSeasonFirst | kNextFirst | kLastFirst |
                                kRestFirst | kAroundFirst | kContractedPartFirst | kPeriodRelativeFirst |
                                kMonthNounFirst | kMonthDirectionFirst | kWeekendBeforeFirst | kWeekendFirst;
  // Words the readers accept only when what follows them may start a reading: the since word, the
  // weekday article (WeekdayMayStartAt(i + 1), which this test covers), the range opener and the
  // articles of NonRangeMayStartAt (FromMayStartAt(i + 1)).
  constexpr uint64_t kLeadWords = kSinceWord | kWeekdayArticleWord | kRangeOpenerWord | kPeriodDayArticleWord |
                                  kSeasonArticleWord | kCountArticleWord;
  for (;; ++i) {
    if (t.Is(i, kOwnWords) || t.PhraseMayStartAt(i, kPhrases)) return true;
    // Read as a number: a word before a weekday (NthWeekday's ordinal) or a day in words
    // (DayInWordsMayStartAt); any token before a period noun (NthPart) or before a count unit
    // and a next or last word (NextOrLast).
    // An amount before an ago word that follows it ("two months ago", Ago) is a number too.
    if (t.IsWord(i) && (t.Later(i, kWeekdayWord | kWeekdayPluralWord | kAgoWord | kCountedFromFirst) ||
                        (t.Near(i, kDayMonthLinkWord) && t.Later(i + 1, kMonthWord | kMonthAbbreviationWord | kNumberToken)))) {
      return true;
    }
    if (t.Later(i, kPeriodNounWord) || (t.Later(i, kCountUnitWord) && t.Later(i, kNextFirst | kLastFirst))) return true;
    // A period noun with its index glued after it ("Q3", DatePeriodReader's CodeAt): a word that
    // ends in a digit.
    if (t.IsWord(i) && !t.Text(i).empty() && t.Text(i).back() >= '1' && t.Text(i).back() <= '9') return true;
    // A year in words after its cue (BareYear): "in nineteen twenty eight".
    if (t.IsWord(i) && i > t.range().begin && t.Is(i - 1, kYearCueWord) && !t.Is(i - 1, kRangeOpenerWord)) return true;
    if (!t.Is(i, kLeadWords)) return false;
  }
}

std::vector<TemporalExpression> Recognize(const Language& lang, const TokenRange& text, bool skip_by_classes,
                                          const SentenceNumbers* numbers) {
  std::vector<TemporalExpression> out;
  const TemporalTokens tokens = numbers ? TemporalTokens(lang, text, *numbers) : TemporalTokens(lang, text);
  TemporalReader reader(lang, tokens);
  DatePeriodReader periods(lang, tokens, reader);
  for (size_t i = text.begin; i < text.end;) {
    if (skip_by_classes &&
        (!MayStartSomeReading(tokens, i) || !periods.SomeReadingMayStartAt(i))) {
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
    out.push_back(std::move(e));
    size_t at = out.size() - 1;
    if (out[at].kind == TemporalKind::kYear && !out[at].since && out[at].part == PeriodPart::kWhole) {
      reader.ContinueYearList(&out[at], &out);
    }
    i = out.back().end_token;
  }
  return out;
}

}  // namespace

std::vector<TemporalExpression> RecognizeTemporal(const Language& lang, const TokenRange& text) {
  return Recognize(lang, text, /*skip_by_classes=*/true, nullptr);
}

std::vector<TemporalExpression> RecognizeTemporal(const Language& lang, const TokenRange& text,
                                                  const SentenceNumbers& numbers) {
  return Recognize(lang, text, /*skip_by_classes=*/true, &numbers);
}

std::vector<TemporalExpression> RecognizeTemporalAtEveryToken(const Language& lang, const TokenRange& text) {
  return Recognize(lang, text, /*skip_by_classes=*/false, nullptr);
}

}  // namespace contraste
