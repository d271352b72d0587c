// Checks that a file's bytes are text contraste can read: non-empty, no NUL or stray control bytes,
// valid UTF-8 (no overlongs, no surrogates). On failure the Error carries the byte offset.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"

namespace contraste {

// `file` only labels the error. A leading UTF-8 byte-order mark is allowed. UTF-16 text (a
// byte-order mark FF FE or FE FF, or NUL bytes every other byte) is named as such.
Status CheckTextBytes(std::string_view bytes, const std::string& file);

// Offset of the first byte of `bytes` that does not start a valid UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view bytes);

// Bytes of the valid UTF-8 character `bytes` starts with, or 0 when it starts none (or is empty).
size_t Utf8CharLength(std::string_view bytes);

// `bytes` with every invalid UTF-8 sequence replaced by U+FFFD: for names (paths from the file
// system are bytes) written where only UTF-8 may go (JSON).
std::string ValidUtf8(std::string_view bytes);

}  // namespace contraste
