// A broken rule set never runs: each kind of mistake in a rule file gives exactly one line on stderr,
// "file:line:col: message" pointing at the mistake, and exit status 2, for `rules test` and `report`.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <functional>

#include "diff/cli_process.h"

using namespace contraste::testing;

namespace {

// 1-based line of the first line of `text` that starts with `prefix`.
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
  // Breaks the copy of the rule set in `rules` and returns the file that is now wrong.
  std::function<fs::path(const fs::path& rules)> breaks;
  const char* line_starts;  // the line the error must point at: the first line starting with this
  int column;
  const char* message;      // part of the message
};

const char* kRule = "common/comparison/duration-interval.yaml";

}  // namespace

TEST_CASE("each malformed rule file gives one line with file:line:col and exit status 2") {
  const Case cases[] = {
      {"bad YAML syntax",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "slots: [duration]", "slots: [duration"));
         return r / kRule;
       },
       "description:", 12, "YAML syntax"},
      {"unknown key",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "tolerance: 0.05\n", "tolerance: 0.05\ncolour: red\n"));
         return r / kRule;
       },
       "colour:", 1, "unknown key 'colour' (valid: id, kind, slots"},
      {"wrong type",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "tolerance: 0.05", "tolerance: [0.05]"));
         return r / kRule;
       },
       "tolerance:", 12, "'tolerance' must be a number"},
      {"invalid value",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "tolerance: 0.05", "tolerance: 5"));
         return r / kRule;
       },
       "tolerance:", 12, "'tolerance' must be between 0 and 1"},
      {"unknown rule kind",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "kind: interval_overlap", "kind: interval_overlaps"));
         return r / kRule;
       },
       "kind:", 7, "unknown rule kind 'interval_overlaps' (valid: interval_overlap"},
      {"invalid pattern in an explanation",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "lasted: {values}.", "lasted: {valuez}."));
         return r / kRule;
       },
       "conflict:", 11, "unknown placeholder '{valuez}'"},
      {"unclosed placeholder",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "length: {values}.", "length: {values."));
         return r / kRule;
       },
       "agreement:", 12, "is never closed"},
      {"reference to a slot no language defines",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "slots: [duration]", "slots: [durration]"));
         return r / kRule;
       },
       "slots:", 8, "unknown slot 'durration'"},
      {"duplicate key",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "tolerance: 0.05\n", "tolerance: 0.05\ntolerance: 0.1\n"));
         return r / kRule;
       },
       "tolerance: 0.1", 1, "duplicate key 'tolerance'"},
      {"duplicate id",
       [](const fs::path& r) {
         fs::copy_file(r / kRule, r / "common/comparison/duration-interval.yml");
         return r / "common/comparison/duration-interval.yml";
       },
       "id:", 1, "duplicate rule id 'duration-interval'"},
      {"id that is not the file name",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "id: duration-interval", "id: duration"));
         return r / kRule;
       },
       "id:", 5, "must equal the file name"},
      {"unknown expect",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "expect: conflict", "expect: conflicts"));
         return r / kRule;
       },
       "    expect: conflicts", 13, "unknown expect 'conflicts'"},
      {"a cited quote that is in no article",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / kRule, "quotes: [unos 90 minutos,", "quotes: [unos 95 minutos,"));
         return r / kRule;
       },
       "    quotes: [unos 95", 13, "quote 'unos 95 minutos' is in none of the articles"},
      {"unknown co_stated value",
       [](const fs::path& r) {
         fs::path venue = r / "common/comparison/venue-same-place.yaml";
         REQUIRE(ReplaceInFile(venue, "co_stated: compatible", "co_stated: moments"));
         return venue;
       },
       "co_stated:", 12, "unknown co_stated 'moments'"},
      {"a fallback frame with triggers",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / "es/frames.yaml", "    fallback: true\n", "    fallback: true\n    triggers: [hecho]\n"));
         return r / "es/frames.yaml";
       },
       "    triggers: [hecho]", 15, "is the fallback frame and takes no triggers"},
      {"a second fallback frame",
       [](const fs::path& r) {
         REQUIRE(ReplaceInFile(r / "es/frames.yaml", "    slots: [duration, quantity, venue, date, state]\n",
                               "    slots: [duration, quantity, venue, date, state]\n  other:\n    fallback:  true\n    slots: [date]\n"));
         return r / "es/frames.yaml";
       },
       "    fallback:  true", 16, "is a second fallback frame (the first is 'event')"},
      {"a file that is not a rule file",
       [](const fs::path& r) {
         WriteText(r / "common/comparison/notes.txt", "to do\n");
         return r / "common/comparison/notes.txt";
       },
       nullptr, 0, "not a rule file"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    TempDir dir;
    fs::path rules = dir.path / "rules";
    CopyRules(rules);
    fs::path broken = c.breaks(rules);
    std::string where = broken.string();
    if (c.line_starts) {
      int line = LineStarting(ReadFileOrEmpty(broken.string()), c.line_starts);
      REQUIRE(line > 0);
      where.append(fmt::format(":{}:{}: ", line, c.column));
    } else {
      where += ": ";
    }
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"rules", "test", rules.string()},
          std::vector<std::string>{"report", "--rules", rules.string(), "corpus"}}) {
      CAPTURE(args[0]);
      CliRun r = RunContraste(args);
      CHECK(r.status == 2);
      CHECK(r.out.empty());
      std::vector<std::string> lines = NonEmptyLines(r.err);
      REQUIRE(lines.size() == 1);
      CAPTURE(lines[0]);
      CHECK(lines[0].rfind("contraste: " + where, 0) == 0);
      CHECK(lines[0].find(c.message) != std::string::npos);
    }
  }
}

