// .contraste.yaml from the command line: found upward from the working directory, its settings
// used where no flag is given, flags winning over it, disabled rules neither shown nor failing a
// check, a broken file an error with its position (exit 2), --no-config and --config.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "check/cli_run.h"
#include "test_paths.h"

using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

// A project directory with a .contraste.yaml, and a sub-directory to run from.
struct Project {
  static inline int made = 0;
  fs::path root = fs::temp_directory_path() /
                  ("contraste-project-" + std::to_string(::getpid()) + "-" + std::to_string(made++));
  explicit Project(const std::string& config) {
    fs::remove_all(root);
    fs::create_directories(root / "drafts" / "today");
    std::ofstream(root / ".contraste.yaml") << config;
    fs::copy_file(SourcePath("tests/data/drafts/cumbre_con_errores.md"), root / "drafts" / "today" / "cumbre.md");
  }
  ~Project() { fs::remove_all(root); }
  // contraste with `args`, run from drafts/today.
  CliRun Run(const std::string& args) const {
    return RunShell("cd '" + (root / "drafts" / "today").string() + "' && env -u CONTRASTE_RULES " +
                    std::string(CONTRASTE_BINARY) + " " + args);
  }
};

std::string Config(const std::string& more) {
  return "rules: " + SourcePath("rules") + "\ncorpus: " + SourcePath("corpus") + "\n" + more;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the corpus, rules and formats come from the file found above; flags win") {
  Project p(Config("format: line\ncheck: {format: json}\n"));
  CliRun report = p.Run("report");
  CHECK(report.status == 0);
  CHECK(report.out.find(": error: conflict: ") != std::string::npos);  // line format, from the file
  CHECK(report.out.find("# ") != 0);
  CliRun md = p.Run("report --format md");
  CHECK(md.out.starts_with("# "));
  CliRun check = p.Run("check cumbre.md");
  CHECK(check.status == 1);
  CHECK(check.out.starts_with("{"));  // the check: section's json
  CliRun lines = p.Run("check cumbre.md -f line");
  CHECK(lines.out.find("cumbre.md:") == 0);
  CliRun shown = p.Run("config");
  CHECK(shown.status == 0);
  CHECK(shown.out.find("configuration:  " + (p.root / ".contraste.yaml").string()) != std::string::npos);
  CHECK(shown.out.find("report format:  line (" + (p.root / ".contraste.yaml").string() + ":3)") != std::string::npos);
  CHECK(shown.out.find("check format:   json (" + (p.root / ".contraste.yaml").string() + ":4)") != std::string::npos);
}

TEST_CASE("disabled rules are neither shown nor fail the check") {
  Project all(Config(""));
  CliRun before = all.Run("check cumbre.md --min-severity note");
  CHECK(before.status == 1);
  REQUIRE(Count(before.out, "[duration-interval]") > 0);
  const size_t errors = Count(before.out, ": error: ");
  Project some(Config("disabled_rules: [duration-interval, venue-same-place, date-interval, date-weekday-consistency, "
                      "previous-occurrence-consistency, since-previous-interval]\n"));
  CliRun after = some.Run("check cumbre.md --min-severity note");
  CHECK(Count(after.out, "[duration-interval]") == 0);
  CHECK(Count(after.out, "[venue-same-place]") == 0);
  CHECK(Count(after.out, ": error: ") < errors);
  CHECK_MESSAGE(after.status == 0, after.out, after.err);
  CliRun report = some.Run("report -f json");
  CHECK(report.out.find("\"rule\": \"duration-interval\"") == std::string::npos);
}

TEST_CASE("a broken file stops the run with its position; --no-config reads none; --config names one") {
  Project p(Config("min_severity: everything\n"));
  const std::string file = (p.root / ".contraste.yaml").string();
  CliRun broken = p.Run("report");
  CHECK(broken.status == 2);
  CHECK(broken.err == "contraste: " + file + ":3:15: min_severity 'everything' is not one of: error, warning, note\n");
  CliRun none = p.Run("report --no-config " + SourcePath("corpus"));
  CHECK(none.status == 0);
  CHECK(none.out.starts_with("# "));
  std::ofstream(p.root / "other.yaml") << Config("format: sarif\n");
  CliRun named = p.Run("report --config ../../other.yaml");
  CHECK(named.status == 0);
  CHECK(named.out.find("\"version\": \"2.1.0\"") != std::string::npos);
  Project unknown(Config("disabled_rules: [no-such-rule]\n"));
  CliRun misspelt = unknown.Run("check cumbre.md");
  CHECK(misspelt.status == 2);
  CHECK(misspelt.err.find((unknown.root / ".contraste.yaml").string() + ":3:18: disabled_rules: no rule 'no-such-rule'") !=
        std::string::npos);
}
