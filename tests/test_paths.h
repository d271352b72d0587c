// Where a test finds the source tree and the `contraste` CLI. ctest passes both in the environment
// (tests/CMakeLists.txt), not as compile definitions, so a test object does not depend on where the
// tree was cloned and a compiler cache reuses it in another clone (.ci/run). Run by hand, a suite
// falls back to the current directory as the source tree and build/contraste as the CLI, which is
// right from the top of the tree with the README's build directory.
//
//   std::string rules = std::string(CONTRASTE_SOURCE_DIR) + "/rules";
//   RunShell(std::string(CONTRASTE_BINARY) + " report corpus");
#pragma once

#include <cstdlib>

namespace contraste::testing {

inline const char* EnvOr(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

}  // namespace contraste::testing

#define CONTRASTE_SOURCE_DIR (::contraste::testing::EnvOr("CONTRASTE_SOURCE_DIR", "."))
#define CONTRASTE_BINARY (::contraste::testing::EnvOr("CONTRASTE_BINARY", "build/contraste"))
