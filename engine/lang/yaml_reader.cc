#include "lang/yaml_reader.h"

#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>

namespace contraste {

Error YamlError(const std::string& file, const YAML::Node& at, const std::string& message) {
  YAML::Mark m = at.Mark();
  return MakeFileError(ErrorCode::kBadRule, file, m.line >= 0 ? m.line + 1 : 0,
                       m.column >= 0 ? m.column + 1 : 0, message);
}

Result<YamlFile> YamlFile::Parse(const std::string& text, const std::string& label) {
  try {
    return YamlFile{label, YAML::Load(text)};
  } catch (const YAML::Exception& e) {
    return MakeFileError(ErrorCode::kBadRule, label, e.mark.line + 1, e.mark.column + 1,
                         fmt::format("YAML syntax: {}", e.msg));
  }
}

Result<YamlFile> YamlFile::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kBadRule, path, 0, 0, "cannot open rule file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

Status YamlMap::AllowOnly(const std::vector<std::string>& allowed) const {
  if (!node_.IsMap()) return YamlError(file_, node_, "expected a map of key: value");
  std::set<std::string> seen;
  for (const auto& kv : node_) {
    std::string key = kv.first.Scalar();
    if (!seen.insert(key).second) return YamlError(file_, kv.first, fmt::format("duplicate key '{}'", key));
    bool ok = false;
    for (const auto& a : allowed) ok = ok || a == key;
    if (!ok) {
      return YamlError(file_, kv.first,
                       fmt::format("unknown key '{}' (valid: {})", key, fmt::join(allowed, ", ")));
    }
  }
  return {};
}

Status YamlMap::Require(const std::string& key) const {
  if (!Has(key)) return YamlError(file_, node_, fmt::format("missing required key '{}'", key));
  return {};
}

Result<std::optional<std::string>> YamlMap::String(const std::string& key) const {
  if (!Has(key)) return std::optional<std::string>();
  YAML::Node v = node_[key];
  if (!v.IsScalar()) return YamlError(file_, v, fmt::format("'{}' must be a string", key));
  return std::optional<std::string>(v.Scalar());
}

Result<std::optional<double>> YamlMap::Number(const std::string& key) const {
  if (!Has(key)) return std::optional<double>();
  YAML::Node v = node_[key];
  try {
    if (!v.IsScalar()) throw YAML::Exception(v.Mark(), "");
    return std::optional<double>(v.as<double>());
  } catch (const YAML::Exception&) {
    return YamlError(file_, v, fmt::format("'{}' must be a number", key));
  }
}

Result<std::optional<bool>> YamlMap::Bool(const std::string& key) const {
  if (!Has(key)) return std::optional<bool>();
  YAML::Node v = node_[key];
  try {
    if (!v.IsScalar()) throw YAML::Exception(v.Mark(), "");
    return std::optional<bool>(v.as<bool>());
  } catch (const YAML::Exception&) {
    return YamlError(file_, v, fmt::format("'{}' must be true or false", key));
  }
}

Result<std::vector<std::string>> YamlMap::Strings(const std::string& key) const {
  std::vector<std::string> out;
  if (!Has(key)) return out;
  YAML::Node v = node_[key];
  if (v.IsScalar()) {
    out.push_back(v.Scalar());
    return out;
  }
  if (!v.IsSequence()) return YamlError(file_, v, fmt::format("'{}' must be a list of strings", key));
  for (const auto& item : v) {
    if (!item.IsScalar()) return YamlError(file_, item, fmt::format("'{}' must hold only strings", key));
    out.push_back(item.Scalar());
  }
  return out;
}

Result<std::vector<std::pair<std::string, double>>> YamlMap::NumberMap(const std::string& key) const {
  std::vector<std::pair<std::string, double>> out;
  if (!Has(key)) return out;
  YAML::Node v = node_[key];
  if (!v.IsMap()) return YamlError(file_, v, fmt::format("'{}' must map words to numbers", key));
  for (const auto& kv : v) {
    try {
      out.emplace_back(kv.first.Scalar(), kv.second.as<double>());
    } catch (const YAML::Exception&) {
      return YamlError(file_, kv.second, fmt::format("'{}': value of '{}' must be a number", key, kv.first.Scalar()));
    }
  }
  return out;
}

}  // namespace contraste
