#include "store/schema_v1.h"

#include <fmt/format.h>

namespace contraste {

std::string SchemaStep1(SqlDialect dialect) {
  const bool sqlite = dialect == SqlDialect::kSqlite;
  // Documents analysed alone, files skipped, the claims' keys (participants for `check`; story,
  // event and comparison key after the corpus steps) and the corpus' findings.
  return fmt::format(R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  rules_version TEXT NOT NULL,
  analysis TEXT NOT NULL,
  bytes {bytes} NOT NULL
);
CREATE INDEX documents_path ON documents(path);
CREATE TABLE skipped (
  path TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  rules_version TEXT NOT NULL,
  stage INTEGER NOT NULL,
  error TEXT NOT NULL
);
CREATE TABLE claim_participants (
  participant TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (participant, doc_id)
){without_rowid};
CREATE INDEX claim_participants_doc ON claim_participants(doc_id);
CREATE TABLE claims (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  story TEXT NOT NULL,
  event TEXT NOT NULL,
  slot TEXT NOT NULL,
  compare_key TEXT NOT NULL,
  claim TEXT NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);
CREATE INDEX claims_story ON claims(story);
CREATE INDEX claims_event ON claims(event);
CREATE INDEX claims_compare_key ON claims(compare_key);
CREATE TABLE findings (
  position INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL,
  slot TEXT NOT NULL,
  event TEXT NOT NULL,
  story TEXT NOT NULL,
  finding TEXT NOT NULL
);
CREATE INDEX findings_story ON findings(story);
CREATE INDEX findings_event ON findings(event);
CREATE INDEX findings_id ON findings(id);
CREATE TABLE state (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO state VALUES ('generation', 0), ('derived_generation', 0);
)sql",
                     fmt::arg("bytes", sqlite ? "BLOB" : "TEXT"),
                     fmt::arg("without_rowid", sqlite ? " WITHOUT ROWID" : ""));
}

}  // namespace contraste
