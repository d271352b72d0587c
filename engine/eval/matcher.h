// Which gold items each reported finding matches. A reported claim matches a gold claim when they
// are in the same document and their byte spans overlap.
//
// - A conflict finding matches an item of two or more sides (conflict, trap, revision, dispute)
//   when two different sides of the finding each hold a claim matching claims of two different
//   sides of the item.
// - An agreement finding matches an agreement item when its claims match two or more of the item's
//   claims, from different documents; so does any other finding when the claims of one of its
//   sides do (claims that agree, shown as one side of a conflict, revision or dispute).
// - A finding of any other kind (revision, dispute, ...) matches an item of two or more sides when
//   its claims match claims of two different sides of the item.
#pragma once

#include <cstddef>
#include <vector>

#include "eval/gold_corpus.h"
#include "pipeline/engine.h"

namespace contraste {

// For each finding of `analysis` (same order), the indices into `items` it matches, ascending.
std::vector<std::vector<size_t>> MatchFindings(const Analysis& analysis, const std::vector<LocatedItem>& items);

}  // namespace contraste
