#include "extract/mention_extractor.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <utility>

#include "extract/names/entity_matcher.h"
#include "extract/time/date_mentions.h"
#include "extract/amounts/clock_duration.h"
#include "extract/amounts/minor_units.h"
#include "extract/amounts/number_range_recognizer.h"
#include "extract/amounts/quantity_span.h"
#include "extract/numbers/sentence_numbers.h"
#include "extract/amounts/whole_period_duration.h"
#include "extract/amounts/value_context.h"

namespace contraste {

const char* MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kNumber: return "number";
    case MentionKind::kOrdinal: return "ordinal";
    case MentionKind::kYear: return "year";
    case MentionKind::kDayOfMonth: return "day";
    case MentionKind::kQuantity: return "quantity";
    case MentionKind::kDuration: return "duration";
    case MentionKind::kEntity: return "entity";
    case MentionKind::kTrigger: return "trigger";
    case MentionKind::kDate: return "date";
    case MentionKind::kRange: return "range";
    case MentionKind::kWeakNumber: return "weak_number";
    case MentionKind::kWeakOrdinal: return "weak_ordinal";
  }
  return "unknown";
}

namespace {

// A `one` word of numbers.yaml `articles` read alone ("a", "an"): an article, no number.
bool IsArticleAlone(const Language& lang, const TokenRange& text, const NumberMatch& number, size_t i) {
  return number.end == i + 1 && lang.article_ones.Contains(text, i);
}

bool HoldsTrigger(const Language& lang, const TokenRange& text, size_t begin, size_t end) {
  PhraseTable::Match m;
  for (size_t i = begin; i < end; ++i) {
    if (lang.trigger_table.LongestAt(text, i, &m)) return true;
  }
  return false;
}

void ExtractLexical(const Language& lang, const TokenRange& text, std::vector<Mention>* out) {
  // One Mention for the whole sentence: a Mention is large (strings, a TemporalExpression) and
  // most tokens start no entity; MatchEntityAt writes it only when one matches.
  Mention e;
  for (size_t i = text.begin; i < text.end;) {
    PhraseTable::Match m;
    // A place matched only when capitalized (lang/iso_places.h: "Reunión" the island) never hides
    // a trigger word ("la reunión"); extract/names/name_finder.h drops it where the text writes it in lowercase.
    if (MatchEntityAt(lang, text, i, &e) && !(lang.entities[static_cast<size_t>(e.ref)].capitalized_only &&
                                               HoldsTrigger(lang, text, e.begin_token, e.end_token))) {
      i = e.end_token;
      out->push_back(std::move(e));
      continue;
    }
    if (lang.trigger_table.LongestAt(text, i, &m)) {
      Mention t;
      t.kind = MentionKind::kTrigger;
      t.begin_token = t.number_token = i;
      t.end_token = m.end;
      t.ref = m.id;
      t.normalized = lang.frames[static_cast<size_t>(m.id)].id;
      out->push_back(std::move(t));
      i = m.end;
      continue;
    }
    ++i;
  }
}

bool IsYear(const Language& lang, const NumberInContext& n) {
  if (!n.number.plain_digits || n.hedge) return false;
  double v = n.number.value;
  if (v < lang.year_min || v > lang.year_max) return false;
  PhraseTable::Match m;
  // A unit or a counted noun right after it makes it an amount ("2024 toneladas", "2000 soldados").
  return !lang.measure_table.LongestAt(n.text, n.number.end, &m) &&
         !lang.duration_table.LongestAt(n.text, n.number.end, &m) && !CountedNounAfter(n);
}

bool IsDayOfMonth(const Language& lang, const NumberInContext& n) {
  const TokenRange& t = n.text;
  if (!n.number.digits || n.hedge || n.number.value < 1 || n.number.value > 31) return false;
  size_t j = n.number.end;
  if (j < t.end && lang.months.count(std::string(t.Text(j)))) return true;
  return j + 1 < t.end && t.Text(j) == lang.day_month_link && lang.months.count(std::string(t.Text(j + 1)));
}

}  // namespace

