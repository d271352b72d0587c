#include "claims/figure_moment.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

#include "claims/clause.h"
#include "core/ascii_digits.h"
#include "lang/timeline_phrase_ids.h"

namespace contraste {

namespace {

// Minute of the day written as "21.00", "06:30" or "8" in one token; -1 when it is none.
int ClockToken(std::string_view s) {
  const size_t sep = s.find_first_of(".:");
  std::string_view h = s.substr(0, sep);
  std::string_view m = sep == std::string_view::npos ? std::string_view("0") : s.substr(sep + 1);
  if (!IsAsciiDigits(h) || h.size() > 2 || !IsAsciiDigits(m) || (sep != std::string_view::npos && m.size() != 2)) return -1;
  const int hour = std::stoi(std::string(h));
  const int minute = std::stoi(std::string(m));
  if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) return -1;
  return (hour % 24) * 60 + minute;
}

// The part of the day named in tokens [b, e), as its minute; -1 when none is.
int DayPartIn(const TimelineLexicon& tl, const TokenRange& t, size_t b, size_t e) {
  PhraseTable::Match hit;
  for (size_t i = b; i < e; ++i) {
    if (tl.day_parts.LongestAt(t, i, &hit) && hit.end <= e) return tl.day_part_minutes[static_cast<size_t>(hit.id)];
  }
  return -1;
}

// The clock time after the `clock` cue at tokens [at, cue_end) of clause [b, e), or -1: a time in
// digits or a number mention ("las ocho"), then a part of the day within three tokens ("de la
// mañana") that moves a clock of 1 to 11 into the afternoon or night.
int ClockAfter(const TimelineLexicon& tl, const TokenRange& t, const std::vector<Mention>& ms, size_t cue_end, size_t e) {
  if (cue_end >= e) return -1;
  int minute = ClockToken(t.Text(cue_end));
  size_t last = cue_end;  // the clock's last token
  // "23:45" as three tokens: the hour, a glued colon, the minutes.
  if (minute >= 0 && cue_end + 2 < e && IsClockColon(t, cue_end + 1)) {
    const std::string_view minutes = t.Text(cue_end + 2);
    if (minutes.size() == 2 && IsAsciiDigits(minutes) && minutes < "60") {
      minute += (minutes[0] - '0') * 10 + (minutes[1] - '0');
      last = cue_end + 2;
    }
  }
  if (minute < 0) {
    for (const Mention& m : ms) {
      if (m.number_token != cue_end || m.kind == MentionKind::kDate) continue;
      if (m.amount >= 1 && m.amount <= 24 && std::floor(m.amount) == m.amount) minute = static_cast<int>(m.amount) % 24 * 60;
      break;
    }
  }
  if (minute < 0) return -1;
  const int part = DayPartIn(tl, t, last + 1, std::min(e, last + 5));
  if (part >= 12 * 60 && minute >= 60 && minute < 12 * 60) minute += 12 * 60;
  return minute;
}

// The first clock time of clause [b, e), or -1.
int ClockIn(const TimelineLexicon& tl, const TokenRange& t, const std::vector<Mention>& ms, size_t b, size_t e) {
  PhraseTable::Match hit;
  for (size_t i = b; i < e && !tl.clock.empty(); ++i) {
    if (!tl.clock.LongestAt(t, i, &hit)) continue;
    if (const int minute = ClockAfter(tl, t, ms, hit.end, e); minute >= 0) return minute;
  }
  return -1;
}

}  // namespace

