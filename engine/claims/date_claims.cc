#include "claims/date_claims.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string_view>

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

bool DateMayAttach(const std::vector<Mention>& sentence, const Mention& date, const Mention& trigger) {
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
  // Date claims grouped by event (in claim order): only claims of one event are compared, so the
  // cost grows with the corpus times the date claims of one event, not with all pairs.
  std::map<std::string_view, std::vector<size_t>> dates_of_event;
  for (size_t i = 0; i < claims->size(); ++i) {
    if ((*claims)[i].slot == "date") dates_of_event[(*claims)[i].event].push_back(i);
  }
  std::vector<size_t> bridging;
  for (const auto& [event, dates] : dates_of_event) {
    for (size_t w : dates) {
      const Claim& wide = (*claims)[w];
      std::vector<const Interval*> inside;
      for (size_t n : dates) {
        const Claim& narrow = (*claims)[n];
        if (n == w || !wide.interval.Contains(narrow.interval) ||
            (wide.interval.lo == narrow.interval.lo && wide.interval.hi == narrow.interval.hi)) {
          continue;
        }
        inside.push_back(&narrow.interval);
      }
      bool excluding = false;
      for (size_t a = 0; a < inside.size() && !excluding; ++a) {
        for (size_t b = a + 1; b < inside.size() && !excluding; ++b) excluding = !inside[a]->Overlaps(*inside[b]);
      }
      if (excluding) bridging.push_back(w);
    }
  }
  for (size_t w : bridging) (*claims)[w].slot = "date_within";
}

}  // namespace contraste
