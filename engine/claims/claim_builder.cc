#include "claims/claim_builder.h"
#include "claims/claim_provenance.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <set>

#include "claims/date_claims.h"
#include "claims/fallback_frame.h"

#include "claims/attribution_finder.h"
#include "claims/venue_finder.h"
#include "extract/entity_matcher.h"

namespace contraste {

namespace {

// Clause punctuation: participants are looked for first in the trigger's clause.
bool IsClauseBreak(std::string_view token) { return token == "," || token == ";" || token == ":"; }

// Token range [begin, end) of the clause around token `at`.
std::pair<size_t, size_t> ClauseAround(const TokenRange& t, size_t at) {
  size_t b = at, e = at;
  while (b > t.begin && !IsClauseBreak(t.Text(b - 1))) --b;
  while (e < t.end && !IsClauseBreak(t.Text(e))) ++e;
  return {b, e};
}

// Entity ids in `ms` (within tokens [from, to)) that can be participants of `frame`: gazetteer
// entities of a kind under one of the frame's participant kinds (a capital stands for its
// country), or, with `unknown`, names of unknown kind that are not a venue or a source
// (`venue_places`: mention indices). The ids are sorted and distinct, and point into the mentions
// or the language data (no string is copied).
using IdList = std::vector<const std::string*>;

IdList ParticipantsIn(const Language& lang, const Frame& frame, const std::vector<Mention>& ms,
                                     const std::set<size_t>& venue_places, bool unknown, size_t from = 0,
                                     size_t to = static_cast<size_t>(-1)) {
  IdList out;
  auto wanted = [&](const std::string& kind) {
    return std::any_of(frame.participant_kinds.begin(), frame.participant_kinds.end(),
                       [&](const std::string& k) { return lang.kinds.IsA(kind, k); });
  };
  for (size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    if (m.kind != MentionKind::kEntity || m.begin_token < from || m.end_token > to) continue;
    const Entity* e = EntityOf(lang, m);
    if (!e) {
      if (unknown && !venue_places.count(k)) out.push_back(&m.normalized);
      continue;
    }
    if (unknown) continue;
    if (wanted(e->kind)) {
      out.push_back(&e->id);
    } else if (!e->stands_for.empty()) {
      const Entity* s = lang.FindEntity(e->stands_for);
      if (s && wanted(s->kind)) out.push_back(&s->id);
    }
  }
  std::sort(out.begin(), out.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  out.erase(std::unique(out.begin(), out.end(), [](const std::string* a, const std::string* b) { return *a == *b; }),
            out.end());
  return out;
}

const SlotCue* FindCue(const Language& lang, const std::string& slot) {
  for (const auto& c : lang.slot_cues) {
    if (c.slot == slot) return &c;
  }
  return nullptr;
}

// A word that introduces a cued slot ("en" of "la primera en 24 años").
bool IsCueWord(const Language& lang, std::string_view word) {
  for (const auto& c : lang.slot_cues) {
    if (c.preceded_by.Contains(word)) return true;
  }
  return false;
}

// The slot a value mention fills, or empty when it fills none.
std::string SlotOf(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m) {
  std::string kind = m.kind == MentionKind::kDuration ? "duration"
                     : m.kind == MentionKind::kQuantity ? "quantity"
                     : m.kind == MentionKind::kOrdinal  ? "ordinal"
                     : IsEventDate(m)                   ? "date"  // claims/date_claims.h
                                                        : "";
  if (kind.empty()) return "";
  // Cued slots first (since_previous), then the plain slot named like the value kind.
  for (const SlotCue& cue : lang.slot_cues) {
    if (cue.value_kind != kind || cue.preceded_by.empty()) continue;
    if (m.begin_token == t.begin || !cue.preceded_by.Contains(t, m.begin_token - 1)) continue;
    if (cue.needs_ordinal_before) {
      bool ordinal = false;
      for (const Mention& o : ms) ordinal = ordinal || (o.kind == MentionKind::kOrdinal && o.end_token <= m.begin_token);
      if (!ordinal) continue;
    }
    return cue.slot;
  }
  for (const SlotCue& cue : lang.slot_cues) {
    if (cue.value_kind != kind || !cue.preceded_by.empty()) continue;
    if (m.begin_token > t.begin && cue.not_after.Contains(t, m.begin_token - 1)) return "";
    return cue.slot;
  }
  return "";
}

// True when `trigger` (a trigger mention) has a back-reference word right before or after it
// ("la anterior visita", "la visita previa").
bool RefersBack(const Language& lang, const TokenRange& t, const Mention& trigger) {
  if (trigger.kind != MentionKind::kTrigger) return false;
  return (trigger.begin_token > t.begin && lang.back_references.Contains(t, trigger.begin_token - 1)) ||
         lang.back_references.Contains(t, trigger.end_token);
}

// The nearest trigger of the same frame before `trigger` (of sentence `si`): in its sentence, else
// in the `participant_window` sentences before it; its sentence goes to `*at`. Null when none.
const Mention* EarlierTrigger(const Language& lang, const std::vector<std::vector<Mention>>& mentions, size_t si,
                              const Mention& trigger, size_t* at) {
  for (long back = 0; back <= lang.participant_window && static_cast<long>(si) - back >= 0; ++back) {
    const size_t s = si - static_cast<size_t>(back);
    const Mention* nearest = nullptr;
    for (const Mention& m : mentions[s]) {
      if (m.kind != MentionKind::kTrigger || m.ref != trigger.ref || &m == &trigger) continue;
      if (back == 0 && m.end_token > trigger.begin_token) continue;
      if (!nearest || m.begin_token > nearest->begin_token) nearest = &m;
    }
    if (nearest) {
      *at = s;
      return nearest;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<Claim> BuildClaims(const Language& lang, const Document& doc, size_t doc_index,
                               const AnalyzedText& text,
                               const std::vector<std::vector<Mention>>& mentions) {
  std::vector<Claim> claims;
  // Venues and sources first: names of unknown kind that are a venue or a source are no participants.
  std::vector<std::vector<VenueMention>> venues(text.sentences.size());
  std::vector<std::vector<EntityRef>> sources(text.sentences.size());
  std::vector<std::set<size_t>> venue_places(text.sentences.size());
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    const TokenRange t = text.SentenceTokens(text.sentences[si]);
    venues[si] = FindVenues(lang, t, mentions[si]);
    sources[si] = FindAttribution(lang, t, mentions[si]);
    for (const auto& v : venues[si]) venue_places[si].insert(v.places.begin(), v.places.end());
    for (size_t k = 0; k < mentions[si].size(); ++k) {
      for (const EntityRef& r : sources[si]) {
        if (IsUnknownName(mentions[si][k]) && mentions[si][k].normalized == r.id) venue_places[si].insert(k);
      }
    }
  }
  // Participants in the trigger's clause, then in the clauses before it, nearest first ("felicitó a
  // A y a B por el partido, que vieron 18.000 espectadores").
  auto clause_participants = [&](size_t si, const Frame& frame, const Mention& trigger, bool unknown) {
    const TokenRange t = text.SentenceTokens(text.sentences[si]);
    auto [clause_begin, clause_end] = ClauseAround(t, trigger.begin_token);
    IdList parts =
        ParticipantsIn(lang, frame, mentions[si], venue_places[si], unknown, clause_begin, clause_end);
    for (size_t b = clause_begin; parts.empty() && b > t.begin + 1;) {
      auto [prev_begin, prev_end] = ClauseAround(t, b - 2);
      parts = ParticipantsIn(lang, frame, mentions[si], venue_places[si], unknown, prev_begin, prev_end);
      b = prev_begin;
    }
    return parts;
  };
  // Participants: gazetteer entities of the trigger's clauses, else its sentence, else the
  // sentences before it; only when none is found, names of unknown kind, in the same order.
  auto plain_participants = [&](size_t si, const Frame& frame, const Mention& trigger) {
    IdList parts;
    for (bool unknown : {false, true}) {
      parts = clause_participants(si, frame, trigger, unknown);
      if (parts.empty()) parts = ParticipantsIn(lang, frame, mentions[si], venue_places[si], unknown);
      for (int back = 1; parts.empty() && back <= lang.participant_window && static_cast<long>(si) - back >= 0; ++back) {
        size_t prev = si - static_cast<size_t>(back);
        parts = ParticipantsIn(lang, frame, mentions[prev], venue_places[prev], unknown);
      }
      if (!parts.empty()) break;
    }
    return parts;
  };
  // A trigger that refers back ("la anterior visita") and whose clauses name nobody takes the
  // participants of the nearest earlier trigger of its frame, not the other people of its sentence.
  auto participants_of = [&](size_t si, const Frame& frame, const Mention& trigger) {
    const TokenRange t = text.SentenceTokens(text.sentences[si]);
    if (RefersBack(lang, t, trigger) && clause_participants(si, frame, trigger, false).empty() &&
        clause_participants(si, frame, trigger, true).empty()) {
      size_t at = si;
      if (const Mention* antecedent = EarlierTrigger(lang, mentions, si, trigger, &at)) {
        IdList parts = plain_participants(at, frame, *antecedent);
        if (!parts.empty()) return parts;
      }
    }
    return plain_participants(si, frame, trigger);
  };
  // A claim quoting tokens [first, end) of sentence si, about `frame`.
  auto make_claim = [&](size_t si, size_t first, size_t end, const Frame& frame, const Mention& trigger) {
    const Sentence& sentence = text.sentences[si];
    Claim c = ClaimFromTokens(doc, doc_index, text, sentence, first, end);
    c.frame = frame.id;
    IdList parts = participants_of(si, frame, trigger);
    c.participants.reserve(parts.size());
    for (const std::string* id : parts) c.participants.push_back(*id);
    c.attribution = sources[si];
    return c;
  };
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& sentence = text.sentences[si];
    const TokenRange t = text.SentenceTokens(sentence);
    const auto& ms = mentions[si];
    for (const VenueMention& v : venues[si]) {
      const Mention& trigger = ms[v.trigger];
      const Frame& frame = v.fallback ? lang.frames[static_cast<size_t>(lang.fallback_frame)]
                                      : lang.frames[static_cast<size_t>(trigger.ref)];
      Claim c = make_claim(si, v.begin_token, v.end_token, frame, trigger);
      c.slot = "venue";
      c.venue = VenueChain(lang, ms, v);
      c.value = c.venue.front().id;
      c.interval = Interval::Point(0);
      claims.push_back(std::move(c));
    }
    for (const Mention& m : ms) {
      std::string slot = SlotOf(lang, t, ms, m);
      if (slot.empty()) continue;
      // The trigger: nearest in the sentence whose frame takes this slot. An ordinal must stand
      // right before its trigger ("segunda visita") or stand alone after it ("..., la primera en").
      const Mention* best = nullptr;
      long best_dist = 0;
      for (const Mention& tr : ms) {
        if (tr.kind != MentionKind::kTrigger) continue;
        if (m.kind == MentionKind::kDate && !DateMayAttach(ms, m, tr)) continue;
        const Frame& f = lang.frames[static_cast<size_t>(tr.ref)];
        if (!f.Accepts(slot)) continue;
        long dist = tr.begin_token >= m.end_token
                        ? static_cast<long>(tr.begin_token - m.end_token)
                        : static_cast<long>(m.begin_token) - static_cast<long>(tr.end_token);
        if (dist < 0) dist = 0;
        if (slot == "ordinal") {
          bool adjacent = tr.begin_token == m.end_token;
          bool alone_after = tr.end_token <= m.begin_token &&
                             (m.end_token >= t.end || t.At(m.end_token).kind != TokenKind::kWord ||
                              IsCueWord(lang, t.Text(m.end_token)));
          if (!adjacent && !alone_after) continue;
        }
        if (dist > lang.max_trigger_distance) continue;
        // Prefer the trigger before the value on ties ("visita ... en 24 años").
        if (!best || dist < best_dist || (dist == best_dist && tr.begin_token < m.begin_token)) {
          best = &tr;
          best_dist = dist;
        }
      }
      const Frame* frame_of_value = best ? &lang.frames[static_cast<size_t>(best->ref)] : FallbackFrameFor(lang, ms, slot);
      if (!frame_of_value) continue;
      const Frame& frame = *frame_of_value;
      // With the fallback frame the value stands in for the trigger: its clause gives the participants.
      if (!best) best = &m;
      // A cued slot quotes its cue too: "en 24 años".
      size_t first_token = m.begin_token;
      if (const SlotCue* cue = FindCue(lang, slot); cue && !cue->preceded_by.empty()) first_token = m.begin_token - 1;
      Claim c = make_claim(si, first_token, m.end_token, frame, *best);
      c.slot = slot;
      c.unit = m.unit;
      c.value = m.normalized;
      c.hedge = m.hedge;
      c.vague = m.vague;
      c.interval = m.interval;
      claims.push_back(std::move(c));
    }
  }
  // Text order: positions sorted (stably), then each claim moved once; a Claim is large to move.
  if (std::is_sorted(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.offset < b.offset; })) {
    return claims;
  }
  std::vector<size_t> order(claims.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return claims[a].offset < claims[b].offset; });
  std::vector<Claim> sorted;
  sorted.reserve(claims.size());
  for (size_t k : order) sorted.push_back(std::move(claims[k]));
  return sorted;
}

}  // namespace contraste
