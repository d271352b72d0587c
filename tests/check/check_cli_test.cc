// `contraste check` as editors' tools and CI use it: exit status, the line format sorted by
// position, the JSON report contract with the draft among the documents, flags over front matter.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/cli_run.h"

using namespace contraste::testing;

namespace {

const std::string kWrong = "tests/data/drafts/cumbre_con_errores.md";
const std::string kConsistent = "tests/data/drafts/cumbre_coherente.md";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

struct LinePosition {
  std::string file;
  int line = 0, column = 0;
  std::string severity, verdict;
};

// Parses "file:line:col: severity: verdict: ... [rule]"; fails the test when the shape is wrong.
LinePosition ParseLine(const std::string& text) {
  LinePosition p;
  size_t a = text.find(':'), b = text.find(':', a + 1), c = text.find(':', b + 1);
  REQUIRE(c != std::string::npos);
  p.file = text.substr(0, a);
  p.line = std::stoi(text.substr(a + 1, b - a - 1));
  p.column = std::stoi(text.substr(b + 1, c - b - 1));
  size_t d = text.find(": ", c + 2), e = text.find(": ", d + 2);
  REQUIRE(e != std::string::npos);
  p.severity = text.substr(c + 2, d - c - 2);
  p.verdict = text.substr(d + 2, e - d - 2);
  CHECK(text.back() == ']');
  CHECK(text.rfind(" [") != std::string::npos);
  return p;
}

}  // namespace

TEST_CASE("line format: one line per draft claim, sorted by position; exit 1 on contradictions") {
  CliRun r = RunContraste("check --min-severity note " + kWrong);
  CHECK(r.status == 1);
  auto lines = Lines(r.out);
  REQUIRE(lines.size() >= 4);
  int errors = 0;
  std::pair<int, int> previous{0, 0};
  for (const std::string& text : lines) {
    CAPTURE(text);
    LinePosition p = ParseLine(text);
    CHECK(p.file == kWrong);
    CHECK(std::make_pair(p.line, p.column) > previous);
    previous = {p.line, p.column};
    if (p.verdict == "contradicted") {
      CHECK(p.severity == "error");
      ++errors;
    }
    if (p.verdict == "disputed") CHECK(p.severity == "warning");
    if (p.verdict == "confirmed" || p.verdict == "unchecked") CHECK(p.severity == "note");
  }
  CHECK(errors >= 3);
  CHECK(r.out.find("\"tres horas y media\"") != std::string::npos);
  CHECK(r.out.find("[duration-interval]") != std::string::npos);
  CHECK(r.out.find("\"en 24 años\" (000_692f4dc4092f85cc, 001_1a9a5d5ea12ce952, 004_927d38cd81ea4cda)") != std::string::npos);
}

TEST_CASE("the consistent draft exits 0 and shows the disputed duration with both sides") {
  CliRun r = RunContraste("check " + kConsistent);
  CHECK(r.status == 0);
  CHECK(r.out.find(": error: ") == std::string::npos);
  CHECK(r.out.find("warning: disputed: duration") != std::string::npos);
  CHECK(r.out.find("agrees with \"unos 90 minutos\" (000_692f4dc4092f85cc) but not with \"aproximadamente dos horas\" "
                   "(001_1a9a5d5ea12ce952)") != std::string::npos);
}

TEST_CASE("json: the report contract with the draft among the documents and its claim on its side") {
  CliRun r = RunContraste("check --format json " + kWrong);
  CHECK(r.status == 1);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "contraste.report/2");
  bool draft_listed = false;
  for (const auto& d : j["documents"]) draft_listed |= d["id"] == "cumbre_con_errores";
  CHECK(draft_listed);
  CHECK(j["summary"]["conflicts"].get<int>() >= 3);
  size_t conflicts = 0;
  for (const auto& f : j["findings"]) {
    CHECK(f["claims"].size() >= 2);
    // The draft's claim comes first, on side 0.
    CHECK(f["claims"][0]["doc"] == "cumbre_con_errores");
    CHECK(f["claims"][0]["side"] == 0);
    if (f["kind"] == "conflict") ++conflicts;
    // Quotes are the exact bytes of each file.
    for (const auto& c : f["claims"]) {
      std::string path;
      for (const auto& d : j["documents"]) {
        if (d["id"] == c["doc"]) path = d["path"];
      }
      const std::string bytes = ReadFileOrEmpty(path);
      CHECK(bytes.substr(c["offset"].get<size_t>(), c["length"].get<size_t>()) == c["quote"].get<std::string>());
    }
  }
  CHECK(conflicts == j["check"]["summary"]["contradicted"].get<size_t>() + j["check"]["summary"]["disputed"].get<size_t>());
  CHECK(j["check"]["drafts"] == nlohmann::json::array({"cumbre_con_errores"}));
  bool found = false;
  for (const auto& v : j["check"]["verdicts"]) {
    if (v["quote"] == "tres horas y media") {
      found = true;
      CHECK(v["verdict"] == "contradicted");
      CHECK(v["contradicted_by"] == nlohmann::json::array({"000_692f4dc4092f85cc", "001_1a9a5d5ea12ce952"}));
      CHECK(v["finding"].is_string());
    }
  }
  CHECK(found);
}

