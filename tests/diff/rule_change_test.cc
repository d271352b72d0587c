// The rule maintainer's loop: copy the rules, change one tolerance, re-run the report over the seed
// corpus and check that `contraste diff` against the golden report lists exactly the findings that
// change. The expectation is computed from the golden report itself, not from running the new rules.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <set>

#include "diff/cli_process.h"

using namespace contraste::testing;
using Json = nlohmann::json;

namespace {

const char* kRuleFile = "common/comparison/since-previous-interval.yaml";

bool IsExact(const Json& claim) {
  const Json& i = claim["interval"];
  return !i["max"].is_null() && i["min"] == i["max"];
}

// Runs the report over corpus/ with `rules` and diffs it against `reference` (a JSON report).
CliRun ReportAndDiff(const fs::path& rules, const fs::path& out,
                     const std::string& reference = SourcePath("reports/seed.json")) {
  CliRun report = RunContraste({"report", SourcePath("corpus"), "--rules", rules.string(), "--format", "json", "-o", out.string()});
  REQUIRE(report.status == 0);
  return RunContraste({"diff", reference, out.string(), "--format", "json"});
}

}  // namespace

TEST_CASE("an unchanged copy of the rules gives no difference against the golden report") {
  TempDir dir;
  CopyRules(dir.path / "rules");
  CliRun d = ReportAndDiff(dir.path / "rules", dir.path / "new.json");
  CAPTURE(d.out);
  CHECK(d.status == 0);
}

TEST_CASE("tolerance 0 on since-previous-interval splits 'dos meses' from 'más de dos meses', nothing else") {
  // Expectation from the golden report: the since-previous agreement whose claims hold an exact value
  // (min == max) and hedged ones that start just above it (open at that same value). Widened by the
  // shipped tolerance the exact value touches them; with tolerance 0 it cannot: the exact claim
  // leaves the agreement and a conflict between it and the others appears. Every other finding stays.
  // The reference is the golden report; while someone else's change has left it stale (the golden
  // test says so), the report of an unchanged copy of the rules stands in, so that this test still
  // isolates the effect of the one tolerance.
  TempDir dir;
  std::string reference = SourcePath("reports/seed.json");
  CopyRules(dir.path / "unchanged");
  if (ReportAndDiff(dir.path / "unchanged", dir.path / "unchanged.json").status != 0) {
    MESSAGE("reports/seed.json is stale: comparing against the report of an unchanged copy of the rules");
    reference = (dir.path / "unchanged.json").string();
  }
  Json golden = Json::parse(ReadFileOrEmpty(reference));
  const Json* flipped = nullptr;
  Json exact_claim;
  for (const auto& f : golden["findings"]) {
    if (f["rule"] != "since-previous-interval" || f["kind"] != "agreement") continue;
    for (const auto& c : f["claims"]) {
      if (!IsExact(c)) continue;
      bool others_open_above = true;
      size_t others = 0;
      for (const auto& o : f["claims"]) {
        if (IsExact(o)) continue;
        ++others;
        others_open_above = others_open_above && o["interval"]["min"] == c["interval"]["min"] &&
                            o["interval"]["min_open"].get<bool>();
      }
      if (others > 0 && others_open_above && flipped == nullptr) {
        flipped = &f;
        exact_claim = c;
      }
    }
  }
  REQUIRE_MESSAGE(flipped != nullptr, "the golden report no longer has the agreement this test flips");
  std::set<std::string> remaining_docs;
  Json remaining_quotes = Json::array();
  for (const auto& c : (*flipped)["claims"]) {
    if (c == exact_claim) continue;
    remaining_docs.insert(c["doc"].get<std::string>());
    remaining_quotes.push_back(c["quote"]);
  }

  fs::path rules = dir.path / "rules";
  CopyRules(rules);
  REQUIRE(ReplaceInFile(rules / kRuleFile, "\ntolerance: 0.05\n", "\ntolerance: 0\n"));
  CliRun d = ReportAndDiff(rules, dir.path / "new.json", reference);
  CAPTURE(d.out);
  CHECK(d.status == 1);
  Json diff = Json::parse(d.out);

  // Added: exactly one conflict by this rule on the same event, the exact claim alone on its side.
  REQUIRE(diff["added"].size() == 1);
  const Json& conflict = diff["added"][0];
  CHECK(conflict["kind"] == "conflict");
  CHECK(conflict["rule"] == "since-previous-interval");
  CHECK(conflict["event_id"] == (*flipped)["event_id"]);
  int exact_side = -1;
  size_t on_exact_side = 0;
  for (const auto& c : conflict["claims"]) {
    if (c["doc"] == exact_claim["doc"] && c["offset"] == exact_claim["offset"]) exact_side = c["side"];
  }
  REQUIRE(exact_side >= 0);
  for (const auto& c : conflict["claims"]) on_exact_side += c["side"] == exact_side ? 1 : 0;
  CHECK(on_exact_side == 1);
  CHECK(conflict["claims"].size() == (*flipped)["claims"].size());

  // The agreement loses the exact claim: changed when two documents still agree, else removed.
  if (remaining_docs.size() >= 2) {
    CHECK(diff["removed"].empty());
    REQUIRE(diff["changed"].size() == 1);
    CHECK(diff["changed"][0]["id"] == (*flipped)["id"]);
    Json quotes = Json::array();
    for (const auto& c : diff["changed"][0]["new"]["claims"]) quotes.push_back(c["quote"]);
    CHECK(quotes == remaining_quotes);
  } else {
    CHECK(diff["changed"].empty());
    REQUIRE(diff["removed"].size() == 1);
    CHECK(diff["removed"][0]["id"] == (*flipped)["id"]);
  }
  CHECK(diff["summary"]["unchanged"] == golden["findings"].size() - 1);

  // The text form ends with the line a maintainer pastes into the commit message.
  CliRun text = RunContraste({"diff", reference, (dir.path / "new.json").string()});
  CHECK(text.status == 1);
  CHECK(NonEmptyLines(text.out).back() ==
        (remaining_docs.size() >= 2 ? "1 added, 0 removed, 1 changed" : "1 added, 1 removed, 0 changed"));
}
