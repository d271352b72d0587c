// The README's two commands on a fresh machine stay true to the build: the first builds the
// program alone (not the tests, benchmarks and tools, most of the build) before the report over
// corpus/; the second builds the rest and runs the tests; .ci/run still builds everything. Before,
// the first command built every target.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

using namespace contraste::testing;

namespace {

// The indented command lines of the README's section "## Two commands ...", in order.
std::vector<std::string> TwoCommands() {
  std::istringstream in(ReadFileOrEmpty(SourcePath("README.md")));
  std::vector<std::string> commands;
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) inside = line.rfind("## Two commands", 0) == 0;
    if (inside && line.rfind("    ", 0) == 0) commands.push_back(line.substr(4));
  }
  return commands;
}

}  // namespace

TEST_CASE("the README's first command builds only the program; the second builds the tests and runs them") {
  const std::vector<std::string> commands = TwoCommands();
  REQUIRE(commands.size() == 2);
  const std::string& first = commands[0];
  CHECK(first.find("bash scripts/setup.sh") == 0);
  CHECK(first.find("cmake --build build --target contraste && build/contraste report corpus") != std::string::npos);
  const std::string& second = commands[1];
  const size_t build = second.find("cmake --build build");
  const size_t test = second.find("ctest --test-dir build");
  REQUIRE(build != std::string::npos);
  REQUIRE(test != std::string::npos);
  CHECK(build < test);
  CHECK(second.find("--target") == std::string::npos);  // everything: tests, benchmarks, tools
  // The program the first command builds is the CLI target of the top CMakeLists.
  CHECK(ReadFileOrEmpty(SourcePath("CMakeLists.txt")).find("add_executable(contraste ") != std::string::npos);
}

TEST_CASE(".ci/run still builds every target and runs the tests") {
  const std::string ci = ReadFileOrEmpty(SourcePath(".ci/run"));
  const size_t build = ci.find("\ncmake --build build -j 2\n");
  const size_t test = ci.find("\nctest --test-dir build");
  REQUIRE(build != std::string::npos);
  REQUIRE(test != std::string::npos);
  CHECK(build < test);
}
