// contraste rules test [DIR] [--rules DIR]   runs every rule's examples; last line "N passed, N failed"
// contraste rules explain ID [--rules DIR]   what a rule checks, its options and its examples
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "rule_examples/example_runner.h"
#include "rules/rule_registry.h"

namespace contraste::cli {

namespace {

int RunRulesTest(const std::string& rules_dir) {
  auto engine = LoadEngineOrReport(rules_dir);
  if (!engine) return kExitError;
  ExampleRun run = RunAllRuleExamples(*engine);
  for (const ExampleResult& r : run.results) std::cout << FormatExampleResult(r);
  if (run.Todo() > 0) std::cout << fmt::format("{} todo (known misses, not counted)\n", run.Todo());
  std::cout << SummaryLine(run) << "\n";
  return run.Failed() == 0 ? kExitOk : kExitFindings;
}

void PrintExample(const RuleExample& ex) {
  std::cout << fmt::format("  - {} (line {}): expect {}{}\n", ex.name, ex.line, ex.todo ? "todo " : "", ex.expect);
  for (size_t i = 0; i < ex.articles.size(); ++i) {
    std::string date = i < ex.published.size() && !ex.published[i].empty() ? ex.published[i] : ex.default_published;
    std::cout << fmt::format("      ex{}{}: {}\n", i + 1, date.empty() ? "" : " (" + date + ")", ex.articles[i]);
  }
  if (!ex.quotes.empty()) {
    std::vector<std::string> q;
    for (const auto& s : ex.quotes) q.push_back("\"" + s + "\"");
    std::cout << fmt::format("      cites: {}\n", fmt::join(q, ", "));
  }
}

int RunRulesExplain(const std::string& rules_dir, const std::string& id) {
  auto engine = LoadEngineOrReport(rules_dir);
  if (!engine) return kExitError;
  std::vector<std::string> ids;
  for (const auto& rule : engine->rules()) {
    const RuleSpec& s = rule->spec();
    ids.push_back(s.id);
    if (s.id != id) continue;
    std::cout << fmt::format("{} ({})\n", s.id, s.file);
    std::cout << fmt::format("  {}\n\n", s.description);
    std::string summary = RuleKindSummary(s.kind);
    std::cout << fmt::format("kind:       {}{}\n", s.kind, summary.empty() ? "" : ": " + summary);
    std::cout << fmt::format("slots:      {}\n", fmt::join(s.slots, ", "));
    std::cout << fmt::format("tolerance:  {} (relative widening of exact values; default 0)\n", s.tolerance);
    std::cout << fmt::format("conflict:   {}\n", s.conflict);
    std::cout << fmt::format("agreement:  {}\n\n", s.agreement);
    std::cout << fmt::format("examples ({}):\n", s.examples.size());
    for (const RuleExample& ex : s.examples) PrintExample(ex);
    return kExitOk;
  }
  std::cerr << fmt::format("contraste: no rule '{}' (rules: {})\n", id, fmt::join(ids, ", "));
  return kExitError;
}

}  // namespace

void AddRulesCommand(CLI::App& app, std::function<int()>* run) {
  CLI::App* cmd = app.add_subcommand("rules", "Test and explain the comparison rules of a rule set");
  cmd->require_subcommand(1);

  auto test_opts = std::make_shared<CommonOptions>();
  auto test_dir = std::make_shared<std::string>();
  CLI::App* test = cmd->add_subcommand("test", "Run every rule's examples; ends with 'N passed, N failed' (exit 1 on a failure)");
  test->add_option("dir", *test_dir, "Rule set directory (same as --rules)");
  AddRulesOption(test, test_opts.get());
  test->callback([=]() {
    *run = [=]() {
      if (!test_dir->empty() && !test_opts->rules_dir.empty() && *test_dir != test_opts->rules_dir) {
        std::cerr << "contraste: give the rule set either as DIR or as --rules, not both\n";
        return kExitError;
      }
      return RunRulesTest(test_dir->empty() ? test_opts->rules_dir : *test_dir);
    };
  });

  auto explain_opts = std::make_shared<CommonOptions>();
  auto rule_id = std::make_shared<std::string>();
  CLI::App* explain = cmd->add_subcommand("explain", "What a rule checks, its options and its examples");
  explain->add_option("id", *rule_id, "Rule id (the rule file's name)")->required();
  AddRulesOption(explain, explain_opts.get());
  explain->callback([=]() { *run = [=]() { return RunRulesExplain(explain_opts->rules_dir, *rule_id); }; });
}

}  // namespace contraste::cli
