#include "store/sqlite_db.h"

#include <fmt/format.h>

namespace contraste {

void SqliteStatement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(st_.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob(st_.get(), index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::Bind(int index, int64_t value) { sqlite3_bind_int64(st_.get(), index, value); }

Result<bool> SqliteStatement::Step() {
  const int rc = sqlite3_step(st_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Error e = MakeError(ErrorCode::kIo, fmt::format("sqlite: {}", sqlite3_errmsg(db_)));
  sqlite3_reset(st_.get());
  return e;
}

Status SqliteStatement::Run() {
  auto r = Step();
  Reset();
  if (!r) return r.error();
  return Status();
}

void SqliteStatement::Reset() {
  sqlite3_reset(st_.get());
  sqlite3_clear_bindings(st_.get());
}

std::string SqliteStatement::Text(int column) const {
  const void* p = sqlite3_column_blob(st_.get(), column);
  const int n = sqlite3_column_bytes(st_.get(), column);
  return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

int64_t SqliteStatement::Int(int column) const { return sqlite3_column_int64(st_.get(), column); }

Result<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path, int busy_ms) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  std::unique_ptr<SqliteDb> db(new SqliteDb(raw, path));
  if (rc != SQLITE_OK) {
    Error e = db->LastError("cannot open");
    return e;
  }
  sqlite3_busy_timeout(raw, busy_ms);
  if (Status s = db->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON"); !s) {
    return s.error();
  }
  return db;
}

SqliteDb::~SqliteDb() { sqlite3_close_v2(db_); }

Status SqliteDb::Exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Error e = MakeError(ErrorCode::kIo, fmt::format("sqlite: {}", message ? message : "failed"));
    e.file = path_;
    sqlite3_free(message);
    return e;
  }
  return Status();
}

Result<SqliteStatement> SqliteDb::Prepare(std::string_view sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &st, nullptr) != SQLITE_OK) {
    return LastError("cannot prepare a statement");
  }
  return SqliteStatement(db_, st);
}

Error SqliteDb::LastError(std::string_view what) const {
  Error e = MakeError(ErrorCode::kIo, fmt::format("sqlite: {}: {}", what, db_ ? sqlite3_errmsg(db_) : "out of memory"));
  e.file = path_;
  return e;
}

}  // namespace contraste
