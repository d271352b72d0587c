#include "claims/figure_changes.h"

#include <string>
#include <unordered_map>

namespace contraste {

namespace {

// Groups larger than this are left as they are (each candidate asks every member whether another
// value came between): a hostile article that says a figure changed thousands of times stays linear.
constexpr size_t kMaxGroup = 64;

std::string KeyOf(const Claim& c) {
  std::string key;
  for (const std::string* piece : {&c.event, &c.slot, &c.unit, &c.measure, &c.subject, &c.scope}) {
    key.append(*piece).push_back('\x1f');
  }
  return key;
}

bool SameInterval(const Claim& a, const Claim& b) {
  return a.interval.lo == b.interval.lo && a.interval.hi == b.interval.hi && a.interval.lo_open == b.interval.lo_open &&
         a.interval.hi_open == b.interval.hi_open;
}

}  // namespace

void CarryChanges(std::vector<Claim>* claims) {
  std::vector<Claim>& cs = *claims;
  bool any = false;
  for (const Claim& c : cs) any = any || (c.changed && c.when != Claim::kUnknownTime && !c.measure.empty());
  if (!any) return;
  std::unordered_map<std::string, std::vector<size_t>> groups;  // timed measured claims by comparison key
  for (size_t i = 0; i < cs.size(); ++i) {
    if (cs[i].when != Claim::kUnknownTime && !cs[i].measure.empty()) groups[KeyOf(cs[i])].push_back(i);
  }
  std::vector<size_t> carried;
  for (const auto& [key, members] : groups) {
    if (members.size() > kMaxGroup) continue;
    for (size_t c : members) {
      if (!cs[c].changed) continue;
      for (size_t b : members) {
        if (cs[b].changed || cs[b].doc == cs[c].doc || cs[b].when < cs[c].when || !SameInterval(cs[b], cs[c])) continue;
        // Another value given between the change and the restatement: the restatement is stale.
        bool other_between = false;
        for (size_t d : members) {
          other_between = other_between || (cs[d].when > cs[c].when && cs[d].when <= cs[b].when && !SameInterval(cs[d], cs[c]));
        }
        if (!other_between) carried.push_back(b);
      }
    }
  }
  for (size_t b : carried) cs[b].changed = true;
}

}  // namespace contraste
