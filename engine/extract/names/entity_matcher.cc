#include "extract/names/entity_matcher.h"

#include <utility>

namespace contraste {

bool MatchEntityAt(const Language& lang, const TokenRange& text, size_t i, Mention* out) {
  EntityIndex::Match m;
  if (!lang.entity_index.LongestAt(text, i, &m)) return false;
  Mention e;
  e.kind = MentionKind::kEntity;
  e.begin_token = e.number_token = i;
  e.end_token = m.end;
  e.ref = m.entity;
  e.normalized = lang.entities[static_cast<size_t>(m.entity)].id;
  *out = std::move(e);
  return true;
}

const Entity* EntityOf(const Language& lang, const Mention& m) {
  if (m.kind != MentionKind::kEntity || m.ref < 0 || static_cast<size_t>(m.ref) >= lang.entities.size()) return nullptr;
  return &lang.entities[static_cast<size_t>(m.ref)];
}

std::string EntityKindOf(const Language& lang, const Mention& m) {
  const Entity* e = EntityOf(lang, m);
  return e ? e->kind : "unknown";
}

}  // namespace contraste
