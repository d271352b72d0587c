// The store's first schema, written once for both databases: the tables and indexes of
// store/claims_store.h, with the few words the two dialects spell differently.
#pragma once

#include <string>

namespace contraste {

enum class SqlDialect { kSqlite, kPostgres };

// Migration step 1 of store/sqlite_schema.cc and store/postgres_schema.cc.
std::string SchemaStep1(SqlDialect dialect);

}  // namespace contraste