TEST_CASE("an intact copy of the rule set passes its examples and prints the summary line last") {
  TempDir dir;
  CopyRules(dir.path / "rules");
  CliRun r = RunContraste({"rules", "test", (dir.path / "rules").string()});
  CAPTURE(r.out);
  CHECK(r.status == 0);
  std::vector<std::string> lines = NonEmptyLines(r.out);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.back().find(" passed, 0 failed") != std::string::npos);
  CHECK(lines.back().find_first_not_of("0123456789") > 0);
  // --rules is the same as the positional directory; a failing example makes the exit status 1.
  REQUIRE(ReplaceInFile(dir.path / "rules" / kRule, "quotes: [unos 90 minutos, aproximadamente dos horas]",
                        "quotes: [unos 90 minutos]"));
  CliRun failing = RunContraste({"rules", "test", "--rules", (dir.path / "rules").string()});
  CHECK(failing.status == 1);
  CHECK(failing.out.find("FAIL  " + (dir.path / "rules" / kRule).string() + ":9  ninety minutes against two hours") !=
        std::string::npos);
  CHECK(NonEmptyLines(failing.out).back().find(" passed, 1 failed") != std::string::npos);
}

TEST_CASE("rules explain shows what a rule checks, its options and its examples") {
  CliRun r = RunContraste({"rules", "explain", "duration-interval"});
  CHECK(r.status == 0);
  CHECK(r.out.find("kind:       interval_overlap") != std::string::npos);
  CHECK(r.out.find("tolerance:  0.05") != std::string::npos);
  CHECK(r.out.find("slots:      duration") != std::string::npos);
  CHECK(r.out.find("ninety minutes against two hours (line 9): expect conflict") != std::string::npos);
  CHECK(r.out.find("cites: \"unos 90 minutos\", \"aproximadamente dos horas\"") != std::string::npos);
  CliRun unknown = RunContraste({"rules", "explain", "no-such-rule"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("no rule 'no-such-rule' (rules: ") != std::string::npos);
  CHECK(unknown.err.find("duration-interval") != std::string::npos);
}
