// Writes the scores of `contraste eval`: text for people (figures overall and per group, per rule,
// per measure; with `show_failures` every missed conflict item and every false conflict), JSON for
// machines (schema contraste.eval/1, failures always included).
#pragma once

#include <ostream>
#include <vector>

#include "eval/scores.h"

namespace contraste {

void WriteEvalText(const std::vector<GroupScores>& groups, bool show_failures, std::ostream& out);
void WriteEvalJson(const std::vector<GroupScores>& groups, std::ostream& out);

}  // namespace contraste
