#include "claims/figure_time.h"

#include <set>
#include <string_view>
#include <tuple>

namespace contraste {

namespace {

constexpr int64_t kMinutesPerDay = 1440;
constexpr int kNoon = 12 * 60;

// When a timed figure was true: the moment its sentence gives (claims/figure_moment.h) read
// against its document's publication, else the publication. A stated day with no time is taken at
// the publication's minute on the publication's day, else at noon; a stated clock with no day is
// on the publication's day, or the day before when that would be after the publication. A date
// after the publication ("mañana") is no moment of the count.
int64_t MomentOf(int64_t stated_day, int stated_minute, const Document& d) {
  const bool stated = stated_day != Claim::kUnknownTime || stated_minute >= 0;
  if (!d.published) {
    if (stated_day == Claim::kUnknownTime) return Claim::kUnknownTime;
    return stated_day * kMinutesPerDay + (stated_minute >= 0 ? stated_minute : kNoon);
  }
  const int64_t pub_day = d.published->DaysSinceEpoch();
  const int64_t published = pub_day * kMinutesPerDay + d.published_minute.value_or(0);
  if (!stated) return published;
  const int64_t day = stated_day == Claim::kUnknownTime ? pub_day : stated_day;
  if (day > pub_day) return published;
  int minute = stated_minute;
  if (minute < 0) minute = day == pub_day ? d.published_minute.value_or(kNoon) : kNoon;
  const int64_t at = day * kMinutesPerDay + minute;
  if (at <= published || !d.published_minute) return at;
  return stated_day == Claim::kUnknownTime ? at - kMinutesPerDay : published;
}

}  // namespace

bool IsCumulative(const Language& lang, const Claim& c) {
  if (c.measure.empty()) return false;
  const Measure* m = lang.measures.Find(c.measure);
  return m != nullptr && (m->cumulative || m->current);
}

void MarkFigureTimes(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims) {
  for (Claim& c : *claims) {
    c.cumulative = IsCumulative(lang, c);
    // A subset that stands at a moment ("siguen ingresados", claims/figure_qualifier.h) moves either
    // way, whatever its measure.
    c.current = c.cumulative && (c.current || lang.measures.Find(c.measure)->current);
    c.when = c.cumulative ? MomentOf(c.stated_day, c.stated_minute, docs[c.doc])
                           : MomentOf(Claim::kUnknownTime, -1, docs[c.doc]);
  }
  // A figure the article corrects somewhere is corrected wherever it gives it (the headline's too).
  std::set<std::tuple<size_t, std::string_view, std::string_view>> corrected;  // (doc, measure, value)
  for (const Claim& c : *claims) {
    if (c.corrects) corrected.emplace(c.doc, c.measure, c.value);
  }
  if (corrected.empty()) return;
  for (Claim& c : *claims) {
    if (c.cumulative && !c.corrects) c.corrects = corrected.count({c.doc, c.measure, c.value}) > 0;
  }
}

}  // namespace contraste
