// One document's analysis (pipeline/document_analysis.h) as the store keeps it: JSON for
// everything but the document's bytes, which the store keeps as they are, beside it.
//
//   std::string json = EncodeDocumentAnalysis(d);
//   Result<DocumentAnalysis> back = DecodeDocumentAnalysis(json, d.document.bytes);
//
// Also an Error (a skipped file) as JSON, and the hash that tells whether a document changed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"
#include "pipeline/document_analysis.h"

namespace contraste {

std::string EncodeDocumentAnalysis(const DocumentAnalysis& d);
// kIo error naming what could not be read.
Result<DocumentAnalysis> DecodeDocumentAnalysis(std::string_view json, std::string bytes);

std::string EncodeError(const Error& e);
// Reads a stored Error into `out` (Result<Error> cannot tell the two apart).
Status DecodeError(std::string_view json, Error* out);

// What decides whether a document must be analysed again: its bytes and the metadata it was read
// with (manifest or front matter), as 16 hex digits.
std::string ContentHash(const Document& d);

}  // namespace contraste
