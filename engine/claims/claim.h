// A claim: one article says that a slot of an event has a value. (event, slot, value, hedge,
// provenance.)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/interval.h"

namespace contraste {

// An entity as a claim carries it: enough to show and compare it without the gazetteer.
struct EntityRef {
  std::string id;    // gazetteer id, or "name:<words>" for a name of unknown kind
  std::string name;  // display name: the gazetteer name, or the name as written
  std::string kind;  // gazetteer kind ("palace"), or "unknown"
  std::string level = "";  // a place's granularity: its kind's ancestor right under "place" ("site"), or empty
};

struct Claim {
  // Provenance.
  size_t doc = 0;              // index into the analysed documents
  std::string quote;           // exact source bytes of the value with its hedge and noun
  size_t offset = 0;           // byte offset of `quote` in the file
  size_t length = 0;
  size_t sentence_offset = 0;  // the sentence, as byte span of the file
  size_t sentence_length = 0;
  int line = 0;                // 1-based position of `offset`
  int column = 0;

  // What it is about.
  std::string frame;                      // frame id: "meeting"
  std::vector<std::string> participants;  // entity ids, sorted
  std::string event;                      // linked event id, set by the event linker
  // For claims that only make sense inside one article (internal checks): the group they are
  // compared in; the event linker keeps them apart from every other article.
  std::string local_event;
  std::string event_label;                // short human label of the event
  std::string story;                      // its document's story (stories/story_grouping.h)

  // When the figure was true and what it counts over time (claims/figure_time.h): minutes since
  // 1970-01-01 (the moment its sentence gives, else its document's publication; kUnknownTime
  // without either); a count that moves over time (a toll, which only grows, or a current count
  // such as the missing, which moves either way); its sentence says it corrects an earlier figure.
  static constexpr int64_t kUnknownTime = INT64_MIN;
  int64_t when = kUnknownTime;
  bool cumulative = false;
  bool current = false;  // with `cumulative`: it moves either way, any later value is an update
  bool corrects = false;
  // Its sentence says the figure changed to this value ("la inversión sube a 142,3 millones"): a
  // figure of another moment is the value before or after the change, not a conflict.
  bool changed = false;
  // The moment its sentence gives the count at (claims/figure_moment.h): a day since 1970-01-01
  // (kUnknownTime: none) and a minute of the day (-1: none).
  int64_t stated_day = kUnknownTime;
  int stated_minute = -1;
  // What the value is of is unsaid (a date of the fallback frame): it may agree with other claims,
  // never conflict with them (graph/comparison_gates.h).
  bool agree_only = false;
  std::string slot;                       // "duration", "since_previous", "quantity", "ordinal"
  std::string unit;                       // what is counted ("contenedor") or the duration unit

  // The value.
  std::string value;    // normalized: "PT1H30M", "10000 contenedor", "1"
  std::string hedge;    // hedge id or empty
  bool vague = false;
  Interval interval;    // in base units (seconds, items)

  // What the value counts and whose, where (claims/measure_claims.h); empty when unknown.
  std::string measure;  // measure id of rules/<lang>/measures.yaml: "deaths", "vote_share", "age"
  std::string subject;  // whose figure: an entity id ("name:pablo lemus"), or "noun:<lemma>" ("noun:acusado")
  std::string scope;    // where it counts: a place's entity id ("name:paiporta")
  // False for a claim that is listed but never compared: a quantity or duration of the fallback
  // frame, or a percentage, with no measure (what it counts is unsaid).
  bool compared = true;

  // Who and where (claims/venue_finder.h, claims/attribution_finder.h).
  std::vector<EntityRef> venue;        // slot "venue": the place, then the places it lies in
  std::vector<EntityRef> attribution;  // sources the sentence gives for it ("según TASS"), in order

  // Comparison key: claims are compared only within the same event, slot, counted thing, measure,
  // subject and scope.
  std::string CompareKey() const;
  // The counted thing of the key: a quantity's noun or unit; empty for every other slot
  // (durations of any unit compare with each other).
  std::string_view CompareUnit() const { return slot == "quantity" ? std::string_view(unit) : std::string_view(); }
  // Bytes between this claim's quote and the span [begin, end) of the same file (0 when they
  // overlap): how near a date stands to a figure (claims/event_time.cc, claims/event_linker.cc).
  size_t BytesTo(size_t begin, size_t end) const {
    const size_t quote_end = offset + length;
    return begin >= quote_end ? begin - quote_end : end <= offset ? offset - end : 0;
  }
};

}  // namespace contraste
