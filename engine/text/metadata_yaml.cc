#include "text/metadata_yaml.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace contraste {

namespace {

Error AtMark(const std::string& file, const YAML::Mark& mark, int first_line, std::string msg) {
  return MakeFileError(ErrorCode::kBadMetadata, file, mark.line + first_line, mark.column + 1,
                       std::move(msg));
}

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM": sets the date and, when given, the minute of the day.
// False when the text is neither.
bool ParsePublished(std::string_view text, DocumentMetadata* meta) {
  std::optional<int> minute;
  if (text.size() == 16 && text[10] == 'T' && text[13] == ':') {
    auto digits = [&](size_t at) {
      const char a = text[at], b = text[at + 1];
      return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
    };
    const int h = digits(11), m = digits(14);
    if (h < 0 || h > 23 || m < 0 || m > 59) return false;
    minute = h * 60 + m;
    text = text.substr(0, 10);
  }
  auto d = CivilDate::Parse(text);
  if (!d) return false;
  meta->published = *d;
  meta->published_minute = minute;
  return true;
}

Result<DocumentMetadata> FromNode(const YAML::Node& node, const std::string& file, int first_line) {
  DocumentMetadata meta;
  if (!node.IsMap()) return AtMark(file, node.Mark(), first_line, "metadata must be a map of key: value");
  for (const auto& kv : node) {
    // A key that is a list or a map ("[]: d") is no field name: an error, never an exception.
    if (!kv.first.IsScalar()) return AtMark(file, kv.first.Mark(), first_line, "a metadata key must be a single word");
    const std::string key = kv.first.as<std::string>();
    const YAML::Node& v = kv.second;
    if (!v.IsScalar()) return AtMark(file, v.Mark(), first_line, fmt::format("'{}' must be a single value", key));
    const std::string text = v.as<std::string>();
    if (key == "title") {
      meta.title = text;
    } else if (key == "language") {
      meta.language = text;
    } else if (key == "outlet") {
      meta.outlet = text;
    } else if (key == "locale") {
      meta.locale = text;
    } else if (key == "url") {
      meta.url = text;
    } else if (key == "format") {
      if (text != "markdown" && text != "text") {
        return AtMark(file, v.Mark(), first_line, fmt::format("format '{}' is not markdown or text", text));
      }
      meta.format = text;
    } else if (key == "published") {
      if (!ParsePublished(text, &meta)) {
        return AtMark(file, v.Mark(), first_line,
                      fmt::format("published '{}' is not a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM)", text));
      }
    } else if (key != "source" && key != "licence") {  // provenance: where the text came from, under what licence
      return AtMark(file, kv.first.Mark(), first_line,
                    fmt::format("unknown metadata key '{}' (valid: title, language, locale, published, outlet, url, "
                                "format, source, licence)",
                                key));
    }
  }
  return meta;
}

Result<YAML::Node> LoadYaml(std::string_view text, const std::string& file, int first_line) {
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return AtMark(file, e.mark, first_line, fmt::format("YAML syntax: {}", e.msg));
  }
}

bool IsPlainValueByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '.' ||
         c == '-' || c == '_';
}

// The common front matter, read without a YAML parser: lines "key: value" of the five known keys,
// each once, whose value starts with a letter or digit and holds only letters, digits, single
// inner spaces, '.', '-' and '_' (a YAML plain scalar that reads as itself). Anything else (quotes,
// comments, indentation, another key, a value YAML reads as null, a bad date) returns nothing, and
// the YAML parser reads it, with its errors and their positions.
std::optional<DocumentMetadata> ParseSimpleMetadata(std::string_view text) {
  DocumentMetadata meta;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    const size_t colon = line.find(": ");
    if (colon == std::string_view::npos) return std::nullopt;
    std::string_view key = line.substr(0, colon);
    std::string_view value = line.substr(colon + 2);
    if (value.empty() || !std::isalnum(static_cast<unsigned char>(value.front())) || value.back() == ' ' ||
        value.find("  ") != std::string_view::npos ||
        !std::all_of(value.begin(), value.end(), IsPlainValueByte) || value == "null" || value == "Null" ||
        value == "NULL") {
      return std::nullopt;
    }
    std::optional<std::string>* field = key == "title"      ? &meta.title
                                        : key == "language" ? &meta.language
                                        : key == "outlet"   ? &meta.outlet
                                        : key == "locale"   ? &meta.locale
                                                            : nullptr;
    if (field) {
      if (*field) return std::nullopt;
      *field = std::string(value);
    } else if (key == "published") {
      if (meta.published || !ParsePublished(value, &meta)) return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  return meta;
}

}  // namespace

Result<DocumentMetadata> ParseMetadataYaml(std::string_view yaml_text, const std::string& file,
                                           int first_line) {
  if (auto simple = ParseSimpleMetadata(yaml_text)) return *simple;
  auto node = LoadYaml(yaml_text, file, first_line);
  if (!node) return node.error();
  if (node->IsNull()) return DocumentMetadata{};
  return FromNode(*node, file, first_line);
}

Result<std::map<std::string, DocumentMetadata>> ParseManifest(std::string_view yaml_text,
                                                             const std::string& file) {
  auto node = LoadYaml(yaml_text, file, 1);
  if (!node) return node.error();
  std::map<std::string, DocumentMetadata> out;
  if (node->IsNull()) return out;
  if (!node->IsMap()) return AtMark(file, node->Mark(), 1, "manifest must map file names to metadata");
  for (const auto& kv : *node) {
    auto meta = FromNode(kv.second, file, 1);
    if (!meta) return meta.error();
    out[kv.first.as<std::string>()] = *meta;
  }
  return out;
}

std::string_view SplitFrontMatter(std::string_view bytes, size_t* body_offset) {
  *body_offset = 0;
  size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  std::string_view rest = bytes.substr(start);
  size_t open_len = rest.substr(0, 4) == "---\n" ? 4 : (rest.substr(0, 5) == "---\r\n" ? 5 : 0);
  if (open_len == 0) return {};
  size_t pos = start + open_len;
  while (pos <= bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    std::string_view line = bytes.substr(pos, (eol == std::string_view::npos ? bytes.size() : eol) - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---") {
      *body_offset = eol == std::string_view::npos ? bytes.size() : eol + 1;
      return bytes.substr(start + open_len, pos - (start + open_len));
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  return {};  // no closing line: not front matter
}

}  // namespace contraste
