#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "extract/amounts/number_range_recognizer.h"
#include "extract/numbers/number_words.h"
#include "extract/numbers/sentence_numbers.h"
#include "extract/amounts/value_context.h"

namespace contraste {

std::string IsoDuration(const DurationUnit& unit, double amount) {
  if (!unit.time_part) return fmt::format("P{}{}", FormatAmount(amount * unit.iso_factor), unit.iso);
  double seconds = amount * unit.seconds;
  long long whole = static_cast<long long>(std::floor(seconds));
  double frac = seconds - static_cast<double>(whole);
  long long h = whole / 3600, m = (whole % 3600) / 60;
  double s = static_cast<double>(whole % 60) + frac;
  std::string out = "PT";
  if (h) out += fmt::format("{}H", h);
  if (m) out += fmt::format("{}M", m);
  if (s > 0 || out == "PT") out += FormatAmount(s) + "S";
  return out;
}

namespace {

// The ISO 8601 form of a duration written in several units: the date units from the longest,
// then the time units together ("1 year 1 month 21 days": P1Y1M21D; "1 day 2 hours": P1DT2H).
std::string IsoOfParts(std::vector<std::pair<const DurationUnit*, double>> parts) {
  std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first->seconds > b.first->seconds; });
  std::string out = "P";
  double time_seconds = 0;
  for (const auto& [unit, amount] : parts) {
    if (unit->time_part) {
      time_seconds += amount * unit->seconds;
    } else {
      out += IsoDuration(*unit, amount).substr(1);
    }
  }
  if (time_seconds > 0) {
    const DurationUnit second{"second", 1, 'S', true, 1};
    out += IsoDuration(second, time_seconds).substr(1);
  }
  return out;
}

}  // namespace

bool RecognizeDuration(const NumberInContext& n, Mention* out) {
  const Language& lang = *n.lang;
  const TokenRange& text = n.text;
  if (n.number.ordinal) return false;
  PhraseTable::Match unit_match;
  // "four-hour talks", "a 90-minute meeting": a hyphen glued between the number and its unit.
  size_t unit_at = n.number.end;
  if (unit_at + 1 < text.end && text.Text(unit_at) == "-" && text.At(unit_at - 1).end == text.At(unit_at).begin &&
      text.At(unit_at).end == text.At(unit_at + 1).begin) {
    ++unit_at;
  }
  // "half an hour": a `one` word between the half and its unit.
  if (n.number.half && !n.number.vague) {
    const NumberWord* one = NumberWordAt(lang, text, unit_at);
    if (one && one->role == NumberRole::kOne) ++unit_at;
  }
  if (!lang.duration_table.LongestAt(text, unit_at, &unit_match)) return false;
  const DurationUnit& unit = lang.duration_units[static_cast<size_t>(unit_match.id)];
  double amount = n.number.vague ? 0 : n.number.value;
  double seconds = amount * unit.seconds;
  size_t end = unit_match.end;
  std::string iso;
  // "hora y media", "dos horas y media"; "1 hora y 30 minutos", "1 month, 21 days": after the
  // connector (or a comma) a smaller unit. Without one, an amount and another unit not named yet:
  // "1 h 30 min", "2 horas 15 minutos", "1 year 1 month 21 days", "2 days 1 month".
  std::vector<std::pair<const DurationUnit*, double>> parts = {{&unit, amount}};
  for (bool first = true; !n.number.vague && end + 1 < text.end; first = false) {
    const bool joined = IsConnector(lang, text, end) || text.Text(end) == ",";
    NumberMatch more;
    PhraseTable::Match next_unit;
    const size_t more_at = joined ? end + 1 : end;
    if (!ParseNumberAt(lang, text, more_at, &more) || more.ordinal || more.vague) break;
    const bool has_unit = lang.duration_table.LongestAt(text, more.end, &next_unit);
    if (first && joined && more.half && !has_unit && text.Text(end) != ",") {
      amount += 0.5;
      seconds += 0.5 * unit.seconds;
      parts.front().second = amount;
      end = more.end;
      break;
    }
    if (!has_unit || more.weak || more.half) break;
    const DurationUnit& u2 = lang.duration_units[static_cast<size_t>(next_unit.id)];
    bool named = false;
    for (const auto& [u, a] : parts) named = named || u->iso == u2.iso || u->id == u2.id;
    if (named || (joined && u2.seconds >= parts.back().first->seconds)) break;
    seconds += more.value * u2.seconds;
    parts.emplace_back(&u2, more.value);
    end = next_unit.end;
  }
  if (parts.size() > 1) iso = IsoOfParts(parts);
  out->kind = MentionKind::kDuration;
  out->begin_token = n.start;
  out->number_token = n.number_start;
  out->end_token = end;
  out->amount = n.number.vague ? 0 : n.number.value;
  out->vague = n.number.vague;
  out->hedge = n.hedge ? n.hedge->id : "";
  out->unit = unit.id;
  if (n.number.vague) {
    out->interval = n.number.interval.Scaled(unit.seconds);
    out->normalized = fmt::format("P[{}-{}]{}", FormatAmount(n.number.interval.lo), FormatAmount(n.number.interval.hi), unit.iso);
  } else {
    out->interval = n.hedge ? n.hedge->Apply(seconds) : Interval::Point(seconds);
    out->normalized = iso.empty() ? IsoDuration(unit, seconds / unit.seconds) : iso;
  }
  return true;
}

