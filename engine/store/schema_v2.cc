#include "store/schema_v2.h"

#include <fmt/format.h>

#include "store/claim_days.h"

namespace contraste {

std::string SchemaStep2(SqlDialect dialect) {
  const bool sqlite = dialect == SqlDialect::kSqlite;
  return fmt::format(R"sql(
CREATE TABLE participant_days (
  participant TEXT NOT NULL,
  day BIGINT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (participant, day, doc_id)
){without_rowid};
CREATE INDEX participant_days_doc ON participant_days(doc_id);
INSERT INTO participant_days (participant, day, doc_id) SELECT participant, {undated}, doc_id FROM claim_participants;
CREATE TABLE story_days (
  story TEXT NOT NULL,
  day BIGINT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (story, day, doc_id)
){without_rowid};
CREATE INDEX story_days_doc ON story_days(doc_id);
INSERT INTO story_days (story, day, doc_id) SELECT DISTINCT story, {undated}, doc_id FROM claims;
)sql",
                     fmt::arg("undated", kUndatedDay), fmt::arg("without_rowid", sqlite ? " WITHOUT ROWID" : ""));
}

}  // namespace contraste