namespace {

bool IsWhole(const NumberMatch& n) {
  return !n.ordinal && !n.vague && !n.fraction && !n.implied && n.value == static_cast<double>(static_cast<long long>(n.value));
}

// The first unit of units.yaml of kind `ratio` (the percent), or null.
const MeasureUnit* RatioUnit(const Language& lang) {
  for (const MeasureUnit& u : lang.measure_units) {
    if (u.kind == "ratio") return &u;
  }
  return nullptr;
}

// "ocho de cada diez médicos", "one in five", "three out of four": a share in percent (the
// ratio's unit of units.yaml kind `ratio`, id "por ciento"), never a count of the second number's
// noun. A ratio of small numbers is a rounding to the nearest of its parts ("ocho de cada diez":
// 75 to 85 %), so its interval spans half a part either side.
bool RecognizeRatio(const Language& lang, const TokenRange& text, const SentenceNumbers& numbers,
                    const NumberInContext& n, Mention* out) {
  PhraseTable::Match hit;
  if (lang.ranges.ratios.empty() || !IsWhole(n.number) || n.number.value <= 0 ||
      !lang.ranges.ratios.LongestAt(text, n.number.end, &hit)) {
    return false;
  }
  const MeasureUnit* percent = RatioUnit(lang);
  NumberMatch whole;
  if (!percent || !numbers.At(hit.end, &whole) || !IsWhole(whole) || whole.weak || whole.value <= n.number.value) return false;
  // "5 in 10 days", "3 in 2024": a unit or a year after the second number, no ratio.
  PhraseTable::Match unit;
  if ((whole.plain_digits && whole.value >= 1000) || lang.duration_table.LongestAt(text, whole.end, &unit) ||
      lang.measure_table.LongestAt(text, whole.end, &unit)) {
    return false;
  }
  const double share = 100 * n.number.value / whole.value;
  out->kind = MentionKind::kQuantity;
  out->begin_token = n.start;
  out->number_token = n.number_start;
  out->end_token = whole.end;
  out->amount = share;
  out->hedge = n.hedge ? n.hedge->id : "";
  out->unit = percent->id;
  out->interval = Interval{100 * (n.number.value - 0.5) / whole.value, 100 * (n.number.value + 0.5) / whole.value, false, false};
  out->normalized = fmt::format("{} {}", FormatAmount(share), out->unit);
  return true;
}

}  // namespace

