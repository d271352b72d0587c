// Loads the comparison rules of a rule set: every *.yaml file of <rules>/common/comparison/, one
// rule per file, file name = rule id. A broken file stops the load with file:line:col; no rule is
// ever skipped silently (a file in that folder that is not a rule file is an error too).
//
//   auto rules = LoadComparisonRules("rules", {"duration", "quantity"});
//   if (!rules) { std::cerr << rules.error().ToString() << "\n"; return 2; }   // file:line:col: message
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

// Placeholders an explanation template (`conflict:`, `agreement:`) may use, e.g. "{values}".
const std::vector<std::string>& ExplanationPlaceholders();

// Rules sorted by id. Two rules for the same slot, two files with one id, a file that is not a
// rule file, and (when `known_slots` is not empty) a slot outside `known_slots` are errors. Rules
// whose id is in `measure_rules` (named by a measure of some language's measures.yaml) compare only
// that measure's claims, so they may share a slot with another rule.
Result<RuleList> LoadComparisonRules(const std::string& rules_dir, const std::vector<std::string>& known_slots = {},
                                     const std::vector<std::string>& measure_rules = {});

// Parses one rule file's text (tests use this with files written on the fly).
Result<std::unique_ptr<ComparisonRule>> ParseRuleFile(const std::string& text, const std::string& path);

}  // namespace contraste
