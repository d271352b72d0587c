#include "lang/mo_catalog.h"

#include <cstdint>
#include <fstream>
#include <sstream>

namespace contraste {

namespace {

constexpr uint32_t kMagic = 0x950412deu;

uint32_t Swap(uint32_t v) { return (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) | (v << 24); }

}  // namespace

Result<std::unordered_map<std::string, std::string>> ReadMoCatalog(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kBadRule, path, 0, 0, "cannot read the message catalogue");
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  auto word_at = [&](size_t offset, bool swap, uint32_t* out) {
    if (offset + 4 > bytes.size()) return false;
    uint32_t v = 0;
    for (int b = 3; b >= 0; --b) v = (v << 8) | static_cast<unsigned char>(bytes[offset + static_cast<size_t>(b)]);
    *out = swap ? Swap(v) : v;
    return true;
  };
  auto bad = [&](size_t offset, const char* what) {
    Error e = MakeError(ErrorCode::kBadRule, what);
    e.file = path;
    e.offset = offset;
    return e;
  };
  uint32_t magic = 0;
  if (!word_at(0, false, &magic)) return bad(0, "not a message catalogue (too short)");
  const bool swap = magic != kMagic;
  if (swap && Swap(magic) != kMagic) return bad(0, "not a message catalogue (bad magic number)");
  uint32_t count = 0, originals = 0, translations = 0;
  if (!word_at(8, swap, &count) || !word_at(12, swap, &originals) || !word_at(16, swap, &translations)) {
    return bad(8, "truncated message catalogue header");
  }
  auto string_at = [&](size_t table, uint32_t i, std::string* out) {
    uint32_t length = 0, offset = 0;
    if (!word_at(table + 8u * i, swap, &length) || !word_at(table + 8u * i + 4, swap, &offset)) return false;
    if (static_cast<size_t>(offset) + length > bytes.size()) return false;
    *out = bytes.substr(offset, length);
    return true;
  };
  std::unordered_map<std::string, std::string> out;
  out.reserve(count);
  for (uint32_t i = 0; i < count; ++i) {
    std::string original, translation;
    if (!string_at(originals, i, &original)) return bad(originals + 8u * i, "original string out of the file");
    if (!string_at(translations, i, &translation)) return bad(translations + 8u * i, "translation out of the file");
    // Plural forms and contexts hold a NUL or an EOT byte: not names.
    if (original.empty() || original.find('\0') != std::string::npos || original.find('\x04') != std::string::npos) continue;
    if (translation.empty()) continue;
    out.emplace(std::move(original), std::move(translation));
  }
  return out;
}

}  // namespace contraste
