// `report` for editors and their tools: a summary at the top whose counts match the findings,
// agreements folded after the conflicts, the line format and SARIF 2.1.0.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>

#include "diff/cli_process.h"
#include "report/seed_report.h"

using namespace contraste::testing;

namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("Markdown: the summary counts match the findings; conflicts before the folded agreements") {
  const auto j = SeedJson();
  std::map<std::string, size_t> kinds;
  for (const auto& f : j["findings"]) kinds[f["kind"]]++;
  CliRun md = RunContraste({"report", "corpus", "--ui", "en"});  // the labels' English (Spanish: markdown_page_words_test)
  REQUIRE(md.status == 0);
  const std::string& out = md.out;
  const size_t summary = out.find("## Summary"), documents = out.find("## Documents");
  REQUIRE(summary != std::string::npos);
  CHECK(summary < documents);
  for (const auto& [kind, n] : kinds) {
    CAPTURE(kind);
    CHECK(out.find("| " + kind + (n == 1 ? "" : "s") + " | " + std::to_string(n) + " | ") != std::string::npos);
  }
  // Every conflict is in the jump list and in full; agreements one line each, after them.
  const size_t agreements = out.find("## Agreements (" + std::to_string(kinds["agreement"]) + ")");
  REQUIRE(agreements != std::string::npos);
  for (const auto& f : j["findings"]) {
    const std::string id = f["id"];
    CAPTURE(id);
    if (f["kind"] == "conflict") {
      CHECK(out.find("- **conflict** ") != std::string::npos);
      CHECK(Count(out, "`" + id + "`") == 2);  // jump list and heading
      CHECK(out.find("### Conflict: ") < agreements);
    } else if (f["kind"] == "agreement") {
      CHECK(out.find("`" + id + "`", agreements) != std::string::npos);
      CHECK(out.find("### Agreement") == std::string::npos);
    }
  }
  CliRun full = RunContraste({"report", "corpus", "--agreements", "full", "--ui", "en"});
  CHECK(Count(full.out, "### Agreement: ") == kinds["agreement"]);
  CliRun counted = RunContraste({"report", "corpus", "--agreements", "count", "--ui", "en"});
  CHECK(counted.out.find(std::to_string(kinds["agreement"]) + " agreements, counted only") != std::string::npos);
}

TEST_CASE("HTML: a summary on top linking every conflict; agreements inside a closed <details>") {
  const auto j = SeedJson();
  CliRun html = RunContraste({"report", "corpus", "--format", "html"});
  REQUIRE(html.status == 0);
  const std::string& out = html.out;
  const size_t overview = out.find("<section class=\"overview\""), main = out.find("<main>");
  REQUIRE(overview != std::string::npos);
  CHECK(overview < main);
  const size_t details = out.find("<details class=\"agreements\">");
  REQUIRE(details != std::string::npos);
  for (const auto& f : j["findings"]) {
    const std::string id = f["id"];
    const size_t card = out.find("id=\"f-" + id + "\"");
    REQUIRE(card != std::string::npos);
    if (f["kind"] == "conflict") {
      CHECK(out.find("href=\"#f-" + id + "\"") < main);
      CHECK(card < details);
    } else {
      CHECK(card > details);
    }
  }
}

TEST_CASE("report --format line: one line per conflict by default, at the first claim, column in characters") {
  const auto j = SeedJson();
  CliRun r = RunContraste({"report", "corpus", "--format", "line"});
  CHECK(r.status == 0);
  CHECK(Count(r.out, "\n") == j["summary"]["conflicts"].get<size_t>());
  CHECK(Count(r.out, ": error: conflict: ") == j["summary"]["conflicts"].get<size_t>());
  CHECK(r.out.find("corpus/000_692f4dc4092f85cc.txt:14:") != std::string::npos);
  CliRun all = RunContraste({"report", "corpus", "--format", "line", "--min-severity", "note"});
  CHECK(Count(all.out, "\n") == j["findings"].size());
}

TEST_CASE("report --format sarif: rules, one result per conflict, every side as a location") {
  const auto j = SeedJson();
  CliRun r = RunContraste({"report", "corpus", "--format", "sarif"});
  CHECK(r.status == 0);
  auto s = nlohmann::json::parse(r.out);
  CHECK(s["version"] == "2.1.0");
  CHECK(s["$schema"].get<std::string>().find("sarif-2.1.0") != std::string::npos);
  const auto& run = s["runs"][0];
  CHECK(run["columnKind"] == "utf16CodeUnits");
  CHECK(run["tool"]["driver"]["rules"].size() >= 4);
  REQUIRE(run["results"].size() == j["summary"]["conflicts"].get<size_t>());
  for (const auto& res : run["results"]) {
    CHECK(res["level"] == "error");
    CHECK(res["message"]["text"].is_string());
    const std::string id = res["partialFingerprints"]["contrasteId/v1"];
    for (const auto& f : j["findings"]) {
      if (f["id"] != id) continue;
      CHECK(1 + res["relatedLocations"].size() == f["claims"].size());
      const auto& region = res["locations"][0]["physicalLocation"]["region"];
      CHECK(region["startLine"] == f["claims"][0]["line"]);
      CHECK(region["byteOffset"] == f["claims"][0]["offset"]);
      CHECK(region["snippet"]["text"] == f["claims"][0]["quote"]);
      const std::string uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
      CHECK(uri.rfind("corpus/", 0) == 0);
    }
  }
}