std::vector<Mention> ExtractMentions(const Language& lang, const TokenRange& text) {
  // Room for a sentence's mentions from the start (the recognizers below and the name and
  // measure finders after them append): a Mention is large, and each growth step of the vector
  // would move every one found so far. The vector lives while its document's claims are built.
  constexpr size_t kMentionsAtFirst = 16;
  std::vector<Mention> out;
  out.reserve(kMentionsAtFirst);
  ExtractLexical(lang, text, &out);
  const SentenceNumbers numbers(lang, text);  // each token parsed once, here and by the ranges
  const std::vector<NumberRange> ranges = FindNumberRanges(numbers);
  size_t next_range = 0;
  // Every field is set again for each number found (numbers.At copies a whole NumberMatch).
  NumberInContext n;
  n.lang = &lang;
  n.text = text;
  for (size_t i = text.begin; i < text.end;) {
    // "entre dos y tres horas", "entre 20 y 30 soldados", "entre 30 minutos y dos horas": one
    // duration or quantity over the range.
    while (next_range < ranges.size() && ranges[next_range].begin < i) ++next_range;
    bool range_here = next_range < ranges.size() && ranges[next_range].begin == i;
    // A duration span needs an opener at i ("entre"): most tokens build no Mention here.
    PhraseTable::Match opener;
    if (range_here || lang.ranges.openers.LongestAt(text, i, &opener)) {
      if (Mention m; RecognizeDurationSpan(numbers, i, &m) ||
                     (range_here && (RecognizeDurationRange(lang, text, ranges[next_range], &m) ||
                                     RecognizeQuantityRange(lang, text, ranges[next_range], &m)))) {
        i = m.end_token;
        out.push_back(std::move(m));
        continue;
      }
    }
    // "2:04:12": a stopwatch time, one duration (extract/amounts/clock_duration.h).
    if (Mention m; text.At(i).kind == TokenKind::kNumber && RecognizeClockDuration(lang, text, i, &m)) {
      i = m.end_token;
      out.push_back(std::move(m));
      continue;
    }
    if (!numbers.At(i, &n.number)) {
      ++i;
      continue;
    }
    n.number_start = i;
    n.start = i;
    n.hedge = FindHedgeBefore(lang, text, i, &n.start);
    Mention m;
    m.begin_token = n.start;
    m.number_token = i;
    m.end_token = n.number.end;
    m.amount = n.number.value;
    m.hedge = n.hedge ? n.hedge->id : "";
    if (RecognizeRatio(lang, text, numbers, n, &m)) {
      i = m.end_token;
      out.push_back(std::move(m));
      continue;
    }
    if (n.number.ordinal) {
      bool weak = n.number.plural || n.number.relative >= 0;
      m.kind = weak ? MentionKind::kWeakOrdinal : MentionKind::kOrdinal;
      m.begin_token = i;
      m.hedge.clear();
      m.interval = Interval::Point(n.number.value);
      if (n.number.relative >= 0) {
        const RelativeOrdinal& r = lang.number_forms.relative[static_cast<size_t>(n.number.relative)];
        m.normalized = fmt::format("{}{:+d}", r.anchor, r.offset);
      } else {
        m.normalized = fmt::format("{}", static_cast<long long>(std::llround(n.number.value)));
      }
    } else if (RecognizeDuration(n, &m)) {
      // filled in
    } else if (IsYear(lang, n)) {
      m.kind = MentionKind::kYear;
      m.begin_token = i;
      m.hedge.clear();
      m.interval = Interval::Point(n.number.value);
      m.normalized = fmt::format("{}", static_cast<long long>(n.number.value));
    } else if (IsDayOfMonth(lang, n)) {
      m.kind = MentionKind::kDayOfMonth;
      m.begin_token = i;
      m.hedge.clear();
      m.interval = Interval::Point(n.number.value);
      m.normalized = fmt::format("{}", static_cast<long long>(n.number.value));
    } else if (n.number.weak && IsArticleAlone(lang, text, n.number, i) && i + 2 < text.end &&
               text.At(i + 2).kind == TokenKind::kNumber) {
      ++i;  // "a €2.4 billion fund": the article of the amount that follows, not one euro
      continue;
    } else if (RecognizeQuantity(n, &m)) {
      // filled in
    } else if (n.number.weak && (n.number.half || n.number.implied || IsArticleAlone(lang, text, n.number, i))) {
      ++i;  // "medio" alone is an adjective or a noun, not a number; "a" alone an article
      continue;
    } else if (n.number.weak) {
      m.kind = MentionKind::kWeakNumber;  // "un" alone: an article as often as a number
      m.begin_token = i;
      m.hedge.clear();
      m.interval = Interval::Point(n.number.value);
      m.normalized = FormatAmount(n.number.value);
    } else {
      m.kind = MentionKind::kNumber;
      m.vague = n.number.vague;
      m.interval = n.ValueInterval(1);
      m.normalized = n.number.vague ? fmt::format("{}-{}", FormatAmount(n.number.interval.lo),
                                                                FormatAmount(n.number.interval.hi))
                                    : FormatAmount(n.number.value);
    }
    i = std::max(m.end_token, i + 1);
    out.push_back(std::move(m));
  }
  AddWholePeriodDurations(lang, text, &out);
  AddDateMentions(lang, text, numbers, &out);
  AddRangeMentions(lang, ranges, &out);
  SortByFirstToken(&out);
  JoinQuantitySpans(lang, text, &out);
  JoinMinorUnits(lang, text, &out);
  return out;
}

}  // namespace contraste
