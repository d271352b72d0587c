// The gold corpus: articles of each story under "<story>/<stem>" (two stories' 01_a stay apart),
// quotes located with their line and column, and items pruned of articles that are not analysed.
#include "eval/gold_corpus.h"

#include <doctest/doctest.h>

#include "test_support.h"

namespace contraste {
namespace {

GoldGroup TestGroup() {
  std::vector<GoldFile> files;
  for (const char* name : {"cumbre.yaml", "incendio.yaml"}) {
    auto f = LoadGoldFile(testing::SourcePath(std::string("tests/data/eval/gold/") + name));
    REQUIRE(f);
    files.push_back(std::move(*f));
  }
  auto groups = GroupGoldFiles(std::move(files));
  REQUIRE(groups);
  REQUIRE(groups->size() == 1);
  return std::move(groups->front());
}

TEST_CASE("articles are read per story with unique ids, and every quote is located") {
  auto corpus = LoadGoldCorpus(TestGroup());
  REQUIRE(corpus);
  std::vector<std::string> ids;
  for (const Document& d : corpus->documents) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"cumbre-pyongyang/01_a", "cumbre-pyongyang/02_b", "cumbre-pyongyang/03_c",
                                        "cumbre-pyongyang/04_fr", "incendio-malpica/01_a", "incendio-malpica/02_b"});
  REQUIRE(corpus->items.size() == 8);
  const LocatedItem& place = corpus->items[3];  // summit-place: the second "Pyongyang" of 01_a
  CHECK(place.item.id == "summit-place");
  const LocatedQuote& q = place.sides[0][0];
  CHECK(q.doc_id == "cumbre-pyongyang/01_a");
  CHECK(q.at.line == 3);
  CHECK(corpus->documents[0].bytes.substr(q.span.offset, q.span.length) == "Pyongyang");
  CHECK(q.span.offset > corpus->documents[0].bytes.find("Pyongyang"));
}

TEST_CASE("quotes of articles that are not analysed are taken out; an item left with nothing to score is set aside") {
  auto corpus = LoadGoldCorpus(TestGroup());
  REQUIRE(corpus);
  std::vector<LocatedItem> set_aside;
  auto kept = WithoutDocuments(corpus->items, {"cumbre-pyongyang/04_fr"}, &set_aside);
  REQUIRE(set_aside.size() == 1);
  CHECK(set_aside[0].item.id == "summit-length-two-hours");
  CHECK(kept.size() == 7);
  // Without 03_c, summit-length keeps both sides (01_a still holds side 1) and its quotes stay
  // parallel to their places; summit-length-agreed has one document left and is set aside.
  set_aside.clear();
  kept = WithoutDocuments(corpus->items, {"cumbre-pyongyang/03_c"}, &set_aside);
  REQUIRE(set_aside.size() == 1);
  CHECK(set_aside[0].item.id == "summit-length-agreed");
  CHECK(kept[0].item.id == "summit-length");
  REQUIRE(kept[0].sides.size() == 2);
  REQUIRE(kept[0].sides[0].size() == 1);
  CHECK(kept[0].item.sides[0].size() == 1);
  CHECK(kept[0].item.sides[0][0].quote == "unos 90 minutos");
  // Without 02_b, the incendio items are untouched and every two-sided cumbre item loses a side.
  set_aside.clear();
  kept = WithoutDocuments(corpus->items, {"cumbre-pyongyang/02_b"}, &set_aside);
  CHECK(set_aside.size() == 4);  // summit-length, the trap, summit-place, summit-length-two-hours
  CHECK(kept.size() == 4);
}

}  // namespace
}  // namespace contraste
