// Runs the examples written inside each comparison rule file, the way a linter runs the examples of
// its rules: every example's articles become mini-documents (ids ex1, ex2, ...), go through the
// whole pipeline with the engine's rule set, and the findings of THAT rule are checked.
//
//   auto engine = Engine::Load("rules");
//   ExampleRun run = RunAllRuleExamples(**engine);
//   for (const ExampleResult& r : run.results) std::cout << FormatExampleResult(r);
//   std::cout << SummaryLine(run) << "\n";          // "12 passed, 0 failed"
//
// What an example promises (`expect:` in the rule file):
//   conflict / agreement: a finding of that kind by this rule whose claims quote exactly the listed
//                         quotes (same multiset of exact source spans, nothing more, nothing less);
//   no_conflict:          no conflict finding by this rule.
// `todo: true` marks a known miss: it is reported as todo while it still misses, and counts as a
// failure once it passes, so that the mark gets removed.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "pipeline/engine.h"
#include "rules/comparison_rule.h"

namespace contraste {

// Publication date given to example articles that name none (all articles of an example are then
// published the same day, so that event linking treats them as reports of the same news).
inline constexpr const char* kExampleDefaultPublished = "2024-01-15";

enum class ExampleVerdict {
  kPassed,      // behaved as the example says
  kFailed,      // did not (or a todo example that now passes, or a rule missing an example kind)
  kTodo,        // a known miss that still misses
};

struct ExampleResult {
  std::string rule;     // rule id
  std::string file;     // rule file
  int line = 0;         // where the example starts (0: about the rule as a whole)
  std::string name;     // the example's name
  std::string expect;   // conflict | agreement | no_conflict
  bool todo = false;
  ExampleVerdict verdict = ExampleVerdict::kFailed;
  std::string detail;   // why it failed, or what a todo example still misses; empty when passed
};

struct ExampleRun {
  std::vector<ExampleResult> results;  // by rule id, then line
  size_t Passed() const;
  size_t Failed() const;
  size_t Todo() const;
};

// Runs one example of `spec` (a rule of `engine`'s rule set, matched by id).
ExampleResult RunRuleExample(Engine& engine, const RuleSpec& spec, const RuleExample& example);

// The meta-check of a rule file: a failed result for each missing kind of example (no example that
// must fire, no example that must stay silent; todo examples do not count). Empty when complete.
std::vector<ExampleResult> CheckExampleCoverage(const RuleSpec& spec);

// Every example of every rule of the engine, plus the coverage check of each rule.
ExampleRun RunAllRuleExamples(Engine& engine);

// One result as text: "PASS  file:line  name (expect)", and an indented detail line when there is one.
std::string FormatExampleResult(const ExampleResult& r);

// Exactly "N passed, N failed" (todo examples are in neither count).
std::string SummaryLine(const ExampleRun& run);

}  // namespace contraste
