// One document's analysis in the store's compact form: every field analysis_codec.h's JSON keeps, as
// length-prefixed strings and decimal numbers, read without building a JSON tree (a check reads a
// few hundred stored analyses; decoding them as JSON was about three quarters of its time).
//
//   std::string row = EncodeCompactAnalysis(d);        // starts with kCompactAnalysisMark
//   Result<DocumentAnalysis> back = DecodeCompactAnalysis(row, d.document.bytes);
//
// The form is text without NUL bytes (it lives in the same TEXT column as the JSON rows of older
// stores, on SQLite and PostgreSQL): a string is its byte length, ':' and its bytes; a number its
// shortest decimal form (std::to_chars: doubles read back exactly, "inf" and "nan" included) and ';'.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "pipeline/document_analysis.h"

namespace contraste {

// The first byte of a compact row (a JSON row starts with '{'); the digit after it is the form's version.
inline constexpr char kCompactAnalysisMark = '\x01';

std::string EncodeCompactAnalysis(const DocumentAnalysis& d);
// kIo error naming the part that is malformed; spans are not checked here (analysis_codec.h does).
Result<DocumentAnalysis> DecodeCompactAnalysis(std::string_view row, std::string bytes);

}  // namespace contraste
