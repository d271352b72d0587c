// Exit status CI can trust: an unreadable corpus file is named (stderr and JSON "skipped") and never
// turns contradictions (1) into an error (2); a run that is otherwise clean exits 3, so nothing is
// skipped with a silent 0; 2 is kept for usage errors, unreadable drafts, a missing corpus path and
// broken rules.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "diff/cli_process.h"

using namespace contraste::testing;

namespace {

// The seed corpus with one more file that cannot be read as an article (invalid UTF-8).
fs::path CorpusWithBadFile(const TempDir& dir) {
  fs::path corpus = dir.path / "corpus";
  fs::copy(SourcePath("corpus"), corpus, fs::copy_options::recursive);
  WriteText(corpus / "999_roto.txt", std::string("La cumbre dur\xC3 unos minutos.\n"));
  return corpus;
}

}  // namespace

TEST_CASE("contradictions exit 1 even when a corpus file was skipped; the file is named") {
  TempDir dir;
  const fs::path corpus = CorpusWithBadFile(dir);
  CliRun r = RunContraste({"check", "--corpus", corpus.string(), SourcePath("tests/data/drafts/cumbre_con_errores.md")});
  CHECK(r.status == 1);
  CHECK(r.err.find("warning: skipped: ") != std::string::npos);
  CHECK(r.err.find("999_roto.txt: byte 13: invalid UTF-8") != std::string::npos);
  CHECK(r.out.find(": error: contradicted: ") != std::string::npos);

  CliRun json = RunContraste(
      {"check", "--format", "json", "--corpus", corpus.string(), SourcePath("tests/data/drafts/cumbre_con_errores.md")});
  CHECK(json.status == 1);
  auto j = nlohmann::json::parse(json.out);
  REQUIRE(j["skipped"].size() == 1);
  CHECK(j["skipped"][0]["path"].get<std::string>().find("999_roto.txt") != std::string::npos);
}

TEST_CASE("a clean check exits 3 with a skipped corpus file; errors stay 2") {
  TempDir dir;
  const fs::path corpus = CorpusWithBadFile(dir);
  CliRun clean =
      RunContraste({"check", "--corpus", corpus.string(), SourcePath("tests/data/drafts/cumbre_coherente.md")});
  CHECK(clean.status == 3);
  CHECK(clean.err.find("999_roto.txt") != std::string::npos);
  // An unreadable draft is an error, contradictions or not.
  WriteText(dir.path / "roto.md", std::string("La cumbre dur\xC3 unos minutos.\n"));
  CliRun draft = RunContraste({"check", "--corpus", corpus.string(), SourcePath("tests/data/drafts/cumbre_con_errores.md"),
                               (dir.path / "roto.md").string()});
  CHECK(draft.status == 2);
  CHECK(draft.err.find("roto.md") != std::string::npos);
}

TEST_CASE("report: skipped files exit 3, a missing named path is an error") {
  TempDir dir;
  const fs::path corpus = CorpusWithBadFile(dir);
  CliRun r = RunContraste({"report", "--format", "json", corpus.string()});
  CHECK(r.status == 3);
  CHECK(r.err.find("warning: skipped: ") != std::string::npos);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["skipped"].size() == 1);
  CHECK(j["summary"]["conflicts"].get<int>() >= 3);
  CliRun missing = RunContraste({"report", (dir.path / "nope").string()});
  CHECK(missing.status == 2);
  CHECK(missing.err.find("no such file or directory") != std::string::npos);
}
