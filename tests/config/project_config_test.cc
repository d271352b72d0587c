// .contraste.yaml: every key read, paths resolved against the file's directory, the report:/check:
// sections over the top level, the file found upward, and each mistake an error at its line and
// column.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "config/project_config.h"

using namespace contraste;
namespace fs = std::filesystem;

namespace {

const fs::path kProject = "/srv/newsroom";

Result<ProjectConfig> Parse(const std::string& text, const fs::path& cwd = kProject) {
  return ParseProjectConfig(text, (kProject / ".contraste.yaml").string(), cwd);
}

std::string ErrorOf(const std::string& text) {
  auto c = Parse(text);
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().code == ErrorCode::kUsage);
  return c.error().ToString();
}

// A directory tree under the temporary directory, removed at the end.
struct TempTree {
  fs::path root = fs::temp_directory_path() / ("contraste-config-" + std::to_string(::getpid()));
  TempTree() { fs::remove_all(root); fs::create_directories(root); }
  ~TempTree() { fs::remove_all(root); }
};

}  // namespace

TEST_CASE("every key is read; paths are the file's directory's, written relative to the working directory") {
  auto c = Parse(
      "rules: vendor/rules\n"
      "corpus: [published, /archive/2024]\n"
      "min_severity: error\n"
      "format: line\n"
      "disabled_rules: [venue-same-place, date-interval]\n"
      "check: {format: sarif}\n",
      kProject / "drafts");
  REQUIRE_MESSAGE(c.ok(), c.error().ToString());
  REQUIRE(c->rules);
  CHECK(c->rules->value == "../vendor/rules");
  CHECK(c->rules->line == 1);
  CHECK(c->rules->column == 8);
  REQUIRE(c->corpus.size() == 2);
  CHECK(c->corpus[0].value == "../published");
  CHECK(c->corpus[1].value == "../../../archive/2024");
  CHECK_FALSE(c->store);
  REQUIRE(c->disabled_rules.size() == 2);
  CHECK(c->disabled_rules[1].value == "date-interval");
  CHECK(c->disabled_rules[1].line == 5);
  // The check: section wins for check; report takes the top level.
  REQUIRE(c->Format("check"));
  CHECK(c->Format("check")->value == "sarif");
  CHECK(c->Format("report")->value == "line");
  CHECK(c->MinSeverity("check")->value == "error");
}

TEST_CASE("a store path is resolved like a directory; a database URL is left as written") {
  auto file = Parse("store: data/claims.db\n");
  REQUIRE(file.ok());
  CHECK(file->store->value == "data/claims.db");
  auto url = Parse("store: postgresql://db.example/claims\n");
  REQUIRE(url.ok());
  CHECK(url->store->value == "postgresql://db.example/claims");
}

TEST_CASE("an empty file sets nothing") {
  auto c = Parse("");
  REQUIRE(c.ok());
  CHECK_FALSE(c->rules);
  CHECK(c->corpus.empty());
  CHECK(c->Format("report") == nullptr);
}

TEST_CASE("mistakes are errors at their line and column") {
  const std::string file = (kProject / ".contraste.yaml").string();
  CHECK(ErrorOf("format: line\nrule: x\n").starts_with(file + ":2:1: unknown key 'rule'"));
  CHECK(ErrorOf("min_severity: low\n") == file + ":1:15: min_severity 'low' is not one of: error, warning, note");
  CHECK(ErrorOf("format: pdf\n").starts_with(file + ":1:9: format 'pdf' is not one of: md,"));
  CHECK(ErrorOf("report:\n  format: tsv\n").starts_with(file + ":2:11: report.format 'tsv'"));
  CHECK(ErrorOf("check: {colour: red}\n").starts_with(file + ":1:9: unknown key 'colour'"));
  CHECK(ErrorOf("corpus: published\nstore: claims.db\n") == file + ":2:8: give either 'corpus' or 'store', not both");
  CHECK(ErrorOf("rules: [a, b]\n") == file + ":1:8: 'rules' must be a non-empty string");
  CHECK(ErrorOf("disabled_rules: [a, {b: c}]\n") == file + ":1:21: 'disabled_rules' must hold only non-empty strings");
  CHECK(ErrorOf("format: [line\n").starts_with(file + ":"));  // YAML syntax, at its position
  CHECK(ErrorOf("- rules\n").starts_with(file + ":1:1: expected a map"));
}

TEST_CASE("a disabled rule must be a rule of the rule set") {
  auto c = Parse("format: md\ndisabled_rules:\n  - date-interval\n  - venue-same-plaec\n");
  REQUIRE(c.ok());
  CHECK(CheckDisabledRules(*c, {"date-interval", "venue-same-place"}).ok() == false);
  Status s = CheckDisabledRules(*c, {"date-interval", "venue-same-place"});
  CHECK(s.error().ToString() == (kProject / ".contraste.yaml").string() +
                                    ":4:5: disabled_rules: no rule 'venue-same-plaec' in the rule set (rules: "
                                    "date-interval, venue-same-place)");
  CHECK(CheckDisabledRules(*c, {"date-interval", "venue-same-plaec"}).ok());
}

TEST_CASE("the file is found in the working directory or the nearest directory above it") {
  TempTree tree;
  fs::create_directories(tree.root / "a" / "b" / "c");
  std::ofstream(tree.root / "a" / ".contraste.yaml") << "format: line\n";
  CHECK(FindProjectConfig(tree.root / "a" / "b" / "c") == (tree.root / "a" / ".contraste.yaml").string());
  CHECK(FindProjectConfig(tree.root / "a") == (tree.root / "a" / ".contraste.yaml").string());
  std::ofstream(tree.root / "a" / "b" / ".contraste.yaml") << "format: md\n";
  CHECK(FindProjectConfig(tree.root / "a" / "b" / "c") == (tree.root / "a" / "b" / ".contraste.yaml").string());
  // A directory named like the file is not the file.
  fs::create_directories(tree.root / "d" / ".contraste.yaml");
  auto above_d = FindProjectConfig(tree.root / "d");
  CHECK((!above_d || *above_d != (tree.root / "d" / ".contraste.yaml").string()));
}
