// Interned event keys: equal frames and participant sets get equal ids, set ranks follow the order
// of string vectors, and inclusion of interned sets is inclusion of the sets of ids.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claims/mention_keys.h"

using namespace contraste;

namespace {

Claim ClaimOf(const std::string& frame, std::vector<std::string> participants) {
  Claim c;
  c.frame = frame;
  c.participants = std::move(participants);
  return c;
}

}  // namespace

TEST_CASE("equal frames and participant sets get equal ids, different ones different ids") {
  const std::vector<Claim> claims = {
      ClaimOf("meeting", {"kim", "putin"}), ClaimOf("visit", {"putin"}),      ClaimOf("meeting", {"kim", "putin"}),
      ClaimOf("meeting", {}),               ClaimOf("visit", {"kim", "putin"}), ClaimOf("visit", {}),
  };
  MentionKeys k = InternMentionKeys(claims);
  REQUIRE(k.frame.size() == claims.size());
  REQUIRE(k.people.size() == claims.size());
  CHECK(k.frames == std::vector<std::string_view>{"meeting", "visit"});
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = 0; j < claims.size(); ++j) {
      CAPTURE(i);
      CAPTURE(j);
      CHECK((k.frame[i] == k.frame[j]) == (claims[i].frame == claims[j].frame));
      CHECK((k.people[i] == k.people[j]) == (claims[i].participants == claims[j].participants));
    }
  }
  CHECK(k.sets.size() == 3);  // {kim, putin}, {putin}, {}
  CHECK(*k.sets[k.people[1]].ids == std::vector<std::string>{"putin"});
}

TEST_CASE("set ranks follow the order of the sets as string vectors") {
  const std::vector<std::vector<std::string>> sets = {
      {"putin"}, {"kim", "putin"}, {}, {"kim"}, {"kim", "shoigu"}, {"name:real olmedo"}, {"kim", "putin", "shoigu"},
  };
  std::vector<Claim> claims;
  for (const auto& s : sets) claims.push_back(ClaimOf("meeting", s));
  MentionKeys k = InternMentionKeys(claims);
  for (size_t i = 0; i < sets.size(); ++i) {
    for (size_t j = 0; j < sets.size(); ++j) {
      CAPTURE(i);
      CAPTURE(j);
      CHECK((k.sets[k.people[i]].rank < k.sets[k.people[j]].rank) == (sets[i] < sets[j]));
    }
  }
}

TEST_CASE("inclusion of interned sets is inclusion of the sets of ids") {
  const std::vector<std::vector<std::string>> sets = {
      {}, {"kim"}, {"putin"}, {"kim", "putin"}, {"kim", "shoigu"}, {"kim", "putin", "shoigu"},
  };
  std::vector<Claim> claims;
  for (const auto& s : sets) claims.push_back(ClaimOf("visit", s));
  MentionKeys k = InternMentionKeys(claims);
  for (size_t big = 0; big < sets.size(); ++big) {
    for (size_t small = 0; small < sets.size(); ++small) {
      CAPTURE(big);
      CAPTURE(small);
      const bool expected = std::includes(sets[big].begin(), sets[big].end(), sets[small].begin(), sets[small].end());
      CHECK(k.Includes(k.people[big], k.people[small]) == expected);
      CHECK(k.SizeOf(k.people[big]) == sets[big].size());
    }
  }
}
