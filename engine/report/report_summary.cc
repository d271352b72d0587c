#include "report/report_summary.h"

#include <algorithm>

namespace contraste {

ReportSummary SummarizeFindings(const std::vector<Finding>& findings) {
  ReportSummary s;
  for (const Finding& f : findings) {
    s.by_kind[f.kind]++;
    s.by_kind_and_slot[f.kind][f.slot]++;
    if (f.kind == "agreement") {
      ++s.agreements;
    } else {
      s.attention.push_back(&f);
    }
  }
  std::stable_sort(s.attention.begin(), s.attention.end(), [](const Finding* a, const Finding* b) {
    return (a->kind == "conflict") > (b->kind == "conflict");
  });
  return s;
}

std::vector<std::string> KindsInOrder(const ReportSummary& s) {
  std::vector<std::string> kinds;
  if (s.by_kind.count("conflict")) kinds.push_back("conflict");
  for (const auto& [kind, n] : s.by_kind) {
    if (kind != "conflict" && kind != "agreement") kinds.push_back(kind);
  }
  if (s.by_kind.count("agreement")) kinds.push_back("agreement");
  return kinds;
}

}  // namespace contraste
