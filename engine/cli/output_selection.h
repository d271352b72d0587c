// What `report` and `check` show, beyond the format: --kind and --slot keep the findings (or the
// draft's verdicts) of the kinds and slots they name, comma-separated or repeated; the formats read
// by tools hide notes unless --min-severity asks for them.
//
//   OutputSelection select;
//   AddSelectionOptions(cmd, &select, {"conflict", "agreement", "revision", "dispute"});
//   if (!SlotsKnownOrReport(*engine, select)) return kExitError;
//   std::erase_if(findings, [&](const Finding& f) { return !select.Keeps(f.kind, f.slot); });
//
// Like --min-severity, they change what is shown, never the exit status.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "pipeline/engine.h"

namespace contraste::cli {

struct OutputSelection {
  std::vector<std::string> kinds;  // empty: every kind
  std::vector<std::string> slots;  // empty: every slot
  bool Keeps(const std::string& kind, const std::string& slot) const;
};

// --kind K[,K...] (one of `kinds`) and --slot S[,S...].
void AddSelectionOptions(CLI::App* cmd, OutputSelection* select, const std::vector<std::string>& kinds);

// Every --slot is a slot some comparison rule of the rule set compares; an unknown one is named on
// stderr with the valid ones (a misspelt slot must not silently show nothing).
bool SlotsKnownOrReport(const Engine& engine, const OutputSelection& select);

// line, sarif, rdjson, github: the formats tools read, which show warnings and errors by default.
bool IsToolFormat(const std::string& format);

}  // namespace contraste::cli
