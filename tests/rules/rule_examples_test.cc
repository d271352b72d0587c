// The examples inside every shipped rule file pass, every rule has an example that fires and one that
// stays silent, and the runner itself tells a wrong span, a passing todo and a known miss apart.
#include <doctest/doctest.h>

#include <algorithm>

#include "rule_examples/example_runner.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const RuleSpec& ShippedSpec(const std::string& id) {
  for (const auto& rule : SharedEngine().rules()) {
    if (rule->spec().id == id) return rule->spec();
  }
  throw std::runtime_error("no rule " + id);
}

RuleExample Example(const std::string& expect, std::vector<std::string> articles, std::vector<std::string> quotes,
                    bool todo = false) {
  RuleExample ex;
  ex.name = "made in the test";
  ex.expect = expect;
  ex.todo = todo;
  ex.articles = std::move(articles);
  ex.published.assign(ex.articles.size(), "");
  ex.quotes = std::move(quotes);
  ex.line = 1;
  return ex;
}

const std::string kNinety = "Putin y Kim celebraron una cumbre de unos 90 minutos en Pionyang.";
const std::string kTwoHours = "La cumbre de Putin y Kim duró aproximadamente dos horas.";

}  // namespace

TEST_CASE("every example of every shipped rule behaves as its file says") {
  ExampleRun run = RunAllRuleExamples(SharedEngine());
  size_t examples = 0, todo = 0;
  for (const auto& rule : SharedEngine().rules()) {
    for (const auto& ex : rule->spec().examples) (ex.todo ? todo : examples)++;
  }
  REQUIRE(examples >= 2 * SharedEngine().rules().size());
  for (const ExampleResult& r : run.results) {
    CAPTURE(FormatExampleResult(r));
    CHECK(r.verdict != ExampleVerdict::kFailed);
  }
  CHECK(run.Passed() == examples);
  CHECK(run.Todo() == todo);
  CHECK(run.Failed() == 0);
  CHECK(SummaryLine(run) == std::to_string(examples) + " passed, 0 failed");
}

TEST_CASE("meta: every shipped rule has a firing and a silent example (todo ones do not count)") {
  REQUIRE_FALSE(SharedEngine().rules().empty());
  for (const auto& rule : SharedEngine().rules()) {
    CAPTURE(rule->spec().file);
    CHECK(CheckExampleCoverage(rule->spec()).empty());
  }
}

TEST_CASE("the coverage check names what a rule lacks") {
  RuleSpec spec = ShippedSpec("duration-interval");
  spec.examples = {Example("conflict", {kNinety, kTwoHours}, {"unos 90 minutos", "aproximadamente dos horas"})};
  auto missing = CheckExampleCoverage(spec);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].name == "rule has no silent example");
  CHECK(missing[0].verdict == ExampleVerdict::kFailed);

  spec.examples = {Example("no_conflict", {kNinety}, {}),
                   Example("conflict", {kNinety, kTwoHours}, {"unos 90 minutos", "aproximadamente dos horas"}, true)};
  missing = CheckExampleCoverage(spec);
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].name == "rule has no firing example");
}

TEST_CASE("a firing example must cite exactly its spans") {
  const RuleSpec& spec = ShippedSpec("duration-interval");
  struct Case {
    const char* what;
    std::vector<std::string> quotes;
    ExampleVerdict verdict;
  } cases[] = {
      {"both spans", {"unos 90 minutos", "aproximadamente dos horas"}, ExampleVerdict::kPassed},
      {"spans in another order", {"aproximadamente dos horas", "unos 90 minutos"}, ExampleVerdict::kPassed},
      {"a span without its hedge", {"90 minutos", "aproximadamente dos horas"}, ExampleVerdict::kFailed},
      {"one span missing", {"unos 90 minutos"}, ExampleVerdict::kFailed},
      {"one span too many", {"unos 90 minutos", "aproximadamente dos horas", "dos horas"}, ExampleVerdict::kFailed},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    ExampleResult r = RunRuleExample(SharedEngine(), spec, Example("conflict", {kNinety, kTwoHours}, c.quotes));
    CAPTURE(r.detail);
    CHECK(r.verdict == c.verdict);
    if (c.verdict == ExampleVerdict::kFailed) {
      // The message says what was found, so the author can fix the example or the rule.
      CHECK(r.detail.find("found: conflict") != std::string::npos);
      CHECK(r.detail.find("\"unos 90 minutos\"") != std::string::npos);
    }
  }
}

TEST_CASE("expect agreement is not met by a conflict, and no_conflict fails on a conflict") {
  const RuleSpec& spec = ShippedSpec("duration-interval");
  ExampleResult agreement =
      RunRuleExample(SharedEngine(), spec,
                     Example("agreement", {kNinety, kTwoHours}, {"unos 90 minutos", "aproximadamente dos horas"}));
  CHECK(agreement.verdict == ExampleVerdict::kFailed);
  ExampleResult silent = RunRuleExample(SharedEngine(), spec, Example("no_conflict", {kNinety, kTwoHours}, {}));
  CHECK(silent.verdict == ExampleVerdict::kFailed);
  CHECK(silent.detail.find("expected no conflict") != std::string::npos);
  // A finding by another rule does not count for this one.
  ExampleResult other = RunRuleExample(SharedEngine(), ShippedSpec("quantity-interval"),
                                       Example("no_conflict", {kNinety, kTwoHours}, {}));
  CHECK(other.verdict == ExampleVerdict::kPassed);
}

TEST_CASE("todo examples: reported while they miss, a failure once they pass") {
  const RuleSpec& spec = ShippedSpec("duration-interval");
  ExampleResult still_missing = RunRuleExample(
      SharedEngine(), spec, Example("conflict", {kNinety, kNinety}, {"unos 90 minutos", "unos 90 minutos"}, true));
  CHECK(still_missing.verdict == ExampleVerdict::kTodo);
  CHECK(still_missing.detail.find("known miss") != std::string::npos);
  ExampleResult now_passes = RunRuleExample(
      SharedEngine(), spec,
      Example("conflict", {kNinety, kTwoHours}, {"unos 90 minutos", "aproximadamente dos horas"}, true));
  CHECK(now_passes.verdict == ExampleVerdict::kFailed);
  CHECK(now_passes.detail.find("remove its 'todo' mark") != std::string::npos);
  ExampleRun run;
  run.results = {still_missing, now_passes};
  CHECK(SummaryLine(run) == "0 passed, 1 failed");
  CHECK(FormatExampleResult(still_missing).rfind("TODO  ", 0) == 0);
  CHECK(FormatExampleResult(now_passes).rfind("FAIL  ", 0) == 0);
}

TEST_CASE("example articles get their own publication dates: far apart, the same meeting is two events") {
  const RuleSpec& spec = ShippedSpec("duration-interval");
  RuleExample ex = Example("conflict", {kNinety, kTwoHours}, {"unos 90 minutos", "aproximadamente dos horas"});
  ex.published = {"2024-06-19", "2019-02-01"};
  ExampleResult r = RunRuleExample(SharedEngine(), spec, ex);
  CHECK(r.verdict == ExampleVerdict::kFailed);
  ex.published = {"2024-06-19", "2024-06-20"};
  CHECK(RunRuleExample(SharedEngine(), spec, ex).verdict == ExampleVerdict::kPassed);
  ex.published = {"2024-06-19", "19/06/2024"};
  ExampleResult bad_date = RunRuleExample(SharedEngine(), spec, ex);
  CHECK(bad_date.verdict == ExampleVerdict::kFailed);
  CHECK(bad_date.detail.find("not a date") != std::string::npos);
}
