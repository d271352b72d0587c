// interval_overlap: values are intervals (a hedge or a vague word makes them wide); an exact
// value is widened by `tolerance` of itself. Overlapping intervals agree; an interval strictly
// inside a different one refines it; disjoint intervals conflict.
//   "unos 90 minutos" [81, 99] min vs "aproximadamente dos horas" [108, 132] min -> conflict
//   "dos meses" [1.9, 2.1] vs "poco más de dos meses" (2, 2.5]                   -> agree
//   "miles" [1000, 999999] vs "más de 10.000" (10000, inf)                        -> agree
#include "rules/comparison_rule.h"

namespace contraste {

namespace {

class IntervalOverlapRule : public ComparisonRule {
 public:
  using ComparisonRule::ComparisonRule;

  Relation Compare(const Claim& a, const Claim& b) const override {
    Interval x = Effective(a), y = Effective(b);
    if (!x.Overlaps(y)) return Relation::kConflicts;
    if (a.interval.lo == b.interval.lo && a.interval.hi == b.interval.hi) return Relation::kAgrees;
    if (x.Contains(y) || y.Contains(x)) return Relation::kRefines;
    return Relation::kAgrees;
  }

  Shape shape() const override { return Shape::kIntervals; }
  Interval ValueInterval(const Claim& c) const override { return Effective(c); }

 private:
  Interval Effective(const Claim& c) const {
    return c.interval.IsPoint() ? c.interval.Widened(spec().tolerance) : c.interval;
  }
};

}  // namespace

std::unique_ptr<ComparisonRule> MakeIntervalOverlapRule(RuleSpec spec) {
  return std::make_unique<IntervalOverlapRule>(std::move(spec));
}

}  // namespace contraste
