// Loads the comparison rules of a rule set: every *.yaml file of <rules>/common/comparison/, one
// rule per file, file name = rule id. A broken file stops the load with file:line:col; no rule is
// ever skipped silently.
//
// Rule file keys: id, kind, slots, description, conflict, agreement, tolerance, examples.
// See rules/README.md for types, defaults and an example.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "rules/comparison_rule.h"

namespace contraste {

using RuleList = std::vector<std::unique_ptr<ComparisonRule>>;

// Rules sorted by id. Two rules for the same slot are an error.
Result<RuleList> LoadComparisonRules(const std::string& rules_dir);

// Parses one rule file's text (tests use this with files written on the fly).
Result<std::unique_ptr<ComparisonRule>> ParseRuleFile(const std::string& text, const std::string& path);

}  // namespace contraste
