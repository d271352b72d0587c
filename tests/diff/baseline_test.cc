// Baselines: written from a report, read strictly, applied to findings (hidden and counted), and
// entries that match nothing reported as stale; end to end through `baseline` and `report --baseline`.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>

#include "diff/cli_process.h"
#include "report/baseline.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const char* kTwoEntries = R"(schema: contraste.baseline/1
acknowledged:
  - id: aaa
    who: ana
    when: 2026-11-20
    why: the outlet corrected it
  - id: bbb
    kind: conflict
    who: luis
    when: 2026-11-21
    why: known, both figures are official
)";

Finding Made(const std::string& id) {
  Finding f;
  f.id = id;
  f.kind = "conflict";
  return f;
}

}  // namespace

TEST_CASE("a baseline hides the findings it names, counts them and lists stale entries") {
  auto b = ParseBaseline(kTwoEntries, "b.yaml");
  REQUIRE(b.ok());
  REQUIRE(b->entries.size() == 2);
  CHECK(b->entries[1].line == 7);
  std::vector<Finding> findings = {Made("zzz"), Made("bbb"), Made("ccc")};
  BaselineOutcome o = ApplyBaseline(*b, &findings);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].id == "zzz");
  CHECK(findings[1].id == "ccc");
  REQUIRE(o.hidden.size() == 1);
  CHECK(o.hidden[0].id == "bbb");
  REQUIRE(o.stale.size() == 1);
  CHECK(o.stale[0].id == "aaa");
  CHECK(o.stale[0].why == "the outlet corrected it");

  std::ostringstream md;
  WriteBaselineMarkdown(o, md, PageUi("en"));
  CHECK(md.str().find("1 acknowledged findings hidden") != std::string::npos);
  std::ostringstream es;
  WriteBaselineMarkdown(o, es, PageUi("es"));
  CHECK(es.str().find("1 hallazgos reconocidos ocultos") != std::string::npos);
  CHECK(es.str().find("1 entradas obsoletas") != std::string::npos);
  CHECK(es.str().find("acknowledged") == std::string::npos);
  CHECK(md.str().find("`aaa`") != std::string::npos);
  ReportJson report = {{"schema", "contraste.report/1"}, {"summary", {{"conflicts", 2}}}, {"findings", ReportJson::array()}};
  AddBaselineToReportJson(o, &report);
  std::vector<std::string> keys;
  for (auto it = report.begin(); it != report.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"schema", "summary", "baseline", "findings"});
  CHECK(report["baseline"]["hidden"] == 1);
  CHECK(report["baseline"]["stale"][0]["id"] == "aaa");
}

