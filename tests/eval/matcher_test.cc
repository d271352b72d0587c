// Matching findings to gold items and the figures that follow, on a hand-built analysis: spans
// overlap in the same document, two different sides on both, agreements across documents.
#include "eval/matcher.h"

#include <doctest/doctest.h>

#include "eval/scores.h"

namespace contraste {
namespace {

Claim At(size_t doc, size_t offset, size_t length, const char* quote) {
  Claim c;
  c.doc = doc;
  c.offset = offset;
  c.length = length;
  c.quote = quote;
  c.line = 1;
  c.column = static_cast<int>(offset) + 1;
  return c;
}

Finding Found(const char* id, const char* kind, const char* rule, std::vector<FindingClaim> claims) {
  Finding f;
  f.id = id;
  f.kind = kind;
  f.rule = rule;
  f.slot = "quantity";
  f.unit = "muerto";
  f.event_label = "e";
  f.claims = std::move(claims);
  return f;
}

LocatedQuote Q(const char* doc, size_t offset, size_t length) { return {doc, {offset, length}, {1, 1}}; }

LocatedItem Item(const char* id, const char* kind, const char* measure,
                 std::vector<std::vector<LocatedQuote>> sides) {
  LocatedItem item;
  item.file = "g.yaml";
  item.story = "s";
  item.item.id = id;
  item.item.kind = kind;
  item.item.measure = measure;
  for (const auto& side : sides) {
    GoldSide gold;
    for (const auto& q : side) gold.push_back(GoldQuote{q.doc_id.substr(2), "q", 0, 1, 1});
    item.item.sides.push_back(std::move(gold));
  }
  item.sides = std::move(sides);
  return item;
}

struct Fixture {
  Analysis a;
  std::vector<LocatedItem> items;
  Fixture() {
    for (const char* id : {"s/a", "s/b", "t/a"}) {
      Document d;
      d.id = id;
      a.documents.push_back(d);
    }
    a.claims = {At(0, 10, 5, "12 muertos"), At(1, 20, 8, "14 muertos"), At(2, 10, 5, "12 muertos"),
                At(0, 40, 4, "3 muertos")};
    a.findings = {
        Found("f0", "conflict", "r1", {{0, 0}, {1, 1}}),          // the conflict item
        Found("f1", "conflict", "r1", {{0, 0}, {3, 1}}),          // the trap
        Found("f2", "conflict", "r2", {{0, 0}, {1, 0}, {2, 1}}),  // both item claims on one side
        Found("f3", "conflict", "r2", {{2, 0}, {1, 1}}),          // same bytes, other story's document
        Found("f4", "agreement", "r1", {{0, 0}, {1, 0}}),
        Found("f5", "agreement", "r1", {{0, 0}, {3, 0}}),
        Found("f6", "revision", "r3", {{0, 0}, {1, 0}}),
    };
    items = {
        Item("deaths", "conflict", "deaths", {{Q("s/a", 12, 10)}, {Q("s/b", 18, 3)}}),
        Item("missed", "conflict", "injured", {{Q("s/a", 60, 2)}, {Q("s/b", 60, 2)}}),
        Item("town-region", "trap", "deaths", {{Q("s/a", 10, 5)}, {Q("s/a", 43, 1)}}),
        Item("agreed", "agreement", "deaths", {{Q("s/a", 10, 2), Q("s/b", 27, 1)}}),
        Item("one-doc", "agreement", "deaths", {{Q("s/a", 10, 2), Q("s/a", 40, 1)}}),
        Item("grew", "revision", "deaths", {{Q("s/a", 10, 2)}, {Q("s/b", 20, 2)}}),
    };
  }
};

TEST_CASE("findings match items by overlapping spans in the same document, on two different sides") {
  Fixture fx;
  auto m = MatchFindings(fx.a, fx.items);
  REQUIRE(m.size() == fx.a.findings.size());
  CHECK(m[0] == std::vector<size_t>{0, 5});  // the conflict item, and the revision's sides too
  CHECK(m[1] == std::vector<size_t>{2});     // the trap
  // s/a and s/b on one finding side: no conflict between them, and they agree.
  CHECK(m[2] == std::vector<size_t>{3});
  CHECK(m[3].empty());                       // t/a's bytes are not s/a's
  CHECK(m[4] == std::vector<size_t>{3});     // agreement across two documents
  CHECK(m[5].empty());                       // two claims of one document are no agreement
  CHECK(m[6] == std::vector<size_t>{0, 3, 5});  // a revision spans two sides (any finding sides); one side agrees
}

TEST_CASE("scores: precision over reported conflicts, recall over items, traps named, measures and rules") {
  Fixture fx;
  GroupScores s = ScoreGroup(fx.a, fx.items, MatchFindings(fx.a, fx.items));
  CHECK(s.conflict_precision.hits == 1);
  CHECK(s.conflict_precision.total == 4);
  CHECK(s.conflict_recall.hits == 1);
  CHECK(s.conflict_recall.total == 2);
  CHECK(s.agreement_recall.hits == 1);
  CHECK(s.agreement_recall.total == 2);
  CHECK(s.revision_recall.hits == 1);  // f6 is of kind revision
  CHECK(s.dispute_recall.total == 0);
  CHECK_FALSE(s.dispute_recall.Value());
  REQUIRE(s.false_conflicts.size() == 3);
  CHECK(s.false_conflicts[0].finding == "f1");
  REQUIRE(s.false_conflicts[0].hits.size() == 1);
  CHECK(s.false_conflicts[0].hits[0].id == "town-region");
  CHECK(s.false_conflicts[0].hits[0].kind == "trap");
  REQUIRE(s.false_conflicts[0].sides.size() == 2);
  CHECK(s.false_conflicts[0].sides[1][0].quote == "3 muertos");
  CHECK(s.false_conflicts[1].hits.empty());
  REQUIRE(s.missed.size() == 1);
  CHECK(s.missed[0].item.id == "missed");
  REQUIRE(s.rules.size() == 2);
  CHECK(s.rules[0].rule == "r1");
  CHECK(s.rules[0].reported == 2);
  CHECK(s.rules[0].correct == 1);
  CHECK(s.rules[0].items_found == 1);
  CHECK(s.rules[1].reported == 2);
  CHECK(s.rules[1].correct == 0);
  // deaths: 1 item found, 1 correct, the trap's false conflict; f2 and f3 hit nothing: slot:unit.
  REQUIRE(s.measures.size() == 3);
  CHECK(s.measures[0].measure == "deaths");
  CHECK(s.measures[0].items == 1);
  CHECK(s.measures[0].found == 1);
  CHECK(s.measures[0].correct == 1);
  CHECK(s.measures[0].false_conflicts == 1);
  CHECK(s.measures[1].measure == "injured");
  CHECK(s.measures[1].found == 0);
  CHECK(s.measures[2].measure == "quantity:muerto");
  CHECK(s.measures[2].false_conflicts == 2);
  CHECK(F1(s.conflict_precision, s.conflict_recall).value() == doctest::Approx(1.0 / 3.0));
}


TEST_CASE("an agreement item is found by one side of a conflict when no agreement finding holds it") {
  Fixture fx;
  fx.a.findings.erase(fx.a.findings.begin() + 4, fx.a.findings.end());  // no agreement or revision findings
  GroupScores s = ScoreGroup(fx.a, fx.items, MatchFindings(fx.a, fx.items));
  CHECK(s.agreement_recall.hits == 1);  // f2 holds s/a's and s/b's claims on one side
  // Its agreement does not name the conflict: f2 hits nothing else and stays a false conflict.
  CHECK(s.conflict_precision.total == 4);
  CHECK(s.false_conflicts.size() == 3);
  fx.a.findings.erase(fx.a.findings.begin() + 2);  // without f2, nothing holds the agreement
  CHECK(ScoreGroup(fx.a, fx.items, MatchFindings(fx.a, fx.items)).agreement_recall.hits == 0);
}

}  // namespace
}  // namespace contraste
