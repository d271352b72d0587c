// An acknowledgement cannot hide news: a baseline entry records the sides it acknowledged, and a
// finding with the same id that gains a side, a value or a document is shown again as changed.
// The case: "unos 90 minutos" vs "aproximadamente dos horas" acknowledged, then a third
// article says "cinco horas".
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "diff/cli_process.h"
#include "report/baseline.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const char* kFiveHours =
    "Putin y Kim Jong-un se reúnen en Pionyang\n\n"
    "Putin y Kim Jong-un mantuvieron una reunión de cinco horas en Pionyang antes de firmar el acuerdo.\n";

// The seed corpus copied into `dir`/corpus (its manifest included).
fs::path CopySeed(const TempDir& dir) {
  fs::path corpus = dir.path / "corpus";
  fs::copy(SourcePath("corpus"), corpus, fs::copy_options::recursive);
  return corpus;
}

const nlohmann::json* FindingWithQuote(const nlohmann::json& report, const std::string& quote) {
  for (const auto& f : report["findings"]) {
    for (const auto& c : f["claims"]) {
      if (c["quote"] == quote) return &f;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("sides: what changed between an acknowledgement and a finding now") {
  std::vector<AcknowledgedSide> acknowledged = {{{"PT1H30M"}, {"000"}}, {{"PT2H"}, {"001"}}};
  CHECK(ChangesSince(acknowledged, acknowledged).empty());
  // One side fewer (an article corrected) is not news.
  CHECK(ChangesSince(acknowledged, {{{"PT1H30M"}, {"000"}}}).empty());
  auto third = ChangesSince(acknowledged, {{{"PT1H30M"}, {"000"}}, {{"PT2H"}, {"001"}}, {{"PT5H"}, {"005"}}});
  REQUIRE(third.size() == 3);
  CHECK(DescribeChange(third[0]) == "sides: 2 acknowledged, 3 now");
  CHECK(DescribeChange(third[1]) == "new value PT5H");
  CHECK(DescribeChange(third[2]) == "new document 005");
  // Another article on a side already there: a new document only.
  auto joined = ChangesSince(acknowledged, {{{"PT1H30M"}, {"000", "006"}}, {{"PT2H"}, {"001"}}});
  REQUIRE(joined.size() == 1);
  CHECK(DescribeChange(joined[0]) == "new document 006");
  // An entry that recorded nothing can tell nothing.
  CHECK(ChangesSince({}, {{{"PT5H"}, {"005"}}}).empty());
}

TEST_CASE("sides are written to the baseline and read back") {
  Baseline b;
  BaselineEntry e;
  e.id = "abc";
  e.who = "ana";
  e.when = "2026-11-27";
  e.why = "both figures are official";
  e.sides = {{{"PT1H30M"}, {"000"}}, {{"PT2H"}, {"001", "004"}}};
  b.entries.push_back(e);
  std::ostringstream yaml;
  WriteBaselineYaml(b, yaml);
  auto back = ParseBaseline(yaml.str(), "b.yaml");
  REQUIRE(back.ok());
  REQUIRE(back->entries.size() == 1);
  CHECK(back->entries[0].sides == e.sides);
  auto bad = ParseBaseline("schema: contraste.baseline/1\nacknowledged:\n  - {id: a, who: x, when: 2026-01-01, why: y, "
                           "sides: [{values: [PT2H]}]}\n", "b.yaml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("docs") != std::string::npos);
}

TEST_CASE("90 min vs 2 h acknowledged; a third article says 'cinco horas': the conflict is shown again as changed") {
  TempDir dir;
  fs::path corpus = CopySeed(dir);
  const std::string before = (dir.path / "before.json").string();
  REQUIRE(RunContraste({"report", corpus.string(), "--format", "json", "-o", before}).status == 0);
  const fs::path base = dir.path / "baseline.yaml";
  REQUIRE(RunContraste({"baseline", before, "--who", "ana", "--why", "both figures were given", "--when", "2026-11-27",
                        "--kind", "conflict", "-o", base.string()})
              .status == 0);
  const auto report_before = nlohmann::json::parse(ReadFileOrEmpty(before));
  const nlohmann::json* duration = FindingWithQuote(report_before, "unos 90 minutos");
  REQUIRE(duration != nullptr);
  REQUIRE((*duration)["kind"] == "conflict");
  const std::string id = (*duration)["id"];
  CHECK(ReadFileOrEmpty(base.string()).find("values: [\"PT1H30M\"]") != std::string::npos);

  // Unchanged corpus: everything acknowledged stays hidden.
  CliRun same = RunContraste({"report", corpus.string(), "--format", "json", "--baseline", base.string()});
  CHECK(same.status == 0);
  auto same_json = nlohmann::json::parse(same.out);
  CHECK(same_json["summary"]["conflicts"] == 0);
  CHECK(same_json["baseline"]["changed"].empty());

  // The third article.
  WriteText(corpus / "005_cinco_horas.txt", kFiveHours);
  WriteText(corpus / "manifest.yaml", ReadFileOrEmpty((corpus / "manifest.yaml").string()) +
                                          "005_cinco_horas.txt: {language: es, published: 2024-06-19, outlet: test}\n");
  CliRun after = RunContraste({"report", corpus.string(), "--format", "json", "--baseline", base.string()});
  CHECK(after.status == 0);
  auto j = nlohmann::json::parse(after.out);
  const nlohmann::json* shown = FindingWithQuote(j, "cinco horas");
  REQUIRE(shown != nullptr);
  CHECK((*shown)["id"] == id);  // the same finding id: only its content is new
  REQUIRE(shown->contains("baseline"));
  CHECK((*shown)["baseline"]["status"] == "changed");
  CHECK((*shown)["baseline"]["who"] == "ana");
  std::vector<std::string> texts;
  for (const auto& c : (*shown)["baseline"]["changes"]) texts.push_back(c["text"]);
  CHECK(texts == std::vector<std::string>{"sides: 2 acknowledged, 3 now", "new value PT5H", "new document 005_cinco_horas"});
  REQUIRE(j["baseline"]["changed"].size() == 1);
  CHECK(j["baseline"]["changed"][0]["id"] == id);
  CHECK(j["summary"]["conflicts"] == 1);  // the other acknowledged conflicts stay hidden
  // Text (stderr) and Markdown say it too.
  CHECK(after.err.find("changed: " + id) != std::string::npos);
  CHECK(after.err.find("new value PT5H") != std::string::npos);
  CliRun md = RunContraste({"report", corpus.string(), "--baseline", base.string()});  // the corpus's Spanish
  CHECK(md.out.find("**cambiado** `" + id + "`") != std::string::npos);
  CHECK(md.out.find("valor nuevo `PT5H`; documento nuevo `005_cinco_horas`") != std::string::npos);
  CliRun md_en = RunContraste({"report", corpus.string(), "--baseline", base.string(), "--ui", "en"});
  CHECK(md_en.out.find("**changed** `" + id + "`") != std::string::npos);
  CHECK(md_en.out.find("new document `005_cinco_horas`") != std::string::npos);

  // Acknowledging again (--update) records the third side, with the new who/why.
  const std::string now = (dir.path / "now.json").string();
  REQUIRE(RunContraste({"report", corpus.string(), "--format", "json", "-o", now}).status == 0);
  CliRun updated = RunContraste({"baseline", now, "--who", "luis", "--why", "the five hours are a typo", "--when",
                                 "2026-11-28", "--kind", "conflict", "--update", base.string(), "-o", base.string()});
  REQUIRE(updated.status == 0);
  CHECK(updated.err.find(id + " changed since it was acknowledged") != std::string::npos);
  CliRun quiet = RunContraste({"report", corpus.string(), "--format", "json", "--baseline", base.string()});
  auto q = nlohmann::json::parse(quiet.out);
  CHECK(q["summary"]["conflicts"] == 0);
  CHECK(q["baseline"]["changed"].empty());
}
