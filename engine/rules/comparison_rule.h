// A comparison rule decides how two claims about the same event and slot relate: they agree, one
// refines the other, or they cannot both be true. One rule per file in rules/common/comparison/,
// one C++ class per rule kind in this folder, registered in rule_registry.cc.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "core/error.h"
#include "core/interval.h"

namespace contraste {

// kCompatible: both can be true without being the same value (two moments of one event, or a
// vague value that agrees with two sides that exclude each other); never part of one side.
enum class Relation : uint8_t { kAgrees, kRefines, kConflicts, kCompatible };
const char* RelationName(Relation r);

// A rule example, run by `contraste rules test` and ctest: mini-articles and what must happen.
struct RuleExample {
  std::string name;
  std::string expect;                 // "conflict", "agreement", "revision", "dispute" or "no_conflict"
  bool todo = false;                  // a known miss: reported, and a failure once it passes
  std::vector<std::string> articles;  // texts
  std::vector<std::string> published; // dates per article (empty: the example's date)
  std::string default_published;      // `published:` of the example (empty: the runner's default)
  std::string language;               // `language:` of the example (empty: the rule set's only one)
  std::vector<std::string> quotes;    // what the finding must cite (conflict, agreement)
  int line = 0;                       // where the example starts in the rule file
};

struct RuleSpec {
  std::string id;           // = file stem
  std::string kind;         // registry key: "interval_overlap", "same_value"
  std::vector<std::string> slots;
  std::string description;  // one sentence: what the rule checks
  std::string conflict;     // explanation sentence of a conflict
  std::string agreement;    // explanation sentence of an agreement
  std::string revision;     // of a revision: a cumulative figure that moved over time
  std::string dispute;      // of a dispute: different sources give different figures
  double tolerance = 0;     // kind option: relative widening of exact values
  // `co_stated: compatible`: values that one article states for the same event are all true
  // (moments of the event: a welcome at the airport, a ceremony on the square), so they do not
  // conflict in any article. Otherwise such values are compared like any other two.
  bool co_stated_compatible = false;
  std::string file;
  int slots_line = 0;       // where `slots:` is in the file, for messages about a slot
  int slots_column = 0;
  std::vector<RuleExample> examples;
};

class ComparisonRule {
 public:
  explicit ComparisonRule(RuleSpec spec) : spec_(std::move(spec)) {}
  virtual ~ComparisonRule() = default;
  const RuleSpec& spec() const { return spec_; }
  bool AppliesTo(const std::string& slot) const;
  // The measures (rules/<lang>/measures.yaml) that name this rule: it compares claims of those
  // measures only. A rule no measure names compares its slots' claims that have no measure rule.
  const std::vector<std::string>& measures() const { return measures_; }
  void AddMeasure(const std::string& id) { measures_.push_back(id); }
  // True when this rule compares a claim of `slot` and `measure` ("" for none), given whether
  // some rule is named by that measure.
  bool Compares(const std::string& slot, const std::string& measure, bool measure_has_rule) const;
  // How `a` relates to `b`; symmetric except that kRefines means one is narrower.
  virtual Relation Compare(const Claim& a, const Claim& b) const = 0;
  // What decides Compare, so that many values can be related by sorting them instead of pair by
  // pair (graph/value_sweep.h): kIntervals, two claims agree or refine exactly when their
  // ValueInterval()s overlap and conflict otherwise; kEqualValues, they agree exactly when their
  // `value`s are equal and conflict otherwise; kPairwise, neither (each pair is compared).
  enum class Shape { kPairwise, kIntervals, kEqualValues };
  virtual Shape shape() const { return Shape::kPairwise; }
  // With kIntervals: the interval Compare compares of `c`.
  virtual Interval ValueInterval(const Claim& c) const { return c.interval; }
  // How an explanation names one side: the quote in double quotes, plus what the kind adds.
  virtual std::string Describe(const Claim& c) const { return "\"" + c.quote + "\""; }
  // The kind of place the claim names, when the rule compares places ("guesthouse"); else empty.
  virtual std::string PlaceKind(const Claim&) const { return ""; }

 private:
  RuleSpec spec_;
  std::vector<std::string> measures_;
};

// Rule kinds, each in its own file.
std::unique_ptr<ComparisonRule> MakeIntervalOverlapRule(RuleSpec spec);
std::unique_ptr<ComparisonRule> MakeSameValueRule(RuleSpec spec);
std::unique_ptr<ComparisonRule> MakeSamePlaceRule(RuleSpec spec);

}  // namespace contraste
