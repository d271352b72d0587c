// Strict reading of rule and language files: every key must be known, every value of the right
// type; each failure is an Error with file:line:col (yaml-cpp's marks, made 1-based).
//
//   auto root = YamlFile::Load("rules/es/units.yaml");
//   if (!root) return root.error();
//   YamlMap m(root->root, root->path);
//   if (Status s = m.AllowOnly({"durations", "measures"}); !s) return s.error();
//   auto seconds = m.Number("seconds");
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace contraste {

struct YamlFile {
  std::string path;
  YAML::Node root;
  static Result<YamlFile> Load(const std::string& path);
  static Result<YamlFile> Parse(const std::string& text, const std::string& label);
};

Error YamlError(const std::string& file, const YAML::Node& at, const std::string& message);

// A YAML map read field by field. Missing optional fields return std::nullopt.
class YamlMap {
 public:
  YamlMap(YAML::Node node, std::string file) : node_(std::move(node)), file_(std::move(file)) {}
  // The node is a map and holds no key outside `allowed` (the error lists the valid keys).
  Status AllowOnly(const std::vector<std::string>& allowed) const;
  Status Require(const std::string& key) const;
  bool Has(const std::string& key) const { return node_.IsMap() && node_[key].IsDefined(); }

  Result<std::optional<std::string>> String(const std::string& key) const;
  Result<std::optional<double>> Number(const std::string& key) const;
  Result<std::optional<bool>> Bool(const std::string& key) const;
  // A scalar or a list of scalars.
  Result<std::vector<std::string>> Strings(const std::string& key) const;
  // A map of scalar -> number.
  Result<std::vector<std::pair<std::string, double>>> NumberMap(const std::string& key) const;
  YAML::Node Node(const std::string& key) const { return node_[key]; }
  const YAML::Node& node() const { return node_; }
  const std::string& file() const { return file_; }

 private:
  YAML::Node node_;
  std::string file_;
};

}  // namespace contraste
