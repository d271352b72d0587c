#include "rules/rule_registry.h"

#include <algorithm>
#include <map>

namespace contraste {

namespace {
using Factory = std::unique_ptr<ComparisonRule> (*)(RuleSpec);
const std::map<std::string, Factory>& Registry() {
  static const std::map<std::string, Factory> kRegistry = {
      {"interval_overlap", &MakeIntervalOverlapRule},
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
  }
  return "unknown";
}

bool ComparisonRule::AppliesTo(const std::string& slot) const {
  return std::find(spec_.slots.begin(), spec_.slots.end(), slot) != spec_.slots.end();
}

std::vector<std::string> RuleKinds() {
  std::vector<std::string> kinds;
  for (const auto& [k, f] : Registry()) kinds.push_back(k);
  return kinds;
}

std::unique_ptr<ComparisonRule> MakeRule(RuleSpec spec) {
  auto it = Registry().find(spec.kind);
  if (it == Registry().end()) return nullptr;
  return it->second(std::move(spec));
}

}  // namespace contraste
