// Gazetteer entities in the text: the longest alias at a token, by the alias key of
// extract/entity_data.h (case, accents, hyphens, spacing and Latin-ASCII variants ignored).
//
//   Mention e;
//   if (MatchEntityAt(lang, tokens, i, &e)) { /* e.ref: entity index, e.normalized: its id */ }
#pragma once

#include "extract/mention.h"
#include "lang/language.h"

namespace contraste {

// True when a gazetteer alias starts at token i; fills a kEntity mention covering it.
bool MatchEntityAt(const Language& lang, const TokenRange& text, size_t i, Mention* out);

// The gazetteer entity a mention names, or nullptr for a name of unknown kind.
const Entity* EntityOf(const Language& lang, const Mention& m);

// The kind of an entity mention: the gazetteer kind, or "unknown".
std::string EntityKindOf(const Language& lang, const Mention& m);

// True for kEntity mentions that are names of unknown kind (not in the gazetteer).
inline bool IsUnknownName(const Mention& m) { return m.kind == MentionKind::kEntity && m.ref < 0; }

}  // namespace contraste