bool RecognizeDurationRange(const Language& lang, const TokenRange& text, const NumberRange& range, Mention* out) {
  const Interval& r = range.interval;
  if (!range.ends_with_number || range.ordinal || !r.IsBounded() || r.lo >= r.hi || r.lo < 0) return false;
  PhraseTable::Match unit_match, article;
  if (!lang.duration_table.LongestAt(text, range.last.end, &unit_match)) return false;
  // "entre las 10 y las 12 horas" are clock times: an article before the number.
  if (range.last_start > text.begin && lang.ranges.articles.LongestAt(text, range.last_start - 1, &article)) {
    return false;
  }
  const DurationUnit& unit = lang.duration_units[static_cast<size_t>(unit_match.id)];
  NumberInContext n;
  n.lang = &lang;
  n.text = text;
  n.start = range.begin;
  n.number_start = range.last_start;
  n.number = range.last;
  // Only the unit itself: "entre una y dos horas y media" is left to the plain reading.
  if (!RecognizeDuration(n, out) || out->end_token != unit_match.end) return false;
  out->interval = range.span ? Interval::Between(r.lo, r.hi).Scaled(unit.seconds) : r.Scaled(unit.seconds);
  out->normalized = fmt::format("P[{}-{}]{}", FormatAmount(r.lo), FormatAmount(r.hi), unit.iso);
  return true;
}

bool RecognizeDurationSpan(const SentenceNumbers& numbers, size_t i, Mention* out) {
  const Language& lang = numbers.lang();
  const TokenRange& text = numbers.text();
  PhraseTable::Match opener, link;
  if (!lang.ranges.openers.LongestAt(text, i, &opener)) return false;
  // One bound: a number and its own unit, read as a duration.
  auto bound_at = [&](size_t at, Mention* m) {
    NumberInContext n;
    n.lang = &lang;
    n.text = text;
    n.start = n.number_start = at;
    return at < text.end && numbers.At(at, &n.number) && !n.number.vague &&
           RecognizeDuration(n, m);
  };
  Mention lower, upper;
  if (!bound_at(opener.end, &lower)) return false;
  if (!lang.ranges.connectors[static_cast<size_t>(opener.id)].LongestAt(text, lower.end_token, &link)) return false;
  if (!bound_at(link.end, &upper) || upper.interval.lo <= lower.interval.hi) return false;
  *out = upper;
  out->begin_token = i;
  out->interval = Interval::Between(lower.interval.lo, upper.interval.hi);
  out->normalized = fmt::format("[{},{}]", lower.normalized, upper.normalized);
  return true;
}

}  // namespace contraste
