#include "claims/date_claims.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace contraste {

bool IsEventDate(const Mention& m) {
  const TemporalExpression& e = m.temporal;
  return m.kind == MentionKind::kDate && !e.in_list && !e.since && e.back == 0 && !e.loose;
}

namespace {

// Tokens between two mentions (0 when they touch or overlap).
long Gap(const Mention& a, const Mention& b) {
  if (a.end_token <= b.begin_token) return static_cast<long>(b.begin_token - a.end_token);
  if (b.end_token <= a.begin_token) return static_cast<long>(a.begin_token - b.end_token);
  return 0;
}

}  // namespace

bool DateMayAttach(std::span<const Mention> sentence, const Mention& date, const Mention& trigger) {
  size_t lo = std::min(date.end_token, trigger.end_token), hi = std::max(date.begin_token, trigger.begin_token);
  long own = Gap(date, trigger);
  for (const Mention& other : sentence) {
    if (other.kind != MentionKind::kDate || other.temporal.loose || &other == &date) continue;
    if (other.begin_token >= lo && other.end_token <= hi) return false;
    if (Gap(other, trigger) < own) return false;
  }
  return true;
}

void NoteUnresolvedDates(size_t doc_index, Document* doc, std::vector<Claim>* claims) {
  auto unresolved = [&](const Claim& c) { return c.doc == doc_index && c.slot == "date" && c.value.empty(); };
  for (const Claim& c : *claims) {
    if (!unresolved(c)) continue;
    doc->assumptions.push_back(fmt::format("line {}, column {}: \"{}\" was not resolved to a date ({})",
                                           c.line, c.column, c.quote, c.unit));
  }
  claims->erase(std::remove_if(claims->begin(), claims->end(), unresolved), claims->end());
}

}  // namespace contraste

namespace contraste {

void SetAsideBridgingDates(std::vector<Claim>* claims) {
  // Date claims grouped by event: only claims of one event are compared, so the cost grows with
  // the corpus times the date claims of one event, not with all pairs.
  std::unordered_map<std::string_view, std::vector<size_t>> dates_of_event;
  for (size_t i = 0; i < claims->size(); ++i) {
    if ((*claims)[i].slot == "date") dates_of_event[(*claims)[i].event].push_back(i);
  }
  // Whether a date bridges depends only on its interval and the event's other intervals, and an
  // event's dates repeat a few intervals: each distinct interval is checked once, against the
  // distinct intervals of the event (one stated twice is checked against itself too).
  auto same = [](const Interval& a, const Interval& b) {
    return std::bit_cast<uint64_t>(a.lo) == std::bit_cast<uint64_t>(b.lo) &&
           std::bit_cast<uint64_t>(a.hi) == std::bit_cast<uint64_t>(b.hi) && a.lo_open == b.lo_open &&
           a.hi_open == b.hi_open;
  };
  std::vector<std::pair<Interval, size_t>> distinct;  // interval, how many dates state it
  std::vector<size_t> distinct_of;                     // per date of the event
  std::vector<const std::pair<Interval, size_t>*> inside;
  std::vector<char> bridges;
  std::vector<size_t> bridging;
  for (const auto& [event, dates] : dates_of_event) {
    distinct.clear();
    distinct_of.clear();
    for (size_t d : dates) {
      const Interval& iv = (*claims)[d].interval;
      auto it = std::find_if(distinct.begin(), distinct.end(), [&](const auto& x) { return same(x.first, iv); });
      if (it == distinct.end()) it = distinct.insert(distinct.end(), {iv, 0});
      ++it->second;
      distinct_of.push_back(static_cast<size_t>(it - distinct.begin()));
    }
    bridges.assign(distinct.size(), 0);
    for (size_t w = 0; w < distinct.size(); ++w) {
      const Interval& wide = distinct[w].first;
      inside.clear();
      for (const auto& narrow : distinct) {
        if ((wide.lo == narrow.first.lo && wide.hi == narrow.first.hi) || !wide.Contains(narrow.first)) continue;
        inside.push_back(&narrow);
      }
      bool excluding = false;
      for (size_t a = 0; a < inside.size() && !excluding; ++a) {
        excluding = inside[a]->second > 1 && !inside[a]->first.Overlaps(inside[a]->first);
        for (size_t b = a + 1; b < inside.size() && !excluding; ++b) excluding = !inside[a]->first.Overlaps(inside[b]->first);
      }
      bridges[w] = excluding;
    }
    for (size_t k = 0; k < dates.size(); ++k) {
      if (bridges[distinct_of[k]]) bridging.push_back(dates[k]);
    }
  }
  for (size_t w : bridging) (*claims)[w].slot = "date_within";
}

}  // namespace contraste
