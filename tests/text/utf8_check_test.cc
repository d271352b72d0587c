// What counts as a readable text file, and where the first bad byte is.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "text/utf8_check.h"

namespace {

using contraste::ErrorCode;

struct Utf8Case {
  const char* name;
  std::string bytes;
  ErrorCode code;               // kOk when accepted
  std::optional<size_t> offset;  // byte offset reported
};

}  // namespace

TEST_CASE("text bytes accepted and rejected") {
  using std::string;
  const Utf8Case cases[] = {
      {"plain ASCII", "Hola.", ErrorCode::kOk, {}},
      {"Spanish letters", "Año, Shoigú, ñandú, ¿qué?", ErrorCode::kOk, {}},
      {"four-byte emoji", "ok \xF0\x9F\x98\x80", ErrorCode::kOk, {}},
      {"BOM then text", "\xEF\xBB\xBFHola", ErrorCode::kOk, {}},
      {"tabs and CRLF", "a\tb\r\nc\f", ErrorCode::kOk, {}},
      {"truncated two-byte sequence", string("dur\xC3", 4), ErrorCode::kInvalidUtf8, 3},
      {"truncated three-byte sequence mid-text", string("ab\xE2\x80 cd"), ErrorCode::kInvalidUtf8, 2},
      {"lone continuation byte", string("x\x80y"), ErrorCode::kInvalidUtf8, 1},
      {"overlong slash", string("a\xC0\xAF"), ErrorCode::kInvalidUtf8, 1},
      {"overlong three-byte", string("a\xE0\x80\xAF"), ErrorCode::kInvalidUtf8, 1},
      {"UTF-16 surrogate", string("ab\xED\xA0\x80"), ErrorCode::kInvalidUtf8, 2},
      {"beyond U+10FFFF", string("\xF4\x90\x80\x80"), ErrorCode::kInvalidUtf8, 0},
      {"Latin-1 byte", string("caf\xE9 con leche"), ErrorCode::kInvalidUtf8, 3},
      {"NUL byte", string("ab\0cd", 5), ErrorCode::kBinaryInput, 2},
      {"control byte", string("ab\x01" "cd"), ErrorCode::kBinaryInput, 2},
      {"empty", "", ErrorCode::kEmptyInput, {}},
      {"only white space", " \n\t\r\n", ErrorCode::kEmptyInput, {}},
      {"only a BOM", "\xEF\xBB\xBF", ErrorCode::kEmptyInput, {}},
      // Past the first eight bytes, which are read a word at a time.
      {"control byte after a long run", string("0123456789abcdef\x1f" "gh"), ErrorCode::kBinaryInput, 16},
      {"DEL then Latin-1 after a long run", string("0123456789ab\x7f" "cdefgh\xE9ijklmnop"), ErrorCode::kInvalidUtf8, 19},
      {"white space only, longer than a word", "                \n                ", ErrorCode::kEmptyInput, {}},
      {"one letter after sixteen spaces", "                x", ErrorCode::kOk, {}},
  };
  for (const Utf8Case& c : cases) {
    std::string name = c.name;
    CAPTURE(name);
    contraste::Status st = contraste::CheckTextBytes(c.bytes, "f.txt");
    if (c.code == ErrorCode::kOk) {
      CHECK(st.ok());
      continue;
    }
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == c.code);
    CHECK(st.error().file == "f.txt");
    CHECK(st.error().offset == c.offset);
    if (c.offset) CHECK(st.error().ToString().find("byte " + std::to_string(*c.offset)) != std::string::npos);
  }
}
