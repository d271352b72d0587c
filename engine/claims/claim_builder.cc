#include "claims/claim_builder.h"
#include "claims/claim_provenance.h"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <numeric>
#include <span>
#include <string_view>

#include "claims/date_claims.h"
#include "claims/date_subjects.h"
#include "claims/fallback_frame.h"
#include "claims/figure_moment.h"
#include "claims/counted_noun_phrase.h"
#include "claims/figure_qualifier.h"
#include "claims/measure_claims.h"

#include "claims/attribution_finder.h"
#include "claims/clause.h"
#include "claims/state_finder.h"
#include "claims/venue_finder.h"
#include "core/calendar.h"
#include "extract/time/date_resolver.h"
#include "core/work_count.h"
#include "extract/names/entity_matcher.h"

namespace contraste {

namespace {

// Whether the bytes [from, to) between two sentences hold a blank line (a new paragraph).
bool ParagraphBreakBetween(const std::string& bytes, size_t from, size_t to) {
  int newlines = 0;
  for (size_t i = from; i < to && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      if (++newlines >= 2) return true;
    } else if (bytes[i] != '\r' && bytes[i] != ' ' && bytes[i] != '\t') {
      newlines = 0;
    }
  }
  return false;
}

// The participant id a gazetteer entity gives a frame: its own id when its kind is under one of
// the frame's participant kinds, else that of the entity it stands for (a capital for its
// country) when that one's kind is, else none. KindTree::IsA walks the kind tree through string
// maps, so each (entity, frame) is answered once per document and remembered.
class ParticipantIds {
 public:
  explicit ParticipantIds(const Language& lang) : lang_(lang) {}

  const std::string* Of(const Frame& frame, const Entity& e) {
    for (const Answer& a : answers_) {
      if (a.entity == &e && a.frame == &frame) return a.id;
    }
    const std::string* id = nullptr;
    if (Wanted(frame, e.kind)) {
      id = &e.id;
    } else if (!e.stands_for.empty()) {
      const Entity* s = lang_.FindEntity(e.stands_for);
      if (s && Wanted(frame, s->kind)) id = &s->id;
    }
    answers_.push_back({&e, &frame, id});
    return id;
  }

 private:
  struct Answer {
    const Entity* entity;
    const Frame* frame;
    const std::string* id;  // null: no participant of the frame
  };
  bool Wanted(const Frame& frame, const std::string& kind) const {
    return std::any_of(frame.participant_kinds.begin(), frame.participant_kinds.end(),
                       [&](const std::string& k) { return lang_.kinds.IsA(kind, k); });
  }

