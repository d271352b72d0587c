#include "extract/amounts/clock_duration.h"

#include "extract/amounts/value_context.h"
#include "extract/time/date_digits.h"

namespace contraste {

namespace {

// The value of token i when it is 1 to `max_digits` ASCII digits (exactly `max_digits` when
// `exact`), else -1.
int DigitsAt(const TokenRange& t, size_t i, size_t max_digits, bool exact) {
  int v = 0;
  size_t n = 0;
  if (!PlainDigitsAt(t, i, &v, &n) || n > max_digits || (exact && n != max_digits)) return -1;
  return v;
}

bool GluedColon(const TokenRange& t, size_t i) {
  return t.Text(i) == ":" && t.At(i - 1).end == t.At(i).begin && t.At(i).end == t.At(i + 1).begin;
}

}  // namespace

bool RecognizeClockDuration(const Language& lang, const TokenRange& text, size_t i, Mention* out) {
  if (i + 4 >= text.end) return false;
  const int h = DigitsAt(text, i, 2, false);
  if (h < 0 || !GluedColon(text, i + 1) || !GluedColon(text, i + 3)) return false;
  const int m = DigitsAt(text, i + 2, 2, true);
  const int s = DigitsAt(text, i + 4, 2, true);
  if (m < 0 || s < 0 || m >= 60 || s >= 60) return false;
  // A fourth field ("1:02:03:04") or a glued decimal part is some other notation.
  if (i + 5 < text.end && text.At(i + 5).begin == text.At(i + 4).end && text.Text(i + 5) == ":") return false;
  const DurationUnit* hour = nullptr;
  for (const DurationUnit& u : lang.duration_units) {
    if (u.seconds == 3600 && u.time_part) hour = &u;
  }
  if (!hour) return false;
  const double seconds = h * 3600.0 + m * 60.0 + s;
  out->kind = MentionKind::kDuration;
  out->begin_token = i;
  out->number_token = i;
  out->end_token = i + 5;
  out->amount = h;
  out->vague = false;
  out->hedge.clear();
  out->unit = hour->id;
  out->interval = Interval::Point(seconds);
  out->normalized = IsoDuration(*hour, seconds / hour->seconds);
  return true;
}

}  // namespace contraste
