// A thin owner of an SQLite connection and its prepared statements, with errors as values.
//
//   auto db = SqliteDb::Open("claims.db");
//   CONTRASTE_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
//   auto st = db->Prepare("SELECT id FROM documents WHERE path = ?1");
//   st->Bind(1, path);
//   while (true) { auto row = st->Step(); if (!row) return row.error(); if (!*row) break; st->Text(0); }
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"

namespace contraste {

class SqliteStatement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* st) : db_(db), st_(st, &sqlite3_finalize) {}

  void Bind(int index, std::string_view text);
  void BindBlob(int index, std::string_view bytes);
  void Bind(int index, int64_t value);
  // True when a row is ready (read it with the accessors), false when done.
  Result<bool> Step();
  // Runs a statement that returns no rows, then resets it for another use.
  Status Run();
  void Reset();

  std::string Text(int column) const;
  int64_t Int(int column) const;

 private:
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st_;
};

class SqliteDb {
 public:
  // Opens (creating it when missing) the database file; WAL journal, foreign keys, and a wait of
  // `busy_ms` when another connection holds the write lock.
  static Result<std::unique_ptr<SqliteDb>> Open(const std::string& path, int busy_ms = 10000);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  Status Exec(const std::string& sql);
  Result<SqliteStatement> Prepare(std::string_view sql);
  const std::string& path() const { return path_; }

  // A kIo error with SQLite's message for the last failure.
  Error LastError(std::string_view what) const;

 private:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
template <typename Body>
Status InTransaction(SqliteDb& db, Body&& body) {
  if (Status s = db.Exec("BEGIN IMMEDIATE"); !s) return s;
  Status s = body();
  if (!s) {
    (void)db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

}  // namespace contraste
