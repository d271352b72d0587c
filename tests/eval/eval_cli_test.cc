// `contraste eval` end to end on tests/data/eval: one engine run per gold directory, document ids
// made unique per story, the figures, the failures, gold-file errors with their position, and the
// baseline ratchet.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "diff/cli_process.h"

namespace contraste::testing {
namespace {

const char* kGold = "tests/data/eval/gold";

void Write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

TEST_CASE("eval scores the test gold set: matches, false conflicts with the trap or revision they hit") {
  CliRun r = RunContraste({"eval", kGold, "--format", "json"});
  CHECK(r.status == 0);
  CHECK(r.err.find("skipped (no rules for its language): tests/data/eval/articles/cumbre/04_fr.txt (language fr)") !=
        std::string::npos);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "contraste.eval/1");
  REQUIRE(j["groups"].size() == 1);
  const auto& g = j["groups"][0];
  CHECK(g["dir"] == kGold);
  CHECK(g["documents"] == 5);  // both stories' 01_a and 02_b analysed, not merged; 04_fr skipped
  CHECK(g["skipped_language"].size() == 1);
  REQUIRE(g["set_aside"].size() == 1);  // an agreement whose second claim is in the French article
  CHECK(g["set_aside"][0]["id"] == "summit-length-two-hours");
  CHECK(g["conflicts"]["reported"] == 4);
  CHECK(g["conflicts"]["correct"] == 2);
  CHECK(g["conflicts"]["precision"] == 0.5);
  CHECK(g["conflicts"]["items"] == 3);
  CHECK(g["conflicts"]["found"] == 2);
  CHECK(g["conflicts"]["recall"] == 0.667);
  CHECK(g["agreements"]["recall"] == 1.0);
  CHECK(g["revisions"]["items"] == 1);
  CHECK(g["revisions"]["found"] == 0);
  CHECK(g["disputes"]["recall"].is_null());
  REQUIRE(g["missed"].size() == 1);
  CHECK(g["missed"][0]["id"] == "start-time");
  REQUIRE(g["false_conflicts"].size() == 2);
  std::set<std::string> hit;
  for (const auto& f : g["false_conflicts"]) {
    REQUIRE(f["hits"].size() == 1);
    hit.insert(f["hits"][0]["kind"].get<std::string>() + ":" + f["hits"][0]["id"].get<std::string>());
    CHECK(f["sides"].size() == 2);
  }
  CHECK(hit == std::set<std::string>{"trap:journalists-accredited-present", "revision:evacuated-grew"});
  CHECK(j["overall"]["conflicts"]["f1"] == 0.571);
}

TEST_CASE("the text output: figures, the per-rule and per-measure tables, and failures on request") {
  CliRun plain = RunContraste({"eval", kGold});
  CHECK(plain.status == 0);
  CHECK(plain.out.find("overall conflicts: precision 0.500 (2 of 4 reported), recall 0.667 (2 of 3 items), F1 0.571") !=
        std::string::npos);
  CHECK(plain.out.find("duration-interval") != std::string::npos);
  CHECK(plain.out.find("quantity:periodista") == std::string::npos);  // the trap's measure is used instead
  CHECK(plain.out.find("missed conflict items") == std::string::npos);
  CliRun failures = RunContraste({"eval", kGold, "--show-failures"});
  CHECK(failures.out.find("missed conflict items (1):") != std::string::npos);
  CHECK(failures.out.find("start-time [date]") != std::string::npos);
  CHECK(failures.out.find("side 1: incendio-malpica/01_a:3:98 \"6.00\"") != std::string::npos);
  CHECK(failures.out.find("false conflicts (2):") != std::string::npos);
  CHECK(failures.out.find("hits trap tests/data/eval/gold/cumbre.yaml:") != std::string::npos);
  CHECK(failures.out.find("cumbre-pyongyang/01_a:3:") != std::string::npos);
  CHECK(failures.out.find("\"300 periodistas\"") != std::string::npos);
}

TEST_CASE("a quote not in its article stops eval with the gold file's position (exit 2)") {
  TempDir dir;
  const std::string articles = fs::absolute("tests/data/eval/articles/cumbre").string();
  Write(dir.path / "bad.yaml", "schema: contraste.gold/1\nstory: x\narticles: " + articles +
                                   "\nitems:\n  - id: a\n    kind: conflict\n    sides:\n"
                                   "      - - {doc: 01_a, quote: \"unos 95 minutos\"}\n"
                                   "      - - {doc: 02_b, quote: \"dos horas\"}\n");
  CliRun r = RunContraste({"eval", (dir.path / "bad.yaml").string()});
  CHECK(r.status == 2);
  CHECK(r.err.find("bad.yaml:8:11: quote \"unos 95 minutos\" not found in") != std::string::npos);
  Write(dir.path / "bad.yaml", "schema: contraste.gold/1\nstory: x\narticles: " + articles +
                                   "\nitems:\n  - id: a\n    kind: conflict\n    sides:\n"
                                   "      - - {doc: 09_z, quote: \"x\"}\n      - - {doc: 02_b, quote: \"dos horas\"}\n");
  r = RunContraste({"eval", (dir.path / "bad.yaml").string()});
  CHECK(r.status == 2);
  CHECK(r.err.find("bad.yaml:8:11: no article '09_z' in") != std::string::npos);
}

TEST_CASE("two gold files may not tell the same story; a directory without gold files is named") {
  TempDir dir;
  fs::copy(kGold, dir.path / "gold");
  std::ifstream in(dir.path / "gold" / "incendio.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  text.replace(text.find("incendio-malpica"), 16, "cumbre-pyongyang");
  text.replace(text.find("../articles"), 11, fs::absolute("tests/data/eval/articles").string());
  Write(dir.path / "gold" / "incendio.yaml", text);
  CliRun r = RunContraste({"eval", (dir.path / "gold").string()});
  CHECK(r.status == 2);
  CHECK(r.err.find("incendio.yaml:2:8: story 'cumbre-pyongyang' is already the story of") != std::string::npos);
  fs::create_directories(dir.path / "empty");
  r = RunContraste({"eval", (dir.path / "empty").string()});
  CHECK(r.status == 2);
  CHECK(r.err.find("no gold files (*.yaml) in this directory") != std::string::npos);
}

TEST_CASE("the baseline: written atomically, passes when no figure falls, fails (exit 1) when one does") {
  TempDir dir;
  const std::string baseline = (dir.path / "baseline.tsv").string();
  CliRun write = RunContraste({"eval", kGold, "--update-baseline", baseline});
  CHECK(write.status == 0);
  const std::string recorded = ReadFileOrEmpty(baseline);
  CHECK(recorded.find("\tconflict_precision\t0.500\n") != std::string::npos);
  CHECK(recorded.find("\tconflict_recall\t0.667\n") != std::string::npos);
  CHECK(recorded.find("\tagreement_recall\t1.000\n") != std::string::npos);
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);  // no temp file left
  CHECK(RunContraste({"eval", kGold, "--baseline", baseline}).status == 0);
  // A recorded figure above the measured one: the ratchet fails and names it.
  std::string raised = recorded;
  raised.replace(raised.find("\tconflict_precision\t0.500"), 25, "\tconflict_precision\t0.600");
  Write(baseline, raised);
  CliRun fell = RunContraste({"eval", kGold, "--baseline", baseline});
  CHECK(fell.status == 1);
  CHECK(fell.err.find("conflict_precision fell from 0.600 to 0.500") != std::string::npos);
  // Another group's rows are kept when this group's are rewritten.
  Write(baseline, raised + "elsewhere\tconflict_recall\t0.250\n");
  CHECK(RunContraste({"eval", kGold, "--update-baseline", baseline}).status == 0);
  const std::string merged = ReadFileOrEmpty(baseline);
  CHECK(merged.find("elsewhere\tconflict_recall\t0.250\n") != std::string::npos);
  CHECK(merged.find("\tconflict_precision\t0.500\n") != std::string::npos);
  Write(baseline, "stories\tconflict_precision\thigh\n");
  CliRun bad = RunContraste({"eval", kGold, "--baseline", baseline});
  CHECK(bad.status == 2);
  CHECK(bad.err.find("baseline.tsv:1:3: value 'high'") != std::string::npos);
}

}  // namespace
}  // namespace contraste::testing
