#include "config/project_config.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "lang/yaml_reader.h"

namespace contraste {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 7> kFormats = {"md", "json", "html", "line", "sarif", "rdjson", "github"};
constexpr std::array<std::string_view, 3> kSeverities = {"error", "warning", "note"};

Error AsConfigError(Error e) {
  e.code = ErrorCode::kUsage;
  return e;
}

Error ErrorAtNode(const std::string& file, const YAML::Node& at, const std::string& message) {
  return AsConfigError(YamlError(file, at, message));
}

ConfigEntry EntryOf(const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  return {node.Scalar(), m.line >= 0 ? m.line + 1 : 0, m.column >= 0 ? m.column + 1 : 0};
}

// The scalar at `key`, or nullopt when the key is absent; an error when it is not a scalar.
Result<std::optional<ConfigEntry>> Scalar(const YamlMap& map, const std::string& key) {
  if (!map.Has(key)) return std::optional<ConfigEntry>();
  const YAML::Node v = map.Node(key);
  if (!v.IsScalar() || v.Scalar().empty()) return ErrorAtNode(map.file(), v, fmt::format("'{}' must be a non-empty string", key));
  return std::optional<ConfigEntry>(EntryOf(v));
}

// A scalar or a list of scalars.
Result<std::vector<ConfigEntry>> Scalars(const YamlMap& map, const std::string& key) {
  std::vector<ConfigEntry> out;
  if (!map.Has(key)) return out;
  const YAML::Node v = map.Node(key);
  if (v.IsScalar()) {
    out.push_back(EntryOf(v));
    return out;
  }
  if (!v.IsSequence()) return ErrorAtNode(map.file(), v, fmt::format("'{}' must be a string or a list of strings", key));
  for (const YAML::Node& item : v) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      return ErrorAtNode(map.file(), item, fmt::format("'{}' must hold only non-empty strings", key));
    }
    out.push_back(EntryOf(item));
  }
  return out;
}

template <size_t N>
Status OneOf(const ProjectConfig& config, const std::optional<ConfigEntry>& entry, std::string_view key,
             const std::array<std::string_view, N>& valid) {
  if (!entry || std::find(valid.begin(), valid.end(), entry->value) != valid.end()) return {};
  return config.ErrorAt(*entry, fmt::format("{} '{}' is not one of: {}", key, entry->value, fmt::join(valid, ", ")));
}

// `value` as a path: relative to `base` (the file's directory) unless absolute, then written
// relative to `cwd` when that is shorter.
std::string ResolvePath(const std::string& value, const fs::path& base, const fs::path& cwd) {
  const fs::path p(value);
  const fs::path full = (p.is_absolute() ? p : base / p).lexically_normal();
  const fs::path rel = full.lexically_proximate(cwd);
  return (rel.empty() ? full : rel).string();
}

Result<CommandConfig> ReadCommandSection(const ProjectConfig& config, const YamlMap& top, const std::string& key) {
  CommandConfig out;
  if (!top.Has(key)) return out;
  YamlMap section(top.Node(key), top.file());
  if (Status s = section.AllowOnly({"format", "min_severity"}); !s) return AsConfigError(s.error());
  CONTRASTE_ASSIGN_OR_RETURN(format, Scalar(section, "format"));
  CONTRASTE_ASSIGN_OR_RETURN(min_severity, Scalar(section, "min_severity"));
  out.format = format;
  out.min_severity = min_severity;
  CONTRASTE_RETURN_IF_ERROR(OneOf(config, out.format, key + ".format", kFormats));
  CONTRASTE_RETURN_IF_ERROR(OneOf(config, out.min_severity, key + ".min_severity", kSeverities));
  return out;
}

}  // namespace

const ConfigEntry* ProjectConfig::Format(std::string_view command) const {
  const CommandConfig* section = command == "report" ? &report : command == "check" ? &check : nullptr;
  if (section && section->format) return &*section->format;
  return format ? &*format : nullptr;
}

