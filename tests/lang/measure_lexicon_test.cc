// rules/<lang>/measures.yaml is loaded strictly: each mistake gives one line "file:line:col:
// message" and exit status 2, and the measures name rules that exist and compare their slot.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "diff/cli_process.h"

using namespace contraste::testing;

namespace {

int LineStarting(const std::string& text, const std::string& prefix) {
  int line = 1;
  size_t pos = 0;
  while (pos <= text.size()) {
    if (text.compare(pos, prefix.size(), prefix) == 0) return line;
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) break;
    pos = nl + 1;
    ++line;
  }
  return 0;
}

struct Case {
  const char* what;
  const char* from;
  const char* to;
  const char* line_starts;  // the line the error points at
  int column;
  const char* message;
};

}  // namespace

TEST_CASE("each malformed measure gives file:line:col and exit status 2") {
  const Case cases[] = {
      {"unknown key", "  - id: deaths\n", "  - id: deaths\n    colour: red\n", "    colour: red", 5,
       "unknown key 'colour'"},
      {"unknown rule", "    rule: casualty-count-interval\n    cumulative: true\n    nouns: [muerto",
       "    rule: casualty-count-intervals\n    cumulative: true\n    nouns: [muerto", "    rule: casualty-count-intervals", 11,
       "measure 'deaths' names unknown rule 'casualty-count-intervals'"},
      {"a rule that does not compare the measure's slot", "    rule: casualty-count-interval\n    cumulative: true\n    nouns: [muerto",
       "    rule: age-interval\n    cumulative: true\n    nouns: [muerto", "    rule: age-interval", 11,
       "measure 'deaths' fills slot 'quantity', which its rule 'age-interval' does not compare"},
      {"unknown unit", "units: [hectárea,", "units: [hectáreas,", "    units: [hectáreas,", 13, "unknown unit 'hectáreas'"},
      {"unknown default unit", "    default_unit: grado celsius\n    nouns: [grado]", "    default_unit: grado kelvin\n    nouns: [grado]",
       "    default_unit: grado kelvin", 19, "unknown unit 'grado kelvin'"},
      {"unknown slot", "    slot: duration\n    rule: age-interval", "    slot: length\n    rule: age-interval",
       "    slot: length", 11, "unknown slot 'length' (valid: quantity, duration)"},
      {"a measure defined twice", "  - id: injured\n", "  - id: deaths\n", "  - id: deaths\n    family: casualties\n    rule: casualty-count-interval\n    cumulative: true\n    nouns: [herido", 9,
       "measure 'deaths' is defined twice"},
      {"unknown subject kind", "subject: {kinds: [person, organisation]}\n  - id: vote_share",
       "subject: {kinds: [persona, organisation]}\n  - id: vote_share", "    subject: {kinds: [persona", 23,
       "unknown entity kind 'persona'"},
      {"any counted noun without context words", "\nmeasures:\n",
       "\nmeasures:\n  - id: anything\n    rule: casualty-count-interval\n    any_noun: true\n",
       "    any_noun: true\n  # --- people", 15, "measure 'anything' takes any counted noun, so it needs 'context'"},
      {"pairs without context words", "\nmeasures:\n",
       "\nmeasures:\n  - id: pairing\n    rule: casualty-count-interval\n    pairs: [x]\n",
       "    pairs: [x]\n  # --- people", 12, "measure 'pairing' reads pairs, so it needs 'context'"},
      {"any counted noun with nouns of its own", "    cumulative: true\n    any_noun: true\n    context: [destruidos",
       "    cumulative: true\n    any_noun: true\n    nouns: [coche]\n    context: [destruidos", "    any_noun: true\n    nouns: [coche]", 15,
       "measure 'destroyed' takes any counted noun: it lists no nouns or units"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    TempDir dir;
    fs::path rules = dir.path / "rules";
    CopyRules(rules);
    fs::path file = rules / "es/measures.yaml";
    REQUIRE(ReplaceInFile(file, c.from, c.to));
    const std::string text = ReadFileOrEmpty(file.string());
    int line = 0;
    if (std::string(c.line_starts).find('\n') != std::string::npos) {
      // The second definition of a duplicate: its line is where the duplicate text starts.
      const size_t at = text.find(c.line_starts);
      REQUIRE(at != std::string::npos);
      line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n')) + 1;
    } else {
      line = LineStarting(text, c.line_starts);
    }
    REQUIRE(line > 0);
    const std::string where = fmt::format("{}:{}:{}: ", file.string(), line, c.column);
    CliRun r = RunContraste({"report", "--rules", rules.string(), "corpus"});
    CHECK(r.status == 2);
    std::vector<std::string> lines = NonEmptyLines(r.err);
    REQUIRE(lines.size() == 1);
    CAPTURE(lines[0]);
    CHECK(lines[0].rfind("contraste: " + where, 0) == 0);
    CHECK(lines[0].find(c.message) != std::string::npos);
  }
}

TEST_CASE("a rule set without measures.yaml loads: values have no measure") {
  TempDir dir;
  fs::path rules = dir.path / "rules";
  CopyRules(rules);
  for (const auto& lang : fs::directory_iterator(rules)) {
    if (lang.is_directory()) fs::remove(lang.path() / "measures.yaml");
  }
  // The rules the measures named are plain rules now, and two rules for one slot is an error.
  for (const char* rule : {"casualty-count-interval", "crowd-count-interval", "vote-count-interval", "share-interval",
                           "money-interval", "magnitude-interval", "distance-interval", "area-interval",
                           "temperature-interval", "age-interval", "lasted-interval", "delay-interval", "score-same",
                           "finish-time-interval", "year-interval", "count-interval"}) {
    fs::remove(rules / "common/comparison" / (std::string(rule) + ".yaml"));
  }
  CliRun r = RunContraste({"report", "--rules", rules.string(), "corpus"});
  CHECK(r.status == 0);
}
