// Typed mentions: what the recognizers find in a sentence, before any claim is made.
#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "core/interval.h"
#include "extract/temporal_expression.h"

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
  std::string surface;      // kEntity of unknown kind: the name as written in the source
  TemporalExpression temporal;  // kDate: what the text gives; interval = days since 1970-01-01
};

// Orders mentions by first token, those that start at the same token kept in their order (a
// stable sort). A Mention is large: this sorts indices and moves each mention once, and does
// nothing when the mentions are in order already.
inline void SortByFirstToken(std::vector<Mention>* mentions) {
  std::vector<Mention>& m = *mentions;
  auto by_first = [](const Mention& a, const Mention& b) { return a.begin_token < b.begin_token; };
  if (std::is_sorted(m.begin(), m.end(), by_first)) return;
  std::vector<uint32_t> order(m.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return m[a].begin_token < m[b].begin_token; });
  std::vector<Mention> sorted;
  sorted.reserve(m.size());
  for (uint32_t k : order) sorted.push_back(std::move(m[k]));
  m = std::move(sorted);
}

}  // namespace contraste
