// Running the built `contraste` binary from a test: exit status, stdout, stderr; and throw-away
// directories holding a copy of the rule set.
//
//   TempDir dir;
//   CopyRules(dir.path / "rules");
//   CliRun r = RunContraste({"rules", "test", (dir.path / "rules").string()});
//   CHECK(r.status == 0);
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_support.h"
#include "test_paths.h"

namespace contraste::testing {

namespace fs = std::filesystem;

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') {
      q.append("'\\''");
    } else {
      q.push_back(c);
    }
  }
  q.push_back('\'');
  return q;
}

struct TempDir {
  fs::path path;
  TempDir() {
    static std::atomic<int> counter{0};
    path = fs::temp_directory_path() /
           ("contraste-e-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

// Runs a shell `command` from the source tree; stdout and stderr (through a file) captured.
inline CliRun RunCommand(const std::string& command) {
  TempDir scratch;
  const std::string err_path = (scratch.path / "stderr").string();
  CliRun r;
  FILE* p = popen((command + " 2>" + ShellQuote(err_path)).c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  r.err = ReadFileOrEmpty(err_path);
  return r;
}

// Runs CONTRASTE_BINARY with `args` in the source tree.
inline CliRun RunContraste(const std::vector<std::string>& args) {
  std::string cmd = ShellQuote(CONTRASTE_BINARY);
  for (const auto& a : args) {
    cmd.append(" ");
    cmd.append(ShellQuote(a));
  }
  return RunCommand(cmd);
}

// A copy of the repository's rules/ at `to`.
inline void CopyRules(const fs::path& to) {
  fs::copy(SourcePath("rules"), to, fs::copy_options::recursive);
}

inline void WriteText(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

// Replaces the first occurrence of `from` in the file; false when it is not there.
inline bool ReplaceInFile(const fs::path& p, const std::string& from, const std::string& to) {
  std::string text = ReadFileOrEmpty(p.string());
  size_t pos = text.find(from);
  if (pos == std::string::npos) return false;
  text.replace(pos, from.size(), to);
  WriteText(p, text);
  return true;
}

// Lines of `text` (without the newline), empty lines dropped.
inline std::vector<std::string> NonEmptyLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace contraste::testing
