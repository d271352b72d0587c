#include "claims/figure_qualifier.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "claims/clause.h"
#include "core/calendar.h"
#include "lang/timeline_phrase_ids.h"

namespace contraste {

namespace {

constexpr size_t kSubsetAfter = 6;   // tokens between a figure and a subset named after it
constexpr size_t kSubsetBefore = 3;  // tokens between a subset named before a figure and the figure
constexpr size_t kNameAfterHospital = 2;  // "ingresados en el Hospital Insular"

// The qualifier kind of the phrase at token i (its end in `end`), or -1.
int QualifierAt(const Language& lang, const TokenRange& t, size_t i, size_t* end) {
  PhraseTable::Match hit;
  if (!lang.timeline.changes.LongestAt(t, i, &hit)) return -1;
  const int kind = hit.id - kQualifierPhrase;
  if (kind < 0 || kind >= kQualifierKinds) return -1;
  *end = hit.end;
  return kind;
}

bool IsSubset(int kind) { return kind >= kInHospital && kind <= kOnArrival; }

bool IsPeriod(int kind) { return kind == kPeriodYear || kind == kPeriodMonth || kind == kPeriodToDate; }

// A period that opens the sentence as a clause of its own sets the time of the whole sentence:
// "En lo que va de año, la cadena acumula un beneficio de 305 millones". The kind, or -1.
int OpeningPeriod(const Language& lang, const TokenRange& t) {
  size_t end = 0;
  const int kind = QualifierAt(lang, t, t.begin, &end);
  if (!IsPeriod(kind)) return -1;
  return ClauseAround(t, t.begin).second == end ? kind : -1;
}

bool IsFigure(const Mention& n) {
  return n.kind == MentionKind::kNumber || n.kind == MentionKind::kQuantity || n.kind == MentionKind::kRange;
}

bool InsideDate(const std::vector<Mention>& ms, size_t i) {
  for (const Mention& n : ms) {
    if (n.kind == MentionKind::kDate && n.begin_token <= i && i < n.end_token) return true;
  }
  return false;
}

// Whether another figure stands between tokens [b, e).
bool FigureBetween(const std::vector<Mention>& ms, const Mention& value, size_t b, size_t e) {
  for (const Mention& n : ms) {
    if (&n == &value || !IsFigure(n)) continue;
    if (n.number_token >= b && n.number_token < e) return true;
  }
  return false;
}

void Join(std::string* key, std::string_view part) {
  if (!key->empty()) *key += "#";
  *key += part;
}

}  // namespace

FigureQualifier FindFigureQualifier(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                                    const Mention& value, bool timed, std::optional<int64_t> published_day) {
  FigureQualifier out;
  const auto [b, e] = ClauseAround(t, value.number_token);
  // A clause that continues the one before ("..., en el que murieron nueve personas", "..., con 154
  // víctimas") reads its time and occasion there too.
  size_t from = b;
  size_t end = 0;
  if (b >= t.begin + 2 && QualifierAt(lang, t, b, &end) == kContinues) from = ClauseAround(t, b - 2).first;
  int subset = -1;
  size_t subset_distance = 0;
  size_t subset_end = 0;
  int period = -1;
  bool compared_to = false;
  for (size_t i = from; i < e; ++i) {
    const int kind = QualifierAt(lang, t, i, &end);
    if (kind < 0) continue;
    if (IsSubset(kind) && i >= b) {
      // Near the figure, in its clause, with no other figure between: "nueve heridos seguían ingresados".
      size_t distance = 0;
      if (i >= value.end_token && i - value.end_token <= kSubsetAfter && !FigureBetween(ms, value, value.end_token, i)) {
        distance = i - value.end_token;
      } else if (end <= value.begin_token && value.begin_token - end <= kSubsetBefore &&
                 !FigureBetween(ms, value, end, value.begin_token)) {
        distance = value.begin_token - end;
      } else {
        continue;
      }
      if (subset < 0 || distance < subset_distance) {
        subset = kind;
        subset_distance = distance;
        subset_end = end;
      }
    } else if (IsPeriod(kind)) {
      period = kind;
    } else if (kind == kComparedTo && i >= b && end <= value.begin_token) {
      compared_to = true;  // "frente a los 960"
    } else if (kind == kDifference && i >= value.end_token && i <= value.end_token + 1) {
      out.dropped = true;  // "cuatro más que en 2019"
    } else if (kind == kOtherOccasion && !InsideDate(ms, i)) {
      out.dropped = true;  // "el pasado naufragio", "la anterior edición"
    } else if (kind == kOtherOccasionAfter && !InsideDate(ms, i) && i >= t.begin + 2 &&
               t.At(i - 1).kind == TokenKind::kWord && QualifierAt(lang, t, i - 2, &end) == kOccasionArticle) {
      out.dropped = true;  // "la edición anterior", not "sin militancia previa"
    }
  }
  // A figure compared with is dropped unless its clause dates it ("frente a los 25 millones que
  // ganó en 2025"): the event linker then puts it at that time, where it is the figure of record.
  if (compared_to && std::none_of(ms.begin(), ms.end(), [&, b = b, e = e](const Mention& n) {
        return n.kind == MentionKind::kDate && n.begin_token >= b && n.end_token <= e;
      })) {
    out.dropped = true;
  }
  if (subset >= 0) {
    Join(&out.key, kQualifierKeys[static_cast<size_t>(subset)]);
    out.current = subset == kInHospital || subset == kInIntensiveCare;
    if (subset == kInHospital || subset == kInIntensiveCare || subset == kTakenToHospital) {
      out.held_at_name = std::any_of(ms.begin(), ms.end(), [&](const Mention& n) {
        return n.kind == MentionKind::kEntity && n.begin_token >= subset_end && n.begin_token <= subset_end + kNameAfterHospital;
      });
    }
  }
  if (period < 0 && b > t.begin) period = OpeningPeriod(lang, t);
  // A figure of any measure that its words put in the year up to now ("en lo que va de año": a
  // profit or takings to date, not the quarter's) is that period's; "este año" is so only for a
  // timed one (the year a budget is for is no period of it), which also takes a time from its
  // clause's dates.
  if (!timed && period != kPeriodToDate) return out;
  if (!published_day) {
    if (period >= 0) Join(&out.key, period == kPeriodMonth ? "period:month" : "period:year");
    return out;
  }
  if (period >= 0) {
    // A period that runs to the publication: its year ("period:2026") or month ("period:2026-11"),
    // as a date of the clause that spans it would read.
    const std::string day = DateFromDays(static_cast<long>(*published_day)).ToString();
    Join(&out.key, "period:" + day.substr(0, period == kPeriodMonth ? 7 : 4));
  }
  if (!timed) return out;
  // The clause's dates: one far from the publication is another time; one wider than the window
  // around it a period.
  const long window = lang.link_window_days;
  const Mention* nearest = nullptr;
  size_t nearest_distance = 0;
  for (const Mention& n : ms) {
    if (n.kind != MentionKind::kDate || n.normalized.empty() || n.begin_token < from || n.end_token > e) continue;
    if (!std::isfinite(n.interval.lo) || !std::isfinite(n.interval.hi)) continue;
    const size_t distance = n.end_token <= value.begin_token ? value.begin_token - n.end_token
                                                             : n.begin_token >= value.end_token ? n.begin_token - value.end_token : 0;
    if (!nearest || distance < nearest_distance) {
      nearest = &n;
      nearest_distance = distance;
    }
  }
  if (!nearest) return out;
  const double pub = static_cast<double>(*published_day);
  if (nearest->interval.hi < pub - static_cast<double>(window)) {
    Join(&out.key, "time:" + nearest->normalized);
  } else if (period < 0 && nearest->interval.hi - nearest->interval.lo > static_cast<double>(window)) {
    Join(&out.key, "period:" + nearest->normalized);
  }
  return out;
}

void KeepMomentSubsetsApart(std::vector<Claim>* claims) {
  for (const int kind : {kDuringJourney, kOnArrival}) {
    std::string mark(1, '#');
    mark.append(kQualifierKeys[static_cast<size_t>(kind)]);
    for (Claim& c : *claims) {
      const size_t at = c.subject.find(mark);
      if (at == std::string::npos) continue;
      const bool apart = std::any_of(claims->begin(), claims->end(), [&](const Claim& o) {
        return &o != &c && o.measure == c.measure && o.compared && o.subject.find(mark) == std::string::npos &&
               o.value != c.value;
      });
      if (!apart) c.subject.erase(at, mark.size());
    }
  }
}

}  // namespace contraste
