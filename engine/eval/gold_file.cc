#include "eval/gold_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "lang/yaml_reader.h"

namespace contraste {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSchema = "contraste.gold/1";

// The YAML reader's errors are about rule files; here they are about a gold file.
Error AsGold(Error e) {
  e.code = ErrorCode::kBadGold;
  return e;
}

Error GoldError(const std::string& file, const YAML::Node& at, const std::string& message) {
  return AsGold(YamlError(file, at, message));
}

Result<std::string> RequiredString(const YamlMap& m, const std::string& key) {
  if (Status s = m.Require(key); !s) return AsGold(s.error());
  auto v = m.String(key);
  if (!v) return AsGold(v.error());
  if ((*v)->empty()) return GoldError(m.file(), m.Node(key), fmt::format("'{}' must not be empty", key));
  return **v;
}

Result<std::string> OptionalString(const YamlMap& m, const std::string& key) {
  auto v = m.String(key);
  if (!v) return AsGold(v.error());
  return v->value_or("");
}

Result<GoldQuote> ParseQuote(const YAML::Node& node, const std::string& file) {
  YamlMap m(node, file);
  if (Status s = m.AllowOnly({"doc", "quote", "occurrence"}); !s) return AsGold(s.error());
  GoldQuote q;
  q.line = node.Mark().line + 1;
  q.column = node.Mark().column + 1;
  CONTRASTE_ASSIGN_OR_RETURN(doc, RequiredString(m, "doc"));
  CONTRASTE_ASSIGN_OR_RETURN(quote, RequiredString(m, "quote"));
  q.doc = std::move(doc);
  q.quote = std::move(quote);
  if (m.Has("occurrence")) {
    auto n = m.Number("occurrence");
    if (!n) return AsGold(n.error());
    const double v = **n;
    if (v < 1 || v != static_cast<double>(static_cast<int>(v))) {
      return GoldError(file, m.Node("occurrence"), "'occurrence' must be a whole number from 1");
    }
    q.occurrence = static_cast<int>(v);
  }
  return q;
}

Result<GoldSide> ParseSide(const YAML::Node& node, const std::string& file) {
  if (!node.IsSequence() || node.size() == 0) {
    return GoldError(file, node, "a side must be a non-empty list of {doc, quote} claims");
  }
  GoldSide side;
  for (const auto& claim : node) {
    CONTRASTE_ASSIGN_OR_RETURN(q, ParseQuote(claim, file));
    side.push_back(std::move(q));
  }
  return side;
}

// Sides per kind: an agreement is one value stated by two or more claims; every other kind sets
// two or more values against each other.
Status CheckSides(const GoldItem& item, const YAML::Node& sides_node, const std::string& file) {
  if (item.kind == "agreement") {
    if (item.sides.size() != 1 || item.sides.front().size() < 2) {
      return GoldError(file, sides_node, "an agreement has one side holding two or more claims");
    }
    return {};
  }
  if (item.sides.size() < 2) {
    return GoldError(file, sides_node, fmt::format("a {} has two or more sides", item.kind));
  }
  return {};
}

Result<GoldItem> ParseItem(const YAML::Node& node, const std::string& file) {
  YamlMap m(node, file);
  if (Status s = m.AllowOnly({"id", "kind", "measure", "note", "sides"}); !s) return AsGold(s.error());
  GoldItem item;
  item.line = node.Mark().line + 1;
  item.column = node.Mark().column + 1;
  CONTRASTE_ASSIGN_OR_RETURN(id, RequiredString(m, "id"));
  CONTRASTE_ASSIGN_OR_RETURN(kind, RequiredString(m, "kind"));
  CONTRASTE_ASSIGN_OR_RETURN(measure, OptionalString(m, "measure"));
  CONTRASTE_ASSIGN_OR_RETURN(note, OptionalString(m, "note"));
  item.id = std::move(id);
  item.kind = std::move(kind);
  item.measure = std::move(measure);
  item.note = std::move(note);
  const auto& kinds = GoldItemKinds();
  if (std::find(kinds.begin(), kinds.end(), item.kind) == kinds.end()) {
    return GoldError(file, m.Node("kind"),
                     fmt::format("unknown kind '{}' (valid: {})", item.kind, fmt::join(kinds, ", ")));
  }
  if (Status s = m.Require("sides"); !s) return AsGold(s.error());
  YAML::Node sides = m.Node("sides");
  if (!sides.IsSequence()) return GoldError(file, sides, "'sides' must be a list of sides");
  for (const auto& side_node : sides) {
    CONTRASTE_ASSIGN_OR_RETURN(side, ParseSide(side_node, file));
    item.sides.push_back(std::move(side));
  }
  CONTRASTE_RETURN_IF_ERROR(CheckSides(item, sides, file));
  return item;
}

}  // namespace

