#include "claims/venue_finder.h"

#include <algorithm>

#include "claims/clause.h"
#include "claims/fallback_frame.h"
#include "claims/place_phrases.h"
#include "extract/names/entity_matcher.h"

namespace contraste {

namespace {

bool IsBreak(const TokenRange& t, size_t i) {
  if (t.At(i).kind != TokenKind::kPunct) return false;
  std::string_view p = t.Text(i);
  return p == "," || p == ";" || p == ":" || p == "." || p == "(" || p == ")";
}

bool IsWord(const TokenRange& t, size_t i, const WordSet& set) {
  return i < t.end && t.At(i).kind == TokenKind::kWord && set.Contains(t, i);
}

// Whether a trigger's reach [from, to) is ended by a blocker word or a break other than a comma:
// a phrase preposition's venue may be set off by commas ("en la autovía A-62, a la altura de
// Tordesillas").
bool BlockedPastCommas(const Language& lang, const TokenRange& t, size_t from, size_t to) {
  for (size_t j = from; j < to; ++j) {
    if ((IsBreak(t, j) && t.Text(j) != ",") || IsWord(t, j, lang.venues.blockers)) return true;
  }
  return false;
}

// Index of the entity mention that starts at token `at`, or -1.
long EntityAt(const std::vector<Mention>& ms, size_t at) {
  for (size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].kind == MentionKind::kEntity && ms[k].begin_token == at) return static_cast<long>(k);
  }
  return -1;
}

bool IsPlaceMention(const Language& lang, const Mention& m) { return IsVenueKind(lang, EntityKindOf(lang, m)); }

// The place after a venue preposition at token p: [article] place, or [article] place noun
// [links] name of unknown kind ("en el estadio Los Pinos", "en la plaza del Pilar"). No name that
// media words mark ("en la cadena SER", "en Aragón Radio"). Returns the mention index and sets
// `phrase_begin` (the noun, or the place).
long PlaceAfter(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, size_t p,
                size_t* phrase_begin) {
  size_t i = p + 1;
  if (IsWord(t, i, lang.venues.articles) && EntityAt(ms, i) < 0) ++i;  // "en Los Pinos" keeps its "Los"
  if (i >= t.end) return -1;
  long k = EntityAt(ms, i);
  if (k >= 0) {
    *phrase_begin = i;
    const Mention& m = ms[static_cast<size_t>(k)];
    return IsPlaceMention(lang, m) && !IsMediaName(lang, t, m) ? k : -1;
  }
  if (t.At(i).kind != TokenKind::kWord || !lang.places.nouns.count(std::string(t.Text(i)))) return -1;
  size_t j = i + 1;
  for (int links = 0; links < 2 && EntityAt(ms, j) < 0 && IsWord(t, j, lang.places.noun_links); ++links) ++j;
  k = EntityAt(ms, j);
  if (k < 0 || !IsUnknownName(ms[static_cast<size_t>(k)]) || IsMediaName(lang, t, ms[static_cast<size_t>(k)])) return -1;
  *phrase_begin = i;
  return k;
}

// A place named by its kind alone after a venue preposition at token p: [article] noun, with no
// name right after the noun ("en un aeropuerto de Pyongyang"). Sets the noun's token and kind.
bool UnnamedPlaceAfter(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, size_t p,
                       size_t* noun, std::string* kind) {
  size_t i = p + 1;
  if (IsWord(t, i, lang.venues.articles)) ++i;
  if (i >= t.end || t.At(i).kind != TokenKind::kWord || EntityAt(ms, i) >= 0) return false;
  auto it = lang.venues.unnamed_places.find(std::string(t.Text(i)));
  if (it == lang.venues.unnamed_places.end()) return false;
  if (long next = EntityAt(ms, i + 1); next >= 0 && IsUnknownName(ms[static_cast<size_t>(next)])) return false;
  *noun = i;
  *kind = it->second;
  return true;
}

}  // namespace

bool IsVenueKind(const Language& lang, const std::string& kind) {
  if (kind == "unknown") return true;
  if (!lang.kinds.IsA(kind, "place")) return false;
  for (const auto& coarse : lang.venues.not_venue_kinds) {
    if (lang.kinds.IsA(kind, coarse)) return false;
  }
  return true;
}

