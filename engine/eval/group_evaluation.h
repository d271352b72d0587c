// One gold group scored: its articles read, one engine run over them (the analysis `contraste
// report` does), the findings matched to the gold items, the figures computed.
//
//   auto scores = EvaluateGroup(engine, group);
//   if (!scores) { std::cerr << scores.error().ToString() << "\n"; return 2; }
#pragma once

#include "core/error.h"
#include "eval/gold_corpus.h"
#include "eval/scores.h"
#include "pipeline/engine.h"

namespace contraste {

// Articles in a language the engine has no rules for are not analysed; they are listed in
// `skipped_language` (not an error), their quotes are taken out of the items, and an item left with
// nothing to score is listed in `set_aside` and counts in no figure. Unreadable articles are listed
// in `unreadable`.
Result<GroupScores> EvaluateGroup(Engine& engine, const GoldGroup& group);

}  // namespace contraste
