// The store's second schema step, for both databases: the days claims can be linked on, beside
// their participants (store/claim_days.h), and the publication day of each document of a story,
// so that `check --store` narrows by time as well as by participant and story. Stores written
// before it get every document as undated (it may be linked at any time): checks read what they
// read before until the documents are analysed again.
#pragma once

#include <string>

#include "store/schema_v1.h"

namespace contraste {

// Migration step 2 of store/sqlite_schema.cc and store/postgres_schema.cc.
std::string SchemaStep2(SqlDialect dialect);

}  // namespace contraste
