// Where a byte offset of a file is, in the units editors' tools count: the claims carry byte
// columns; the line format counts Unicode characters (code points), SARIF counts UTF-16 code
// units (a character outside the Basic Multilingual Plane is two), as its default columnKind says.
//
//   SourceColumns at = ColumnsAt(doc.bytes, claim.offset);
//   fmt::print("{}:{}:{}", path, at.line, at.chars);      // "á" before it counts once, not twice
#pragma once

#include <cstddef>
#include <string_view>

namespace contraste {

struct SourceColumns {
  int line = 1;    // 1-based; lines end at '\n'
  int bytes = 1;   // 1-based column in bytes
  int chars = 1;   // 1-based column in Unicode code points
  int utf16 = 1;   // 1-based column in UTF-16 code units
};

// `bytes` is valid UTF-8 (documents are checked when read); an offset past the end is clamped.
SourceColumns ColumnsAt(std::string_view bytes, size_t offset);

}  // namespace contraste
