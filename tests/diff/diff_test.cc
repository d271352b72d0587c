// contraste diff: findings matched by id, sorted into added, removed and changed (with what changed);
// unreadable or foreign files are errors with a position.
#include <doctest/doctest.h>

#include <sstream>

#include "diff/cli_process.h"
#include "report/diff.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

ReportJson ClaimJson(const std::string& doc, const std::string& quote, size_t offset, int side) {
  return {{"doc", doc}, {"quote", quote}, {"offset", offset}, {"length", quote.size()}, {"line", 1},
          {"column", offset + 1}, {"value", quote}, {"side", side}};
}

ReportJson FindingJson(const std::string& id, const std::string& kind, std::vector<ReportJson> claims,
                   const std::string& explanation = "x") {
  return {{"id", id}, {"kind", kind}, {"rule", "r"}, {"slot", "duration"}, {"event", "meeting"},
          {"event_id", "e1"}, {"explanation", explanation}, {"claims", claims}};
}

LoadedReport Report(std::vector<ReportJson> findings, const std::string& label) {
  ReportJson root = {{"schema", "contraste.report/1"}, {"documents", ReportJson::array()}, {"findings", findings}};
  auto r = ParseJsonReport(root.dump(), label);
  REQUIRE(r.ok());
  return *r;
}

}  // namespace

TEST_CASE("findings are matched by id and sorted into added, removed and changed") {
  const ReportJson a1 = ClaimJson("a", "unos 90 minutos", 10, 0), b1 = ClaimJson("b", "dos horas", 20, 1);
  LoadedReport before = Report({FindingJson("same", "conflict", {a1, b1}),
                                FindingJson("gone", "conflict", {a1, b1}),
                                FindingJson("claims", "agreement", {a1, ClaimJson("b", "90 minutos", 20, 0)}),
                                FindingJson("sides", "conflict", {a1, b1}),
                                FindingJson("words", "agreement", {a1, b1}, "old words")},
                               "old.json");
  LoadedReport after = Report({FindingJson("same", "conflict", {a1, b1}),
                               FindingJson("claims", "agreement", {a1, ClaimJson("b", "90 minutos", 22, 0)}),
                               FindingJson("new", "conflict", {a1, b1}),
                               FindingJson("sides", "conflict", {ClaimJson("a", "unos 90 minutos", 10, 1), ClaimJson("b", "dos horas", 20, 0)}),
                               FindingJson("words", "agreement", {a1, b1}, "new words")},
                              "new.json");
  ReportDiff d = DiffReports(before, after);
  REQUIRE(d.added.size() == 1);
  CHECK(d.added[0]["id"] == "new");
  REQUIRE(d.removed.size() == 1);
  CHECK(d.removed[0]["id"] == "gone");
  REQUIRE(d.changed.size() == 3);
  CHECK(d.changed[0].id == "claims");
  CHECK(d.changed[0].what == std::vector<std::string>{"claims"});
  CHECK(d.changed[1].id == "sides");
  CHECK(d.changed[1].what == std::vector<std::string>{"sides"});
  CHECK(d.changed[2].id == "words");
  CHECK(d.changed[2].what == std::vector<std::string>{"explanation"});
  CHECK(d.unchanged == 1);
  CHECK_FALSE(d.Empty());

  std::ostringstream text;
  WriteDiffText(d, text);
  CHECK(text.str().rfind("--- old.json\n+++ new.json\n", 0) == 0);
  CHECK(text.str().find("added conflict new [r]") != std::string::npos);
  CHECK(text.str().find("removed conflict gone [r]") != std::string::npos);
  CHECK(text.str().find("    - new words") == std::string::npos);
  CHECK(text.str().find("    - old words\n    + new words\n") != std::string::npos);
  CHECK(text.str().find("- side 0: b:1:21 \"90 minutos\"") != std::string::npos);
  CHECK(text.str().find("+ side 0: b:1:23 \"90 minutos\"") != std::string::npos);
  CHECK(NonEmptyLines(text.str()).back() == "1 added, 1 removed, 3 changed");

  std::ostringstream json;
  WriteDiffJson(d, json);
  auto j = nlohmann::json::parse(json.str());
  CHECK(j["schema"] == "contraste.diff/1");
  CHECK(j["summary"]["added"] == 1);
  CHECK(j["summary"]["removed"] == 1);
  CHECK(j["summary"]["changed"] == 3);
  CHECK(j["summary"]["unchanged"] == 1);
  CHECK(j["changed"][1]["old"]["claims"][0]["side"] == 0);
  CHECK(j["changed"][1]["new"]["claims"][0]["side"] == 1);
}

TEST_CASE("a report diffed with itself is empty") {
  auto seed = LoadJsonReport(SourcePath("reports/seed.json"));
  REQUIRE(seed.ok());
  ReportDiff d = DiffReports(*seed, *seed);
  CHECK(d.Empty());
  CHECK(d.unchanged == (*seed).root["findings"].size());
  std::ostringstream text;
  WriteDiffText(d, text);
  CHECK(NonEmptyLines(text.str()).back() == "0 added, 0 removed, 0 changed");
}

TEST_CASE("what is not a readable report is an error with a position") {
  struct Case {
    const char* what;
    std::string text;
    const char* message;
    bool has_offset;
  } cases[] = {
      {"broken JSON", "{\"schema\": \"contraste.report/1\", \"findings\": [}", "not valid JSON", true},
      {"another schema", R"({"schema": "contraste.claims/1", "claims": []})", "not a contraste report", false},
      {"no findings", R"({"schema": "contraste.report/1"})", "no 'findings' list", false},
      {"a finding without id", R"({"schema": "contraste.report/1", "findings": [{"kind": "conflict"}]})",
       "finding 0 has no string 'id'", false},
      {"an id twice", R"({"schema": "contraste.report/1", "findings": [{"id": "a"}, {"id": "a"}]})",
       "finding id 'a' appears twice", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    auto r = ParseJsonReport(c.text, "x.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == "x.json");
    CHECK(r.error().message.find(c.message) != std::string::npos);
    CHECK(r.error().offset.has_value() == c.has_offset);
  }
  auto missing = LoadJsonReport("/nonexistent/report.json");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().ToString().find("cannot open report") != std::string::npos);
}

TEST_CASE("contraste diff exits 0 on equal reports, 1 when they differ, 2 on error") {
  TempDir dir;
  std::string seed = SourcePath("reports/seed.json");
  CliRun same = RunContraste({"diff", seed, seed});
  CHECK(same.status == 0);
  CHECK(NonEmptyLines(same.out).back() == "0 added, 0 removed, 0 changed");

  // One finding less in the new report.
  auto report = nlohmann::ordered_json::parse(ReadFileOrEmpty(seed));
  REQUIRE(report["findings"].size() >= 2);
  std::string dropped = report["findings"][0]["id"];
  report["findings"].erase(report["findings"].begin());
  WriteText(dir.path / "new.json", report.dump(2));
  CliRun differ = RunContraste({"diff", seed, (dir.path / "new.json").string(), "--format", "json"});
  CHECK(differ.status == 1);
  auto j = nlohmann::json::parse(differ.out);
  CHECK(j["summary"]["removed"] == 1);
  CHECK(j["removed"][0]["id"] == dropped);

  WriteText(dir.path / "broken.json", "{\"schema\": ");
  CliRun broken = RunContraste({"diff", seed, (dir.path / "broken.json").string()});
  CHECK(broken.status == 2);
  CHECK(broken.err.find("broken.json: byte ") != std::string::npos);
  CliRun usage = RunContraste({"diff", seed});
  CHECK(usage.status == 2);
}
