#include "extract/temporal_recognizer.h"

#include "extract/date_period_recognizer.h"
#include "extract/temporal_reader.h"
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

std::vector<TemporalExpression> Recognize(const Language& lang, const TokenRange& text, bool skip_by_classes) {
  std::vector<TemporalExpression> out;
  const TemporalTokens tokens(lang, text);
  TemporalReader reader(lang, tokens);
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
