#include "store/sqlite_schema.h"

#include <fmt/format.h>

#include <optional>

#include "store/schema_v2.h"

namespace contraste {

const std::vector<std::string>& SqliteMigrations() {
  static const std::vector<std::string> steps = {SchemaStep1(SqlDialect::kSqlite), SchemaStep2(SqlDialect::kSqlite)};
  return steps;
}

namespace {

// The recorded version, or nothing when the store has no schema_version table yet (or fails).
std::optional<int> CurrentVersionIfAny(SqliteDb& db) {
  auto st = db.Prepare("SELECT MAX(version) FROM schema_version");
  if (!st) return std::nullopt;
  auto row = st->Step();
  if (!row || !*row) return std::nullopt;
  return static_cast<int>(st->Int(0));
}

}  // namespace

Result<int> SqliteSchemaVersion(SqliteDb& db) {
  if (Status s = db.Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); !s) return s.error();
  auto st = db.Prepare("SELECT MAX(version) FROM schema_version");
  if (!st) return st.error();
  auto row = st->Step();
  if (!row) return row.error();
  return *row ? static_cast<int>(st->Int(0)) : 0;
}

Status MigrateSqlite(SqliteDb& db) {
  const auto& steps = SqliteMigrations();
  // Up to date (the usual case): no write lock taken, so readers opening the store never wait.
  if (auto current = CurrentVersionIfAny(db); current && *current == static_cast<int>(steps.size())) return Status();
  return InTransaction(db, [&]() -> Status {
    auto version = SqliteSchemaVersion(db);
    if (!version) return version.error();
    if (*version > static_cast<int>(steps.size())) {
      Error e = MakeError(ErrorCode::kIo, fmt::format("store schema version {} is newer than this program's {}",
                                                         *version, steps.size()));
      e.file = db.path();
      return e;
    }
    for (size_t v = static_cast<size_t>(*version); v < steps.size(); ++v) {
      if (Status s = db.Exec(steps[v]); !s) return s;
      if (Status s = db.Exec(fmt::format("DELETE FROM schema_version; INSERT INTO schema_version VALUES ({})", v + 1)); !s) {
        return s;
      }
    }
    return Status();
  });
}

}  // namespace contraste
