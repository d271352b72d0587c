// The claims store in PostgreSQL (store/claims_store.h), for a store several machines share:
// selected by a postgresql:// URL. The same tables as the SQLite store (store/postgres_schema.h),
// one transaction per write, reads of one check on one REPEATABLE READ snapshot.
#pragma once

#include <memory>
#include <string>

#include "store/claims_store.h"

namespace contraste {

// Opens (and migrates) the store at `url` ("postgresql://user@host/db", or with ?host=/socket/dir).
Result<std::unique_ptr<ClaimsStore>> OpenPostgresStore(const std::string& url);

}  // namespace contraste
