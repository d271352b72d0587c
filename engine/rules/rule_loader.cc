#include "rules/rule_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "lang/yaml_reader.h"
#include "rules/rule_registry.h"

namespace contraste {

namespace fs = std::filesystem;

namespace {

Result<RuleExample> ParseExample(const YAML::Node& node, const std::string& file) {
  YamlMap m(node, file);
  if (Status s = m.AllowOnly({"name", "expect", "todo", "articles", "quotes"}); !s) return s.error();
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
  if (ex.expect != "conflict" && ex.expect != "agreement" && ex.expect != "no_conflict") {
    return YamlError(file, m.Node("expect"),
                     fmt::format("unknown expect '{}' (valid: conflict, agreement, no_conflict)", ex.expect));
  }
  auto todo = m.Bool("todo");
  if (!todo) return todo.error();
  ex.todo = todo->value_or(false);
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
    ex.articles.push_back(**text);
    ex.published.push_back(pub->value_or(""));
  }
  auto quotes = m.Strings("quotes");
  if (!quotes) return quotes.error();
  ex.quotes = *quotes;
  if (ex.expect != "no_conflict" && ex.quotes.empty()) {
    return YamlError(file, node, "a firing example must list the quotes its finding cites");
  }
  return ex;
}

}  // namespace

Result<std::unique_ptr<ComparisonRule>> ParseRuleFile(const std::string& text, const std::string& path) {
  auto doc = YamlFile::Parse(text, path);
  if (!doc) return doc.error();
  YamlMap m(doc->root, path);
  if (Status s = m.AllowOnly({"id", "kind", "slots", "description", "conflict", "agreement", "tolerance", "examples"}); !s) {
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
  auto desc = m.String("description");
  if (!desc) return desc.error();
  spec.description = **desc;
  auto conflict = m.String("conflict");
  if (!conflict) return conflict.error();
  spec.conflict = conflict->value_or("The articles give values that cannot both be true.");
  auto agreement = m.String("agreement");
  if (!agreement) return agreement.error();
  spec.agreement = agreement->value_or("Several articles give compatible values.");
  auto tol = m.Number("tolerance");
  if (!tol) return tol.error();
  spec.tolerance = tol->value_or(0);
  if (spec.tolerance < 0 || spec.tolerance > 1) {
    return YamlError(path, m.Node("tolerance"), "'tolerance' must be between 0 and 1");
  }
  if (m.Has("examples")) {
    YAML::Node exs = m.Node("examples");
    if (!exs.IsSequence()) return YamlError(path, exs, "'examples' must be a list");
    for (const auto& e : exs) {
      auto ex = ParseExample(e, path);
      if (!ex) return ex.error();
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

Result<RuleList> LoadComparisonRules(const std::string& rules_dir) {
  fs::path dir = fs::path(rules_dir) / "common" / "comparison";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return MakeFileError(ErrorCode::kBadRule, dir.string(), 0, 0, "no comparison rules directory");
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".yaml" || e.path().extension() == ".yml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  RuleList rules;
  std::map<std::string, std::string> slot_owner;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    auto rule = ParseRuleFile(ss.str(), f.string());
    if (!rule) return rule.error();
    for (const auto& slot : (*rule)->spec().slots) {
      auto [it, fresh] = slot_owner.emplace(slot, (*rule)->spec().id);
      if (!fresh) {
        return MakeFileError(ErrorCode::kBadRule, f.string(), 1, 1,
                             fmt::format("slot '{}' already has rule '{}'", slot, it->second));
      }
    }
    rules.push_back(std::move(*rule));
  }
  if (rules.empty()) return MakeFileError(ErrorCode::kBadRule, dir.string(), 0, 0, "no rule files");
  return rules;
}

}  // namespace contraste
