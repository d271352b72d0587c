// The PostgreSQL store's schema as ordered migrations, as store/sqlite_schema.h for SQLite: the same
// tables and indexes in PostgreSQL's dialect, step N recorded as version N in schema_version.
#pragma once

#include <string>
#include <vector>

namespace contraste {

const std::vector<std::string>& PostgresMigrations();

}  // namespace contraste
