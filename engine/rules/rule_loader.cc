#include "rules/rule_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <utility>

#include "core/calendar.h"
#include "lang/yaml_reader.h"
#include "rules/rule_registry.h"

namespace contraste {

namespace fs = std::filesystem;

namespace {

// "2024-10-30", or with the minute of the day as a manifest gives it: "2026-03-10T18:05".
Status CheckDate(const YamlMap& m, const std::string& key, const std::string& value) {
  const bool timed = value.size() == 16 && value[10] == 'T' && value[13] == ':' && value[11] >= '0' && value[11] <= '2' &&
                     value[12] >= '0' && value[12] <= '9' && value[14] >= '0' && value[14] <= '5' && value[15] >= '0' &&
                     value[15] <= '9' && (value[11] < '2' || value[12] <= '3');
  if (!CivilDate::Parse(timed ? value.substr(0, 10) : value)) {
    return YamlError(m.file(), m.Node(key),
                     fmt::format("'{}' must be a date YYYY-MM-DD or YYYY-MM-DDTHH:MM, got '{}'", key, value));
  }
  return {};
}

// An explanation template may only name known placeholders, with balanced braces.
Status CheckTemplate(const YamlMap& m, const std::string& key, const std::string& text) {
  const auto& known = ExplanationPlaceholders();
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] == '}') {
      return YamlError(m.file(), m.Node(key), fmt::format("'{}': '}}' at character {} closes no placeholder", key, pos + 1));
    }
    if (text[pos] != '{') continue;
    size_t end = text.find('}', pos);
    if (end == std::string::npos) {
      return YamlError(m.file(), m.Node(key), fmt::format("'{}': '{{' at character {} is never closed", key, pos + 1));
    }
    std::string name = text.substr(pos, end - pos + 1);
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      return YamlError(m.file(), m.Node(key), fmt::format("'{}': unknown placeholder '{}' (valid: {})", key, name,
                                                          fmt::join(known, ", ")));
    }
    pos = end;
  }
  return {};
}

Result<RuleExample> ParseExample(const YAML::Node& node, const std::string& file) {
  YamlMap m(node, file);
  if (Status s = m.AllowOnly({"name", "expect", "todo", "language", "published", "articles", "quotes"}); !s) {
    return s.error();
  }
  if (Status s = m.Require("expect"); !s) return s.error();
  if (Status s = m.Require("articles"); !s) return s.error();
  RuleExample ex;
  ex.line = node.Mark().line + 1;
  auto name = m.String("name");
  if (!name) return name.error();
  ex.name = name->value_or(fmt::format("line {}", ex.line));
  auto expect = m.String("expect");
  if (!expect) return expect.error();
  ex.expect = **expect;
  if (ex.expect != "conflict" && ex.expect != "agreement" && ex.expect != "revision" && ex.expect != "dispute" &&
      ex.expect != "no_conflict") {
    return YamlError(file, m.Node("expect"),
                     fmt::format("unknown expect '{}' (valid: conflict, agreement, revision, dispute, no_conflict)", ex.expect));
  }
  auto todo = m.Bool("todo");
  if (!todo) return todo.error();
  ex.todo = todo->value_or(false);
  auto language = m.String("language");
  if (!language) return language.error();
  ex.language = language->value_or("");
  auto published = m.String("published");
  if (!published) return published.error();
  if (*published) {
    if (Status s = CheckDate(m, "published", **published); !s) return s.error();
    ex.default_published = **published;
  }
  YAML::Node arts = m.Node("articles");
  if (!arts.IsSequence() || arts.size() == 0) return YamlError(file, arts, "'articles' must be a non-empty list");
  for (const auto& a : arts) {
    if (a.IsScalar()) {
      ex.articles.push_back(a.Scalar());
      ex.published.emplace_back();
      continue;
    }
    YamlMap am(a, file);
    if (Status s = am.AllowOnly({"text", "published"}); !s) return s.error();
    if (Status s = am.Require("text"); !s) return s.error();
    auto text = am.String("text");
    if (!text) return text.error();
    auto pub = am.String("published");
    if (!pub) return pub.error();
    if (*pub) {
      if (Status s = CheckDate(am, "published", **pub); !s) return s.error();
    }
    ex.articles.push_back(**text);
    ex.published.push_back(pub->value_or(""));
  }
  auto quotes = m.Strings("quotes");
  if (!quotes) return quotes.error();
  ex.quotes = *quotes;
  if (ex.expect != "no_conflict" && ex.quotes.empty()) {
    return YamlError(file, node, "a firing example must list the quotes its finding cites");
  }
  if (ex.expect == "no_conflict" && !ex.quotes.empty()) {
    return YamlError(file, m.Node("quotes"), "a no_conflict example cites no quotes");
  }
  for (const auto& q : ex.quotes) {
    bool found = std::any_of(ex.articles.begin(), ex.articles.end(),
                             [&](const std::string& text) { return text.find(q) != std::string::npos; });
    if (!found) return YamlError(file, m.Node("quotes"), fmt::format("quote '{}' is in none of the articles", q));
  }
  return ex;
}

}  // namespace

