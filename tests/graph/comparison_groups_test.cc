// Comparison groups of the claim graph: claims are grouped by their comparison key (event, slot,
// counted thing), each group in claim order, the groups sorted by key, whatever pieces spell it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph/claim_graph.h"
#include "rules/comparison_rule.h"

using namespace contraste;

namespace {

Claim ClaimOf(const std::string& event, const std::string& slot, const std::string& unit, const std::string& value) {
  Claim c;
  c.event = event;
  c.slot = slot;
  c.unit = unit;
  c.value = value;
  return c;
}

RuleList SameValueFor(std::vector<std::string> slots) {
  RuleSpec spec;
  spec.id = "same";
  spec.kind = "same_value";
  spec.slots = std::move(slots);
  RuleList rules;
  rules.push_back(MakeSameValueRule(std::move(spec)));
  return rules;
}

}  // namespace

TEST_CASE("claims group by event, slot and (for quantities) unit; groups sorted by key") {
  const std::vector<Claim> claims = {
      ClaimOf("b", "quantity", "misil", "3"),  ClaimOf("a", "ordinal", "x", "1"),
      ClaimOf("b", "quantity", "misil", "4"),  ClaimOf("a", "ordinal", "y", "2"),
      ClaimOf("b", "quantity", "tanque", "5"), ClaimOf("a", "unranked", "", "9"),
  };
  ClaimGraph g = BuildClaimGraph(claims, SameValueFor({"quantity", "ordinal"}));
  REQUIRE(g.groups.size() == 3);
  CHECK(g.groups[0].key == claims[1].CompareKey());  // "a" ordinal: the unit does not count
  CHECK(g.groups[0].claims == std::vector<size_t>{1, 3});
  CHECK(g.groups[1].key == claims[0].CompareKey());
  CHECK(g.groups[1].claims == std::vector<size_t>{0, 2});
  CHECK(g.groups[2].claims == std::vector<size_t>{4});
  CHECK(g.comparisons == 0);  // sorted by value: no pair agrees, no rule evaluated (pair by pair: 1 vs 2, 3 vs 4)
  CHECK(g.consensus[0] != g.consensus[2]);
}

TEST_CASE("different pieces that spell the same key are one group, as the key says") {
  // "ev" + US + "quantity" + US + "u" US  ==  "ev" US "quantity" + US + "u" + US + ""
  const std::string us = "\x1f";
  const std::vector<Claim> claims = {
      ClaimOf("ev", "quantity", "u" + us, "3"),
      ClaimOf("ev" + us + "quantity", "u", "", "3"),
      ClaimOf("ev", "quantity", "u", "3"),
  };
  REQUIRE(claims[0].CompareKey() == claims[1].CompareKey());
  ClaimGraph g = BuildClaimGraph(claims, SameValueFor({"quantity", "u"}));
  REQUIRE(g.groups.size() == 2);
  CHECK(g.groups[0].claims == std::vector<size_t>{2});
  CHECK(g.groups[1].claims == std::vector<size_t>{0, 1});
  CHECK(g.consensus[0] == g.consensus[1]);
}
