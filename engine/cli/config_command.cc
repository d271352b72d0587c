// contraste config   the settings a run in this directory uses and where each comes from: the
//                    project configuration found (.contraste.yaml), the rule set, the corpus or
//                    store, each command's format and minimum severity, the disabled rules.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/project_settings.h"
#include "cli/rules_location.h"

namespace contraste::cli {

namespace {

std::string Origin(const ProjectConfig& config, const ConfigEntry& entry) {
  return fmt::format("{}:{}", config.path, entry.line);
}

// "value (origin)" of a setting the configuration may give, else the default.
std::string Described(const ProjectConfig* config, const ConfigEntry* entry, const std::string& fallback) {
  if (config && entry) return fmt::format("{} ({})", entry->value, Origin(*config, *entry));
  return fmt::format("{} (default)", fallback);
}

void Line(const std::string& label, const std::string& value) {
  std::cout << fmt::format("{:<16}{}\n", label + ":", value);
}

int RunConfig() {
  const ProjectConfig* config = ProjectSettings();
  Line("configuration", config ? config->path : "none (no .contraste.yaml here or above)");
  const RulesLocation rules = LocateRules("");
  Line("rules", fmt::format("{} ({})", rules.dir, rules.origin));
  if (config && config->store) {
    Line("store", fmt::format("{} ({})", config->store->value, Origin(*config, *config->store)));
  } else if (config && !config->corpus.empty()) {
    std::vector<std::string> paths;
    for (const ConfigEntry& c : config->corpus) paths.push_back(c.value);
    Line("corpus", fmt::format("{} ({})", fmt::join(paths, ", "), Origin(*config, config->corpus[0])));
  } else {
    Line("corpus", "corpus (default)");
  }
  for (const char* command : {"report", "check"}) {
    const std::string fallback_format = std::string(command) == "report" ? "md" : "line";
    Line(std::string(command) + " format", Described(config, config ? config->Format(command) : nullptr, fallback_format));
    Line(std::string(command) + " minimum", Described(config, config ? config->MinSeverity(command) : nullptr,
                                                     "warning for line and sarif, note otherwise"));
  }
  Line("pages' words", config && config->ui ? fmt::format("rules/{}/ui.yaml ({})", config->ui->value, Origin(*config, *config->ui))
                                             : "the documents' language (default)");
  std::vector<std::string> disabled;
  if (config) {
    for (const ConfigEntry& e : config->disabled_rules) disabled.push_back(fmt::format("{} ({})", e.value, Origin(*config, e)));
  }
  Line("disabled rules", disabled.empty() ? "none" : fmt::format("{}", fmt::join(disabled, ", ")));
  return kExitOk;
}

}  // namespace

void AddConfigCommand(CLI::App& app, std::function<int()>* run) {
  CLI::App* cmd = app.add_subcommand(
      "config", "The settings a run here uses (.contraste.yaml found upward, rules, corpus, formats) and where each comes from");
  cmd->callback([=]() { *run = [] { return RunConfig(); }; });
}

}  // namespace contraste::cli
