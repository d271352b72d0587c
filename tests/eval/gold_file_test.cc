// Gold files are read strictly: every fault is an error naming file:line:col, so that an annotator
// sees where to mend it.
#include "eval/gold_file.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include "test_paths.h"

namespace contraste {
namespace {

const char* kHeader = "schema: contraste.gold/1\nstory: s\narticles: ../articles/s\nitems:\n";

std::string WithItems(const std::string& items) { return std::string(kHeader) + items; }

TEST_CASE("a well-formed gold file: items, sides, quotes, occurrence, articles resolved against the file") {
  auto gold = ParseGoldFile(WithItems("  - id: a\n"
                                      "    kind: conflict\n"
                                      "    measure: deaths\n"
                                      "    sides:\n"
                                      "      - - {doc: 01_x, quote: \"12 muertos\"}\n"
                                      "        - {doc: 02_y, quote: \"doce\", occurrence: 2}\n"
                                      "      - - {doc: 03_z, quote: \"14 fallecidos\"}\n"),
                            "tests/gold/stories/s.yaml");
  REQUIRE(gold);
  CHECK(gold->story == "s");
  CHECK(gold->articles == "tests/gold/articles/s");
  REQUIRE(gold->items.size() == 1);
  const GoldItem& item = gold->items[0];
  CHECK(item.kind == "conflict");
  CHECK(item.measure == "deaths");
  CHECK(item.line == 5);
  REQUIRE(item.sides.size() == 2);
  CHECK(item.sides[0].size() == 2);
  CHECK(item.sides[0][0].occurrence == 0);
  CHECK(item.sides[0][1].occurrence == 2);
  CHECK(item.sides[0][1].line == 10);
  CHECK(item.sides[1][0].quote == "14 fallecidos");
}

TEST_CASE("faults in a gold file are errors at their line and column") {
  struct Case {
    std::string text;
    int line;
    int column;
    const char* says;
  };
  const Case cases[] = {
      {WithItems("  - id: a\n    kind: contradiction\n    sides: []\n"), 6, 11, "unknown kind 'contradiction'"},
      {WithItems("  - id: a\n    kind: trap\n    sides:\n      - - {doc: d, quote: q}\n      - - {doc: d, quote: r}\n"
                 "  - id: a\n    kind: trap\n    sides:\n      - - {doc: d, quote: q}\n      - - {doc: d, quote: r}\n"),
       10, 9, "duplicate item id 'a'"},
      {WithItems("  - id: a\n    kind: conflict\n    sides:\n      - - {doc: d, quote: q}\n"), 8, 7,
       "a conflict has two or more sides"},
      {WithItems("  - id: a\n    kind: agreement\n    sides:\n      - - {doc: d, quote: q}\n"), 8, 7,
       "an agreement has one side holding two or more claims"},
      {WithItems("  - id: a\n    kind: trap\n    sides:\n      - - {doc: d, quote: q, occurrence: 0}\n"
                 "      - - {doc: d, quote: r}\n"),
       8, 42, "'occurrence' must be a whole number from 1"},
      {WithItems("  - id: a\n    kind: trap\n    sides:\n      - - {doc: d, text: q}\n      - - {doc: d, quote: r}\n"),
       8, 20, "unknown key 'text'"},
      {WithItems("  - id: a\n    kind: trap\n    sides:\n      - - {doc: d}\n      - - {doc: d, quote: r}\n"), 8, 11,
       "missing required key 'quote'"},
      {"schema: contraste.gold/2\nstory: s\narticles: a\nitems: []\n", 1, 9, "unknown schema"},
      {"schema: contraste.gold/1\narticles: a\nitems: []\n", 1, 1, "missing required key 'story'"},
      {"schema: contraste.gold/1\nstory: s\narticles: a\nitems: [\n", 5, 1, "YAML syntax"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto gold = ParseGoldFile(c.text, "g.yaml");
    REQUIRE_FALSE(gold);
    CHECK(gold.error().code == ErrorCode::kBadGold);
    CHECK(gold.error().file == "g.yaml");
    CHECK(gold.error().line == c.line);
    CHECK(gold.error().column == c.column);
    CHECK(gold.error().message.find(c.says) != std::string::npos);
  }
}

TEST_CASE("gold files of a directory are listed sorted; a directory without any is an error") {
  auto listed = ListGoldFiles({std::string(CONTRASTE_SOURCE_DIR) + "/tests/data/eval/gold"});
  REQUIRE(listed);
  REQUIRE(listed->size() == 2);
  CHECK((*listed)[0].ends_with("/cumbre.yaml"));
  CHECK((*listed)[1].ends_with("/incendio.yaml"));
  const auto empty = std::filesystem::temp_directory_path() / ("contraste-gold-" + std::to_string(::getpid()));
  std::filesystem::create_directories(empty);
  auto none = ListGoldFiles({empty.string()});
  std::filesystem::remove_all(empty);
  REQUIRE_FALSE(none);
  CHECK(none.error().ToString() == empty.string() + ": no gold files (*.yaml) in this directory");
}

}  // namespace
}  // namespace contraste
