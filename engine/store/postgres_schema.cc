#include "store/postgres_schema.h"

#include "store/schema_v2.h"

namespace contraste {

const std::vector<std::string>& PostgresMigrations() {
  // PostgreSQL's text holds the documents' bytes: they are UTF-8 without NUL (text/corpus_loader.h).
  static const std::vector<std::string> steps = {SchemaStep1(SqlDialect::kPostgres), SchemaStep2(SqlDialect::kPostgres)};
  return steps;
}

}  // namespace contraste
