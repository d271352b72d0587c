// Drafts: id = file stem, front matter honoured, --published/--language override it, and files that
// cannot be drafts are errors naming them.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "check/draft_loader.h"
#include "test_support.h"

using namespace contraste;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("contraste-drafts-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string Write(const std::string& rel, const std::string& bytes) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel, std::ios::binary) << bytes;
    return (path / rel).string();
  }
};

const char* kWithFrontMatter = "---\npublished: 2024-06-20\nlanguage: es\noutlet: Borrador\n---\nPutin y Kim.\n";

}  // namespace

TEST_CASE("front matter is honoured and the flags override it") {
  TempDir dir;
  const std::string path = dir.Write("cumbre.draft.md", kWithFrontMatter);
  SUBCASE("front matter") {
    DraftLoad load = LoadDrafts({path}, DraftOverrides{});
    REQUIRE(load.errors.empty());
    REQUIRE(load.drafts.size() == 1);
    CHECK(load.drafts[0].id == "cumbre.draft");  // the file stem
    CHECK(load.drafts[0].path == path);
    CHECK(load.drafts[0].published->ToString() == "2024-06-20");
    CHECK(load.drafts[0].outlet == "Borrador");
    CHECK(load.drafts[0].assumptions.empty());
  }
  SUBCASE("flags win") {
    DraftOverrides flags;
    flags.published = CivilDate::Parse("2025-01-02");
    flags.language = "en";
    DraftLoad load = LoadDrafts({path}, flags);
    REQUIRE(load.drafts.size() == 1);
    CHECK(load.drafts[0].published->ToString() == "2025-01-02");
    CHECK(load.drafts[0].language == "en");
  }
  SUBCASE("flags fill what the front matter lacks, and nothing is reported as assumed") {
    const std::string bare = dir.Write("bare.txt", "Putin y Kim.\n");
    DraftOverrides flags;
    flags.published = CivilDate::Parse("2024-06-21");
    flags.language = "es";
    DraftLoad load = LoadDrafts({bare}, flags);
    REQUIRE(load.drafts.size() == 1);
    CHECK(load.drafts[0].published->ToString() == "2024-06-21");
    CHECK(load.drafts[0].assumptions.empty());
  }
}

TEST_CASE("a directory, a missing file, a bad file and a repeated stem are errors naming the file") {
  TempDir dir;
  const std::string good = dir.Write("a/nota.md", kWithFrontMatter);
  const std::string same_stem = dir.Write("b/nota.txt", kWithFrontMatter);
  const std::string bad = dir.Write("mala.md", std::string("La cumbre dur\xC3 mucho.\n"));
  const std::string missing = (dir.path / "no-existe.md").string();
  DraftLoad load = LoadDrafts({good, dir.path.string(), same_stem, bad, missing}, DraftOverrides{});
  REQUIRE(load.drafts.size() == 1);
  CHECK(load.drafts[0].id == "nota");
  REQUIRE(load.errors.size() == 4);
  CHECK(load.errors[0].file == dir.path.string());
  CHECK(load.errors[1].file == same_stem);
  CHECK(load.errors[2].file == bad);
  CHECK(load.errors[2].code == ErrorCode::kInvalidUtf8);
  CHECK(load.errors[3].file == missing);
  for (const Error& e : load.errors) CHECK_FALSE(e.ToString().empty());
}
