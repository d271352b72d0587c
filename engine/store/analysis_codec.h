// One document's analysis (pipeline/document_analysis.h) as the store keeps it: everything but the
// document's bytes, which the store keeps as they are, beside it; written in the compact form
// (store/compact_analysis.h), read in that form or as the JSON older stores hold.
//
//   std::string row = EncodeDocumentAnalysis(d);
//   Result<DocumentAnalysis> back = DecodeDocumentAnalysis(row, d.document.bytes);
//
// Also an Error (a skipped file) as JSON, and the hash that tells whether a document changed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"
#include "pipeline/document_analysis.h"

namespace contraste {

// The compact form (store/compact_analysis.h), what the store writes.
std::string EncodeDocumentAnalysis(const DocumentAnalysis& d);
// The JSON form rows were written in before the compact one; still read.
std::string EncodeDocumentAnalysisJson(const DocumentAnalysis& d);
// Either form, told apart by the first byte. kIo error naming what could not be read.
Result<DocumentAnalysis> DecodeDocumentAnalysis(std::string_view json, std::string bytes);

std::string EncodeError(const Error& e);
// Reads a stored Error into `out` (Result<Error> cannot tell the two apart).
Status DecodeError(std::string_view json, Error* out);

// What decides whether a document must be analysed again: its bytes and the metadata it was read
// with (manifest or front matter), as 16 hex digits.
std::string ContentHash(const Document& d);

}  // namespace contraste
