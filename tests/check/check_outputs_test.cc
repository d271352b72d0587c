// `check` for editors' tools: --min-severity (notes hidden by default in the line format), columns
// in characters on a line with accents, a draft read from standard input, SARIF 2.1.0.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>

#include "diff/cli_process.h"
#include "test_paths.h"

using namespace contraste::testing;

namespace {

const std::string kWrong = "tests/data/drafts/cumbre_con_errores.md";
const std::string kConsistent = "tests/data/drafts/cumbre_coherente.md";

// A draft whose contradicted duration follows accented letters on its line.
const char* kAccents =
    "---\npublished: 2024-06-20\nlanguage: es\n---\n"
    "Cumbre en Pionyang\n\n"
    "La reunión entre Putin y Kim Jong-un duró tres horas y media en la residencia de Kumsusan.\n";

// stdout of a shell pipeline run from the source tree.
std::string ShellOut(const std::string& command) {
  std::string out;
  FILE* p = popen((command + " 2>/dev/null").c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  pclose(p);
  return out;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("--min-severity: warning by default for lines, note shows every claim, error only contradictions") {
  CliRun by_default = RunContraste({"check", kWrong});
  CliRun notes = RunContraste({"check", "--min-severity", "note", kWrong});
  CliRun errors = RunContraste({"check", "--min-severity", "error", kWrong});
  CHECK(by_default.status == 1);
  CHECK(notes.status == 1);
  CHECK(errors.status == 1);  // the exit status does not depend on what is shown
  CHECK(Count(by_default.out, ": note: ") == 0);
  CHECK(Count(notes.out, ": note: ") > 0);
  CHECK(Count(by_default.out, ": error: ") == Count(notes.out, ": error: "));
  CHECK(Count(by_default.out, ": warning: ") == Count(notes.out, ": warning: "));
  CHECK(Count(errors.out, ": warning: ") == 0);
  CHECK(Count(errors.out, ": error: ") == Count(notes.out, ": error: "));
  CHECK(Count(errors.out, "\n") == Count(errors.out, ": error: "));
}

TEST_CASE("the line format counts columns in characters; SARIF in UTF-16 code units, with byte offsets") {
  TempDir dir;
  const fs::path draft = dir.path / "acentos.md";
  WriteText(draft, kAccents);
  CliRun r = RunContraste({"check", draft.string()});
  CHECK(r.status == 1);
  const std::string line = "La reunión entre Putin y Kim Jong-un duró tres horas y media";
  const size_t chars_before = std::string("La reunión entre Putin y Kim Jong-un duró ").size() - 2;  // two 2-byte letters
  const std::string expected = draft.string() + ":7:" + std::to_string(chars_before + 1) + ": error: contradicted: ";
  CHECK_MESSAGE(r.out.find(expected) != std::string::npos, r.out);

  CliRun sarif = RunContraste({"check", "--format", "sarif", draft.string()});
  CHECK(sarif.status == 1);
  auto j = nlohmann::json::parse(sarif.out);
  CHECK(j["version"] == "2.1.0");
  REQUIRE(j["runs"].size() == 1);
  const auto& run = j["runs"][0];
  CHECK(run["columnKind"] == "utf16CodeUnits");
  CHECK(run["tool"]["driver"]["name"] == "contraste");
  bool found = false;
  for (const auto& res : run["results"]) {
    CHECK(res["ruleIndex"].get<size_t>() < run["tool"]["driver"]["rules"].size());
    CHECK(run["tool"]["driver"]["rules"][res["ruleIndex"].get<size_t>()]["id"] == res["ruleId"]);
    const auto& region = res["locations"][0]["physicalLocation"]["region"];
    if (region["snippet"]["text"] != "tres horas y media") continue;
    found = true;
    CHECK(res["level"] == "error");
    CHECK(region["startLine"] == 7);
    CHECK(region["startColumn"] == chars_before + 1);
    CHECK(region["endColumn"] == chars_before + 1 + std::string("tres horas y media").size());
    const std::string bytes = ReadFileOrEmpty(draft.string());
    CHECK(bytes.substr(region["byteOffset"].get<size_t>(), region["byteLength"].get<size_t>()) == "tres horas y media");
    CHECK(res["relatedLocations"].size() >= 1);
  }
  CHECK(found);
}

TEST_CASE("check - reads the draft from standard input") {
  const std::string piped = ShellOut("cat " + ShellQuote(SourcePath(kWrong)) + " | " + ShellQuote(CONTRASTE_BINARY) +
                                     " check - --stdin-filename " + kWrong)
                                ;
  CliRun named = RunContraste({"check", kWrong});
  CHECK(piped == named.out);
  const std::string anonymous =
      ShellOut("cat " + ShellQuote(SourcePath(kWrong)) + " | " + ShellQuote(CONTRASTE_BINARY) + " check -");
  CHECK(anonymous.rfind("<stdin>:", 0) == 0);
  CHECK(anonymous.find(": error: contradicted: ") != std::string::npos);
}
