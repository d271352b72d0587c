#include "cli/output_selection.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iostream>
#include <set>

#include "report/diagnostic_formats.h"

namespace contraste::cli {

namespace {

bool Has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

bool OutputSelection::Keeps(const std::string& kind, const std::string& slot) const {
  return (kinds.empty() || Has(kinds, kind)) && (slots.empty() || Has(slots, slot));
}

void AddSelectionOptions(CLI::App* cmd, OutputSelection* select, const std::vector<std::string>& kinds) {
  cmd->add_option("--kind", select->kinds,
                  fmt::format("Show only these kinds ({}; comma-separated or repeated)", fmt::join(kinds, ", ")))
      ->delimiter(',')
      ->check(CLI::IsMember(kinds));
  cmd->add_option("--slot", select->slots,
                  "Show only these slots (duration, date, venue, quantity...; comma-separated or repeated)")
      ->delimiter(',');
}

bool SlotsKnownOrReport(const Engine& engine, const OutputSelection& select) {
  std::set<std::string> known;
  for (const auto& rule : engine.rules()) known.insert(rule->spec().slots.begin(), rule->spec().slots.end());
  bool ok = true;
  for (const std::string& slot : select.slots) {
    if (known.count(slot)) continue;
    std::cerr << fmt::format("contraste: --slot {}: no rule compares it (slots: {})\n", slot, fmt::join(known, ", "));
    ok = false;
  }
  return ok;
}

bool IsToolFormat(const std::string& format) { return format == "line" || IsDiagnosticFormat(format); }

}  // namespace contraste::cli
