#include "store/sqlite_store.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <set>

#include "store/analysis_codec.h"
#include "store/claim_codec.h"
#include "store/finding_json.h"
#include "store/sqlite_schema.h"

namespace contraste {

namespace {

// Rows of a statement as StoredEntry (id, path, content_hash, rules_version).
Result<std::vector<StoredEntry>> Entries(SqliteDb& db, std::string_view sql) {
  auto st = db.Prepare(sql);
  if (!st) return st.error();
  std::vector<StoredEntry> out;
  while (true) {
    auto row = st->Step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back({st->Text(0), st->Text(1), st->Text(2), st->Text(3)});
  }
  return out;
}

// SQLite binds at most 32766 parameters; a chunk stays far below.
constexpr size_t kChunk = 500;

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  auto db = SqliteDb::Open(path);
  if (!db) return db.error();
  if (Status s = MigrateSqlite(**db); !s) return s.error();
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(*db)));
}

Status SqliteStore::ReadConsistently(const std::function<Status()>& reads) {
  // In WAL mode a deferred transaction reads one snapshot from its first SELECT to its end.
  if (Status s = db_->Exec("BEGIN DEFERRED"); !s) return s;
  Status s = reads();
  if (Status end = db_->Exec(s ? "COMMIT" : "ROLLBACK"); s && !end) return end;
  return s;
}

Result<std::vector<StoredEntry>> SqliteStore::Documents() {
  return Entries(*db_, "SELECT id, path, content_hash, rules_version FROM documents ORDER BY id");
}

Result<std::vector<StoredEntry>> SqliteStore::Skipped() {
  return Entries(*db_, "SELECT '', path, content_hash, rules_version FROM skipped ORDER BY path");
}

Result<std::optional<StoredEntry>> SqliteStore::Entry(const std::string& id) {
  auto st = db_->Prepare("SELECT id, path, content_hash, rules_version FROM documents WHERE id = ?1");
  if (!st) return st.error();
  st->Bind(1, id);
  auto row = st->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<StoredEntry>();
  return std::optional<StoredEntry>(StoredEntry{st->Text(0), st->Text(1), st->Text(2), st->Text(3)});
}

Result<ClaimsStore::Counts> SqliteStore::CountDocuments(const std::string& rules_version) {
  auto st = db_->Prepare("SELECT COUNT(*), COALESCE(SUM(rules_version != ?1), 0) FROM documents");
  if (!st) return st.error();
  st->Bind(1, rules_version);
  auto row = st->Step();
  if (!row) return row.error();
  return Counts{static_cast<size_t>(st->Int(0)), static_cast<size_t>(st->Int(1))};
}

