// What the top of a report for people says: findings counted by kind and by slot, and the findings
// an editor must look at (every kind but agreements, conflicts first, in report order).
//
//   ReportSummary s = SummarizeFindings(analysis.findings);
//   s.by_kind["conflict"]; s.by_kind_and_slot["conflict"]["duration"]; s.attention.front()->id;
#pragma once

#include <map>
#include <string>
#include <vector>

#include "findings/finding.h"

namespace contraste {

struct ReportSummary {
  std::map<std::string, size_t> by_kind;
  std::map<std::string, std::map<std::string, size_t>> by_kind_and_slot;
  std::vector<const Finding*> attention;  // non-agreements, conflicts first, then in report order
  size_t agreements = 0;
};

ReportSummary SummarizeFindings(const std::vector<Finding>& findings);

// Kinds in the order a summary lists them: conflict first, agreement last, others by name between.
std::vector<std::string> KindsInOrder(const ReportSummary& s);

}  // namespace contraste
