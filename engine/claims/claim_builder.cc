#include "claims/claim_builder.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include "claims/date_claims.h"

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

// Entity ids in `ms` (within tokens [from, to)) that can be participants of `frame`; a capital
// stands for its country.
std::set<std::string> ParticipantsIn(const Language& lang, const Frame& frame, const std::vector<Mention>& ms,
                                     size_t from = 0, size_t to = static_cast<size_t>(-1)) {
  std::set<std::string> out;
  auto wanted = [&](const std::string& kind) {
    return std::find(frame.participant_kinds.begin(), frame.participant_kinds.end(), kind) !=
           frame.participant_kinds.end();
  };
  for (const Mention& m : ms) {
    if (m.kind != MentionKind::kEntity || m.begin_token < from || m.end_token > to) continue;
    const Entity& e = lang.entities[static_cast<size_t>(m.ref)];
    if (wanted(e.kind)) {
      out.insert(e.id);
    } else if (!e.stands_for.empty()) {
      const Entity* s = lang.FindEntity(e.stands_for);
      if (s && wanted(s->kind)) out.insert(s->id);
    }
  }
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
    if (c.preceded_by.count(std::string(word))) return true;
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
    if (m.begin_token == t.begin || !cue.preceded_by.count(std::string(t.Text(m.begin_token - 1)))) continue;
    if (cue.needs_ordinal_before) {
      bool ordinal = false;
      for (const Mention& o : ms) ordinal = ordinal || (o.kind == MentionKind::kOrdinal && o.end_token <= m.begin_token);
      if (!ordinal) continue;
    }
    return cue.slot;
  }
  for (const SlotCue& cue : lang.slot_cues) {
    if (cue.value_kind == kind && cue.preceded_by.empty()) return cue.slot;
  }
  return "";
}

}  // namespace

std::vector<Claim> BuildClaims(const Language& lang, const Document& doc, size_t doc_index,
                               const AnalyzedText& text,
                               const std::vector<std::vector<Mention>>& mentions) {
  std::vector<Claim> claims;
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& sentence = text.sentences[si];
    const TokenRange t = text.SentenceTokens(sentence);
    const auto& ms = mentions[si];
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
      if (!best) continue;
      const Frame& frame = lang.frames[static_cast<size_t>(best->ref)];
      auto [clause_begin, clause_end] = ClauseAround(t, best->begin_token);
      std::set<std::string> parts = ParticipantsIn(lang, frame, ms, clause_begin, clause_end);
      if (parts.empty()) parts = ParticipantsIn(lang, frame, ms);
      for (int back = 1; parts.empty() && back <= lang.participant_window && static_cast<long>(si) - back >= 0; ++back) {
        parts = ParticipantsIn(lang, frame, mentions[si - static_cast<size_t>(back)]);
      }
      Claim c;
      c.doc = doc_index;
      // A cued slot quotes its cue too: "en 24 años".
      size_t first_token = m.begin_token;
      if (const SlotCue* cue = FindCue(lang, slot); cue && !cue->preceded_by.empty()) first_token = m.begin_token - 1;
      c.offset = text.OrigBegin(first_token);
      size_t end = text.OrigEnd(m.end_token - 1);
      c.length = end - c.offset;
      c.quote = doc.bytes.substr(c.offset, c.length);
      c.sentence_offset = sentence.begin;
      c.sentence_length = sentence.end - sentence.begin;
      auto [line, col] = text.LineColumn(c.offset);
      c.line = line;
      c.column = col;
      c.frame = frame.id;
      c.participants.assign(parts.begin(), parts.end());
      c.slot = slot;
      c.unit = m.unit;
      c.value = m.normalized;
      c.hedge = m.hedge;
      c.vague = m.vague;
      c.interval = m.interval;
      claims.push_back(std::move(c));
    }
  }
  return claims;
}

}  // namespace contraste
