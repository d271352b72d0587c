#include "serve/api_request.h"

#include <nlohmann/json.hpp>

#include <set>

#include "text/corpus_loader.h"

namespace contraste {

using nlohmann::json;

namespace {

// The string field `name`: nullopt when absent; an error when present and not a string.
std::optional<std::string> StringField(const json& j, const char* name, std::optional<FieldError>* error) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    *error = FieldError{name, "must be a string"};
    return std::nullopt;
  }
  return it->get<std::string>();
}

bool ValidId(const std::string& id) {
  if (id.empty() || id.size() > 200 || id == "." || id == "..") return false;
  for (unsigned char c : id) {
    if (c < 0x20 || c == 0x7f || c == '\\') return false;
  }
  return true;
}

}  // namespace

ParsedBody ParseDocumentBody(std::string_view body, BodyKind kind) {
  ParsedBody out;
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded()) {
    out.error = FieldError{"", "the body is not valid JSON"};
    return out;
  }
  if (!j.is_object()) {
    out.error = FieldError{"", "the body must be a JSON object"};
    return out;
  }
  static const std::set<std::string> known = {"id", "text", "path", "title", "language", "published", "outlet", "locale"};
  for (const auto& [key, value] : j.items()) {
    if (!known.count(key)) {
      out.error = FieldError{key, "unknown field"};
      return out;
    }
  }
  std::optional<FieldError>& err = out.error;
  auto id = StringField(j, "id", &err);
  auto text = StringField(j, "text", &err);
  auto path = StringField(j, "path", &err);
  DocumentMetadata meta;
  meta.title = StringField(j, "title", &err);
  meta.language = StringField(j, "language", &err);
  meta.outlet = StringField(j, "outlet", &err);
  meta.locale = StringField(j, "locale", &err);
  auto published = StringField(j, "published", &err);
  if (err) return out;
  if (!text) {
    err = FieldError{"text", "required"};
    return out;
  }
  if (!id && kind == BodyKind::kDocument) {
    err = FieldError{"id", "required"};
    return out;
  }
  if (!id) id = "draft";
  if (!ValidId(*id)) {
    err = FieldError{"id", "must be 1 to 200 characters, no control characters or backslash"};
    return out;
  }
  if (published) {
    meta.published = CivilDate::Parse(*published);
    if (!meta.published) {
      err = FieldError{"published", "not a date (YYYY-MM-DD)"};
      return out;
    }
  }
  if (!meta.language) meta.language = "es";
  auto doc = DocumentFromBytes(*text, *id, meta);
  if (!doc) {
    err = FieldError{"text", doc.error().ToString()};
    return out;
  }
  out.document = std::move(*doc);
  out.document.path = path ? *path : *id;
  return out;
}

std::string ErrorJson(std::string_view code, const FieldError& e) {
  json inner{{"code", code}, {"message", e.message}};
  if (!e.field.empty()) inner["field"] = e.field;
  // The field and message may echo request bytes that are not UTF-8 (a query parameter, a path):
  // replaced, so the reply is valid JSON instead of an exception.
  return json{{"error", inner}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace contraste
