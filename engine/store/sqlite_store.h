// The claims store in one SQLite file (store/claims_store.h): WAL journal, so readers see the last
// committed state while a writer works; schema by migrations (store/sqlite_schema.h).
#pragma once

#include <memory>
#include <string>

#include "store/claims_store.h"
#include "store/sqlite_db.h"

namespace contraste {

class SqliteStore : public ClaimsStore {
 public:
  static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

  Status ReadConsistently(const std::function<Status()>& reads) override;
  Result<std::vector<StoredEntry>> Documents() override;
  Result<std::vector<StoredEntry>> Skipped() override;
  Result<std::optional<StoredEntry>> Entry(const std::string& id) override;
  Result<Counts> CountDocuments(const std::string& rules_version) override;
  Status PutDocument(const DocumentAnalysis& d, const std::string& content_hash,
                     const std::string& rules_version) override;
  Status PutSkipped(const Error& error, int stage, const std::string& content_hash,
                    const std::string& rules_version) override;
  Result<bool> RemoveDocument(const std::string& id) override;
  Status RemoveSkipped(const std::string& path) override;
  Result<std::vector<DocumentAnalysis>> LoadDocuments(const std::vector<std::string>& ids) override;
  Result<std::vector<Error>> SkippedErrors() override;
  Result<std::vector<std::string>> DocumentsAbout(const std::vector<std::string>& participants,
                                                  const std::vector<DayRange>& days = {}) override;
  Result<std::vector<std::string>> StoriesOf(const std::vector<std::string>& ids) override;
  Result<std::vector<std::string>> DocumentsOfStories(const std::vector<std::string>& stories,
                                                      const std::vector<DayRange>& days, size_t limit) override;
  Status PutDerived(const Analysis& a, bool replace = true) override;
  Result<bool> DerivedIsStale() override;
  Result<std::vector<std::string>> Findings(const FindingFilter& filter) override;

 private:
  explicit SqliteStore(std::unique_ptr<SqliteDb> db) : db_(std::move(db)) {}
  Status BumpGeneration();
  // Ids from a query with one text parameter per value of `values` bound as ?1..?N (run in chunks).
  Result<std::vector<std::string>> IdsFor(const std::string& sql_head, const std::vector<std::string>& values,
                                          const std::string& sql_tail);
  // Ids from `table` (participant_days or story_days: key, day, doc_id) whose key is one of `keys`
  // and day within one of `days` (any day when empty), sorted; at most `limit`.
  Result<std::vector<std::string>> DocumentsByKeyAndDay(const std::string& table, const std::string& key,
                                                        const std::vector<std::string>& keys,
                                                        const std::vector<DayRange>& days, size_t limit);
  std::unique_ptr<SqliteDb> db_;
};

}  // namespace contraste
