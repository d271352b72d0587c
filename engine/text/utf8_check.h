// Checks that a file's bytes are text contraste can read: non-empty, no NUL or stray control bytes,
// valid UTF-8 (no overlongs, no surrogates). On failure the Error carries the byte offset.
#pragma once

#include <string_view>

#include "core/error.h"

namespace contraste {

// `file` only labels the error. A leading UTF-8 byte-order mark is allowed.
Status CheckTextBytes(std::string_view bytes, const std::string& file);

}  // namespace contraste
