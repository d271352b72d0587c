#include "text/utf8_check.h"

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <algorithm>
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
// UTF-16 in a file that should be UTF-8: a byte-order mark, or ASCII letters with a NUL byte before
// or after each (no byte-order mark). Names the encoding, or returns an empty string.
std::string Utf16Kind(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE (byte-order mark FF FE)";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE (byte-order mark FE FF)";
  if (bytes.size() < 4) return "";
  auto text = [](char c) { return c >= 0x20 && c < 0x7f; };
  if (text(bytes[0]) && bytes[1] == 0 && text(bytes[2]) && bytes[3] == 0) return "UTF-16LE (no byte-order mark)";
  if (bytes[0] == 0 && text(bytes[1]) && bytes[2] == 0 && text(bytes[3])) return "UTF-16BE (no byte-order mark)";
  return "";
}

}  // namespace

size_t FirstInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  for (size_t i = 0; i < n;) {
    // Eight ASCII bytes at a time (most of any name or sentence).
    for (uint64_t w; i + 8 <= n; i += 8) {
      std::memcpy(&w, s + i, sizeof w);
      if ((w & 0x8080808080808080ull) != 0) break;
    }
    if (i >= n) break;
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const size_t length = Utf8CharLength(bytes.substr(i));
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

size_t Utf8CharLength(std::string_view bytes) {
  if (bytes.empty()) return 0;
  UChar32 c;
  int32_t at = 0;
  const auto length = static_cast<int32_t>(std::min<size_t>(bytes.size(), 4));
  U8_NEXT(reinterpret_cast<const uint8_t*>(bytes.data()), at, length, c);
  return c < 0 ? 0 : static_cast<size_t>(at);
}

std::string ValidUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  while (!bytes.empty()) {
    const size_t bad = FirstInvalidUtf8(bytes);
    out.append(bytes.substr(0, bad));
    if (bad == std::string_view::npos) break;
    out.append("\xEF\xBF\xBD");  // U+FFFD
    bytes.remove_prefix(bad + 1);
  }
  return out;
}

Status CheckTextBytes(std::string_view bytes, const std::string& file) {
  if (std::string utf16 = Utf16Kind(bytes); !utf16.empty()) {
    return AtOffset(ErrorCode::kInvalidUtf8, file, 0, fmt::format("{} text, not UTF-8: convert it to UTF-8", utf16));
  }
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
