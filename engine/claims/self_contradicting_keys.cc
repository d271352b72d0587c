#include "claims/self_contradicting_keys.h"

#include <cctype>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace contraste {

namespace {

// Whether `c` is a figure whose two values in one article would say its key holds two things.
bool IsSingleValuedFigure(const Claim& c) {
  if (!c.compared || c.measure.empty() || c.agree_only) return false;
  if (c.slot != "quantity" && c.slot != "duration") return false;
  return !c.cumulative && !c.current && !c.changed && !c.corrects;
}

// The sources of `c`, as one string (the same sources in any order are one).
std::string SourcesOf(const Claim& c) {
  std::set<std::string> ids;
  for (const EntityRef& e : c.attribution) ids.insert(e.id);
  std::string joined;
  for (const std::string& id : ids) joined.append(id).push_back('\x1f');
  return joined;
}

// Whether the quote of `c` holds its number alone ("6,4" in "lo elevó a 6,4 y lo situó a 14
// kilómetros"): what it counts was read from a neighbour, and may be wrong.
bool NumberAlone(const Claim& c) {
  for (char ch : c.quote) {
    if (!std::isdigit(static_cast<unsigned char>(ch)) && ch != '.' && ch != ',' && ch != ' ') return false;
  }
  return true;
}

bool Exclude(const Interval& x, const Interval& y) { return !x.Overlaps(y); }

}  // namespace

void SetAsideSelfContradictingKeys(std::vector<Claim>* claims) {
  // (key, document, moment, sources) -> the claims' indices.
  using Group = std::tuple<std::string, size_t, int64_t, std::string>;
  std::map<Group, std::vector<size_t>> groups;
  std::map<std::string, std::vector<size_t>> of_key;
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (!IsSingleValuedFigure(c)) continue;
    std::string key = c.CompareKey();
    groups[{key, c.doc, c.when, SourcesOf(c)}].push_back(i);
    of_key[std::move(key)].push_back(i);
  }
  std::set<std::string> ambiguous;
  for (const auto& [group, members] : groups) {
    const std::string& key = std::get<0>(group);
    if (ambiguous.count(key)) continue;
    for (size_t a = 0; a < members.size() && !ambiguous.count(key); ++a) {
      for (size_t b = a + 1; b < members.size(); ++b) {
        const Claim& x = (*claims)[members[a]];
        const Claim& y = (*claims)[members[b]];
        if (NumberAlone(x) || NumberAlone(y)) continue;
        if (Exclude(x.interval, y.interval)) {
          ambiguous.insert(key);
          break;
        }
      }
    }
  }
  for (const std::string& key : ambiguous) {
    for (size_t i : of_key[key]) (*claims)[i].agree_only = true;
  }
}

}  // namespace contraste
