#include "claims/attribution_finder.h"

#include <fmt/format.h>

#include <algorithm>

#include "extract/names/entity_matcher.h"

namespace contraste {

namespace {

bool IsSourceKind(const Language& lang, const std::string& kind) {
  if (kind == "unknown") return true;
  return std::any_of(lang.attribution.source_kinds.begin(), lang.attribution.source_kinds.end(),
                     [&](const std::string& k) { return lang.kinds.IsA(kind, k); });
}

bool IsClauseBreak(const TokenRange& t, size_t i) {
  if (t.At(i).kind != TokenKind::kPunct) return false;
  std::string_view p = t.Text(i);
  return p == "," || p == ";" || p == ":" || p == "." || p == "(" || p == ")";
}

EntityRef RefOf(const Language& lang, const Mention& m) {
  if (const Entity* e = EntityOf(lang, m)) return {e->id, e->name, e->kind};
  return {m.normalized, m.surface, "unknown"};
}

}  // namespace

std::vector<EntityRef> FindAttribution(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms) {
  std::vector<size_t> picked;  // mention indices
  auto pick = [&](size_t k) {
    if (std::find(picked.begin(), picked.end(), k) == picked.end()) picked.push_back(k);
  };
  const AttributionCues& cues = lang.attribution;
  if (cues.cues.empty()) return {};
  // Whether a mention is an entity of a source kind (KindTree::IsA through string maps), decided
  // for a mention the first time a cue reaches it.
  std::vector<int8_t> is_source;  // -1 undecided, else 0 or 1
  auto source = [&](size_t k) {
    if (ms[k].kind != MentionKind::kEntity) return false;
    if (is_source.empty()) is_source.assign(ms.size(), -1);
    if (is_source[k] < 0) is_source[k] = IsSourceKind(lang, EntityKindOf(lang, ms[k])) ? 1 : 0;
    return is_source[k] != 0;
  };
  for (size_t i = t.begin; i < t.end;) {
    PhraseTable::Match cue;
    if (!cues.cues.LongestAt(t, i, &cue)) {
      ++i;
      continue;
    }
    // A source right before the cue: "Putin dijo", "KCNA informó".
    for (size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].end_token == i && source(k)) pick(k);
    }
    // Sources after it, up to the window, a stop word, or a clause break once a source is found
    // (unless a `continue_with` word follows it: "Yuri Ushakov, a la agencia TASS").
    size_t stop = std::min(t.end, cue.end + static_cast<size_t>(std::max(cues.window, 0)));
    bool seen_source = false;
    for (size_t j = cue.end; j < stop; ++j) {
      if (t.At(j).kind == TokenKind::kWord && cues.stop_at.Contains(t, j)) {
        stop = j;
        break;
      }
      if (IsClauseBreak(t, j) && seen_source &&
          !(j + 1 < t.end && cues.continue_with.Contains(t, j + 1))) {
        stop = j;
        break;
      }
      for (size_t k = 0; k < ms.size(); ++k) {
        if (ms[k].begin_token == j && source(k)) seen_source = true;
      }
    }
    for (size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].begin_token < cue.end || ms[k].begin_token >= stop) continue;
      if (source(k)) pick(k);
    }
    i = cue.end;
  }
  std::sort(picked.begin(), picked.end(), [&](size_t a, size_t b) { return ms[a].begin_token < ms[b].begin_token; });
  std::vector<EntityRef> out;
  for (size_t k : picked) {
    EntityRef r = RefOf(lang, ms[k]);
    if (std::none_of(out.begin(), out.end(), [&](const EntityRef& o) { return o.id == r.id; })) out.push_back(r);
  }
  return out;
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
