// The store's schema as ordered migrations: step N takes a store at version N-1 to version N, in one
// transaction with the version it records (table schema_version), so a store is always at one
// version of the list. A store newer than this program is refused rather than written.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "store/sqlite_db.h"

namespace contraste {

// The SQL of each step, oldest first (step i makes version i + 1).
const std::vector<std::string>& SqliteMigrations();

// Brings `db` to the last version; kIo error when it is newer than this program knows.
Status MigrateSqlite(SqliteDb& db);

// The version recorded in `db` (0 for a new file).
Result<int> SqliteSchemaVersion(SqliteDb& db);

}  // namespace contraste
