// A finding as the store keeps it and the service returns it: the fields of the report contract's
// finding (README "Report format"), its story, and its claims with their document ids.
#pragma once

#include <string>

#include "pipeline/engine.h"

namespace contraste {

// The story of a finding: its first claim's.
std::string FindingStory(const Analysis& a, const Finding& f);

std::string FindingJson(const Analysis& a, const Finding& f);

}  // namespace contraste
