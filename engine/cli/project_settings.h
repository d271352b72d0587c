// The project configuration a run uses (config/project_config.h): `--config FILE`, else the
// nearest .contraste.yaml from the working directory upward, unless `--no-config`. Loaded once by
// main before the sub-command runs; the sub-commands read it for what their flags leave unsaid.
#pragma once

#include <CLI/CLI.hpp>

#include <set>
#include <string>

#include "config/project_config.h"

namespace contraste::cli {

// The configuration in use, or null when there is none.
const ProjectConfig* ProjectSettings();

// Finds and reads it (see above). False, with the error on stderr, when the file is broken or a
// file named by --config does not exist.
bool LoadProjectSettings(const std::string& explicit_path, bool none);

// A setting: the flag's value when it was given on the command line, else the configuration's
// entry when there is one, else `fallback`.
std::string FlagOrSetting(const CLI::Option* flag, const std::string& flag_value, const ConfigEntry* configured,
                          const std::string& fallback);

// The ids of the rules the configuration disables (empty without one).
std::set<std::string> DisabledRules();

}  // namespace contraste::cli