std::vector<VenueMention> FindVenues(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms) {
  std::vector<VenueMention> out;
  if (lang.venues.prepositions.empty()) return out;
  size_t consumed_until = t.begin;  // tokens already read as part of a venue phrase
  // Whether the fallback frame takes this sentence's venues; asked only when a named place has no trigger.
  int fallback_takes_venue = -1;
  // Triggers whose frame takes a venue, in mention order.
  const std::string venue_slot = "venue";
  std::vector<size_t> venue_triggers;
  for (size_t k = 0; k < ms.size(); ++k) {
    if (ms[k].kind == MentionKind::kTrigger && lang.frames[static_cast<size_t>(ms[k].ref)].Accepts(venue_slot)) {
      venue_triggers.push_back(k);
    }
  }
  // Whether each token ends a trigger's reach (a clause break or a blocker word): decided the first
  // time a trigger is checked across it, then remembered for the other triggers and prepositions.
  std::vector<int8_t> stop_at;  // -1 undecided, else 0 or 1; index token - t.begin
  auto blocked = [&](size_t from, size_t to) {
    if (stop_at.empty()) stop_at.assign(t.end - t.begin, -1);
    for (size_t j = from; j < to; ++j) {
      int8_t& stop = stop_at[j - t.begin];
      if (stop < 0) stop = (IsBreak(t, j) || IsWord(t, j, lang.venues.blockers)) ? 1 : 0;
      if (stop) return true;
    }
    return false;
  };
  // Only a preposition with a place after it starts a venue: an entity mention one to three tokens
  // after it (PlaceAfter), or a noun of `unnamed_places` that a trigger reaches. Prepositions are
  // looked up only there (`may_start`, by token - t.begin).
  std::vector<uint8_t> may_start;
  auto mark = [&](size_t from, size_t to) {  // tokens [from, to), clipped to the sentence
    from = std::max(from, t.begin);
    to = std::min(to, t.end);
    if (from >= to) return;
    if (may_start.empty()) may_start.assign(t.end - t.begin, 0);
    std::fill(may_start.begin() + static_cast<long>(from - t.begin), may_start.begin() + static_cast<long>(to - t.begin), 1);
  };
  for (const Mention& m : ms) {
    if (m.kind == MentionKind::kEntity) mark(m.begin_token >= 3 ? m.begin_token - 3 : 0, m.begin_token);
  }
  if (lang.venues.max_distance >= 0) {
    for (size_t k : venue_triggers) {
      mark(ms[k].end_token, ms[k].end_token + static_cast<size_t>(lang.venues.max_distance) + 1);
    }
  }
  if (may_start.empty()) return out;
  for (size_t p = t.begin; p < t.end; ++p) {
    if (p < consumed_until) continue;
    // The preposition's last token: the last of a phrase preposition (looked up at every token: it
    // stands further from its place than `may_start` reaches), or a word of `prepositions`.
    size_t last = p;
    PhraseTable::Match phrase{};
    const bool phrase_preposition = lang.venues.phrase_prepositions.LongestAt(t, p, &phrase);
    if (phrase_preposition) {
      last = phrase.end - 1;
    } else if (!may_start[p - t.begin] || !IsWord(t, p, lang.venues.prepositions)) {
      continue;
    }
    size_t phrase_begin = 0;
    long place = PlaceAfter(lang, t, ms, last, &phrase_begin);
    std::string unnamed_kind;
    if (place < 0 && !UnnamedPlaceAfter(lang, t, ms, last, &phrase_begin, &unnamed_kind)) continue;
    // Where a name lies ("ubicado en Pachuca") is no venue of a trigger.
    PhraseTable::Match located_word{};
    size_t located_begin = 0;
    const bool located = place >= 0 && p > t.begin && lang.venues.located.LongestEndingAt(t, p, &located_word, &located_begin);
    // The trigger: the nearest before the preposition, in the same clause, with no blocker between
    // (a phrase preposition's venue may stand after a comma: only other breaks and blockers end it).
    long trigger = -1;
    for (size_t k : venue_triggers) {
      if (located) break;
      const Mention& tr = ms[k];
      if (tr.end_token > p) continue;
      if (static_cast<long>(p - tr.end_token) > lang.venues.max_distance) continue;
      if (phrase_preposition ? BlockedPastCommas(lang, t, tr.end_token, p) : blocked(tr.end_token, p)) continue;
      if (trigger < 0 || tr.end_token > ms[static_cast<size_t>(trigger)].end_token) trigger = static_cast<long>(k);
    }
    // The fallback frame takes named places only: "en la plaza" alone says too little.
    if (trigger < 0 && place >= 0 && fallback_takes_venue < 0) {
      fallback_takes_venue = FallbackFrameFor(lang, ms, venue_slot) != nullptr ? 1 : 0;
    }
    bool fallback = trigger < 0 && place >= 0 && fallback_takes_venue == 1;
    if (located) fallback = FallbackFrameOf(lang, venue_slot) != nullptr;
    if (fallback && !located && !lang.venues.subordinate_openers.empty()) {
      // "Nada más pitar el final el árbitro en Sevilla, miles salieron a la calle": the place of a
      // clause that opens as a subordinate one sets another predicate, not the event told.
      PhraseTable::Match opener;
      fallback = !lang.venues.subordinate_openers.LongestAt(t, ClauseAround(t, p).first, &opener);
    }
    if (trigger < 0 && !fallback) continue;
    VenueMention v;
    v.trigger = fallback ? static_cast<size_t>(place) : static_cast<size_t>(trigger);
    v.fallback = fallback;
    v.located = located;
    v.begin_token = phrase_begin;
    size_t end = phrase_begin + 1;
    if (place >= 0) {
      v.places.push_back(static_cast<size_t>(place));
      end = ms[static_cast<size_t>(place)].end_token;
      if (IsUnknownName(ms[static_cast<size_t>(place)])) v.noun_kind = NounKindOf(lang, t, ms[static_cast<size_t>(place)]);
    } else {
      v.unnamed_kind = unnamed_kind;
      v.unnamed_noun = std::string(t.Text(phrase_begin));
    }
    // Larger places written after it: "de Pionyang", "en Pionyang", "en el corazón de" is not one.
    while (IsWord(t, end, lang.venues.links)) {
      size_t i = end + 1;
      if (IsWord(t, i, lang.venues.articles)) ++i;
      long k = EntityAt(ms, i);
      if (k < 0 || !lang.kinds.IsA(EntityKindOf(lang, ms[static_cast<size_t>(k)]), "place")) {
        if (k < 0 || !IsUnknownName(ms[static_cast<size_t>(k)])) break;
      }
      v.places.push_back(static_cast<size_t>(k));
      end = ms[static_cast<size_t>(k)].end_token;
    }
    v.end_token = end;
    consumed_until = end;
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<size_t> IsoPlacesAfterCue(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms) {
  std::vector<size_t> out;
  for (size_t k = 0; k < ms.size(); ++k) {
    const Entity* e = EntityOf(lang, ms[k]);
    if (!e || !e->capitalized_only) continue;
    size_t b = ms[k].begin_token;
    if (b > t.begin && IsWord(t, b - 1, lang.venues.articles)) --b;
    if (b > t.begin && IsWord(t, b - 1, lang.venues.prepositions)) out.push_back(k);
  }
  return out;
}

std::vector<EntityRef> VenueChain(const Language& lang, const std::vector<Mention>& ms, const VenueMention& v) {
  std::vector<EntityRef> chain;
  auto add = [&](EntityRef r) {
    for (const auto& c : chain) {
      if (c.id == r.id) return;
    }
    chain.push_back(std::move(r));
  };
  const bool unnamed = !v.unnamed_kind.empty();
  for (size_t k : v.places) {
    const Mention& m = ms[k];
    const Entity* e = EntityOf(lang, m);
    if (!e) {
      const bool named_by_noun = k == v.places.front() && !unnamed && !v.noun_kind.empty();
      add({m.normalized, m.surface, named_by_noun ? v.noun_kind : "unknown"});
      continue;
    }
    add({e->id, e->name, e->kind});
    // The gazetteer's containers of this place.
    for (const Entity* p = lang.FindEntity(e->part_of); p; p = lang.FindEntity(p->part_of)) {
      if (std::any_of(chain.begin(), chain.end(), [&](const EntityRef& c) { return c.id == p->id; })) break;
      add({p->id, p->name, p->kind});
    }
  }
  if (unnamed) {
    std::string in = chain.empty() ? "" : chain.front().id;
    chain.insert(chain.begin(), EntityRef{"unnamed:" + v.unnamed_kind + "@" + in, v.unnamed_noun, v.unnamed_kind});
  }
  for (EntityRef& r : chain) r.level = lang.kinds.LevelOf(r.kind, "place");
  return chain;
}

}  // namespace contraste