const std::vector<std::string>& ExplanationPlaceholders() {
  static const std::vector<std::string> kPlaceholders = {"{event}", "{slot}", "{unit}", "{values}"};
  return kPlaceholders;
}

Result<std::unique_ptr<ComparisonRule>> ParseRuleFile(const std::string& text, const std::string& path) {
  auto doc = YamlFile::Parse(text, path);
  if (!doc) return doc.error();
  YamlMap m(doc->root, path);
  if (Status s = m.AllowOnly({"id", "kind", "slots", "description", "conflict", "agreement", "revision", "dispute", "tolerance", "co_stated", "examples"}); !s) {
    return s.error();
  }
  for (const char* key : {"id", "kind", "slots", "description"}) {
    if (Status s = m.Require(key); !s) return s.error();
  }
  RuleSpec spec;
  spec.file = path;
  auto id = m.String("id");
  if (!id) return id.error();
  spec.id = **id;
  std::string stem = fs::path(path).stem().string();
  if (spec.id != stem) {
    return YamlError(path, m.Node("id"), fmt::format("rule id '{}' must equal the file name '{}'", spec.id, stem));
  }
  auto kind = m.String("kind");
  if (!kind) return kind.error();
  spec.kind = **kind;
  auto slots = m.Strings("slots");
  if (!slots) return slots.error();
  spec.slots = *slots;
  if (spec.slots.empty()) return YamlError(path, m.Node("slots"), "'slots' must name at least one slot");
  spec.slots_line = m.Node("slots").Mark().line + 1;
  spec.slots_column = m.Node("slots").Mark().column + 1;
  auto desc = m.String("description");
  if (!desc) return desc.error();
  spec.description = **desc;
  if (spec.description.empty()) return YamlError(path, m.Node("description"), "'description' must not be empty");
  // Explanation templates, each with its default.
  const std::pair<const char*, std::string RuleSpec::*> templates[] = {
      {"conflict", &RuleSpec::conflict}, {"agreement", &RuleSpec::agreement},
      {"revision", &RuleSpec::revision}, {"dispute", &RuleSpec::dispute}};
  const char* defaults[] = {"The articles give values that cannot both be true.", "Several articles give compatible values.",
                            "The figure moved as the story unfolded: {values}.",
                            "Different sources give different figures: {values}."};
  for (size_t k = 0; k < std::size(templates); ++k) {
    const auto& [key, field] = templates[k];
    auto written = m.String(key);
    if (!written) return written.error();
    spec.*field = written->value_or(defaults[k]);
    if (Status s = CheckTemplate(m, key, spec.*field); !s) return s.error();
  }
  auto tol = m.Number("tolerance");
  if (!tol) return tol.error();
  spec.tolerance = tol->value_or(0);
  if (!(spec.tolerance >= 0 && spec.tolerance <= 1)) {
    return YamlError(path, m.Node("tolerance"), "'tolerance' must be between 0 and 1");
  }
  auto co_stated = m.String("co_stated");
  if (!co_stated) return co_stated.error();
  if (*co_stated && **co_stated != "compatible" && **co_stated != "compared") {
    return YamlError(path, m.Node("co_stated"),
                     fmt::format("unknown co_stated '{}' (valid: compatible, compared)", **co_stated));
  }
  spec.co_stated_compatible = *co_stated && **co_stated == "compatible";
  if (m.Has("examples")) {
    YAML::Node exs = m.Node("examples");
    if (!exs.IsSequence()) return YamlError(path, exs, "'examples' must be a list");
    std::map<std::string, int> names;
    for (const auto& e : exs) {
      auto ex = ParseExample(e, path);
      if (!ex) return ex.error();
      auto [it, fresh] = names.emplace(ex->name, ex->line);
      if (!fresh) {
        return YamlError(path, e, fmt::format("duplicate example name '{}' (also at line {})", ex->name, it->second));
      }
      spec.examples.push_back(*ex);
    }
  }
  YAML::Node kind_node = m.Node("kind");
  auto rule = MakeRule(std::move(spec));
  if (!rule) {
    return YamlError(path, kind_node,
                     fmt::format("unknown rule kind '{}' (valid: {})", **kind, fmt::join(RuleKinds(), ", ")));
  }
  return rule;
}

