// Typed mentions: what the recognizers find in a sentence, before any claim is made.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/interval.h"
#include "extract/time/temporal_expression.h"

namespace contraste {

enum class MentionKind {
  kNumber,    // a bare number or vague amount with nothing counted after it
  kOrdinal,   // primera, 2º
  kYear,      // 2024 read as a year
  kDayOfMonth,  // 19 in "19 de junio"
  kQuantity,  // number + counted noun or unit: "más de 10.000 contenedores"
  kDuration,  // number + duration unit: "unos 90 minutos"
  kEntity,    // a gazetteer entity (person, place, organisation) or a capitalized name
  kTrigger,   // a frame trigger word: cumbre, visita
  kDate,      // a temporal expression: "el 21 de marzo", "este miércoles" (extract/date_mentions.h)
  kRange,     // a range of numbers: "entre 20 y 30", "más de 100"; normalized "[20,30)" (extract/number_range_recognizer.h)
  // Recognized so that every number is read, never claimed: the words are more often something
  // else. kWeakNumber: "un"/"una"/"uno" alone (an article), a fraction whose numerator is "un"
  // ("un cuarto", "un medio": a room, a medium) or in digits ("3/4", which may be a date).
  // kWeakOrdinal: a plural ordinal ("los primeros días") or a relative one ("la última vez",
  // normalized "end+0", "current+1").
  kWeakNumber,
  kWeakOrdinal,
};

const char* MentionKindName(MentionKind kind);

struct Mention {
  MentionKind kind = MentionKind::kNumber;
  size_t begin_token = 0;  // the whole mention, hedge and noun included: tokens [begin, end)
  size_t end_token = 0;
  size_t number_token = 0;  // first token of the number itself (after the hedge)

  double amount = 0;        // the stated number (90 for "unos 90 minutos"; 0 for vague amounts)
  Interval interval;        // what the text allows, in base units (seconds, items), hedge applied
  std::string hedge;        // hedge id ("approx", "above"...), empty when exact
  bool vague = false;       // "miles", "decenas"
  std::string unit;         // duration unit id, measure id or lemma of the counted noun
  std::string normalized;   // "PT1H30M", "10000", "1"; kDate: "2024-06-19" once resolved, else ""
  int ref = -1;             // entity index (kEntity) or frame index (kTrigger); -1 for a name
                            // of unknown kind (normalized "name:<key words>")
  std::string surface;      // kEntity of unknown kind: the name as written in the source; of an
                            // iso-codes place: its id as a name of unknown kind ("name:granada"),
                            // under which it takes part in events (claims/claim_builder.cc)
  TemporalExpression temporal;  // kDate: what the text gives; interval = days since 1970-01-01
  int measure = -1;         // what the value counts: index into Language::measures.measures, or -1
                            // (set by claims/measure_finder.h)
};

// Orders mentions by first token, those that start at the same token kept in their order (a
// stable sort). A Mention is large: this sorts indices (an insertion sort: a sentence holds a few
// dozen mentions in a few sorted runs) and then moves each mention once, in place, cycle by
// cycle; it allocates only for more than kSortOnStack mentions, and does nothing when the
// mentions are in order already.
inline void SortByFirstToken(std::vector<Mention>* mentions) {
  std::vector<Mention>& m = *mentions;
  auto by_first = [](const Mention& a, const Mention& b) { return a.begin_token < b.begin_token; };
  if (std::is_sorted(m.begin(), m.end(), by_first)) return;
  constexpr size_t kSortOnStack = 64;
  uint32_t on_stack[kSortOnStack];
  std::vector<uint32_t> on_heap;
  uint32_t* order = on_stack;
  if (m.size() > kSortOnStack) {
    on_heap.resize(m.size());
    order = on_heap.data();
  }
  const uint32_t n = static_cast<uint32_t>(m.size());
  for (uint32_t k = 0; k < n; ++k) {
    uint32_t j = k;  // insert k after every index whose mention starts no later
    for (; j > 0 && m[order[j - 1]].begin_token > m[k].begin_token; --j) order[j] = order[j - 1];
    order[j] = k;
  }
  // Position k takes the mention at order[k]; a position done is marked order[k] == k.
  for (uint32_t k = 0; k < n; ++k) {
    if (order[k] == k) continue;
    Mention held = std::move(m[k]);
    uint32_t j = k;
    while (order[j] != k) {
      const uint32_t from = order[j];
      m[j] = std::move(m[from]);
      order[j] = j;
      j = from;
    }
    m[j] = std::move(held);
    order[j] = j;
  }
}

}  // namespace contraste