const ConfigEntry* ProjectConfig::MinSeverity(std::string_view command) const {
  const CommandConfig* section = command == "report" ? &report : command == "check" ? &check : nullptr;
  if (section && section->min_severity) return &*section->min_severity;
  return min_severity ? &*min_severity : nullptr;
}

Error ProjectConfig::ErrorAt(const ConfigEntry& entry, std::string message) const {
  return MakeFileError(ErrorCode::kUsage, path, entry.line, entry.column, std::move(message));
}

Result<ProjectConfig> ParseProjectConfig(const std::string& text, const std::string& path, const fs::path& cwd) {
  auto file = YamlFile::Parse(text, path);
  if (!file) return AsConfigError(file.error());
  ProjectConfig config;
  config.path = path;
  if (file->root.IsNull()) return config;  // an empty file sets nothing
  YamlMap top(file->root, path);
  if (Status s = top.AllowOnly({"rules", "corpus", "store", "min_severity", "format", "ui", "disabled_rules",
                                "report", "check"});
      !s) {
    return AsConfigError(s.error());
  }
  CONTRASTE_ASSIGN_OR_RETURN(rules, Scalar(top, "rules"));
  CONTRASTE_ASSIGN_OR_RETURN(corpus, Scalars(top, "corpus"));
  CONTRASTE_ASSIGN_OR_RETURN(store, Scalar(top, "store"));
  CONTRASTE_ASSIGN_OR_RETURN(min_severity, Scalar(top, "min_severity"));
  CONTRASTE_ASSIGN_OR_RETURN(format, Scalar(top, "format"));
  CONTRASTE_ASSIGN_OR_RETURN(ui, Scalar(top, "ui"));
  CONTRASTE_ASSIGN_OR_RETURN(disabled, Scalars(top, "disabled_rules"));
  config.rules = rules;
  config.corpus = std::move(corpus);
  config.store = store;
  config.min_severity = min_severity;
  config.format = format;
  config.ui = ui;
  config.disabled_rules = std::move(disabled);
  CONTRASTE_RETURN_IF_ERROR(OneOf(config, config.min_severity, "min_severity", kSeverities));
  CONTRASTE_RETURN_IF_ERROR(OneOf(config, config.format, "format", kFormats));
  if (config.store && !config.corpus.empty()) {
    return config.ErrorAt(*config.store, "give either 'corpus' or 'store', not both");
  }
  CONTRASTE_ASSIGN_OR_RETURN(report, ReadCommandSection(config, top, "report"));
  CONTRASTE_ASSIGN_OR_RETURN(check, ReadCommandSection(config, top, "check"));
  config.report = report;
  config.check = check;
  const fs::path base = fs::absolute(fs::path(path)).parent_path();
  const fs::path here = fs::absolute(cwd);
  if (config.rules) config.rules->value = ResolvePath(config.rules->value, base, here);
  for (ConfigEntry& c : config.corpus) c.value = ResolvePath(c.value, base, here);
  if (config.store && config.store->value.find("://") == std::string::npos) {
    config.store->value = ResolvePath(config.store->value, base, here);
  }
  return config;
}

Result<ProjectConfig> LoadProjectConfig(const std::string& path, const fs::path& cwd) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kUsage, path, 0, 0, "cannot open configuration file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseProjectConfig(ss.str(), path, cwd);
}

std::optional<std::string> FindProjectConfig(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  for (;;) {
    const fs::path candidate = dir / kProjectConfigName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

Status CheckDisabledRules(const ProjectConfig& config, const std::vector<std::string>& rule_ids) {
  for (const ConfigEntry& e : config.disabled_rules) {
    if (std::find(rule_ids.begin(), rule_ids.end(), e.value) != rule_ids.end()) continue;
    return config.ErrorAt(e, fmt::format("disabled_rules: no rule '{}' in the rule set (rules: {})", e.value,
                                         fmt::join(rule_ids, ", ")));
  }
  return {};
}

}  // namespace contraste
