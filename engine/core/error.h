// Errors as values: a code, a message and, where known, a position (file:line:col or a byte offset).
//
//   contraste::Result<Document> doc = LoadDocument(path);
//   if (!doc) { std::cerr << doc.error().ToString() << "\n"; return 2; }
//   use(*doc);
//
// Nothing in the engine throws across a public function; third-party exceptions (yaml-cpp, ICU status
// codes) are turned into an Error at the boundary where they happen.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace contraste {

enum class ErrorCode {
  kOk = 0,
  kIo,             // the file could not be opened or read
  kEmptyInput,     // the file has no text
  kBinaryInput,    // the file holds NUL bytes or other control bytes: not a text article
  kInvalidUtf8,    // the byte at `offset` does not start a valid UTF-8 sequence
  kBadMetadata,    // front matter or manifest entry that cannot be read
  kBadRule,        // a rule or language file that is malformed (syntax, key, type, reference)
  kUsage,          // the command line is wrong
  kBadGold,        // a gold file (tests/gold) that is malformed or does not fit its articles
  kInternal,       // a library call failed (ICU status, ...)
};

// Short stable name of a code, e.g. "invalid-utf8"; used in messages and JSON.
const char* ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string file;                  // empty when the error is not about a file
  int line = 0;                      // 1-based; 0 when unknown
  int column = 0;                    // 1-based; 0 when unknown
  std::optional<size_t> offset;      // byte offset into the file, when that is the position

  // "file:line:col: message", "file: byte N: message" or just "message", depending on what is known.
  std::string ToString() const;
};

// A value or an Error. Cheap to move; test with `if (!result)`.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT(runtime/explicit)
  Result(Error error) : v_(std::move(error)) {}      // NOLINT(runtime/explicit)
  explicit operator bool() const { return v_.index() == 0; }
  bool ok() const { return v_.index() == 0; }
  T& operator*() { return std::get<0>(v_); }
  const T& operator*() const { return std::get<0>(v_); }
  T* operator->() { return &std::get<0>(v_); }
  const T* operator->() const { return &std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result<void>: only success or an Error.
class Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT(runtime/explicit)
  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

Error MakeError(ErrorCode code, std::string message);

// In a function that returns Status or Result<U>:
//   CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(path));   // Result<T> -> T doc, or return the error
//   CONTRASTE_RETURN_IF_ERROR(map.AllowOnly({"id", "kind"})); // Status -> return the error
#define CONTRASTE_ASSIGN_OR_RETURN(var, expr)      \
  auto var##_result = (expr);                      \
  if (!var##_result) return var##_result.error();  \
  auto var = std::move(*var##_result)

#define CONTRASTE_RETURN_IF_ERROR(expr)                           \
  do {                                                            \
    if (::contraste::Status st_ = (expr); !st_) return st_.error(); \
  } while (0)
Error MakeFileError(ErrorCode code, std::string file, int line, int column, std::string message);

}  // namespace contraste
