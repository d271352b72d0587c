// The JSON bodies the service accepts (docs/openapi.yaml), read into a Document with errors that
// name the field: a body that is not JSON, not an object, a missing or mistyped field, a bad date.
//
//   auto doc = ParseDocumentBody(body, BodyKind::kDraft);
//   if (!doc) reply 400 with doc.error().message (it names the field: "published: not a date ...")
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "text/document.h"

namespace contraste {

enum class BodyKind {
  kDraft,     // POST /v1/check: "text" required; "id" defaults to "draft"
  kDocument,  // POST /v1/documents: "id" and "text" required
};

// A request error: which field (empty for the body as a whole) and why.
struct FieldError {
  std::string field;
  std::string message;
};

// Reads {"id", "text", "path"?, "title"?, "language"?, "published"?, "outlet"?, "locale"?} into a
// Document (as the corpus loader would read the text: front matter honoured, fields given here win).
// Unknown fields are refused (a misspelt "publised" is never silently ignored).
struct ParsedBody {
  Document document;
  std::optional<FieldError> error;
};
ParsedBody ParseDocumentBody(std::string_view body, BodyKind kind);

// An error reply body: {"error": {"code", "field"?, "message"}}.
std::string ErrorJson(std::string_view code, const FieldError& e);

}  // namespace contraste
