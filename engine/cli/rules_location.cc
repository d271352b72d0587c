#include "cli/rules_location.h"

#include "cli/project_settings.h"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#ifndef CONTRASTE_SOURCE_DIR
#define CONTRASTE_SOURCE_DIR "."
#endif
#ifndef CONTRASTE_RULES_FROM_BIN
#define CONTRASTE_RULES_FROM_BIN "../share/contraste/rules"
#endif

namespace contraste::cli {

namespace fs = std::filesystem;

namespace {

// A rule set has its comparison rules under common/ (what Engine::Load reads first).
bool HoldsRuleSet(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "common", ec);
}

}  // namespace

std::string InstalledRulesDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) return "";
  const fs::path dir = (exe.parent_path() / CONTRASTE_RULES_FROM_BIN).lexically_normal();
  return HoldsRuleSet(dir) ? dir.string() : "";
}

RulesLocation LocateRules(const std::string& given) {
  if (!given.empty()) return {given, "--rules"};
  if (const char* env = std::getenv("CONTRASTE_RULES"); env && *env) return {env, "$CONTRASTE_RULES"};
  if (const ProjectConfig* config = ProjectSettings(); config && config->rules) {
    return {config->rules->value, fmt::format("{}:{}", config->path, config->rules->line)};
  }
  if (std::string installed = InstalledRulesDir(); !installed.empty()) return {installed, "installed"};
  const fs::path source = fs::path(CONTRASTE_SOURCE_DIR) / "rules";
  if (HoldsRuleSet(source)) return {source.string(), "source tree"};
  return {"rules", "./rules"};
}

}  // namespace contraste::cli
