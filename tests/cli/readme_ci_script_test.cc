// The README's "Newsroom CI" script, run as a newsroom would run it: taken from the README, in a git
// repository whose branch changed a draft, with the built contraste first on PATH. It fails (1) on
// a contradicting draft even when a published article had to be skipped, passes (0) a consistent
// draft in spite of the skipped article, writes the HTML page either way, and passes when no draft
// changed. Before, the script was only prose: nothing held it to the program's exit statuses.
#include <doctest/doctest.h>

#include <sstream>

#include "diff/cli_process.h"
#include "test_paths.h"

using namespace contraste::testing;
namespace fs = std::filesystem;

namespace {

// The README's script: the indented block that starts with "#!/usr/bin/env bash" and names
// ci/check-drafts, without its indentation.
std::string ReadmeScript() {
  std::istringstream in(ReadFileOrEmpty(SourcePath("README.md")));
  std::string script;
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (!inside && line == "    #!/usr/bin/env bash") {
      std::string next;
      std::getline(in, next);
      if (next.find("ci/check-drafts") == std::string::npos) continue;
      inside = true;
      script = line.substr(4) + "\n" + next.substr(4) + "\n";
      continue;
    }
    if (!inside) continue;
    if (line.rfind("    ", 0) != 0) break;
    script += line.substr(4) + "\n";
  }
  return script;
}

// A newsroom's repository: published/ (the seed articles and one file that cannot be read as an
// article) on origin/main, and a branch that adds `draft` as drafts/<name>.
struct Newsroom {
  TempDir dir;
  fs::path root = dir.path / "newsroom";

  CliRun Git(const std::string& args) {
    return RunCommand("cd " + ShellQuote(root.string()) +
                    " && git -c user.name=ci -c user.email=ci@example.org -c init.defaultBranch=main " + args);
  }

  Newsroom() {
    fs::create_directories(root / "published");
    for (const auto& e : fs::directory_iterator(SourcePath("corpus"))) {
      fs::copy_file(e.path(), root / "published" / e.path().filename());
    }
    WriteText(root / "published" / "roto.txt", std::string("Texto con un byte inválido: \xC3(\n"));
    fs::create_directories(root / "ci");
    WriteText(root / "ci" / "check-drafts", ReadmeScript());
    REQUIRE(Git("init -q && git add -A && git -c user.name=ci -c user.email=ci@example.org commit -qm published").status == 0);
    REQUIRE(Git("update-ref refs/remotes/origin/main HEAD && git checkout -qb draft").status == 0);
  }

  void AddDraft(const std::string& name, const std::string& source) {
    fs::create_directories(root / "drafts");
    fs::copy_file(SourcePath(source), root / "drafts" / name);
    REQUIRE(Git("add -A && git -c user.name=ci -c user.email=ci@example.org commit -qm draft").status == 0);
  }

  CliRun RunScript() {
    const std::string path = fs::path(CONTRASTE_BINARY).parent_path().string() + ":" + (getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
    return RunCommand("cd " + ShellQuote(root.string()) + " && PATH=" + ShellQuote(path) + " bash ci/check-drafts");
  }
};

}  // namespace

TEST_CASE("the README's CI script is there and checks the changed drafts") {
  const std::string script = ReadmeScript();
  REQUIRE_FALSE(script.empty());
  CHECK(script.find("contraste check \"${drafts[@]}\"") != std::string::npos);
  CHECK(script.find("exit \"$status\"") != std::string::npos);
}

TEST_CASE("README CI: a contradicting draft fails the job although a published article was skipped") {
  Newsroom n;
  n.AddDraft("cumbre.md", "tests/data/drafts/cumbre_con_errores.md");
  CliRun r = n.RunScript();
  CHECK_MESSAGE(r.status == 1, r.out << r.err);
  CHECK(r.out.find("drafts/cumbre.md:") != std::string::npos);  // file:line:col lines in the log
  CHECK(r.out.find(": error: contradicted: ") != std::string::npos);
  CHECK(r.err.find("skipped: ") != std::string::npos);
  CHECK(r.err.find("roto.txt") != std::string::npos);
  CHECK(fs::file_size(n.root / "contraste-check.html") > 1000);
}

TEST_CASE("README CI: a consistent draft passes; the skipped article is named, not a failure") {
  Newsroom n;
  n.AddDraft("cumbre.md", "tests/data/drafts/cumbre_coherente.md");
  CliRun r = n.RunScript();
  CHECK_MESSAGE(r.status == 0, r.out << r.err);
  CHECK(r.out.find(": error: ") == std::string::npos);
  CHECK(r.err.find("roto.txt") != std::string::npos);
  CHECK(fs::exists(n.root / "contraste-check.html"));
}

TEST_CASE("README CI: no draft changed, nothing to check") {
  Newsroom n;
  CliRun r = n.RunScript();
  CHECK(r.status == 0);
  CHECK(r.out.find("no drafts changed") != std::string::npos);
}
