#include "report/source_columns.h"

namespace contraste {

SourceColumns ColumnsAt(std::string_view bytes, size_t offset) {
  if (offset > bytes.size()) offset = bytes.size();
  SourceColumns at;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++at.line;
      line_start = i + 1;
    }
  }
  for (size_t i = line_start; i < offset; ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if ((b & 0xC0) == 0x80) continue;  // a continuation byte: same character
    ++at.chars;
    at.utf16 += b >= 0xF0 ? 2 : 1;     // four-byte sequences are surrogate pairs in UTF-16
  }
  at.bytes = static_cast<int>(offset - line_start) + 1;
  return at;
}

}  // namespace contraste
