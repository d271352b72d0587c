#include "report/json_stream.h"


#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "text/utf8_check.h"

namespace contraste {

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

// What a byte becomes inside a JSON string: 0 when it is written as it is, else the letter after
// the backslash ('u' for the control characters written as \u00XX).
constexpr std::array<char, 256> kEscapeLetter = [] {
  std::array<char, 256> letter{};
  for (int c = 0; c < 0x20; ++c) letter[static_cast<size_t>(c)] = 'u';
  letter['\b'] = 'b';
  letter['\t'] = 't';
  letter['\n'] = 'n';
  letter['\f'] = 'f';
  letter['\r'] = 'r';
  letter['"'] = '"';
  letter['\\'] = '\\';
  return letter;
}();

// The longest escape of one byte: \u00XX.
constexpr size_t kMaxEscape = 6;

}  // namespace

JsonStream::JsonStream(std::ostream& out) : out_(&out), buffer_(new char[kBlock]) {
  cursor_ = buffer_.get();
  end_ = cursor_ + kBlock;
}

JsonStream::JsonStream(std::string* text, std::vector<uint8_t> open)
    : text_(text), buffer_(new char[kBlock]), has_items_(std::move(open)) {
  cursor_ = buffer_.get();
  end_ = cursor_ + kBlock;
}

JsonStream& JsonStream::Items(std::string_view text) {
  if (text.empty()) return *this;
  Flush();
  if (text_) {
    text_->append(text);
  } else {
    out_->write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  has_items_.back() = 1;
  return *this;
}

std::vector<uint8_t> JsonStream::OpenContainers(bool more) const {
  std::vector<uint8_t> open = has_items_;
  if (more && !open.empty()) open.back() = 1;
  return open;
}

void JsonStream::MakeRoom(size_t n) {
  Flush();
  if (static_cast<size_t>(end_ - cursor_) >= n) return;
  buffer_.reset(new char[n]);
  cursor_ = buffer_.get();
  end_ = cursor_ + n;
}

JsonStream& JsonStream::Key(std::string_view key) {
  BeforeValue();
  after_key_ = true;
  // A short key with nothing to escape (every key of the reports) is copied as it is checked.
  constexpr size_t kShortKey = 28;
  if (key.size() <= kShortKey) {
    char* out = Room(kShortKey + 4);
    *out++ = '"';
    for (const char c : key) {
      if (kEscapeLetter[static_cast<unsigned char>(c)] != 0) return KeyEscaped(key);
      *out++ = c;
    }
    std::memcpy(out, "\": ", 3);
    cursor_ = out + 3;
    return *this;
  }
  return KeyEscaped(key);
}

JsonStream& JsonStream::KeyEscaped(std::string_view key) {
  Escaped(key);
  Put(": ");
  return *this;
}

void JsonStream::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) Put(',');
  has_items_.back() = 1;
  NewLine(has_items_.size());
}

void JsonStream::NewLine(size_t depth) {
  // Up to 16 levels: one fixed-size copy of a newline and 32 spaces, of which 2 * depth are kept.
  static constexpr char kNewLineSpaces[] = "\n                                ";
  constexpr size_t kFixed = sizeof kNewLineSpaces - 1;
  static_assert(kFixed == 33);
  if (1 + 2 * depth <= kFixed) {
    char* p = Room(kFixed);
    std::memcpy(p, kNewLineSpaces, kFixed);
    cursor_ = p + 1 + 2 * depth;
    return;
  }
  char* p = Room(1 + 2 * depth);
  *p++ = '\n';
  std::memset(p, ' ', 2 * depth);
  cursor_ = p + 2 * depth;
}

JsonStream& JsonStream::Open(char bracket) {
  BeforeValue();
  Put(bracket);
  has_items_.push_back(0);
  return *this;
}

JsonStream& JsonStream::Close(char bracket) {
  const bool had_items = has_items_.back() != 0;
  has_items_.pop_back();
  if (had_items) NewLine(has_items_.size());
  Put(bracket);
  return *this;
}

JsonStream& JsonStream::String(std::string_view s) {
  BeforeValue();
  Escaped(s);
  return *this;
}

void JsonStream::Escaped(std::string_view s) {
  // JSON is UTF-8: bytes that are not (a file name from the file system) become U+FFFD. The
  // bytes are checked as they are copied, in the same pass; a string that turns out not to be
  // UTF-8 is written again from its start, mended.
  char* const start = Room(2 + kMaxEscape * s.size());
  if (char* end = EscapeInto(s, start, true)) {
    cursor_ = end;
    return;
  }
  EscapedUtf8(ValidUtf8(s));
}

void JsonStream::EscapedUtf8(std::string_view s) { cursor_ = EscapeInto(s, Room(2 + kMaxEscape * s.size()), false); }