StatedMoment FindStatedMoment(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                              const Mention& value) {
  const TimelineLexicon& tl = lang.timeline;
  StatedMoment out;
  if (tl.counts.empty() && tl.clock.empty()) return out;
  // The clauses that name the count, and the figure's own clause ("que a las 23:45 horas había
  // computado el 60,12 %").
  std::vector<std::pair<size_t, size_t>> clauses;
  PhraseTable::Match hit;
  for (size_t i = t.begin; i < t.end; ++i) {
    if (!tl.counts.LongestAt(t, i, &hit)) continue;
    auto clause = ClauseAround(t, i);
    if (clauses.empty() || clauses.back() != clause) clauses.push_back(clause);
  }
  // The figure's own clause counts when it gives a clock time: a clock says when a count stood
  // ("que a las 23:45 horas del domingo había computado el 60,12 %"); a date alone there is more
  // often the event's ("la riada que azotó el martes deja 47 muertos").
  const auto own = ClauseAround(t, value.number_token);
  if (std::find(clauses.begin(), clauses.end(), own) == clauses.end() && ClockIn(tl, t, ms, own.first, own.second) >= 0) {
    clauses.push_back(own);
  }
  if (clauses.empty()) return out;
  // An opening clause that is only a date gives the day too: "Esta mañana, el primer recuento...".
  const auto opening = ClauseAround(t, t.begin);
  const size_t ob = opening.first, oe = opening.second;  // named, not bound: lambdas capture them
  const bool opening_is_date = oe < t.end && std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
    return m.kind == MentionKind::kDate && m.begin_token == ob && m.end_token == oe;
  });
  auto in_clauses = [&](const Mention& m) {
    if (opening_is_date && m.begin_token == ob && m.end_token == oe) return true;
    return std::any_of(clauses.begin(), clauses.end(), [&](const auto& c) { return m.begin_token >= c.first && m.end_token <= c.second; });
  };
  // The latest resolved date: a count is given after the events it counts ("la DANA que azotó el
  // martes ... según el balance de este jueves").
  const Mention* date = nullptr;
  for (const Mention& m : ms) {
    if (m.kind != MentionKind::kDate || m.normalized.empty() || !std::isfinite(m.interval.hi) || !in_clauses(m)) continue;
    if (!date || m.interval.hi > date->interval.hi) date = &m;
  }
  if (date) {
    out.day = static_cast<int64_t>(date->interval.hi);
    out.minute = DayPartIn(tl, t, date->begin_token, date->end_token);
  }
  for (const auto& [b, e] : clauses) {
    if (const int minute = ClockIn(tl, t, ms, b, e); minute >= 0) {
      out.minute = minute;
      return out;
    }
  }
  // No clock: a part of the day the clauses name outside any date ("al cierre de la jornada",
  // "el balance de la tarde"), for a minute of the day read like a clock's.
  for (const auto& [b, e] : clauses) {
    if (out.minute >= 0) break;
    for (size_t i = b; i < e && out.minute < 0; ++i) {
      const bool in_date = std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
        return m.kind == MentionKind::kDate && m.begin_token <= i && i < m.end_token;
      });
      PhraseTable::Match part;
      if (!in_date && tl.day_parts.LongestAt(t, i, &part) && part.end <= e) {
        out.minute = tl.day_part_minutes[static_cast<size_t>(part.id)];
      }
    }
  }
  return out;
}

StatedMoment HeadingMoment(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms) {
  StatedMoment out;
  const Mention* date = nullptr;
  for (const Mention& m : ms) {
    if (m.kind == MentionKind::kDate && m.begin_token == t.begin) date = &m;
  }
  if (!date || date->normalized.empty() || !std::isfinite(date->interval.hi)) return out;
  int clock = -1;
  for (size_t i = date->end_token; i < t.end; ++i) {
    const Token& token = t.At(i);
    if (token.kind == TokenKind::kPunct) continue;
    const int minute = ClockToken(t.Text(i));
    if (minute < 0 || clock >= 0) return out;  // a word, or a second number: a sentence, no heading
    clock = minute;
  }
  // Every other mention lies inside the date or is the clock: "Martes, 7.15." holds no figure.
  out.day = static_cast<int64_t>(date->interval.hi);
  out.minute = clock >= 0 ? clock : DayPartIn(lang.timeline, t, date->begin_token, date->end_token);
  return out;
}

bool SaysChange(const Language& lang, const TokenRange& t, const Mention& value) {
  const PhraseTable& cues = lang.timeline.changes;
  if (cues.empty() || value.begin_token <= t.begin) return false;
  PhraseTable::Match hit;
  size_t start = 0;
  if (cues.LongestEndingAt(t, value.begin_token, &hit, &start) && hit.id == kChangePhrase) return true;
  const size_t article = value.begin_token - 1;
  return article > t.begin && lang.measures.scope_articles.Contains(t, article) &&
         cues.LongestEndingAt(t, article, &hit, &start) && hit.id == kChangePhrase;
}

bool RestatesFigure(const Language& lang, const TokenRange& t, const Mention& value) {
  const PhraseTable& cues = lang.timeline.changes;  // with the changes (lang/timeline_phrase_ids.h)
  if (cues.empty()) return false;
  const size_t from = value.begin_token > t.begin + 6 ? value.begin_token - 6 : t.begin;
  PhraseTable::Match hit;
  for (size_t i = from; i < value.begin_token; ++i) {
    if (!cues.LongestAt(t, i, &hit) || hit.id != kRestatedPhrase || hit.end > value.begin_token ||
        value.begin_token - hit.end > 3) {
      continue;
    }
    bool words = true;
    for (size_t j = hit.end; j < value.begin_token; ++j) words = words && t.At(j).kind == TokenKind::kWord;
    if (words) return true;
  }
  return false;
}

namespace {

bool SaysAnyOf(const PhraseTable& cues, const TokenRange& t) {
  if (cues.empty()) return false;
  PhraseTable::Match hit;
  for (size_t i = t.begin; i < t.end; ++i) {
    if (cues.LongestAt(t, i, &hit)) return true;
  }
  return false;
}

}  // namespace

bool SaysCorrection(const Language& lang, const TokenRange& t) { return SaysAnyOf(lang.timeline.corrections, t); }

bool SaysProvisional(const Language& lang, const TokenRange& t) { return SaysAnyOf(lang.timeline.provisional, t); }

bool SaysOpenCount(const Language& lang, const TokenRange& t) {
  PhraseTable::Match hit;
  for (size_t i = t.begin; i < t.end; ++i) {
    if (lang.timeline.provisional.LongestAt(t, i, &hit) && hit.id == kOpenCountPhrase) return true;
  }
  return false;
}

}  // namespace contraste
