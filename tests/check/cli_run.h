// Runs the built contraste binary from a test: exit status, stdout, stderr.
//
//   CliRun r = RunContraste("check tests/data/drafts/cumbre_con_errores.md");
//   CHECK(r.status == 1);
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "test_support.h"
#include "test_paths.h"

namespace contraste::testing {

struct CliRun {
  int status = -1;   // exit status; -1 when it did not exit normally
  std::string out;   // stdout
  std::string err;   // stderr
};

// Runs `command` through the shell, from the source tree (the tests' working directory).
inline CliRun RunShell(const std::string& command) {
  static int counter = 0;
  const std::filesystem::path err_path = std::filesystem::temp_directory_path() /
      ("contraste-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".stderr");
  CliRun r;
  FILE* p = popen((command + " 2>" + err_path.string()).c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  r.err = ReadFileOrEmpty(err_path.string());
  std::filesystem::remove(err_path);
  return r;
}

inline CliRun RunContraste(const std::string& args) { return RunShell(std::string(CONTRASTE_BINARY) + " " + args); }

// The build directory: where the contraste binary is (artefacts such as screenshots go there).
inline std::filesystem::path BuildDir() { return std::filesystem::path(CONTRASTE_BINARY).parent_path(); }

}  // namespace contraste::testing