Result<RuleList> LoadComparisonRules(const std::string& rules_dir, const std::vector<std::string>& known_slots,
                                     const std::vector<std::string>& measure_rules) {
  fs::path dir = fs::path(rules_dir) / "common" / "comparison";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return MakeFileError(ErrorCode::kBadRule, dir.string(), 0, 0, "no comparison rules directory");
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with(".")) continue;  // editor and system files (.swp, .DS_Store)
    if (!e.is_regular_file() || (e.path().extension() != ".yaml" && e.path().extension() != ".yml")) {
      return MakeFileError(ErrorCode::kBadRule, e.path().string(), 0, 0,
                           "not a rule file: the comparison folder holds only <rule-id>.yaml files");
    }
    files.push_back(e.path());
  }
  if (ec) return MakeFileError(ErrorCode::kBadRule, dir.string(), 0, 0, ec.message());
  std::sort(files.begin(), files.end());
  RuleList rules;
  std::map<std::string, std::string> slot_owner;
  std::map<std::string, std::string> id_file;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return MakeFileError(ErrorCode::kBadRule, f.string(), 0, 0, "cannot open rule file");
    std::ostringstream ss;
    ss << in.rdbuf();
    auto rule = ParseRuleFile(ss.str(), f.string());
    if (!rule) return rule.error();
    const RuleSpec& spec = (*rule)->spec();
    auto [id_it, fresh_id] = id_file.emplace(spec.id, f.string());
    if (!fresh_id) {
      return MakeFileError(ErrorCode::kBadRule, f.string(), 1, 1,
                           fmt::format("duplicate rule id '{}' (also {})", spec.id, id_it->second));
    }
    for (const auto& slot : spec.slots) {
      if (!known_slots.empty() && std::find(known_slots.begin(), known_slots.end(), slot) == known_slots.end()) {
        return MakeFileError(ErrorCode::kBadRule, f.string(), spec.slots_line, spec.slots_column,
                             fmt::format("unknown slot '{}': no language's frames.yaml defines it (valid: {})", slot,
                                         fmt::join(known_slots, ", ")));
      }
      if (std::find(measure_rules.begin(), measure_rules.end(), spec.id) != measure_rules.end()) continue;
      auto [it, fresh] = slot_owner.emplace(slot, spec.id);
      if (!fresh) {
        return MakeFileError(ErrorCode::kBadRule, f.string(), spec.slots_line, spec.slots_column,
                             fmt::format("slot '{}' already has rule '{}'", slot, it->second));
      }
    }
    rules.push_back(std::move(*rule));
  }
  if (rules.empty()) return MakeFileError(ErrorCode::kBadRule, dir.string(), 0, 0, "no rule files");
  return rules;
}

}  // namespace contraste
