// Bad input gets a clear message naming the file (and byte offset), a non-zero exit, and never the
// silent loss of the other documents.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "test_support.h"
#include "test_paths.h"

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;
};

// Runs the built binary; stdout in `out`, stderr appended to the file `err_path`.
Run RunCli(const std::string& args, const std::string& err_path) {
  std::string cmd = std::string(CONTRASTE_BINARY) + " " + args + " 2>" + err_path;
  Run r;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

void Write(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary);
  out << bytes;
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("contraste-test-" + std::to_string(::getpid()) + "-" + std::to_string(rand()));
    fs::create_directories(path);
  }
  ~TempDir() {
    fs::remove_all(path);
    fs::remove(path.string() + ".stderr.log");
  }
};

}  // namespace

TEST_CASE("invalid UTF-8, empty and binary files are reported and the good ones still analysed") {
  TempDir dir;
  Write(dir.path / "good_a.txt", "Putin y Kim celebraron una cumbre de unos 90 minutos.\n");
  Write(dir.path / "good_b.txt", "Putin y Kim celebraron una cumbre de aproximadamente dos horas.\n");
  Write(dir.path / "bad_utf8.txt", std::string("La cumbre dur\xC3 unos minutos.\n"));
  Write(dir.path / "empty.txt", "  \n\n");
  Write(dir.path / "binary.txt", std::string("abc\0def", 7));
  std::string err = dir.path.string() + ".stderr.log";
  Run r = RunCli("report --format json " + dir.path.string(), err);
  CHECK(r.status == 3);  // skipped files are named, exit 3: the report covers the others
  std::string messages = contraste::testing::ReadFileOrEmpty(err);
  CHECK(messages.find("bad_utf8.txt: byte 13: invalid UTF-8") != std::string::npos);
  CHECK(messages.find("empty.txt: empty file") != std::string::npos);
  CHECK(messages.find("binary.txt: byte 3: NUL byte") != std::string::npos);
  auto report = nlohmann::json::parse(r.out);
  CHECK(report["documents"].size() == 2);
  CHECK(report["skipped"].size() == 3);
  CHECK(report["summary"]["conflicts"] == 1);
}

TEST_CASE("a missing path and an unknown option exit 2 with a message") {
  TempDir dir;
  std::string err = dir.path.string() + ".stderr.log";
  Run r = RunCli("report " + (dir.path / "nope").string(), err);
  CHECK(r.status == 2);
  CHECK(contraste::testing::ReadFileOrEmpty(err).find("no such file or directory") != std::string::npos);
  Run u = RunCli("report --no-such-flag", err);
  CHECK(u.status == 2);
  Run h = RunCli("report --help", err);
  CHECK(h.status == 0);
  CHECK(h.out.find("--format") != std::string::npos);
  // No sub-command: the help, listing the sub-commands, exit 0; an unknown one is a usage error.
  Run bare = RunCli("", err);
  CHECK(bare.status == 0);
  CHECK(bare.out.find("report") != std::string::npos);
  CHECK(bare.out.find("check") != std::string::npos);
  Run unknown = RunCli("no-such-command", err);
  CHECK(unknown.status == 2);
}

TEST_CASE("a broken rule set refuses to run with file:line:col") {
  TempDir dir;
  fs::copy(contraste::testing::SourcePath("rules"), dir.path / "rules", fs::copy_options::recursive);
  std::ofstream(dir.path / "rules/common/comparison/duration-interval.yaml", std::ios::app) << "colour: red\n";
  Write(dir.path / "a.txt", "Putin y Kim celebraron una cumbre de unos 90 minutos.\n");
  std::string err = dir.path.string() + ".stderr.log";
  Run r = RunCli("report --rules " + (dir.path / "rules").string() + " " + (dir.path / "a.txt").string(), err);
  CHECK(r.status == 2);
  std::string messages = contraste::testing::ReadFileOrEmpty(err);
  CHECK(messages.find("duration-interval.yaml:") != std::string::npos);
  CHECK(messages.find("unknown key 'colour'") != std::string::npos);
}