Status SqliteStore::BumpGeneration() {
  return db_->Exec("UPDATE state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
}

Status SqliteStore::PutDocument(const DocumentAnalysis& d, const std::string& content_hash,
                                const std::string& rules_version) {
  const std::string analysis = EncodeDocumentAnalysis(d);
  std::set<std::string> participants;
  for (const Claim& c : d.claims) participants.insert(c.participants.begin(), c.participants.end());
  const std::vector<long> days = ClaimDays(d);
  return InTransaction(*db_, [&]() -> Status {
    auto drop = db_->Prepare("DELETE FROM documents WHERE id = ?1 OR path = ?2");
    if (!drop) return drop.error();
    drop->Bind(1, d.document.id);
    drop->Bind(2, d.document.path);
    if (Status s = drop->Run(); !s) return s;
    auto unskip = db_->Prepare("DELETE FROM skipped WHERE path = ?1");
    if (!unskip) return unskip.error();
    unskip->Bind(1, d.document.path);
    if (Status s = unskip->Run(); !s) return s;
    auto put = db_->Prepare(
        "INSERT INTO documents (id, path, content_hash, rules_version, analysis, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!put) return put.error();
    put->Bind(1, d.document.id);
    put->Bind(2, d.document.path);
    put->Bind(3, content_hash);
    put->Bind(4, rules_version);
    put->Bind(5, analysis);
    put->BindBlob(6, d.document.bytes);
    if (Status s = put->Run(); !s) return s;
    auto key = db_->Prepare("INSERT INTO claim_participants (participant, doc_id) VALUES (?1, ?2)");
    if (!key) return key.error();
    for (const std::string& p : participants) {
      key->Bind(1, p);
      key->Bind(2, d.document.id);
      if (Status s = key->Run(); !s) return s;
    }
    auto dated = db_->Prepare("INSERT INTO participant_days (participant, day, doc_id) VALUES (?1, ?2, ?3)");
    if (!dated) return dated.error();
    for (const std::string& p : participants) {
      for (long day : days) {
        dated->Bind(1, p);
        dated->Bind(2, static_cast<int64_t>(day));
        dated->Bind(3, d.document.id);
        if (Status s = dated->Run(); !s) return s;
      }
    }
    return BumpGeneration();
  });
}

Status SqliteStore::PutSkipped(const Error& error, int stage, const std::string& content_hash,
                               const std::string& rules_version) {
  return InTransaction(*db_, [&]() -> Status {
    auto drop = db_->Prepare("DELETE FROM documents WHERE path = ?1");
    if (!drop) return drop.error();
    drop->Bind(1, error.file);
    if (Status s = drop->Run(); !s) return s;
    auto put = db_->Prepare(
        "INSERT OR REPLACE INTO skipped (path, content_hash, rules_version, stage, error) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!put) return put.error();
    put->Bind(1, error.file);
    put->Bind(2, content_hash);
    put->Bind(3, rules_version);
    put->Bind(4, int64_t{stage});
    put->Bind(5, EncodeError(error));
    if (Status s = put->Run(); !s) return s;
    return BumpGeneration();
  });
}

Result<bool> SqliteStore::RemoveDocument(const std::string& id) {
  bool removed = false;
  Status s = InTransaction(*db_, [&]() -> Status {
    auto drop = db_->Prepare("DELETE FROM documents WHERE id = ?1 RETURNING id");
    if (!drop) return drop.error();
    drop->Bind(1, id);
    auto row = drop->Step();
    if (!row) return row.error();
    removed = *row;
    drop->Reset();
    return removed ? BumpGeneration() : Status();
  });
  if (!s) return s.error();
  return removed;
}

Status SqliteStore::RemoveSkipped(const std::string& path) {
  return InTransaction(*db_, [&]() -> Status {
    auto drop = db_->Prepare("DELETE FROM skipped WHERE path = ?1");
    if (!drop) return drop.error();
    drop->Bind(1, path);
    if (Status s = drop->Run(); !s) return s;
    return BumpGeneration();
  });
}

Result<std::vector<DocumentAnalysis>> SqliteStore::LoadDocuments(const std::vector<std::string>& ids) {
  std::vector<DocumentAnalysis> out;
  auto read_rows = [&](SqliteStatement& st) -> Status {
    while (true) {
      auto row = st.Step();
      if (!row) return row.error();
      if (!*row) return Status();
      auto d = DecodeDocumentAnalysis(st.Text(0), st.Text(1));
      if (!d) return d.error();
      out.push_back(std::move(*d));
    }
  };
  if (ids.empty()) {
    auto st = db_->Prepare("SELECT analysis, bytes FROM documents ORDER BY id");
    if (!st) return st.error();
    if (Status s = read_rows(*st); !s) return s.error();
    return out;
  }
  for (size_t from = 0; from < ids.size(); from += kChunk) {
    const size_t n = std::min(kChunk, ids.size() - from);
    std::string params;
    for (size_t i = 0; i < n; ++i) params += fmt::format("{}?{}", i ? "," : "", i + 1);
    auto st = db_->Prepare(fmt::format("SELECT analysis, bytes FROM documents WHERE id IN ({})", params));
    if (!st) return st.error();
    for (size_t i = 0; i < n; ++i) st->Bind(static_cast<int>(i + 1), ids[from + i]);
    if (Status s = read_rows(*st); !s) return s.error();
  }
  std::sort(out.begin(), out.end(), [](const DocumentAnalysis& a, const DocumentAnalysis& b) {
    return a.document.id < b.document.id;
  });
  return out;
}

Result<std::vector<Error>> SqliteStore::SkippedErrors() {
  auto st = db_->Prepare("SELECT error FROM skipped ORDER BY stage, path");
  if (!st) return st.error();
  std::vector<Error> out;
  while (true) {
    auto row = st->Step();
    if (!row) return row.error();
    if (!*row) break;
    Error e;
    if (Status s = DecodeError(st->Text(0), &e); !s) return s.error();
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<std::string>> SqliteStore::IdsFor(const std::string& sql_head, const std::vector<std::string>& values,
                                                     const std::string& sql_tail) {
  std::set<std::string> ids;
  for (size_t from = 0; from < values.size(); from += kChunk) {
    const size_t n = std::min(kChunk, values.size() - from);
    std::string params;
    for (size_t i = 0; i < n; ++i) params += fmt::format("{}?{}", i ? "," : "", i + 1);
    auto st = db_->Prepare(sql_head + "(" + params + ")" + sql_tail);
    if (!st) return st.error();
    for (size_t i = 0; i < n; ++i) st->Bind(static_cast<int>(i + 1), values[from + i]);
    while (true) {
      auto row = st->Step();
      if (!row) return row.error();
      if (!*row) break;
      ids.insert(st->Text(0));
    }
  }
  return std::vector<std::string>(ids.begin(), ids.end());
}

Result<std::vector<std::string>> SqliteStore::DocumentsByKeyAndDay(const std::string& table, const std::string& key,
                                                                   const std::vector<std::string>& keys,
                                                                   const std::vector<DayRange>& days, size_t limit) {
  // One index range per key and day range (the primary key is key, day, doc_id).
  std::set<std::string> ids;
  auto st = db_->Prepare(fmt::format("SELECT doc_id FROM {} WHERE {} = ?1 AND day BETWEEN ?2 AND ?3", table, key));
  if (!st) return st.error();
  static const std::vector<DayRange> kEveryDay = {{std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max()}};
  for (const std::string& k : keys) {
    for (const DayRange& r : days.empty() ? kEveryDay : days) {
      st->Bind(1, k);
      st->Bind(2, static_cast<int64_t>(r.first));
      st->Bind(3, static_cast<int64_t>(r.last));
      while (true) {
        auto row = st->Step();
        if (!row) return row.error();
        if (!*row) break;
        ids.insert(st->Text(0));
      }
      st->Reset();
    }
  }
  std::vector<std::string> out(ids.begin(), ids.end());
  if (out.size() > limit) out.resize(limit);
  return out;
}

Result<std::vector<std::string>> SqliteStore::DocumentsAbout(const std::vector<std::string>& participants,
                                                             const std::vector<DayRange>& days) {
  return DocumentsByKeyAndDay("participant_days", "participant", participants, days, SIZE_MAX);
}

Result<std::vector<std::string>> SqliteStore::StoriesOf(const std::vector<std::string>& ids) {
  return IdsFor("SELECT DISTINCT story FROM story_days WHERE doc_id IN ", ids, "");
}

Result<std::vector<std::string>> SqliteStore::DocumentsOfStories(const std::vector<std::string>& stories,
                                                                 const std::vector<DayRange>& days, size_t limit) {
  return DocumentsByKeyAndDay("story_days", "story", stories, days, limit);
}

Status SqliteStore::PutDerived(const Analysis& a, bool replace) {
  return InTransaction(*db_, [&]() -> Status {
    if (replace) {
      if (Status s = db_->Exec("DELETE FROM claims; DELETE FROM findings; DELETE FROM story_days"); !s) return s;
    }
    int64_t first_position = 0;
    {
      auto last = db_->Prepare("SELECT COALESCE(MAX(position) + 1, 0) FROM findings");
      if (!last) return last.error();
      auto row = last->Step();
      if (!row) return row.error();
      first_position = last->Int(0);
    }
    auto story = db_->Prepare("INSERT OR IGNORE INTO story_days (story, day, doc_id) VALUES (?1, ?2, ?3)");
    if (!story) return story.error();
    for (size_t d = 0; d < a.documents.size(); ++d) {
      story->Bind(1, a.stories.stories[a.stories.story_of_doc[d]].id);
      story->Bind(2, static_cast<int64_t>(PublicationDay(a.documents[d])));
      story->Bind(3, a.documents[d].id);
      if (Status s = story->Run(); !s) return s;
    }
    auto put = db_->Prepare(
        "INSERT INTO claims (doc_id, ordinal, story, event, slot, compare_key, claim) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!put) return put.error();
    size_t ordinal = 0;
    for (size_t i = 0; i < a.claims.size(); ++i) {
      const Claim& c = a.claims[i];
      ordinal = i > 0 && a.claims[i - 1].doc == c.doc ? ordinal + 1 : 0;
      put->Bind(1, a.documents[c.doc].id);
      put->Bind(2, static_cast<int64_t>(ordinal));
      put->Bind(3, c.story);
      put->Bind(4, c.event);
      put->Bind(5, c.slot);
      put->Bind(6, c.CompareKey());
      put->Bind(7, ClaimToJson(c).dump());
      if (Status s = put->Run(); !s) return s;
    }
    auto finding = db_->Prepare(
        "INSERT INTO findings (id, position, kind, rule, slot, event, story, finding) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!finding) return finding.error();
    for (size_t i = 0; i < a.findings.size(); ++i) {
      const Finding& f = a.findings[i];
      finding->Bind(1, f.id);
      finding->Bind(2, first_position + static_cast<int64_t>(i));
      finding->Bind(3, f.kind);
      finding->Bind(4, f.rule);
      finding->Bind(5, f.slot);
      finding->Bind(6, f.event);
      finding->Bind(7, FindingStory(a, f));
      finding->Bind(8, FindingJson(a, f));
      if (Status s = finding->Run(); !s) return s;
    }
    return db_->Exec(
        "UPDATE state SET value = (SELECT value FROM state WHERE key = 'generation') WHERE key = 'derived_generation'");
  });
}

Result<bool> SqliteStore::DerivedIsStale() {
  auto st = db_->Prepare(
      "SELECT (SELECT value FROM state WHERE key = 'generation') != (SELECT value FROM state WHERE key = "
      "'derived_generation')");
  if (!st) return st.error();
  auto row = st->Step();
  if (!row) return row.error();
  return *row && st->Int(0) != 0;
}

Result<std::vector<std::string>> SqliteStore::Findings(const FindingFilter& filter) {
  auto st = db_->Prepare(
      "SELECT finding FROM findings WHERE (?1 = '' OR story = ?1) AND (?2 = '' OR event = ?2) AND (?3 = '' OR kind = ?3) "
      "AND (?4 = '' OR slot = ?4) ORDER BY position LIMIT ?5");
  if (!st) return st.error();
  st->Bind(1, filter.story);
  st->Bind(2, filter.event);
  st->Bind(3, filter.kind);
  st->Bind(4, filter.slot);
  st->Bind(5, static_cast<int64_t>(filter.limit));
  std::vector<std::string> out;
  while (true) {
    auto row = st->Step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(st->Text(0));
  }
  return out;
}

}  // namespace contraste
