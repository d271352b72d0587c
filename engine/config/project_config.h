// A project's settings in a `.contraste.yaml`, found in the working directory or the nearest
// directory above it (as Vale finds its .vale.ini), so a newsroom's repository states its rule set,
// corpus and output once and every `contraste` run inside it uses them. Flags on the command line
// win over the file; the file wins over the built-in defaults.
//
//   # .contraste.yaml
//   rules: vendor/contraste-rules    # paths are relative to this file's directory
//   corpus: [published, archive]     # or: store: claims.db (one of the two)
//   min_severity: warning            # error | warning | note
//   disabled_rules: [venue-same-place]
//   format: line                     # md | json | html | line | sarif | rdjson | github
//   ui: es                           # the HTML pages' words: rules/es/ui.yaml
//   check: {format: sarif}           # report: / check: override format and min_severity
//
// Every error is a value with the file's line and column (ErrorCode::kUsage: the file is part of
// how the command is used).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace contraste {

// The name looked for, in the working directory and then in each directory above it.
inline constexpr std::string_view kProjectConfigName = ".contraste.yaml";

// One value of the file and where it is written (1-based line and column).
struct ConfigEntry {
  std::string value;
  int line = 0;
  int column = 0;
};

// What the `report:` and `check:` sections may set for their command alone.
struct CommandConfig {
  std::optional<ConfigEntry> format;
  std::optional<ConfigEntry> min_severity;
};

struct ProjectConfig {
  std::string path;                     // the file, as found
  std::optional<ConfigEntry> rules;     // a directory, resolved against the file's directory
  std::vector<ConfigEntry> corpus;      // files or directories, resolved likewise
  std::optional<ConfigEntry> store;     // a SQLite file (resolved likewise) or a postgresql:// URL
  std::optional<ConfigEntry> min_severity;
  std::optional<ConfigEntry> format;
  std::optional<ConfigEntry> ui;        // the HTML pages' language (rules/<ui>/ui.yaml)
  std::vector<ConfigEntry> disabled_rules;
  CommandConfig report;
  CommandConfig check;

  // The setting for `command` ("report", "check"): its section's, else the top level's, else null.
  const ConfigEntry* Format(std::string_view command) const;
  const ConfigEntry* MinSeverity(std::string_view command) const;
  // An error at `entry`'s position in this file.
  Error ErrorAt(const ConfigEntry& entry, std::string message) const;
};

// Reads the text of a configuration file named `path`. Relative paths in it are resolved against
// the directory of `path`, then written relative to `cwd` (shorter in messages and reports).
Result<ProjectConfig> ParseProjectConfig(const std::string& text, const std::string& path,
                                         const std::filesystem::path& cwd);
Result<ProjectConfig> LoadProjectConfig(const std::string& path, const std::filesystem::path& cwd);

// The nearest `.contraste.yaml` in `start` or a directory above it; nullopt when there is none.
std::optional<std::string> FindProjectConfig(const std::filesystem::path& start);

// Every disabled rule names a rule of the rule set (`rule_ids`); else an error at the first that
// does not, listing the valid ids.
Status CheckDisabledRules(const ProjectConfig& config, const std::vector<std::string>& rule_ids);

}  // namespace contraste
