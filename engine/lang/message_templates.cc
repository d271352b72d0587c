#include "lang/message_templates.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lang/yaml_reader.h"

namespace contraste {

namespace {

const std::vector<std::string>& FindingKinds() {
  static const std::vector<std::string> kinds = {"conflict", "agreement", "revision", "dispute"};
  return kinds;
}

// A sentence whose every '{' opens one of `names` and is closed: else an error at its node.
Result<std::string> Sentence(const std::string& file, const YAML::Node& node, const std::string& key,
                             const std::vector<std::string>& names) {
  if (!node.IsScalar()) return YamlError(file, node, fmt::format("'{}' must be a string", key));
  const std::string text = node.Scalar();
  for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    const size_t close = text.find('}', open);
    const std::string name = close == std::string::npos ? "" : text.substr(open + 1, close - open - 1);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      return YamlError(file, node, fmt::format("'{}': '{{{}' is not one of the placeholders {{{}}}", key,
                                               close == std::string::npos ? text.substr(open + 1) : name + "}",
                                               fmt::join(names, "}, {")));
    }
  }
  if (text.find('}') != std::string::npos &&
      std::count(text.begin(), text.end(), '}') != std::count(text.begin(), text.end(), '{')) {
    return YamlError(file, node, fmt::format("'{}': unbalanced braces", key));
  }
  return text;
}

}  // namespace

const std::vector<std::pair<std::string, std::vector<std::string>>>& VerdictKeys() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> keys = {
      {"contradicted", {"quote", "corpus", "latest"}},
      {"contradicted_and_compatible", {"quote", "corpus", "compatible", "latest"}},
      {"self_contradicted", {"quote", "corpus"}},
      {"disputed", {"quote", "compatible", "corpus"}},
      {"disputed_vague", {"quote", "sides"}},
      {"confirmed", {"quote", "compatible"}},
      {"unchecked", {"quote"}},
      {"no_rule", {"quote", "slot"}},
      {"latest_figure", {"quote", "document", "moment"}},
  };
  return keys;
}

const std::vector<std::string>& FindingPlaceholders() {
  static const std::vector<std::string> names = {"values", "event", "slot", "unit"};
  return names;
}

const std::string* MessageTemplates::FindingTemplate(const std::string& rule, const std::string& kind) const {
  for (const std::string_view key : {std::string_view(rule), std::string_view("default")}) {
    auto r = findings.find(std::string(key));
    if (r == findings.end()) continue;
    auto k = r->second.find(kind);
    if (k != r->second.end()) return &k->second;
  }
  return nullptr;
}

std::string MessageTemplates::Verdict(const std::string& key) const {
  auto it = verdicts.find(key);
  return it == verdicts.end() ? key : it->second;
}

std::string MessageTemplates::Quote(std::string_view quote) const {
  return FillTemplate(quoted, {{"quote", std::string(quote)}});
}

std::string MessageTemplates::PlaceKind(const std::string& kind) const {
  auto it = place_kinds.find(kind);
  return it == place_kinds.end() ? kind : it->second;
}

std::string FillTemplate(std::string_view templ, const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  out.reserve(templ.size());
  size_t done = 0;
  for (size_t open = templ.find('{'); open != std::string_view::npos; open = templ.find('{', done)) {
    out.append(templ.substr(done, open - done));
    const size_t close = templ.find('}', open);
    const std::string_view name = close == std::string_view::npos ? "" : templ.substr(open + 1, close - open - 1);
    auto it = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
    if (it == values.end()) {  // not a placeholder: kept as written
      out += '{';
      done = open + 1;
      continue;
    }
    out += it->second;
    done = close + 1;
  }
  out.append(templ.substr(std::min(done, templ.size())));
  return out;
}

Result<MessageTemplates> ParseMessageTemplates(const std::string& text, const std::string& file) {
  CONTRASTE_ASSIGN_OR_RETURN(yaml, YamlFile::Parse(text, file));
  YamlMap top(yaml.root, file);
  CONTRASTE_RETURN_IF_ERROR(top.AllowOnly({"quoted", "joiners", "findings", "verdicts", "place_kinds"}));
  for (const char* key : {"quoted", "joiners", "findings", "verdicts"}) CONTRASTE_RETURN_IF_ERROR(top.Require(key));
  MessageTemplates m;
  m.file = file;
  CONTRASTE_ASSIGN_OR_RETURN(quoted, Sentence(file, top.Node("quoted"), "quoted", {"quote"}));
  if (quoted.find("{quote}") == std::string::npos) return YamlError(file, top.Node("quoted"), "'quoted' must hold {quote}");
  m.quoted = quoted;
  YamlMap joiners(top.Node("joiners"), file);
  CONTRASTE_RETURN_IF_ERROR(joiners.AllowOnly({"sides", "steps", "list"}));
  for (auto [key, field] : {std::pair{"sides", &m.sides_joiner}, std::pair{"steps", &m.steps_joiner},
                            std::pair{"list", &m.list_joiner}}) {
    CONTRASTE_RETURN_IF_ERROR(joiners.Require(key));
    CONTRASTE_ASSIGN_OR_RETURN(joiner, joiners.String(key));
    *field = *joiner;
  }
  const YAML::Node findings = top.Node("findings");
  if (!findings.IsMap()) return YamlError(file, findings, "'findings' must map rule ids (or default) to sentences by kind");
  for (const auto& rule : findings) {
    YamlMap kinds(rule.second, file);
    CONTRASTE_RETURN_IF_ERROR(kinds.AllowOnly(FindingKinds()));
    for (const std::string& kind : FindingKinds()) {
      if (!kinds.Has(kind)) continue;
      CONTRASTE_ASSIGN_OR_RETURN(sentence, Sentence(file, kinds.Node(kind), kind, FindingPlaceholders()));
      m.findings[rule.first.Scalar()][kind] = sentence;
    }
  }
  YamlMap verdicts(top.Node("verdicts"), file);
  std::vector<std::string> verdict_keys;
  for (const auto& [key, names] : VerdictKeys()) verdict_keys.push_back(key);
  CONTRASTE_RETURN_IF_ERROR(verdicts.AllowOnly(verdict_keys));
  for (const auto& [key, names] : VerdictKeys()) {
    CONTRASTE_RETURN_IF_ERROR(verdicts.Require(key));
    CONTRASTE_ASSIGN_OR_RETURN(sentence, Sentence(file, verdicts.Node(key), key, names));
    m.verdicts[key] = sentence;
  }
  if (top.Has("place_kinds")) {
    const YAML::Node kinds = top.Node("place_kinds");
    if (!kinds.IsMap()) return YamlError(file, kinds, "'place_kinds' must map a place kind id to its name");
    for (const auto& kv : kinds) {
      if (!kv.second.IsScalar()) return YamlError(file, kv.second, "a place kind's name must be a string");
      m.place_kinds[kv.first.Scalar()] = kv.second.Scalar();
    }
  }
  return m;
}

Status LoadMessageTemplates(const std::string& dir, MessageTemplates* out) {
  const std::filesystem::path path = std::filesystem::path(dir) / "messages.yaml";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return {};
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kBadRule, path.string(), 0, 0, "cannot open messages file");
  std::ostringstream ss;
  ss << in.rdbuf();
  CONTRASTE_ASSIGN_OR_RETURN(m, ParseMessageTemplates(ss.str(), path.string()));
  *out = std::move(m);
  return {};
}

}  // namespace contraste