char* JsonStream::EscapeInto(std::string_view s, char* out, bool check_utf8) {
  static constexpr char kHex[] = "0123456789abcdef";
  constexpr uint64_t kHighs = 0x8080808080808080ull;
  const uint64_t stop_bits = check_utf8 ? kHighs : 0;
  const char* in = s.data();
  const size_t n = s.size();
  *out++ = '"';
  for (size_t i = 0; i < n;) {
    // Eight bytes at a time while none needs escaping (nor, when checked, is past ASCII): most
    // of a quote or a sentence ...
    for (uint64_t w; i + 8 <= n; i += 8, out += 8) {
      std::memcpy(&w, in + i, 8);
      if ((w & stop_bits) != 0 || AnyToEscape(w)) break;
      std::memcpy(out, &w, 8);
    }
    // ... then byte by byte through the block that has one (or the last bytes).
    for (const size_t stop = std::min(n, i + 8); i < stop;) {
      const auto c = static_cast<unsigned char>(in[i]);
      if (c >= 0x80 && check_utf8) {
        // One whole character, checked as FirstInvalidUtf8 checks it (text/utf8_check.h).
        const size_t length = Utf8CharLength(s.substr(i));
        if (length == 0) return nullptr;
        std::memcpy(out, in + i, length);
        out += length;
        i += length;
        continue;
      }
      ++i;
      const char letter = kEscapeLetter[c];
      if (letter == 0) {
        *out++ = static_cast<char>(c);
        continue;
      }
      *out++ = '\\';
      *out++ = letter;
      if (letter == 'u') {
        *out++ = '0';
        *out++ = '0';
        *out++ = kHex[c >> 4];
        *out++ = kHex[c & 0xf];
      }
    }
  }
  *out++ = '"';
  return out;
}

JsonStream& JsonStream::Int(int64_t v) {
  BeforeValue();
  char* p = Room(24);
  cursor_ = std::to_chars(p, p + 24, v).ptr;
  return *this;
}

JsonStream& JsonStream::UInt(uint64_t v) {
  BeforeValue();
  char* p = Room(24);
  cursor_ = std::to_chars(p, p + 24, v).ptr;
  return *this;
}

namespace {

// Writes a finite, non-integral-shortcut double at `out` (room for 64 bytes) and returns the end.
// The digits d1..dn are the shortest that read back as `v`; with the decimal point after n0
// digits (v = 0.d1..dn x 10^n0) the layout is nlohmann's: plain digits up to 15 places before
// the point, "0.000ddd" down to four zeros after it, else d1.d2..dn e+XX (two exponent digits
// at least).
char* WriteDoubleLikeNlohmann(char* out, double v) {
  char sci[40];
  const auto r = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific);
  std::string_view text(sci, static_cast<size_t>(r.ptr - sci));
  if (text.front() == '-') {
    *out++ = '-';
    text.remove_prefix(1);
  }
  const size_t e = text.find('e');
  char digits[24];
  size_t len = 0;
  for (size_t i = 0; i < e; ++i) {
    if (text[i] != '.') digits[len++] = text[i];
  }
  int exponent = 0;
  std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(), exponent);
  const int n = exponent + 1;  // digits before the decimal point
  const int k = static_cast<int>(len);
  if (k <= n && n <= 15) {
    std::memcpy(out, digits, len);
    out += len;
    std::memset(out, '0', static_cast<size_t>(n - k));
    out += n - k;
    std::memcpy(out, ".0", 2);
    return out + 2;
  }
  if (0 < n && n <= 15) {
    std::memcpy(out, digits, static_cast<size_t>(n));
    out += n;
    *out++ = '.';
    std::memcpy(out, digits + n, static_cast<size_t>(k - n));
    return out + (k - n);
  }
  if (-4 < n && n <= 0) {
    *out++ = '0';
    *out++ = '.';
    std::memset(out, '0', static_cast<size_t>(-n));
    out += -n;
    std::memcpy(out, digits, len);
    return out + len;
  }
  *out++ = digits[0];
  if (k > 1) {
    *out++ = '.';
    std::memcpy(out, digits + 1, len - 1);
    out += len - 1;
  }
  *out++ = 'e';
  const int shown = n - 1;
  *out++ = shown < 0 ? '-' : '+';
  const int magnitude = shown < 0 ? -shown : shown;
  if (magnitude < 10) *out++ = '0';
  return std::to_chars(out, out + 8, magnitude).ptr;
}

}  // namespace

JsonStream& JsonStream::Double(double v) {
  BeforeValue();
  if (!std::isfinite(v)) {
    Put("null");
    return *this;
  }
  // An integral value below 10^15 (most interval bounds: seconds, items) is what nlohmann prints
  // for it, its integer digits and ".0" (its shortest round-trip digits are those of the integer,
  // and it prints up to 15 digits without an exponent); "-0.0" for negative zero.
  if (std::fabs(v) < 1e15 && v == std::trunc(v)) {
    char* p = Room(24);
    if (std::signbit(v)) *p++ = '-';
    p = std::to_chars(p, p + 20, static_cast<int64_t>(std::fabs(v))).ptr;
    std::memcpy(p, ".0", 2);
    cursor_ = p + 2;
    return *this;
  }
  // Otherwise the shortest round-trip digits (std::to_chars), laid out as nlohmann::json lays
  // them out, so reports written before and after streaming are the same bytes.
  char* p = Room(64);
  cursor_ = WriteDoubleLikeNlohmann(p, v);
  return *this;
}

JsonStream& JsonStream::Bool(bool v) {
  BeforeValue();
  Put(v ? std::string_view("true") : std::string_view("false"));
  return *this;
}

JsonStream& JsonStream::Null() {
  BeforeValue();
  Put("null");
  return *this;
}

JsonStream& JsonStream::Strings(const std::vector<std::string>& list) {
  BeginArray();
  for (const std::string& s : list) String(s);
  return EndArray();
}

void JsonStream::Finish() {
  Put('\n');
  Flush();
}

void JsonStream::Flush() {
  if (text_) {
    text_->append(buffer_.get(), static_cast<size_t>(cursor_ - buffer_.get()));
  } else {
    out_->write(buffer_.get(), cursor_ - buffer_.get());
  }
  cursor_ = buffer_.get();
}

}  // namespace contraste
