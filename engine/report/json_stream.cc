#include "report/json_stream.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstring>

namespace contraste {

JsonStream& JsonStream::Key(std::string_view key) {
  BeforeValue();
  Escaped(key);
  buffer_ += ": ";
  after_key_ = true;
  return *this;
}

void JsonStream::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  buffer_ += has_items_.back() ? ",\n" : "\n";
  has_items_.back() = true;
  Indent(has_items_.size());
}

void JsonStream::Indent(size_t depth) { buffer_.append(2 * depth, ' '); }

JsonStream& JsonStream::Open(char bracket) {
  BeforeValue();
  buffer_ += bracket;
  has_items_.push_back(false);
  return *this;
}

JsonStream& JsonStream::Close(char bracket) {
  const bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items) {
    buffer_ += '\n';
    Indent(has_items_.size());
  }
  buffer_ += bracket;
  MaybeFlush();
  return *this;
}

JsonStream& JsonStream::String(std::string_view s) {
  BeforeValue();
  Escaped(s);
  MaybeFlush();
  return *this;
}

namespace {

// True when one of the eight bytes of `w` is a control character, '"' or '\\' (bit tricks on
// eight bytes at once: a byte below n, or a byte equal to zero after an exclusive or).
bool AnyToEscape(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  const uint64_t control = (w - kOnes * 0x20) & ~w & kHighs;
  const uint64_t quote = w ^ (kOnes * '"');
  const uint64_t backslash = w ^ (kOnes * '\\');
  return (control | ((quote - kOnes) & ~quote & kHighs) | ((backslash - kOnes) & ~backslash & kHighs)) != 0;
}

}  // namespace

void JsonStream::Escaped(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  buffer_ += '"';
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none needs escaping (most of a quote or a sentence).
    for (uint64_t w; i + 8 <= s.size(); i += 8) {
      std::memcpy(&w, s.data() + i, 8);
      if (AnyToEscape(w)) break;
    }
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    buffer_.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': buffer_ += "\\\""; break;
      case '\\': buffer_ += "\\\\"; break;
      case '\b': buffer_ += "\\b"; break;
      case '\t': buffer_ += "\\t"; break;
      case '\n': buffer_ += "\\n"; break;
      case '\f': buffer_ += "\\f"; break;
      case '\r': buffer_ += "\\r"; break;
      default:
        buffer_ += "\\u00";
        buffer_ += kHex[c >> 4];
        buffer_ += kHex[c & 0xf];
    }
  }
  buffer_.append(s.data() + run, s.size() - run);
  buffer_ += '"';
}

JsonStream& JsonStream::Int(int64_t v) {
  BeforeValue();
  char digits[24];
  auto r = std::to_chars(digits, digits + sizeof digits, v);
  buffer_.append(digits, r.ptr);
  return *this;
}

JsonStream& JsonStream::UInt(uint64_t v) {
  BeforeValue();
  char digits[24];
  auto r = std::to_chars(digits, digits + sizeof digits, v);
  buffer_.append(digits, r.ptr);
  return *this;
}

JsonStream& JsonStream::Double(double v) {
  BeforeValue();
  if (!std::isfinite(v)) {
    buffer_ += "null";
    return *this;
  }
  // nlohmann's own digits (Grisu2 with ".0" for integral values), so reports written before and
  // after streaming are the same bytes.
  char digits[64];
  char* end = nlohmann::detail::to_chars(digits, digits + sizeof digits, v);
  buffer_.append(digits, end);
  return *this;
}

JsonStream& JsonStream::Bool(bool v) {
  BeforeValue();
  buffer_ += v ? "true" : "false";
  return *this;
}

JsonStream& JsonStream::Null() {
  BeforeValue();
  buffer_ += "null";
  return *this;
}

JsonStream& JsonStream::Strings(const std::vector<std::string>& list) {
  BeginArray();
  for (const std::string& s : list) String(s);
  return EndArray();
}

void JsonStream::Finish() {
  buffer_ += '\n';
  Flush();
}

void JsonStream::Flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

}  // namespace contraste
