// The claims store: every document analysed once (pipeline/document_analysis.h), the files that
// could not be used, and what the corpus steps made of them (claims with their story, event and
// comparison key; the findings). One interface, one implementation per database
// (store/sqlite_store.h, the embedded default).
//
//   auto store = OpenClaimsStore("claims.db");
//   if (!store) { std::cerr << store.error().ToString(); return 2; }
//   (*store)->PutDocument(analysis, ContentHash(doc), rules_version);   // one transaction
//
// Every write is one transaction: a process killed between two writes leaves the store as it was
// after the first.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "pipeline/engine.h"
#include "store/claim_days.h"

namespace contraste {

// What the store knows of a document or a skipped file without reading its analysis.
struct StoredEntry {
  std::string id;  // document id (empty for a skipped file)
  std::string path;
  std::string content_hash;
  std::string rules_version;
};

// Which findings to list (GET /v1/findings); an empty field does not filter.
struct FindingFilter {
  std::string story, event, kind, slot;
  size_t limit = 1000;
};

class ClaimsStore {
 public:
  virtual ~ClaimsStore() = default;

  // Runs `reads` on one snapshot of the store: what another connection commits meanwhile is not
  // seen half (a check during an ingest reads the store as it was before or after each document).
  virtual Status ReadConsistently(const std::function<Status()>& reads) = 0;

  // Documents sorted by id; skipped files sorted by path.
  virtual Result<std::vector<StoredEntry>> Documents() = 0;
  // The document with id `id`, if stored (one index lookup: POST /v1/documents).
  virtual Result<std::optional<StoredEntry>> Entry(const std::string& id) = 0;
  // How many documents are stored, and how many of them were analysed with rules other than
  // `rules_version` (GET /v1/health), without listing them.
  struct Counts {
    size_t documents = 0;
    size_t other_rules = 0;
  };
  virtual Result<Counts> CountDocuments(const std::string& rules_version) = 0;
  virtual Result<std::vector<StoredEntry>> Skipped() = 0;

  // Adds or replaces the document with `d.document.id` (and drops a skipped entry of its path).
  virtual Status PutDocument(const DocumentAnalysis& d, const std::string& content_hash,
                             const std::string& rules_version) = 0;
  // Records a file that could not be used (`error.file` is its path; stage 0: it could not be read,
  // 1: it could not be analysed), replacing the document of the same path.
  virtual Status PutSkipped(const Error& error, int stage, const std::string& content_hash,
                            const std::string& rules_version) = 0;
  // Removes a document and its claims; false when there was none.
  virtual Result<bool> RemoveDocument(const std::string& id) = 0;
  virtual Status RemoveSkipped(const std::string& path) = 0;

  // The analyses of the documents named (all when `ids` is empty), sorted by id.
  virtual Result<std::vector<DocumentAnalysis>> LoadDocuments(const std::vector<std::string>& ids) = 0;
  // The skipped files' errors: unreadable ones first, then those that could not be analysed, by path.
  virtual Result<std::vector<Error>> SkippedErrors() = 0;

  // Ids of the documents with a claim about one of `participants` (entity ids) on a day within one
  // of `days` (store/claim_days.h: ClaimDays; every day when `days` is empty), sorted.
  virtual Result<std::vector<std::string>> DocumentsAbout(const std::vector<std::string>& participants,
                                                          const std::vector<DayRange>& days = {}) = 0;
  // The stories the last corpus steps put the documents `ids` in, sorted.
  virtual Result<std::vector<std::string>> StoriesOf(const std::vector<std::string>& ids) = 0;
  // Ids of the documents the last corpus steps put in one of `stories` whose publication day is
  // within one of `days` (kUndatedDay for those without; every day when `days` is empty), sorted;
  // at most `limit`.
  virtual Result<std::vector<std::string>> DocumentsOfStories(const std::vector<std::string>& stories,
                                                              const std::vector<DayRange>& days, size_t limit) = 0;

  // Replaces the corpus steps' results with those of `a` (an Analysis of every stored document).
  // With `replace` false, adds them to those stored instead: `a` is then an Analysis of a part of
  // the store whose stories and events are apart from the rest (a bulk load, one period at a time).
  virtual Status PutDerived(const Analysis& a, bool replace = true) = 0;
  // True when a document changed after the last PutDerived.
  virtual Result<bool> DerivedIsStale() = 0;
  // The stored findings that pass `filter`, in report order, each as JSON (store/finding_json.h).
  virtual Result<std::vector<std::string>> Findings(const FindingFilter& filter) = 0;
};

// Opens the store at `location`: a file path (SQLite, created when missing) or a postgresql:// URL.
Result<std::unique_ptr<ClaimsStore>> OpenClaimsStore(const std::string& location);

// Every stored document analysed again through the corpus steps: the Analysis a report over the
// same files gives (skipped files included).
Result<Analysis> AnalysisFromStore(Engine& engine, ClaimsStore& store);

}  // namespace contraste