const std::vector<std::string>& GoldItemKinds() {
  static const std::vector<std::string> kinds = {"conflict", "agreement", "trap", "revision", "dispute"};
  return kinds;
}

Result<GoldFile> ParseGoldFile(const std::string& text, const std::string& path) {
  auto parsed = YamlFile::Parse(text, path);
  if (!parsed) return AsGold(parsed.error());
  const YAML::Node& root = parsed->root;
  YamlMap m(root, path);
  if (Status s = m.AllowOnly({"schema", "story", "articles", "note", "items"}); !s) return AsGold(s.error());
  CONTRASTE_ASSIGN_OR_RETURN(schema, RequiredString(m, "schema"));
  if (schema != kSchema) {
    return GoldError(path, m.Node("schema"), fmt::format("unknown schema '{}' (expected {})", schema, kSchema));
  }
  GoldFile gold;
  gold.path = path;
  CONTRASTE_ASSIGN_OR_RETURN(story, RequiredString(m, "story"));
  CONTRASTE_ASSIGN_OR_RETURN(articles, RequiredString(m, "articles"));
  CONTRASTE_ASSIGN_OR_RETURN(note, OptionalString(m, "note"));
  gold.story = std::move(story);
  gold.story_line = m.Node("story").Mark().line + 1;
  gold.story_column = m.Node("story").Mark().column + 1;
  gold.articles_line = m.Node("articles").Mark().line + 1;
  gold.articles_column = m.Node("articles").Mark().column + 1;
  gold.note = std::move(note);
  fs::path dir = fs::path(path).parent_path();
  gold.articles = (dir / articles).lexically_normal().generic_string();
  if (Status s = m.Require("items"); !s) return AsGold(s.error());
  YAML::Node items = m.Node("items");
  if (!items.IsSequence()) return GoldError(path, items, "'items' must be a list of items");
  std::set<std::string> ids;
  for (const auto& item_node : items) {
    CONTRASTE_ASSIGN_OR_RETURN(item, ParseItem(item_node, path));
    if (!ids.insert(item.id).second) {
      return GoldError(path, item_node["id"], fmt::format("duplicate item id '{}'", item.id));
    }
    gold.items.push_back(std::move(item));
  }
  return gold;
}

Result<GoldFile> LoadGoldFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot open gold file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseGoldFile(ss.str(), path);
}

Result<std::vector<std::string>> ListGoldFiles(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& given : paths) {
    std::error_code ec;
    if (fs::is_regular_file(given, ec)) {
      out.push_back(given);
      continue;
    }
    if (!fs::is_directory(given, ec)) return MakeFileError(ErrorCode::kUsage, given, 0, 0, "no such file or directory");
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(given, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file() && it->path().extension() == ".yaml") found.push_back(it->path().generic_string());
    }
    if (ec) return MakeFileError(ErrorCode::kIo, given, 0, 0, ec.message());
    if (found.empty()) return MakeFileError(ErrorCode::kUsage, given, 0, 0, "no gold files (*.yaml) in this directory");
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace contraste
