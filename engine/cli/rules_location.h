// Where the rule set is when no --rules is given: $CONTRASTE_RULES, then the project
// configuration's `rules:` (.contraste.yaml), then the rules installed beside the binary
// (<prefix>/bin/contraste finds <prefix>/share/contraste/rules, as `cmake --install` lays them
// out), then the source tree a build-directory binary was built from, then ./rules.
#pragma once

#include <string>

namespace contraste::cli {

struct RulesLocation {
  std::string dir;
  // How it was chosen: "--rules", "$CONTRASTE_RULES", "FILE:LINE" of the configuration,
  // "installed", "source tree", "./rules".
  std::string origin;
};

// The rule set directory and how it was found. `given` is --rules (empty when not given).
RulesLocation LocateRules(const std::string& given);

// <dir of the running binary>/../share/contraste/rules (the install's layout: CMakeLists.txt passes
// the path from bin/ to the rules) when it holds a rule set, else empty. The
// binary is found through /proc/self/exe, so a symbolic link to it (or $PATH) does not matter.
std::string InstalledRulesDir();

}  // namespace contraste::cli