TEST_CASE("a malformed baseline is an error with file:line:col") {
  struct Case {
    const char* what;
    std::string text;
    int line, column;
    const char* message;
  } cases[] = {
      {"unknown key", "schema: contraste.baseline/1\nacknowledged:\n  - id: a\n    who: x\n    when: 2026-01-01\n    why: y\n    colour: red\n",
       7, 5, "unknown key 'colour'"},
      {"missing why", "schema: contraste.baseline/1\nacknowledged:\n  - id: a\n    who: x\n    when: 2026-01-01\n", 3, 5,
       "missing required key 'why'"},
      {"bad date", "schema: contraste.baseline/1\nacknowledged:\n  - id: a\n    who: x\n    when: yesterday\n    why: y\n", 5, 11,
       "'when' must be a date"},
      {"duplicate id",
       "schema: contraste.baseline/1\nacknowledged:\n  - {id: a, who: x, when: 2026-01-01, why: y}\n"
       "  - {id: a, who: z, when: 2026-01-02, why: w}\n",
       4, 5, "duplicate id 'a' (also at line 3)"},
      {"wrong schema", "schema: contraste.report/1\n", 1, 9, "unknown schema"},
      {"not a list", "schema: contraste.baseline/1\nacknowledged: all\n", 2, 15, "must be a list"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    auto b = ParseBaseline(c.text, "b.yaml");
    REQUIRE_FALSE(b.ok());
    CHECK(b.error().ToString().rfind(fmt::format("b.yaml:{}:{}: ", c.line, c.column), 0) == 0);
    CHECK(b.error().message.find(c.message) != std::string::npos);
  }
}

TEST_CASE("baseline from a report, then report --baseline: all acknowledged, then one goes stale") {
  TempDir dir;
  // The report of the corpus as it is now (the baseline must match the current findings).
  std::string seed = (dir.path / "now.json").string();
  REQUIRE(RunContraste({"report", SourcePath("corpus"), "--format", "json", "-o", seed}).status == 0);
  fs::path base = dir.path / "baseline.yaml";
  CliRun written = RunContraste({"baseline", seed, "--who", "ana", "--why", "seen in the seed corpus", "--when",
                                 "2026-11-27", "--kind", "conflict", "-o", base.string()});
  REQUIRE(written.status == 0);
  auto loaded = LoadBaseline(base.string());
  REQUIRE(loaded.ok());
  auto golden = nlohmann::json::parse(ReadFileOrEmpty(seed));
  size_t conflicts = golden["summary"]["conflicts"];
  REQUIRE(conflicts >= 1);
  CHECK(loaded->entries.size() == conflicts);
  for (const auto& e : loaded->entries) {
    CHECK(e.kind == "conflict");
    CHECK(e.who == "ana");
    CHECK(e.when == "2026-11-27");
  }

  CliRun hidden = RunContraste({"report", SourcePath("corpus"), "--format", "json", "--baseline", base.string()});
  CHECK(hidden.status == 0);
  auto report = nlohmann::json::parse(hidden.out);
  CHECK(report["summary"]["conflicts"] == 0);
  CHECK(report["summary"]["agreements"] == golden["summary"]["agreements"]);
  CHECK(report["baseline"]["hidden"] == conflicts);
  CHECK(report["baseline"]["stale"].empty());
  CHECK(hidden.err.find(std::to_string(conflicts) + " acknowledged findings hidden, 0 changed, 0 stale entries") !=
        std::string::npos);

  // An entry whose finding went away (here: an id that never existed) is stale, in JSON and Markdown.
  std::string text = ReadFileOrEmpty(base.string());
  text += "  - id: \"000000000000\"\n    who: \"luis\"\n    when: \"2026-11-01\"\n    why: \"corrected by the outlet\"\n";
  WriteText(base, text);
  CliRun stale = RunContraste({"report", SourcePath("corpus"), "--format", "json", "--baseline", base.string()});
  CHECK(stale.status == 0);
  auto with_stale = nlohmann::json::parse(stale.out);
  REQUIRE(with_stale["baseline"]["stale"].size() == 1);
  CHECK(with_stale["baseline"]["stale"][0]["id"] == "000000000000");
  CHECK(with_stale["baseline"]["stale"][0]["who"] == "luis");
  CliRun md = RunContraste({"report", SourcePath("corpus"), "--baseline", base.string()});
  CHECK(md.out.find("## Hallazgos reconocidos") != std::string::npos);  // the corpus's Spanish
  CHECK(md.out.find("1 entradas obsoletas") != std::string::npos);
  CHECK(md.err.find("stale baseline entry 000000000000") != std::string::npos);

  // --update keeps who/when/why of known ids and drops the stale one.
  CliRun updated = RunContraste({"baseline", seed, "--who", "eva", "--why", "all of it", "--when", "2026-11-28",
                                 "--update", base.string()});
  REQUIRE(updated.status == 0);
  CHECK(updated.out.find("who: \"ana\"") != std::string::npos);
  CHECK(updated.out.find("who: \"eva\"") != std::string::npos);  // the agreements, new
  CHECK(updated.out.find("000000000000") == std::string::npos);
  CHECK(updated.err.find("dropped stale entry 000000000000") != std::string::npos);

  CliRun broken = RunContraste({"report", SourcePath("corpus"), "--baseline", (dir.path / "missing.yaml").string()});
  CHECK(broken.status == 2);
  CliRun bad_id = RunContraste({"baseline", seed, "--who", "a", "--why", "b", "--id", "nope"});
  CHECK(bad_id.status == 2);
  CHECK(bad_id.err.find("no finding 'nope'") != std::string::npos);
}
