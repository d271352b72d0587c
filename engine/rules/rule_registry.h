// The one place that maps a rule kind (the `kind:` key of a rule file) to its implementation.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rules/comparison_rule.h"

namespace contraste {

// Kinds a rule file may name, sorted.
std::vector<std::string> RuleKinds();
// One sentence on how a kind compares two claims and which options it reads (`rules explain`);
// empty for a kind that has none written yet.
std::string RuleKindSummary(const std::string& kind);
// nullptr when `spec.kind` is not a known kind.
std::unique_ptr<ComparisonRule> MakeRule(RuleSpec spec);

}  // namespace contraste
