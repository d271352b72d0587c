#include "store/sqlite_schema.h"

#include <fmt/format.h>

#include <optional>

namespace contraste {

const std::vector<std::string>& SqliteMigrations() {
  static const std::vector<std::string> steps = {
      // 1: documents analysed alone, files skipped, the claims' keys (participants for `check`;
      // story, event and comparison key after the corpus steps) and the corpus' findings.
      R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  rules_version TEXT NOT NULL,
  analysis TEXT NOT NULL,
  bytes BLOB NOT NULL
);
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
) WITHOUT ROWID;
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
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO state VALUES ('generation', '0'), ('derived_generation', '0');
)sql",
  };
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
