#include "cli/project_settings.h"

#include <filesystem>
#include <iostream>
#include <optional>

namespace contraste::cli {

namespace {

std::optional<ProjectConfig>& Loaded() {
  static std::optional<ProjectConfig> config;
  return config;
}

}  // namespace

const ProjectConfig* ProjectSettings() { return Loaded() ? &*Loaded() : nullptr; }

bool LoadProjectSettings(const std::string& explicit_path, bool none) {
  Loaded().reset();
  if (none) return true;
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  std::optional<std::string> path = explicit_path;
  if (explicit_path.empty()) path = ec ? std::nullopt : FindProjectConfig(cwd);
  if (!path) return true;
  auto config = LoadProjectConfig(*path, cwd);
  if (!config) {
    std::cerr << "contraste: " << config.error().ToString() << "\n";
    return false;
  }
  Loaded() = std::move(*config);
  return true;
}

std::string FlagOrSetting(const CLI::Option* flag, const std::string& flag_value, const ConfigEntry* configured,
                          const std::string& fallback) {
  if (flag && flag->count() > 0) return flag_value;
  if (configured) return configured->value;
  return fallback;
}

std::set<std::string> DisabledRules() {
  std::set<std::string> ids;
  if (const ProjectConfig* c = ProjectSettings()) {
    for (const ConfigEntry& e : c->disabled_rules) ids.insert(e.value);
  }
  return ids;
}

}  // namespace contraste::cli