TEST_CASE("--published overrides the front matter: a year later nothing links, nothing is contradicted") {
  CliRun r = RunContraste("check --min-severity note --published 2025-09-01 " + kWrong);
  CHECK(r.status == 0);
  CHECK(r.out.find("contradicted") == std::string::npos);
  CHECK(r.out.find("note: unchecked: duration") != std::string::npos);
}

TEST_CASE("several drafts in one run: sorted by file, then position; output deterministic") {
  CliRun first = RunContraste("check --min-severity note " + kWrong + " " + kConsistent);
  CliRun second = RunContraste("check --min-severity note " + kConsistent + " " + kWrong);
  CHECK(first.status == 1);
  CHECK(first.out == second.out);
  std::pair<std::string, std::pair<int, int>> previous{"", {0, 0}};
  size_t consistent = 0;
  for (const std::string& text : Lines(first.out)) {
    CAPTURE(text);
    LinePosition p = ParseLine(text);
    const std::pair<std::string, std::pair<int, int>> here{p.file, {p.line, p.column}};
    CHECK(here > previous);
    previous = here;
    if (p.file == kConsistent) {
      ++consistent;
      CHECK(p.verdict != "contradicted");  // judged against the corpus only, never the other draft
    }
  }
  CHECK(consistent >= 4);
  CliRun json1 = RunContraste("check --format json " + kWrong + " " + kConsistent);
  CliRun json2 = RunContraste("check --format json " + kWrong + " " + kConsistent);
  CHECK(json1.out == json2.out);
}

TEST_CASE("errors exit 2 with a message naming the problem") {
  SUBCASE("a corpus that is not there") {
    CliRun r = RunContraste("check --corpus tests/data/no_such_corpus " + kConsistent);
    CHECK(r.status == 2);
    CHECK(r.err.find("no_such_corpus") != std::string::npos);
  }
  SUBCASE("a directory given as draft") {
    CliRun r = RunContraste("check tests/data/drafts");
    CHECK(r.status == 2);
    CHECK(r.err.find("is a directory") != std::string::npos);
  }
  SUBCASE("bad date flag") {
    CliRun r = RunContraste("check --published 2024-13-01 " + kWrong);
    CHECK(r.status == 2);
    CHECK(r.err.find("--published 2024-13-01") != std::string::npos);
  }
  SUBCASE("missing draft") {
    CliRun r = RunContraste("check tests/data/drafts/no_such_draft.md");
    CHECK(r.status == 2);
    CHECK(r.err.find("no_such_draft.md") != std::string::npos);
  }
  SUBCASE("a language without rules") {
    CliRun r = RunContraste("check --language xx " + kWrong);
    CHECK(r.status == 2);
    CHECK(r.err.find("no rules for language 'xx'") != std::string::npos);
  }
  SUBCASE("unknown format") {
    CliRun r = RunContraste("check --format pdf " + kWrong);
    CHECK(r.status == 2);
  }
}

TEST_CASE("md and html formats carry the same verdicts") {
  CliRun md = RunContraste("check --format md " + kWrong);
  CHECK(md.status == 1);
  CHECK(md.out.rfind("# Comprobación de borradores", 0) == 0);  // the draft's Spanish
  CHECK(md.out.find("### Contradicha: duración de ") != std::string::npos);
  CHECK(md.out.find("**tres horas y media**") != std::string::npos);
  CliRun html = RunContraste("check --format html " + kWrong);
  CHECK(html.status == 1);
  CHECK(html.out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.out.find("data-kind=\"contradicted\" data-slot=\"duration\"") != std::string::npos);
  CHECK(html.out.find("<mark>tres horas y media</mark>") != std::string::npos);
}

TEST_CASE("a one-page draft (the erroneous body six times over) gets each finding once per copy") {
  // A page (~3,000 bytes) made of the erroneous draft's body, six times over. How long a check
  // takes is measured by bench/ (contraste-store-bench), not here: a timed test fails on a busy
  // machine and says nothing on a quiet one.
  const std::string source = ReadFileOrEmpty(kWrong);
  const size_t body = source.find("---\n", 4) + 4;
  std::string page = source.substr(0, body);
  int copies = 0;
  while (page.size() < 3000) {
    page += '\n';
    page.append(source, body);
    ++copies;
  }
  const auto path = std::filesystem::temp_directory_path() / ("pagina-" + std::to_string(::getpid()) + ".md");
  std::ofstream(path, std::ios::binary) << page;
  CliRun one = RunContraste("check --min-severity note " + kWrong);
  CliRun r = RunContraste("check --min-severity note " + path.string());
  std::filesystem::remove(path);
  CHECK(one.status == 1);
  CHECK(r.status == 1);
  REQUIRE(copies >= 2);
  CHECK(Lines(r.out).size() >= 24);
  // Every copy of the body is checked: at least as many lines as one body's, times the copies.
  CHECK(Lines(r.out).size() >= static_cast<size_t>(copies) * (Lines(one.out).size() - 1));
}