  const Language& lang_;
  std::vector<Answer> answers_;
};

// The participant id mention `k` of `ms` gives `frame`, or null: a gazetteer entity
// (ParticipantIds), or, with `unknown`, a name of unknown kind that is not a venue or a source
// (`not_participants`: sorted mention indices, read only with `unknown`). The id points into the
// mention or the language data (no string is copied).
using IdList = std::vector<const std::string*>;

const std::string* ParticipantOf(const Language& lang, ParticipantIds& ids, const Frame& frame,
                                 const std::vector<Mention>& ms, size_t k, const std::vector<size_t>* not_participants,
                                 bool unknown) {
  const Mention& m = ms[k];
  if (m.kind != MentionKind::kEntity) return nullptr;
  const Entity* e = EntityOf(lang, m);
  if (!e) {
    if (unknown && !std::binary_search(not_participants->begin(), not_participants->end(), k)) return &m.normalized;
    return nullptr;
  }
  // The iso-codes places (Entity::capitalized_only) take part as the names they are read from: with
  // the names of unknown kind, under the same id (Mention::surface holds it: name_finder.h).
  if (e->capitalized_only) {
    if (unknown && !std::binary_search(not_participants->begin(), not_participants->end(), k)) return &m.surface;
    return nullptr;
  }
  if (unknown) return nullptr;
  return ids.Of(frame, *e);
}

// Sorted by the ids' text, each once.
void SortDistinct(IdList* ids) {
  IdList& out = *ids;
  if (out.size() < 2) return;
  std::sort(out.begin(), out.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  out.erase(std::unique(out.begin(), out.end(), [](const std::string* a, const std::string* b) { return *a == *b; }),
            out.end());
}

// The participants one sentence gives a frame: the whole sentence's, and each clause's (a clause
// is the tokens between two of IsClauseBreak; a mention across a break is in no clause). Built in
// one pass over the sentence's mentions, so that a claim's clause walk ("the trigger's clause,
// else the nearest clause before it that names any") is one lookup, not a rescan of the sentence
// per clause per claim (cubic in the values of one long sentence).
struct SentenceParticipants {
  size_t sentence = 0;
  const Frame* frame = nullptr;
  bool unknown = false;
  IdList whole;
  std::vector<std::pair<uint32_t, IdList>> by_clause;  // clauses that name any, by clause number

  // The participants of clause `clause`, else of the nearest clause before it that names any.
  const IdList* NearestClause(uint32_t clause) const {
    auto after = std::upper_bound(by_clause.begin(), by_clause.end(), clause,
                                  [](uint32_t c, const std::pair<uint32_t, IdList>& p) { return c < p.first; });
    return after == by_clause.begin() ? nullptr : &std::prev(after)->second;
  }
};

// Clause number of every token of `t` and of its end: the clause breaks before it.
std::vector<uint32_t> ClauseNumbers(const TokenRange& t) {
  std::vector<uint32_t> before(t.end - t.begin + 1, 0);
  for (size_t i = t.begin; i < t.end; ++i) before[i - t.begin + 1] = before[i - t.begin] + (IsClauseBreak(t, i) ? 1 : 0);
  return before;
}

const SlotCue* FindCue(const Language& lang, const std::string& slot) {
  for (const auto& c : lang.slot_cues) {
    if (c.slot == slot) return &c;
  }
  return nullptr;
}

// A date that runs up to the publication date ("since 2019", "desde 2019"), resolved: it fills
// a slot only through a cue of value kind `since_date` (frames.yaml), as the time since it.
bool IsSinceDate(const Mention& m) {
  const TemporalExpression& e = m.temporal;
  return m.kind == MentionKind::kDate && e.since && !e.in_list && e.back == 0 && !e.loose &&
         m.interval.IsBounded() && m.interval.hi >= m.interval.lo && !m.normalized.empty();
}

// The time from a since-date to the publication date, in seconds: from its last day ("since
// 2019" read in May 2026: from 31 December 2019, 6.4 years) to its first (1 January, 7.4 years),
// so that "the first in seven years" agrees with it and "in nine years" does not.
bool SinceDateSpan(const Mention& m, Interval* seconds, std::string* value) {
  TemporalExpression own = m.temporal;
  own.since = false;
  const long anchor = static_cast<long>(m.interval.hi);
  const ResolvedDate r = ResolveTemporal(own, DateFromDays(anchor), /*forward_tense=*/false);
  if (!r.resolved || r.LastDay() > anchor || r.FirstDay() > r.LastDay()) return false;
  constexpr double kDay = 86400;
  *seconds = Interval::Between(static_cast<double>(anchor - r.LastDay()) * kDay,
                               static_cast<double>(anchor - r.FirstDay()) * kDay);
  *value = "since " + r.normalized;
  return true;
}

// A word that introduces a cued slot ("en" of "la primera en 24 años").
bool IsCueWord(const Language& lang, std::string_view word) {
  for (const auto& c : lang.slot_cues) {
    if (c.preceded_by.Contains(word)) return true;
  }
  return false;
}

// The slot a value mention fills, or empty when it fills none.
// `first_ordinal_end`: the least end token of the sentence's ordinal mentions (SIZE_MAX: none).
std::string SlotOf(const Language& lang, const TokenRange& t, size_t first_ordinal_end, const Mention& m) {
  std::string kind = m.kind == MentionKind::kDuration ? "duration"
                     : m.kind == MentionKind::kQuantity ? "quantity"
                     : m.kind == MentionKind::kOrdinal  ? "ordinal"
                     : IsEventDate(m)                   ? "date"  // claims/date_claims.h
                     : IsSinceDate(m)                   ? "since_date"
                                                        : "";
  if (kind.empty()) return "";
  // Cued slots first (since_previous), then the plain slot named like the value kind.
  for (const SlotCue& cue : lang.slot_cues) {
    if (cue.value_kind != kind || cue.preceded_by.empty()) continue;
    if (m.begin_token == t.begin || !cue.preceded_by.Contains(t, m.begin_token - 1)) continue;
    if (cue.needs_ordinal_before && first_ordinal_end > m.begin_token) continue;
    return cue.slot;
  }
  for (const SlotCue& cue : lang.slot_cues) {
    if (cue.value_kind != kind || !cue.preceded_by.empty()) continue;
    if (cue.needs_ordinal_before && first_ordinal_end > m.begin_token) continue;
    // "los dos líderes" refers back and says nothing of how many; "los 12 muertos de la riada",
    // whose noun a measure counts, still states the figure.
    if (m.measure < 0 && m.begin_token > t.begin && cue.not_after.Contains(t, m.begin_token - 1)) return "";
    return cue.slot;
  }
  return "";
}

Mention UnmeasuredCopy(const Mention& m) {
  Mention copy = m;
  copy.measure = -1;
  return copy;
}

// The figure a value restates ("eleva la cifra a cerca de 200"): the nearest measured claim of
// its slot before it, from byte `since` on (its sentence and the one before), of its unit when it
// has one; never a general count (claims/counted_noun_phrase.h), which only a figure of its own
// noun restates. Null when there is none.
const Claim* RestatedFigure(const Language& lang, const std::vector<Claim>& claims, size_t since, const Claim& c) {
  for (size_t k = claims.size(); k-- > 0;) {
    const Claim& before = claims[k];
    if (before.offset < since) break;
    if (before.slot != c.slot || before.measure.empty() || before.offset >= c.offset) continue;
    if (!c.unit.empty() && before.unit != c.unit) continue;
    if (const Measure* general = lang.measures.Find(before.measure); general && CountsNounPhrase(*general)) continue;
    return &before;
  }
  return nullptr;
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

// The mentions of a sentence that start within a span of tokens, found by binary search: the
// mentions are sorted by first token (extract/mention.h SortByFirstToken), so a value looks at the
// triggers and dates it can reach, not at every mention of its sentence.
class NearMentions {
 public:
  explicit NearMentions(const std::vector<Mention>& ms) : ms_(ms) {
    sorted_ = std::is_sorted(ms.begin(), ms.end(),
                             [](const Mention& a, const Mention& b) { return a.begin_token < b.begin_token; });
    for (const Mention& m : ms) longest_ = std::max(longest_, m.end_token - std::min(m.begin_token, m.end_token));
  }

  // Mentions starting at a token in [from, to] (all of them when the mentions are not sorted).
  std::span<const Mention> StartingIn(size_t from, size_t to) const {
    if (!sorted_) {
      work_count.mentions_visited += ms_.size();
      return {ms_.data(), ms_.size()};
    }
    auto b = std::partition_point(ms_.begin(), ms_.end(), [&](const Mention& m) { return m.begin_token < from; });
    auto e = std::partition_point(b, ms_.end(), [&](const Mention& m) { return m.begin_token <= to; });
    work_count.mentions_visited += static_cast<uint64_t>(e - b);
    return {ms_.data() + (b - ms_.begin()), static_cast<size_t>(e - b)};  // data(): ms_ may be empty
  }
  // Mentions that may lie within `distance` tokens of tokens [begin, end).
  std::span<const Mention> Around(size_t begin, size_t end, size_t distance) const {
    const size_t reach = distance + longest_;
    return StartingIn(begin > reach ? begin - reach : 0, end + distance);
  }

 private:
  const std::vector<Mention>& ms_;
  bool sorted_ = true;
  size_t longest_ = 0;
};

// The subject of a venue that says where a name lies, not where something happened.
constexpr std::string_view kLocatedSubject = "located";

// True when every token of the sentence outside the mention is punctuation.
bool OnlyPunctuationAround(const TokenRange& t, const Mention& m) {
  for (size_t i = t.begin; i < t.end; ++i) {
    if ((i < m.begin_token || i >= m.end_token) && t.At(i).kind != TokenKind::kPunct) return false;
  }
  return true;
}

}  // namespace

std::vector<Claim> BuildClaims(const Language& lang, const Document& doc, size_t doc_index,
                               const AnalyzedText& text,
                               const std::vector<std::vector<Mention>>& mentions) {
  const size_t sentences = text.sentences.size();
  const std::optional<int64_t> published_day =
      doc.published ? std::optional<int64_t>(doc.published->DaysSinceEpoch()) : std::nullopt;
  // Venues first: venue claims come from them, and a name of unknown kind that is a venue is no
  // participant.
  std::vector<std::vector<VenueMention>> venues(sentences);
  size_t expected = 0;  // claims at most: venues and values
  for (size_t si = 0; si < sentences; ++si) {
    venues[si] = FindVenues(lang, text.SentenceTokens(text.sentences[si]), mentions[si]);
    expected += venues[si].size();
    for (const Mention& m : mentions[si]) {
      expected += m.kind == MentionKind::kDuration || m.kind == MentionKind::kQuantity ||
                  m.kind == MentionKind::kOrdinal || m.kind == MentionKind::kDate;
    }
  }
  std::vector<Claim> claims;
  claims.reserve(expected);
  // The sources a sentence gives (its claims carry them), and the names of unknown kind that are
  // no participants (its venue places and sources): found the first time a claim asks, as most
  // sentences have no claim and no claim looks back at them.
  struct Sources {
    bool found = false;
    std::vector<EntityRef> refs;           // every source of the sentence
    std::vector<AttributionCue> cues;      // the cues naming them, for each claim's own
    std::vector<size_t> not_participants;  // mention indices, sorted
  };
  std::vector<Sources> sources(sentences);
  auto sources_of = [&](size_t si) -> const Sources& {
    Sources& s = sources[si];
    if (s.found) return s;
    s.found = true;
    const std::vector<Mention>& ms = mentions[si];
    s.cues = FindAttributionCues(lang, text.SentenceTokens(text.sentences[si]), ms);
    s.refs = AllSources(lang, text.SentenceTokens(text.sentences[si]), ms, s.cues);
    // A pronoun as source ("Ella cifró en 12 los muertos"): the nearest named source before it in
    // its sentence, else in the sentences before it in its paragraph (the last one named there).
    ResolvePronounSources(
        [&](size_t token) -> std::optional<EntityRef> {
          if (auto r = LastSourceBefore(lang, ms, token)) return r;
          for (size_t p = si; p > 0; --p) {
            if (ParagraphBreakBetween(doc.bytes, text.sentences[p - 1].end, text.sentences[p].begin)) break;
            if (auto r = LastSourceBefore(lang, mentions[p - 1], SIZE_MAX)) return r;
          }
          return std::nullopt;
        },
        &s.cues, &s.refs);
    for (const auto& v : venues[si]) s.not_participants.insert(s.not_participants.end(), v.places.begin(), v.places.end());
    for (size_t k : IsoPlacesAfterCue(lang, text.SentenceTokens(text.sentences[si]), ms)) s.not_participants.push_back(k);
    std::vector<std::string_view> source_ids;
    for (const EntityRef& r : s.refs) source_ids.push_back(r.id);
    std::sort(source_ids.begin(), source_ids.end());
    for (size_t k = 0; k < ms.size(); ++k) {
      if (IsUnknownName(ms[k]) && std::binary_search(source_ids.begin(), source_ids.end(), std::string_view(ms[k].normalized))) {
        s.not_participants.push_back(k);
      }
    }
    std::sort(s.not_participants.begin(), s.not_participants.end());
    s.not_participants.erase(std::unique(s.not_participants.begin(), s.not_participants.end()), s.not_participants.end());
    return s;
  };
  ParticipantIds participant_ids(lang);
  // SentenceParticipants of the sentences asked about while building the current sentence's claims
  // (it and the ones before it in the participant window): kept until the next sentence.
  std::deque<SentenceParticipants> known_parts;
  std::vector<std::pair<size_t, std::vector<uint32_t>>> clause_numbers;  // sentence, ClauseNumbers
  auto sentence_participants = [&](size_t si, const Frame& frame, bool unknown) -> const SentenceParticipants& {
    for (const SentenceParticipants& p : known_parts) {
      if (p.sentence == si && p.frame == &frame && p.unknown == unknown) return p;
    }
    const TokenRange t = text.SentenceTokens(text.sentences[si]);
    auto numbers = std::find_if(clause_numbers.begin(), clause_numbers.end(), [&](const auto& c) { return c.first == si; });
    if (numbers == clause_numbers.end()) numbers = clause_numbers.insert(clause_numbers.end(), {si, ClauseNumbers(t)});
    const std::vector<uint32_t>& before = numbers->second;
    const std::vector<Mention>& ms = mentions[si];
    const std::vector<size_t>* not_participants = unknown ? &sources_of(si).not_participants : nullptr;
    SentenceParticipants p;
    p.sentence = si;
    p.frame = &frame;
    p.unknown = unknown;
    std::vector<std::pair<uint32_t, const std::string*>> in_clause;
    work_count.mentions_visited += ms.size();
    for (size_t k = 0; k < ms.size(); ++k) {
      const std::string* id = ParticipantOf(lang, participant_ids, frame, ms, k, not_participants, unknown);
      if (!id) continue;
      p.whole.push_back(id);
      const Mention& m = ms[k];
      if (m.begin_token < t.begin || m.end_token > t.end) continue;
      const uint32_t clause = before[m.begin_token - t.begin];
      if (before[m.end_token - t.begin] == clause) in_clause.emplace_back(clause, id);
    }
    SortDistinct(&p.whole);
    std::stable_sort(in_clause.begin(), in_clause.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [clause, id] : in_clause) {
      if (p.by_clause.empty() || p.by_clause.back().first != clause) p.by_clause.emplace_back(clause, IdList{});
      p.by_clause.back().second.push_back(id);
    }
    for (auto& [clause, ids] : p.by_clause) SortDistinct(&ids);
    known_parts.push_back(std::move(p));
    return known_parts.back();
  };
  auto participants_in = [&](size_t si, const Frame& frame, bool unknown) {
    return sentence_participants(si, frame, unknown).whole;
  };
  // Participants in the trigger's clause, then in the clauses before it, nearest first ("felicitó a
  // A y a B por el partido, que vieron 18.000 espectadores").
  auto clause_participants = [&](size_t si, const Frame& frame, const Mention& trigger, bool unknown) {
    const SentenceParticipants& p = sentence_participants(si, frame, unknown);
    const TokenRange t = text.SentenceTokens(text.sentences[si]);
    const auto& before = std::find_if(clause_numbers.begin(), clause_numbers.end(), [&](const auto& c) { return c.first == si; })->second;
    const IdList* parts = p.NearestClause(before[trigger.begin_token - t.begin]);
    return parts ? *parts : IdList{};
  };
  // Participants: gazetteer entities of the trigger's clauses, else its sentence, else the
  // sentences before it; only when none is found, names of unknown kind, in the same order.
  auto plain_participants = [&](size_t si, const Frame& frame, const Mention& trigger) {
    IdList parts;
    for (bool unknown : {false, true}) {
      parts = clause_participants(si, frame, trigger, unknown);
      if (parts.empty()) parts = participants_in(si, frame, unknown);
      for (int back = 1; parts.empty() && back <= lang.participant_window && static_cast<long>(si) - back >= 0; ++back) {
        parts = participants_in(si - static_cast<size_t>(back), frame, unknown);
      }
      if (!parts.empty()) break;
    }
    return parts;
  };
  // A trigger that refers back ("la anterior visita") and whose clauses name nobody takes the
  // participants of the nearest earlier trigger of its frame, not the other people of its sentence.
  auto find_participants = [&](size_t si, const Frame& frame, const Mention& trigger) {
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
  // The participants of a frame and trigger, found once: the values of a sentence often share
  // their trigger. `asked` holds the answers for the current sentence `asked_in`.
  struct Asked {
    const Frame* frame;
    const Mention* trigger;
    IdList parts;
  };
  std::vector<Asked> asked;
  size_t asked_in = static_cast<size_t>(-1);
  auto participants_of = [&](size_t si, const Frame& frame, const Mention& trigger) -> const IdList& {
    if (si != asked_in) {
      asked.clear();
      known_parts.clear();
      clause_numbers.clear();
      asked_in = si;
    }
    for (const Asked& a : asked) {
      if (a.frame == &frame && a.trigger == &trigger) return a.parts;
    }
    asked.push_back({&frame, &trigger, find_participants(si, frame, trigger)});
    return asked.back().parts;
  };
  // A claim quoting tokens [first, end) of sentence si, about `frame`.
  auto make_claim = [&](size_t si, size_t first, size_t end, const Frame& frame, const Mention& trigger) {
    const Sentence& sentence = text.sentences[si];
    Claim c = ClaimFromTokens(doc, doc_index, text, sentence, first, end);
    c.frame = frame.id;
    const IdList& parts = participants_of(si, frame, trigger);
    c.participants.reserve(parts.size());
    for (const std::string* id : parts) c.participants.push_back(*id);
    const Sources& src = sources_of(si);
    c.attribution = src.cues.size() > 1 ? SourcesOfSpan(src.cues, first, end) : src.refs;
    return c;
  };
  auto by_offset = [](const Claim& a, const Claim& b) { return a.offset < b.offset; };
  ArticlePlaces places;  // names the article puts after a scope preposition (claims/measure_claims.h)
  for (size_t si = 0; si < sentences; ++si) LearnArticlePlaces(lang, text.SentenceTokens(text.sentences[si]), mentions[si], &places);
  // The moment of the last heading of the paragraph ("Martes, 7.15."): the time of the figures of
  // the sentences after it that name none themselves (claims/figure_moment.h HeadingMoment).
  StatedMoment heading;
  for (size_t si = 0; si < sentences; ++si) {
    const Sentence& sentence = text.sentences[si];
    const TokenRange t = text.SentenceTokens(sentence);
    const auto& ms = mentions[si];
    const size_t sentence_claims = claims.size();
    if (si > 0 && ParagraphBreakBetween(doc.bytes, text.sentences[si - 1].end, sentence.begin)) heading = StatedMoment{};
    if (const StatedMoment here = HeadingMoment(lang, t, ms); !here.empty()) heading = here;
    std::vector<size_t> fallback_venues;  // claims of this sentence: venues of the fallback frame
    for (const VenueMention& v : venues[si]) {
      if (v.fallback) fallback_venues.push_back(claims.size());
      const Mention& trigger = ms[v.trigger];
      const Frame& frame = v.fallback ? lang.frames[static_cast<size_t>(lang.fallback_frame)]
                                      : lang.frames[static_cast<size_t>(trigger.ref)];
      Claim c = make_claim(si, v.begin_token, v.end_token, frame, trigger);
      c.slot = "venue";
      c.venue = VenueChain(lang, ms, v);
      c.value = c.venue.front().id;
      c.interval = Interval::Point(0);
      // Where a name lies, compared only with where other articles say it lies.
      if (v.located) c.subject = kLocatedSubject;
      claims.push_back(std::move(c));
    }
    // States of an action ("cierra para siempre"): values of a categorical measure of the fallback
    // frame, whose participants are the names around them; the action is the subject
    // (claims/state_finder.h).
    const std::vector<StateMention> states = FindStates(lang, t);
    const Frame* state_frame = states.empty() ? nullptr : FallbackFrameOf(lang, "state");
    std::vector<Mention> state_anchors;  // stand in for a trigger: participants_of keeps their addresses
    state_anchors.reserve(states.size());
    for (const StateMention& s : states) {
      if (!state_frame) break;
      Mention& anchor = state_anchors.emplace_back();
      anchor.begin_token = s.begin_token;
      anchor.end_token = s.end_token;
      Claim c = make_claim(si, s.begin_token, s.end_token, *state_frame, anchor);
      if (c.participants.empty()) continue;  // whose action it is is unsaid
      const StateMeasure& measure = lang.states.measures[s.measure];
      c.slot = "state";
      c.measure = measure.id;
      c.subject = "action:" + s.action;
      c.value = measure.values[s.value];
      c.interval = Interval::Point(0);
      claims.push_back(std::move(c));
    }
    const NearMentions near(ms);
    const size_t reach = static_cast<size_t>(std::max(lang.max_trigger_distance, 0));
    size_t first_ordinal_end = static_cast<size_t>(-1);
    for (const Mention& o : ms) {
      if (o.kind == MentionKind::kOrdinal) first_ordinal_end = std::min(first_ordinal_end, o.end_token);
    }
    std::vector<std::pair<std::string, const Frame*>> fallback_for_slot;  // FallbackFrameFor, asked once per slot
    bool corrects = false;  // the sentence corrects its timed figures, read with the first of them
    bool correction_read = false;
    for (const Mention& m : ms) {
      std::string slot = SlotOf(lang, t, first_ordinal_end, m);
      // A bare number that restates a figure given before ("eleva la cifra a cerca de 200") is a
      // figure of it, when one is found (below).
      const bool bare_restated = slot.empty() && (m.kind == MentionKind::kNumber || m.kind == MentionKind::kRange) &&
                                 RestatesFigure(lang, t, m);
      if (bare_restated) slot = "quantity";
      if (slot.empty()) continue;
      // A date that is its whole sentence (the dateline under a title: "May 28, 2009", "28 de mayo
      // del 2009") dates the article, not an event it tells.
      if (m.kind == MentionKind::kDate && OnlyPunctuationAround(t, m)) continue;
      // The trigger: nearest in the sentence whose frame takes this slot. An ordinal must stand
      // right before its trigger ("segunda visita") or stand alone after it ("..., la primera en").
      const Mention* best = nullptr;
      long best_dist = 0;
      bool dated_elsewhere = false;  // a trigger within reach was left: another date of the sentence is its
      for (const Mention& tr : near.Around(m.begin_token, m.end_token, reach)) {
        if (tr.kind != MentionKind::kTrigger) continue;
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
        // A trigger after the value across a coordinator ("met in Tallinn on Wednesday and signed
        // a fund") is another predicate's: any trigger before the value within reach comes first.
        if (tr.begin_token >= m.end_token) {
          for (size_t i = m.end_token; i < tr.begin_token; ++i) {
            if (lang.measures.scope_coordinators.Contains(t, i)) {
              dist += static_cast<long>(reach) + 1;
              break;
            }
          }
        }
        if (m.kind == MentionKind::kDate &&
            !DateMayAttach(near.Around(std::min(m.begin_token, tr.begin_token), std::max(m.end_token, tr.end_token), reach),
                           m, tr)) {
          dated_elsewhere = true;
          continue;
        }
        // Prefer the trigger before the value on ties ("visita ... en 24 años").
        if (!best || dist < best_dist || (dist == best_dist && tr.begin_token < m.begin_token)) {
          best = &tr;
          best_dist = dist;
        }
      }
      const Frame* frame_of_value = nullptr;
      if (best) {
        frame_of_value = &lang.frames[static_cast<size_t>(best->ref)];
      } else if (dated_elsewhere) {
        // The sentence's trigger has its own date ("firma hasta 2031 y pasará el reconocimiento
        // médico el martes 7 de julio"): this date is of another happening the frames do not name.
        frame_of_value = FallbackFrameOf(lang, slot);
      } else {
        auto known = std::find_if(fallback_for_slot.begin(), fallback_for_slot.end(), [&](const auto& f) { return f.first == slot; });
        if (known == fallback_for_slot.end()) known = fallback_for_slot.insert(known, {slot, FallbackFrameFor(lang, ms, slot)});
        frame_of_value = known->second;
      }
      if (!frame_of_value) continue;
      const Frame& frame = *frame_of_value;
      // "los dos líderes" of a trigger's frame refers back: only the fallback frame's counts take the
      // general count's measure (claims/counted_noun_phrase.h), which let it through SlotOf.
      if (!frame.fallback && m.measure >= 0 && CountsNounPhrase(lang.measures.measures[static_cast<size_t>(m.measure)]) &&
          SlotOf(lang, t, first_ordinal_end, UnmeasuredCopy(m)).empty()) {
        continue;
      }
      // With the fallback frame the value stands in for the trigger: its clause gives the participants.
      if (!best) best = &m;
      // A cued slot quotes its cue too: "en 24 años".
      size_t first_token = m.begin_token;
      if (const SlotCue* cue = FindCue(lang, slot); cue && !cue->preceded_by.empty() && !IsSinceDate(m)) {
        first_token = m.begin_token - 1;
      }
      Claim c = make_claim(si, first_token, m.end_token, frame, *best);
      c.slot = slot;
      c.unit = m.unit;
      c.value = m.normalized;
      c.hedge = m.hedge;
      c.vague = m.vague;
      c.interval = m.interval;
      // A since-date given as the time since the previous occurrence: that time, in seconds.
      if (IsSinceDate(m) && slot != "date") {
        if (!SinceDateSpan(m, &c.interval, &c.value)) continue;
        c.unit = "day";
      }
      ApplyMeasure(lang, t, ms, m, frame, places, &c);  // claims/measure_claims.h
      // What a date is the date of, kept for event linking (claims/happening_dates.h).
      if (c.slot == "date" && c.subject.empty()) {
        if (std::string happening = DateHappening(lang, t, ms, m); !happening.empty()) {
          c.subject.assign(kDateOfPrefix).append(happening);
        }
      }
      // "eleva la cifra a cerca de 200": a value with no measure of its own that restates a figure
      // given before counts what the nearest figure before it counts, in this sentence or the one
      // before it (claims/figure_moment.h).
      // A value with a unit restates the nearest figure of that unit ("el IGN lo situó a 10
      // kilómetros de profundidad; el USGS, a 14 kilómetros": the depth, not a distance).
      if (c.slot == "quantity" && (c.measure.empty() || !c.unit.empty()) && RestatesFigure(lang, t, m)) {
        if (const Claim* before = RestatedFigure(lang, claims, text.sentences[si >= 1 ? si - 1 : 0].begin, c)) {
          c.measure = before->measure;
          c.subject = before->subject;
          c.scope = before->scope;
          c.unit = before->unit;
          c.compared = before->compared;
          if (bare_restated && !c.unit.empty()) c.value += " " + c.unit;  // as a quantity's value reads
        }
      }
      if (bare_restated && c.measure.empty()) continue;
      // A subset, a period's total, another time's or occasion's figure, a comparison
      // (claims/figure_qualifier.h): compared only with its own kind, or never.
      const Measure* measure = c.measure.empty() ? nullptr : lang.measures.Find(c.measure);
      if (measure && (c.slot == "quantity" || c.slot == "duration")) {
        const FigureQualifier q =
            FindFigureQualifier(lang, t, ms, m, measure->cumulative || measure->current, published_day);
        if (q.dropped) c.compared = false;
        if (!q.key.empty()) c.subject += "#" + q.key;
        c.current = q.current;
        if (q.held_at_name) c.scope.clear();
      }
      // A figure said to have changed, or (for a figure that does not only grow: a share of the
      // vote) said to be of a count still going on, moves (claims/figure_moment.h).
      if (measure) c.changed = SaysChange(lang, t, m) || (!measure->cumulative && SaysProvisional(lang, t));
      if (measure && (measure->cumulative || measure->current)) {
        // A figure that moves over time: when its sentence says it was given, and whether it
        // corrects an earlier one (claims/figure_moment.h; the correction read once per sentence).
        StatedMoment moment = FindStatedMoment(lang, t, ms, m);
        if (moment.empty()) moment = heading;
        if (!correction_read) {
          corrects = SaysCorrection(lang, t);
          correction_read = true;
        }
        c.stated_day = moment.day;
        c.stated_minute = moment.minute;
        c.corrects = corrects;
        // A toll given as it stands so far ("hasta el momento", "la cifra podría aumentar", "so
        // far") is an open count: it may still rise, so it reads as a lower bound, like "al menos"
        // (a count above it agrees; a later count below it is still a conflict). A count that moves
        // either way (the missing), a hedged figure and a count of none ("por el momento no hay
        // detenidos": nobody yet, which a count of the same moment contradicts) keep their interval.
        if (measure->cumulative && !measure->current && !c.current && c.hedge.empty() && c.interval.IsPoint() &&
            c.interval.lo > 0 && SaysOpenCount(lang, t)) {
          c.interval = Interval::AtLeast(c.interval.lo);
        }
      }
      claims.push_back(std::move(c));
    }
    // A venue of the fallback frame is where the sentence's nearest figure happened: "el
    // jornalero de 51 años fallecido el lunes en Lucena" and "46,8 grados, se registró el lunes en
    // Montoro" are two happenings of one day, not two places for one. Its subject is that figure's
    // measure family, else its unit; a venue stated with no figure keeps no subject.
    for (size_t v : fallback_venues) {
      if (claims[v].subject == kLocatedSubject) continue;
      const Claim* nearest = nullptr;
      size_t nearest_gap = 0;
      for (size_t k = sentence_claims; k < claims.size(); ++k) {
        const Claim& other = claims[k];
        if (other.slot != "quantity" && other.slot != "duration") continue;
        if (other.measure.empty() && other.unit.empty()) continue;
        const size_t gap = other.offset > claims[v].offset ? other.offset - claims[v].offset : claims[v].offset - other.offset;
        if (!nearest || gap < nearest_gap) {
          nearest = &other;
          nearest_gap = gap;
        }
      }
      if (!nearest) continue;
      const Measure* measure = nearest->measure.empty() ? nullptr : lang.measures.Find(nearest->measure);
      claims[v].subject = measure ? "happening:" + measure->family : "happening:unit:" + nearest->unit;
    }
    // Text order within the sentence (venue claims came first), stably; the sentences are in order.
    const auto from = claims.begin() + static_cast<long>(sentence_claims);
    if (!std::is_sorted(from, claims.end(), by_offset)) std::stable_sort(from, claims.end(), by_offset);
  }
  // A moment's subset ("murieron durante la travesía") is one only beside another figure of the
  // same measure (claims/figure_qualifier.h).
  KeepMomentSubsetsApart(&claims);
  // Text order: positions sorted (stably), then each claim moved once; a Claim is large to move.
  if (std::is_sorted(claims.begin(), claims.end(), by_offset)) return claims;
  std::vector<size_t> order(claims.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return claims[a].offset < claims[b].offset; });
  std::vector<Claim> sorted;
  sorted.reserve(claims.size());
  for (size_t k : order) sorted.push_back(std::move(claims[k]));
  return sorted;
}

}  // namespace contraste
