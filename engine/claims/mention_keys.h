// The event key of every claim, interned: its frame and its participant set as small integers, so
// that event linking groups, compares and hashes integers instead of strings and string vectors.
//
//   MentionKeys keys = InternMentionKeys(claims);
//   keys.frame[i] == keys.frame[j]     // claims i and j have the same Claim::frame
//   keys.people[i] == keys.people[j]   // ... the same Claim::participants
//   keys.Includes(keys.people[i], keys.people[j])   // i's participants contain all of j's
//   keys.sets[p].rank < keys.sets[q].rank           // set p sorts before q as string vectors do
//
// The keys point into `claims` (frames, participant vectors): they are valid while those are not
// modified. Cost: one hash of each claim's frame and participants; the distinct entities and the
// distinct sets are sorted once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claim.h"

namespace contraste {

struct MentionKeys {
  struct PeopleSet {
    const std::vector<std::string>* ids = nullptr;  // the participants, as claims carry them
    std::vector<uint32_t> members;  // each participant's rank among all participants' ids, ascending
    uint32_t rank = 0;              // this set's place in the order of std::vector<std::string>'s <
  };
  std::vector<uint32_t> frame;          // per claim: index into `frames`
  std::vector<std::string_view> frames; // the distinct frame ids, in order of first appearance
  std::vector<uint32_t> people;         // per claim: index into `sets` (no participants is a set too)
  std::vector<PeopleSet> sets;          // the distinct participant sets, in order of first appearance

  // True when set `big` contains every member of set `small` (std::includes on the members).
  bool Includes(uint32_t big, uint32_t small) const;
  size_t SizeOf(uint32_t set) const { return sets[set].members.size(); }
};

MentionKeys InternMentionKeys(const std::vector<Claim>& claims);

}  // namespace contraste
