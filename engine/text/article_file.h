// Reading one article file from disk: its bytes, or why it cannot be an article.
//
//   Result<std::string> bytes = ReadArticleFile("corpus/001.txt");
//
// A path that is not a regular file (a directory, a FIFO, a device, a broken or looping symbolic
// link) is refused before it is opened: opening a FIFO waits for a writer, /dev/zero never ends.
// A file larger than kMaxArticleBytes is refused rather than read without limit. Cost: one stat,
// one open, one read into a string sized from the stat (a second read only when the file grew or
// its size is not known), one close.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "core/error.h"

namespace contraste {

// The largest article read, in bytes: a news article is a few KB, a long report a few hundred; a
// larger file is refused with a message rather than read without limit (one 100 MB "article" took
// 3.3 GB of memory).
constexpr size_t kMaxArticleBytes = size_t{8} << 20;

Result<std::string> ReadArticleFile(const std::string& path);

// What a file that is not a regular file is ("FIFO"), for the message that refuses it.
const char* SpecialFileKind(std::filesystem::file_type type);

}  // namespace contraste
