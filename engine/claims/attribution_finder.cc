#include "claims/attribution_finder.h"

#include <fmt/format.h>

#include <algorithm>
#include <span>
#include <unordered_set>

#include "core/work_count.h"

#include "extract/names/entity_matcher.h"

namespace contraste {

namespace {

bool IsSourceKind(const Language& lang, const std::string& kind) {
  if (kind == "unknown") return true;
  return std::any_of(lang.attribution.source_kinds.begin(), lang.attribution.source_kinds.end(),
                     [&](const std::string& k) { return lang.kinds.IsA(kind, k); });
}

// Punctuation that ends the reach of an attribution: clause breaks, the sentence point and brackets.
bool IsAttributionBreak(const TokenRange& t, size_t i) {
  if (t.At(i).kind != TokenKind::kPunct) return false;
  std::string_view p = t.Text(i);
  return p == "," || p == ";" || p == ":" || p == "." || p == "(" || p == ")";
}

EntityRef RefOf(const Language& lang, const Mention& m) {
  if (const Entity* e = EntityOf(lang, m)) return {e->id, e->name, e->kind};
  return {m.normalized, m.surface, "unknown"};
}

// The entities of mentions `which` and the sources named by the nouns at tokens `nouns`, in text
// order, each id once. A noun's source is "noun:<id>" (attribution.yaml `source_noun_ids`, else the
// folded word; named by its folded word), of kind "unknown".
std::vector<EntityRef> RefsInTextOrder(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                                       const std::vector<size_t>& which, const std::vector<size_t>& nouns) {
  std::vector<std::pair<size_t, EntityRef>> at;  // (first token, source)
  for (size_t k : which) at.emplace_back(ms[k].begin_token, RefOf(lang, ms[k]));
  for (size_t j : nouns) {
    const std::string* id = lang.attribution.source_noun_ids.Find(t.Text(j));
    at.emplace_back(j, EntityRef{"noun:" + (id ? *id : std::string(t.Text(j))), std::string(t.Text(j)), "unknown"});
  }
  std::stable_sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<EntityRef> out;
  std::unordered_set<std::string> ids;
  for (auto& [token, r] : at) {
    if (ids.insert(r.id).second) out.push_back(std::move(r));
  }
  return out;
}

// A token of a figure: digits, or a mention that holds a number.
bool IsFigureAt(const TokenRange& t, const std::vector<Mention>& ms, const std::vector<size_t>& by_end, size_t j) {
  if (t.At(j).kind == TokenKind::kNumber) return true;
  auto b = std::partition_point(by_end.begin(), by_end.end(), [&](size_t k) { return ms[k].end_token <= j; });
  for (auto it = b; it != by_end.end(); ++it) {
    const Mention& m = ms[*it];
    if (m.begin_token > j || m.end_token <= j) continue;
    if (m.kind == MentionKind::kNumber || m.kind == MentionKind::kQuantity || m.kind == MentionKind::kRange ||
        m.kind == MentionKind::kDuration) {
      return true;
    }
  }
  return false;
}

// Whether a mention of a counted figure (a quantity, a duration, a range) starts at token `j`.
bool IsCountedFigureAt(const std::vector<Mention>& ms, const std::vector<size_t>& by_begin, size_t j) {
  auto b = std::partition_point(by_begin.begin(), by_begin.end(), [&](size_t k) { return ms[k].begin_token < j; });
  for (auto it = b; it != by_begin.end() && ms[*it].begin_token == j; ++it) {
    const MentionKind kind = ms[*it].kind;
    if (kind == MentionKind::kQuantity || kind == MentionKind::kDuration || kind == MentionKind::kRange) return true;
  }
  return false;
}

// The subject of the clause before the cue at token `cue` (see FindAttributionCues): scanning back
// from the cue over at most `window` tokens, the nearest source mention or source noun, unless a
// figure, a stop word or a clause break comes first. A comma right before the cue may close an
// apposition ("El alcalde de Pucón, Rodrigo Sáez, eleva"): its name, right before the comma, is read.
template <typename IsSource>
void SubjectBefore(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                   const std::vector<size_t>& by_end, size_t cue, IsSource&& source, AttributionCue* group) {
  const AttributionCues& cues = lang.attribution;
  if (cue <= t.begin) return;
  size_t j = cue;  // tokens [.., j) are still to read
  // The first source mention ending at token `end` that `fits`, taken as the subject.
  auto take_ending_at = [&](size_t end, auto&& fits) {
    for (auto it = std::partition_point(by_end.begin(), by_end.end(), [&](size_t m) { return ms[m].end_token < end; });
         it != by_end.end() && ms[*it].end_token == end; ++it) {
      if (fits(ms[*it]) && source(*it)) {
        group->mentions.push_back(*it);
        group->begin = std::min(group->begin, ms[*it].begin_token);
        return true;
      }
    }
    return false;
  };
  auto any = [](const Mention&) { return true; };
  // A name set off by commas: an apposition, when a comma (or a comma and one word: "el sindicato
  // convocante, el SMAPG, lo eleva") stands right before it.
  auto opened_by_comma = [&](const Mention& m) {
    const size_t b = m.begin_token;
    return (b > t.begin && t.Text(b - 1) == ",") || (b > t.begin + 1 && t.Text(b - 2) == ",");
  };
  const size_t floor = j > t.begin + static_cast<size_t>(std::max(cues.window, 0)) ? j - static_cast<size_t>(cues.window) : t.begin;
  while (j > floor) {
    const size_t k = j - 1;
    if (take_ending_at(j, any)) return;
    if (t.At(k).kind == TokenKind::kWord && cues.source_nouns.Contains(t, k)) {
      group->nouns.push_back(k);
      group->begin = std::min(group->begin, k);
      return;
    }
    if (IsFigureAt(t, ms, by_end, k)) return;
    if (t.At(k).kind == TokenKind::kWord && cues.stop_at.Contains(t, k)) {
      // A relative right before the verb: its antecedent, before a comma, is the subject ("según
      // el Instituto Geográfico Nacional (IGN), que sitúa el epicentro a 10 kilómetros").
      if (j == cue && k > t.begin + 1 && t.Text(k - 1) == "," && lang.measures.relatives.Contains(t, k)) {
        size_t at = k - 1;
        if (at > t.begin && t.Text(at - 1) == ")") --at;
        take_ending_at(at, any);
      }
      return;
    }
    // A name's acronym in brackets ("el Servicio Geológico de Estados Unidos (USGS) lo elevó"): the
    // acronym, right inside, when it is a name we read, else the name before the brackets.
    if (t.Text(k) == ")") {
      size_t open = k;
      while (open > floor && t.Text(open) != "(") --open;
      if (t.Text(open) != "(") return;
      if (take_ending_at(k, [&](const Mention& m) { return m.begin_token > open; })) return;
      j = open;
      continue;
    }
    // A comma ends the clause ("..., according to"), unless it closes an apposition ("El alcalde de
    // Pucón, Rodrigo Sáez, eleva"): its name is the subject.
    if (t.Text(k) == ",") {
      take_ending_at(k, opened_by_comma);
      return;
    }
    if (IsAttributionBreak(t, k)) return;
    --j;
  }
}

}  // namespace

std::vector<AttributionCue> FindAttributionCues(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms) {
  const AttributionCues& cues = lang.attribution;
  std::vector<AttributionCue> groups;
  if (cues.cues.empty()) return groups;
  // Whether a mention is an entity of a source kind (KindTree::IsA through string maps), decided
  // for a mention the first time a cue reaches it.
  std::vector<int8_t> is_source;  // -1 undecided, else 0 or 1
  auto source = [&](size_t k) {
    if (ms[k].kind != MentionKind::kEntity) return false;
    if (is_source.empty()) is_source.assign(ms.size(), -1);
    if (is_source[k] < 0) is_source[k] = IsSourceKind(lang, EntityKindOf(lang, ms[k])) ? 1 : 0;
    return is_source[k] != 0;
  };
  // Mention indices by first token and by end token (each then by index), built when a cue is
  // found: a cue looks up the mentions at the tokens it reaches instead of scanning the sentence.
  std::vector<size_t> by_begin, by_end;
  auto index_by = [&](std::vector<size_t>* order, size_t Mention::*token) {
    order->resize(ms.size());
    for (size_t k = 0; k < ms.size(); ++k) (*order)[k] = k;
    std::stable_sort(order->begin(), order->end(), [&](size_t a, size_t b) { return ms[a].*token < ms[b].*token; });
  };
  // Indices of `order` whose mention's `token` is in [from, to).
  auto in_range = [&](const std::vector<size_t>& order, size_t Mention::*token, size_t from, size_t to) {
    auto b = std::partition_point(order.begin(), order.end(), [&](size_t k) { return ms[k].*token < from; });
    auto e = std::partition_point(b, order.end(), [&](size_t k) { return ms[k].*token < to; });
    work_count.mentions_visited += static_cast<uint64_t>(e - b);
    return std::span<const size_t>(order.data() + (b - order.begin()), static_cast<size_t>(e - b));
  };
  // The sources found before the last cue (its subject) and where that cue ends.
  AttributionCue last_subject;
  size_t last_verb_end = t.end;
  for (size_t i = t.begin; i < t.end;) {
    PhraseTable::Match cue;
    if (!cues.cues.LongestAt(t, i, &cue)) {
      ++i;
      continue;
    }
    // "se declaró un incendio": the verb is not reporting anything.
    if (i > t.begin && t.At(i - 1).kind == TokenKind::kWord && cues.not_after.Contains(t, i - 1)) {
      i = cue.end;
      continue;
    }
    if (by_begin.empty() && !ms.empty()) {
      index_by(&by_begin, &Mention::begin_token);
      index_by(&by_end, &Mention::end_token);
    }
    AttributionCue group;
    group.begin = i;
    group.end = cue.end;
    // A source right before the cue: "Putin dijo", "KCNA informó"; or right before a relative
    // clause set off by commas that ends at the cue ("El sistema MoMo del Instituto de Salud
    // Carlos III, que estima el exceso de muertes, atribuye al calor 41 muertes"; measures.yaml
    // `relatives`).
    size_t subject_end = i;
    if (i >= t.begin + 2 && t.Text(i - 1) == ",") {
      size_t open = i - 1;
      while (open > t.begin && t.Text(open - 1) != "," && t.Text(open - 1) != ";") --open;
      if (open > t.begin + 1 && t.Text(open - 1) == "," && lang.measures.relatives.Contains(t, open)) subject_end = open - 1;
    }
    for (size_t k : in_range(by_end, &Mention::end_token, subject_end, subject_end + 1)) {
      if (source(k)) {
        group.mentions.push_back(k);
        group.begin = std::min(group.begin, ms[k].begin_token);
      }
    }
    // A source noun right before the cue, outside any mention: "police said", "officials told
    // Reuters", "la policía informó".
    if (const size_t n = i - 1; i > t.begin && t.At(n).kind == TokenKind::kWord && cues.source_nouns.Contains(t, n)) {
      bool inside = false;
      for (size_t k : in_range(by_begin, &Mention::begin_token, t.begin, i)) inside = inside || ms[k].end_token > n;
      if (!inside) {
        group.nouns.push_back(n);
        group.begin = std::min(group.begin, n);
      }
    }
    // Nothing right before it: the subject of its clause further back, when the cue is a verb whose
    // subject stands before it ("La Policía Local rebaja esa cifra", "El alcalde de Pucón, Rodrigo
    // Sáez, eleva la cifra", "la organización habla de"): the nearest source of the clause, found
    // before a figure, a stop word or a clause break (an apposition set off by commas right before
    // the cue is looked into: its name is the subject).
    const bool adjacent_subject = !group.mentions.empty() || !group.nouns.empty();
    if (!adjacent_subject) SubjectBefore(lang, t, ms, by_end, i, source, &group);
    // None: a verb coordinated with the one before shares its subject ("el USGS lo elevó a 6,4 y lo
    // situó a 14 kilómetros"): a coordinator between them and no clause break.
    if (group.mentions.empty() && group.nouns.empty() && last_verb_end <= i &&
        (!last_subject.mentions.empty() || !last_subject.nouns.empty())) {
      bool coordinated = false, broken = false;
      for (size_t j = last_verb_end; j < i; ++j) {
        coordinated = coordinated || lang.measures.scope_coordinators.Contains(t, j);
        broken = broken || (IsAttributionBreak(t, j) && t.Text(j) != ",");
      }
      if (coordinated && !broken) {
        group.mentions = last_subject.mentions;
        group.nouns = last_subject.nouns;
      }
    }
    last_subject.mentions = group.mentions;
    last_subject.nouns = group.nouns;
    last_verb_end = cue.end;
    // Sources after it, up to the window, a stop word, or a clause break once a source is found
    // (unless a `continue_with` word follows it: "Yuri Ushakov, a la agencia TASS").
    size_t stop = std::min(t.end, cue.end + static_cast<size_t>(std::max(cues.window, 0)));
    bool seen_source = false;
    // A cue whose source stands before it ("el sindicato habla de un seguimiento del 80 % y el
    // Sergas, del 21,3 %"): what follows is what it said, and a source after its figure is another's.
    const bool said_by_subject = !group.mentions.empty() || !group.nouns.empty();
    const size_t sources_before = group.mentions.size() + group.nouns.size();
    const size_t scanned_mentions = adjacent_subject ? 0 : group.mentions.size();
    const size_t scanned_nouns = adjacent_subject ? 0 : group.nouns.size();
    for (size_t j = cue.end; j < stop; ++j) {
      // A figure ends any cue's reach: a name after it is where or whose the figure is ("habla de
      // 12 muertos en Alzira"), not who said it. A bare number does not ("según el balance del 112").
      if (said_by_subject ? IsFigureAt(t, ms, by_end, j) : IsCountedFigureAt(ms, by_begin, j)) {
        stop = j;
        break;
      }
      if (t.At(j).kind == TokenKind::kWord && cues.stop_at.Contains(t, j)) {
        stop = j;
        break;
      }
      // Another cue, once a source is found, starts its own attribution ("4.000 según la policía
      // y 40.000 según los organizadores").
      PhraseTable::Match next;
      if (seen_source && cues.cues.LongestAt(t, j, &next)) {
        stop = j;
        break;
      }
      // A semicolon starts another sentence in all but name: "El Sergas suspendió 13.900 consultas,
      // según sus propios datos; el sindicato habla de más de 40.000" is not the union's figure.
      if (t.At(j).kind == TokenKind::kPunct && t.Text(j) == ";") {
        stop = j;
        break;
      }
      if (IsAttributionBreak(t, j) && seen_source &&
          !(j + 1 < t.end && cues.continue_with.Contains(t, j + 1))) {
        stop = j;
        break;
      }
      for (size_t k : in_range(by_begin, &Mention::begin_token, j, j + 1)) {
        if (source(k)) seen_source = true;
      }
      // A source noun is a source found too ("según la organización convocante y del 21,3 % según
      // el Servizo Galego": the second cue starts its own attribution).
      if (!seen_source && t.At(j).kind == TokenKind::kWord && cues.source_nouns.Contains(t, j)) seen_source = true;
    }
    // A source named by a noun where no name stands ("según los organizadores", "según la
    // policía"): the first such noun the reach holds, outside any mention.
    for (size_t j = cue.end; j < stop && group.nouns.size() == scanned_nouns && (scanned_nouns > 0 || group.nouns.empty()); ++j) {
      if (t.At(j).kind != TokenKind::kWord || !cues.source_nouns.Contains(t, j)) continue;
      if (!in_range(by_begin, &Mention::begin_token, j, j + 1).empty()) break;
      bool inside = false;
      for (size_t k : in_range(by_begin, &Mention::begin_token, t.begin, j)) inside = inside || ms[k].end_token > j;
      if (inside) continue;
      group.nouns.push_back(j);
      group.end = std::max(group.end, j + 1);
    }
    // In mention order, as the sentence lists them.
    std::span<const size_t> after = in_range(by_begin, &Mention::begin_token, cue.end, stop);
    std::vector<size_t> reached(after.begin(), after.end());
    std::sort(reached.begin(), reached.end());
    group.end = std::max(group.end, cue.end);
    for (size_t k : reached) {
      if (source(k)) {
        group.mentions.push_back(k);
        group.end = std::max(group.end, ms[k].end_token);
      }
    }
    // A cue that names its source after it ("fue reportada este jueves por la agencia KCNA"): the
    // subject found further back is what was reported, not who reported it.
    if (scanned_mentions + scanned_nouns > 0 && group.mentions.size() + group.nouns.size() > sources_before) {
      group.mentions.erase(group.mentions.begin(), group.mentions.begin() + static_cast<long>(scanned_mentions));
      group.nouns.erase(group.nouns.begin(), group.nouns.begin() + static_cast<long>(scanned_nouns));
      group.begin = i;
    }
    group.said_by_subject = said_by_subject && group.mentions.size() + group.nouns.size() == sources_before;
    // A cue that reaches words but names no source we know ("según el balance de las ocho de la
    // mañana del 112 Andalucía") is kept, with no source: a figure nearer to it than to another
    // cue is not given that other cue's source. A cue that reaches nothing ("dijo que") is not.
    if (!group.mentions.empty() || !group.nouns.empty() || stop > cue.end) groups.push_back(std::move(group));
    i = cue.end;
  }
  // A speaker and the agency that relays them ("ha aseverado Putin, según ha recogido la agencia
  // Interfax", "según ha explicado Ushakov a TASS") are one attribution: cues whose reaches overlap
  // or have nothing but punctuation between them are merged.
  std::vector<AttributionCue> merged;
  for (AttributionCue& g : groups) {
    bool adjacent = !merged.empty();
    for (size_t j = adjacent ? merged.back().end : g.begin; adjacent && j < g.begin; ++j) {
      adjacent = t.At(j).kind == TokenKind::kPunct;
    }
    if (adjacent) {
      merged.back().end = std::max(merged.back().end, g.end);
      merged.back().said_by_subject = merged.back().said_by_subject && g.said_by_subject;
      merged.back().mentions.insert(merged.back().mentions.end(), g.mentions.begin(), g.mentions.end());
      merged.back().nouns.insert(merged.back().nouns.end(), g.nouns.begin(), g.nouns.end());
    } else {
      merged.push_back(std::move(g));
    }
  }
  for (AttributionCue& g : merged) g.sources = RefsInTextOrder(lang, t, ms, g.mentions, g.nouns);
  return merged;
}

std::vector<EntityRef> AllSources(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms,
                                  const std::vector<AttributionCue>& cues) {
  std::vector<size_t> all, nouns;
  for (const AttributionCue& g : cues) {
    all.insert(all.end(), g.mentions.begin(), g.mentions.end());
    nouns.insert(nouns.end(), g.nouns.begin(), g.nouns.end());
  }
  return RefsInTextOrder(lang, t, ms, all, nouns);
}


std::vector<EntityRef> SourcesOfSpan(const std::vector<AttributionCue>& cues, size_t first, size_t end) {
  if (cues.empty()) return {};
  auto distance = [&](const AttributionCue& g) -> size_t {
    if (g.end <= first) return first - g.end;
    if (end <= g.begin) return g.said_by_subject ? SIZE_MAX : g.begin - end;
    return 0;
  };
  // The cues nearest the span; ties give the sources of each, in text order, once.
  size_t best = SIZE_MAX;
  for (const AttributionCue& g : cues) best = std::min(best, distance(g));
  if (best == SIZE_MAX) return {};
  std::vector<EntityRef> out;
  std::unordered_set<std::string> ids;
  for (const AttributionCue& g : cues) {
    if (cues.size() > 1 && distance(g) != best) continue;
    for (const EntityRef& r : g.sources) {
      if (ids.insert(r.id).second) out.push_back(r);
    }
  }
  return out;
}

std::optional<EntityRef> LastSourceBefore(const Language& lang, const std::vector<Mention>& ms, size_t before) {
  const Mention* last = nullptr;
  for (const Mention& m : ms) {
    if (m.kind != MentionKind::kEntity || m.end_token > before) continue;
    if (last && m.end_token <= last->end_token) continue;
    if (IsSourceKind(lang, EntityKindOf(lang, m))) last = &m;
  }
  if (!last) return std::nullopt;
  return RefOf(lang, *last);
}

void ResolvePronounSources(const std::function<std::optional<EntityRef>(size_t)>& antecedent,
                           std::vector<AttributionCue>* cues, std::vector<EntityRef>* refs) {
  auto has_pronoun = [](const std::vector<EntityRef>& v) {
    return std::any_of(v.begin(), v.end(), [](const EntityRef& r) { return r.id == kPronounSource; });
  };
  auto replace = [](std::vector<EntityRef>* v, const std::optional<EntityRef>& by) {
    std::vector<EntityRef> out;
    std::unordered_set<std::string> ids;
    for (EntityRef& r : *v) {
      if (r.id == kPronounSource) {
        if (!by) continue;
        r = *by;
      }
      if (ids.insert(r.id).second) out.push_back(std::move(r));
    }
    *v = std::move(out);
  };
  std::optional<EntityRef> first;  // the antecedent of the sentence's first pronoun, for `refs`
  bool found = false;
  for (AttributionCue& g : *cues) {
    if (!has_pronoun(g.sources)) continue;
    std::optional<EntityRef> by = antecedent(g.begin);
    if (!found) first = by;
    found = true;
    replace(&g.sources, by);
  }
  if (has_pronoun(*refs)) replace(refs, first);
}

std::string AttributionText(const std::vector<EntityRef>& sources) {
  std::vector<std::string> names;
  for (const auto& s : sources) names.push_back(s.name);
  return fmt::format("{}", fmt::join(names, " / "));
}

std::vector<SharedSource> SharedSources(const std::vector<Claim>& claims, const std::vector<size_t>& which) {
  // Every (source, document) the claims give, in the order given; most findings have none or one.
  struct Given {
    const EntityRef* source;
    size_t doc;
  };
  std::vector<Given> given;
  for (size_t k : which) {
    for (const EntityRef& r : claims[k].attribution) given.push_back({&r, claims[k].doc});
  }
  std::vector<SharedSource> out;
  if (given.size() < 2) return out;
  // By id; for an id given several times, the last one given is the one shown.
  std::stable_sort(given.begin(), given.end(),
                   [](const Given& x, const Given& y) { return x.source->id < y.source->id; });
  for (size_t b = 0, e = 0; b < given.size(); b = e) {
    std::vector<size_t> docs;
    for (e = b; e < given.size() && given[e].source->id == given[b].source->id; ++e) docs.push_back(given[e].doc);
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    if (docs.size() >= 2) out.push_back({*given[e - 1].source, std::move(docs)});
  }
  return out;
}

}  // namespace contraste
