// `cmake --install` lays out PREFIX/bin/contraste and PREFIX/share/contraste/rules, and the
// installed binary, run from another directory with no --rules and no $CONTRASTE_RULES, reads the
// installed rules (a rule file broken in PREFIX, and only there, stops it) and writes the seed
// report the source tree's golden file holds.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "check/cli_run.h"

using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

// A fresh install prefix, removed when the test ends.
struct InstallPrefix {
  fs::path dir = fs::temp_directory_path() / fmt::format("contraste-install-{}", ::getpid());
  InstallPrefix() { fs::remove_all(dir); }
  ~InstallPrefix() { fs::remove_all(dir); }
};

// Not "'" + string + "'": GCC 12's -Wrestrict misfires on it at -O3 (a -Werror build stops).
std::string Quoted(const fs::path& p) { return fmt::format("'{}'", p.string()); }

}  // namespace

TEST_CASE("the installed binary finds its installed rules from another directory") {
  InstallPrefix prefix;
  CliRun install = RunShell(std::string(CONTRASTE_CMAKE_COMMAND) + " --install " + Quoted(BuildDir()) +
                            " --prefix " + Quoted(prefix.dir) + " >/dev/null");
  REQUIRE_MESSAGE(install.status == 0, install.err);
  const fs::path bin = prefix.dir / "bin" / "contraste";
  const fs::path rules = prefix.dir / "share" / "contraste" / "rules";
  REQUIRE(fs::is_regular_file(bin));
  CHECK(fs::is_regular_file(rules / "common" / "comparison" / "duration-interval.yaml"));
  CHECK(fs::is_regular_file(rules / "es" / "numbers.yaml"));
  CHECK(fs::is_regular_file(rules / "en" / "numbers.yaml"));

  // Another working directory, holding a copy of the seed corpus and no rules/.
  const fs::path work = prefix.dir / "work";
  fs::create_directories(work);
  fs::copy(SourcePath("corpus"), work / "corpus", fs::copy_options::recursive);
  const std::string run = "cd " + Quoted(work) + " && env -u CONTRASTE_RULES " + Quoted(bin) + " ";
  CliRun report = RunShell(run + "report corpus");
  CHECK_MESSAGE(report.status == 0, report.err);
  CHECK(report.out == ReadFileOrEmpty(SourcePath("reports/seed.md")));

  // The rules it read are the installed ones: breaking one there, and only there, stops it.
  {
    std::ofstream broken(rules / "common" / "comparison" / "duration-interval.yaml", std::ios::app);
    broken << "\n  : [unclosed\n";
  }
  CliRun stopped = RunShell(run + "report corpus");
  CHECK(stopped.status == 2);
  CHECK_MESSAGE(stopped.err.find(rules.string()) != std::string::npos, stopped.err);
}
