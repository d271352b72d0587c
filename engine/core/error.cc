#include "core/error.h"

#include <fmt/format.h>

namespace contraste {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kIo: return "io";
    case ErrorCode::kEmptyInput: return "empty-input";
    case ErrorCode::kBinaryInput: return "binary-input";
    case ErrorCode::kInvalidUtf8: return "invalid-utf8";
    case ErrorCode::kBadMetadata: return "bad-metadata";
    case ErrorCode::kBadRule: return "bad-rule";
    case ErrorCode::kUsage: return "usage";
    case ErrorCode::kBadGold: return "bad-gold";
    case ErrorCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Error::ToString() const {
  if (file.empty()) return message;
  if (line > 0) return fmt::format("{}:{}:{}: {}", file, line, column, message);
  if (offset) return fmt::format("{}: byte {}: {}", file, *offset, message);
  return fmt::format("{}: {}", file, message);
}

Error MakeError(ErrorCode code, std::string message) {
  Error e;
  e.code = code;
  e.message = std::move(message);
  return e;
}

Error MakeFileError(ErrorCode code, std::string file, int line, int column, std::string message) {
  Error e = MakeError(code, std::move(message));
  e.file = std::move(file);
  e.line = line;
  e.column = column;
  return e;
}

}  // namespace contraste
