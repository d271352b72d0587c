#include "rules/rule_registry.h"

#include <algorithm>
#include <map>

namespace contraste {

namespace {
using Factory = std::unique_ptr<ComparisonRule> (*)(RuleSpec);
const std::map<std::string, Factory>& Registry() {
  static const std::map<std::string, Factory> kRegistry = {
      {"interval_overlap", &MakeIntervalOverlapRule},
      {"same_place", &MakeSamePlaceRule},
      {"same_value", &MakeSameValueRule},
  };
  return kRegistry;
}
}  // namespace

const char* RelationName(Relation r) {
  switch (r) {
    case Relation::kAgrees: return "agrees";
    case Relation::kRefines: return "refines";
    case Relation::kConflicts: return "conflicts";
    case Relation::kCompatible: return "compatible";
  }
  return "unknown";
}

bool ComparisonRule::AppliesTo(const std::string& slot) const {
  return std::find(spec_.slots.begin(), spec_.slots.end(), slot) != spec_.slots.end();
}

bool ComparisonRule::Compares(const std::string& slot, const std::string& measure, bool measure_has_rule) const {
  if (!AppliesTo(slot)) return false;
  if (measures_.empty()) return !measure_has_rule;
  return std::find(measures_.begin(), measures_.end(), measure) != measures_.end();
}

std::vector<std::string> RuleKinds() {
  std::vector<std::string> kinds;
  for (const auto& [k, f] : Registry()) kinds.push_back(k);
  return kinds;
}

std::string RuleKindSummary(const std::string& kind) {
  static const std::map<std::string, std::string> kSummaries = {
      {"interval_overlap",
       "values are intervals (hedges widen them; an exact value v becomes [v - tolerance*v, v + tolerance*v]); "
       "overlapping intervals agree, one inside the other refines it, disjoint intervals conflict. Options: tolerance."},
      {"same_value", "the normalized values must be equal; any difference is a conflict. Options: none."},
      {"same_place", "venues are places with the places they lie in; the same place agrees, a place inside the "
                     "other refines it, two places neither of which holds the other conflict. Options: none."},
  };
  auto it = kSummaries.find(kind);
  return it == kSummaries.end() ? std::string() : it->second;
}

std::unique_ptr<ComparisonRule> MakeRule(RuleSpec spec) {
  auto it = Registry().find(spec.kind);
  if (it == Registry().end()) return nullptr;
  return it->second(std::move(spec));
}

}  // namespace contraste
