// same_place: venues are places with the places they lie in (the text's "de Pionyang" and the
// gazetteer's part_of). The same place agrees; a place inside the other refines it ("plaza Kim
// Il Sung" inside "Pionyang"); two places neither of which contains the other conflict, and the
// explanation names their kinds ("residencia de huéspedes de Kumsusan" (guesthouse) vs "Palacio
// del Sol de Kumsusan" (palace)). A place named by its kind alone ("un aeropuerto de Pyongyang")
// refines a named place of that kind in the same city. Places of different levels (the kind right
// under "place": a city and a site) are compatible, never a conflict.
#include <fmt/format.h>

#include <algorithm>

#include "rules/comparison_rule.h"

namespace contraste {

namespace {

bool Contains(const std::vector<EntityRef>& chain, const std::string& id) {
  return std::any_of(chain.begin(), chain.end(), [&](const EntityRef& r) { return r.id == id; });
}

// True when `unnamed` is a place named by its kind alone ("un aeropuerto de Pyongyang") that may
// be the place `named`: the same kind, and, when it says where it lies, `named` lies there too.
bool MayBe(const std::vector<EntityRef>& unnamed, const std::vector<EntityRef>& named) {
  const EntityRef& u = unnamed.front();
  if (u.id.rfind("unnamed:", 0) != 0 || u.kind != named.front().kind) return false;
  return unnamed.size() < 2 || Contains(named, unnamed[1].id);
}

class SamePlaceRule : public ComparisonRule {
 public:
  using ComparisonRule::ComparisonRule;

  Relation Compare(const Claim& a, const Claim& b) const override {
    if (a.venue.empty() || b.venue.empty()) return a.value == b.value ? Relation::kAgrees : Relation::kConflicts;
    const std::string& x = a.venue.front().id;
    const std::string& y = b.venue.front().id;
    if (x == y) return Relation::kAgrees;
    if (Contains(a.venue, y) || Contains(b.venue, x)) return Relation::kRefines;
    if (MayBe(a.venue, b.venue) || MayBe(b.venue, a.venue)) return Relation::kRefines;
    // Places of different granularity (a town and a stadium, a district and a province), or one
    // whose granularity is unknown, may both be true: only places of one level conflict.
    const std::string& level = a.venue.front().level;
    if (level.empty() || level != b.venue.front().level) return Relation::kCompatible;
    return Relation::kConflicts;
  }

  std::string PlaceKind(const Claim& c) const override { return c.venue.empty() ? "" : c.venue.front().kind; }

  std::string Describe(const Claim& c) const override {
    if (c.venue.empty()) return ComparisonRule::Describe(c);
    const std::string& kind = c.venue.front().kind;
    return fmt::format("\"{}\" ({})", c.quote, kind == "unknown" ? "place of unknown kind" : kind);
  }
};

}  // namespace

std::unique_ptr<ComparisonRule> MakeSamePlaceRule(RuleSpec spec) {
  return std::make_unique<SamePlaceRule>(std::move(spec));
}

}  // namespace contraste
