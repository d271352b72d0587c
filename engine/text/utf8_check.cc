#include "text/utf8_check.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace contraste {

namespace {
Error AtOffset(ErrorCode code, const std::string& file, size_t offset, std::string message) {
  Error e = MakeError(code, std::move(message));
  e.file = file;
  e.offset = offset;
  return e;
}
}  // namespace

Status CheckTextBytes(std::string_view bytes, const std::string& file) {
  bool has_text = false;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return MakeFileError(ErrorCode::kIo, file, 0, 0, "file larger than 2 GiB");
  }
  int32_t i = 0;
  while (i < length) {
    // Eight printable ASCII bytes at a time: no byte has its high bit set or is below 0x20.
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHighBits = 0x8080808080808080ull;
    while (length - i >= 8) {
      uint64_t w;
      std::memcpy(&w, s + i, sizeof w);
      if ((w & kHighBits) != 0 || ((w - kOnes * 0x20) & ~w & kHighBits) != 0) break;
      has_text = has_text || w != kOnes * ' ';
      i += 8;
    }
    if (i >= length) break;
    // Printable ASCII, most of an article, needs no decoding.
    if (s[i] >= 0x20 && s[i] < 0x80) {
      has_text = has_text || s[i] != ' ';
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      return AtOffset(ErrorCode::kInvalidUtf8, file, static_cast<size_t>(start),
                      fmt::format("invalid UTF-8 (byte 0x{:02x})", s[start]));
    }
    if (c == 0) {
      return AtOffset(ErrorCode::kBinaryInput, file, static_cast<size_t>(start),
                      "NUL byte: binary file, not a text article");
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
      return AtOffset(ErrorCode::kBinaryInput, file, static_cast<size_t>(start),
                      fmt::format("control byte 0x{:02x}: binary file, not a text article", c));
    }
    if (!has_text && c != 0xFEFF && c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
      has_text = true;
    }
  }
  if (!has_text) {
    Error e = MakeError(ErrorCode::kEmptyInput, "empty file: no text to read");
    e.file = file;
    return e;
  }
  return {};
}

}  // namespace contraste
