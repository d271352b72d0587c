// same_value: the normalized values must be equal ("segunda visita" vs "tercera visita" conflict).
#include "rules/comparison_rule.h"

namespace contraste {

namespace {

class SameValueRule : public ComparisonRule {
 public:
  using ComparisonRule::ComparisonRule;
  Relation Compare(const Claim& a, const Claim& b) const override {
    return a.value == b.value ? Relation::kAgrees : Relation::kConflicts;
  }
  Shape shape() const override { return Shape::kEqualValues; }
};

}  // namespace

std::unique_ptr<ComparisonRule> MakeSameValueRule(RuleSpec spec) {
  return std::make_unique<SameValueRule>(std::move(spec));
}

}  // namespace contraste
