#include "store/postgres_store.h"

#include <fmt/format.h>

#include <pqxx/pqxx>
#include <set>

#include "store/analysis_codec.h"
#include "store/claim_codec.h"
#include "store/finding_json.h"
#include "store/postgres_schema.h"

namespace contraste {

namespace {

using ReadSnapshot = pqxx::transaction<pqxx::isolation_level::repeatable_read, pqxx::readwrite_policy::read_only>;

Error PgError(const std::string& what) { return MakeError(ErrorCode::kIo, fmt::format("postgresql: {}", what)); }

std::string TextOf(const pqxx::field& f) { return std::string(f.c_str(), f.size()); }

// "('a', 'b', 'c')" with each value escaped by the server's rules.
std::string InList(pqxx::transaction_base& t, const std::vector<std::string>& values) {
  std::string out = "(";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out.append(", ");
    // esc() and quotes of our own: GCC 12 warns falsely (-Wrestrict) inside pqxx's quote().
    out.append("'").append(t.esc(values[i])).append("'");
  }
  return out.append(")");
}

class PostgresStore : public ClaimsStore {
 public:
  explicit PostgresStore(std::unique_ptr<pqxx::connection> c) : conn_(std::move(c)) {}

  Status Migrate() {
    return Write([&](pqxx::work& w) {
      w.exec("SELECT pg_advisory_xact_lock(727172)");  // one migrating process at a time
      w.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      const auto r = w.exec("SELECT COALESCE(MAX(version), 0) FROM schema_version");
      const int version = r[0][0].as<int>();
      const auto& steps = PostgresMigrations();
      if (version > static_cast<int>(steps.size())) {
        throw std::runtime_error(fmt::format("store schema version {} is newer than this program's {}", version, steps.size()));
      }
      for (size_t v = static_cast<size_t>(version); v < steps.size(); ++v) {
        w.exec(steps[v]);
        w.exec("DELETE FROM schema_version");
        w.exec(fmt::format("INSERT INTO schema_version VALUES ({})", v + 1));
      }
    });
  }

  Status ReadConsistently(const std::function<Status()>& reads) override {
    try {
      ReadSnapshot t(*conn_);
      snapshot_ = &t;
      Status s = reads();
      snapshot_ = nullptr;
      if (s) t.commit();
      return s;
    } catch (const std::exception& e) {
      snapshot_ = nullptr;
      return PgError(e.what());
    }
  }

  Result<std::vector<StoredEntry>> Documents() override {
    return Read<std::vector<StoredEntry>>([](pqxx::transaction_base& t) {
      return Entries(t.exec("SELECT id, path, content_hash, rules_version FROM documents ORDER BY id"));
    });
  }

  Result<std::vector<StoredEntry>> Skipped() override {
    return Read<std::vector<StoredEntry>>([](pqxx::transaction_base& t) {
      return Entries(t.exec("SELECT '', path, content_hash, rules_version FROM skipped ORDER BY path"));
    });
  }

  Result<std::optional<StoredEntry>> Entry(const std::string& id) override {
    return Read<std::optional<StoredEntry>>([&](pqxx::transaction_base& t) {
      const auto r = t.exec_params("SELECT id, path, content_hash, rules_version FROM documents WHERE id = $1", id);
      std::vector<StoredEntry> found = Entries(r);
      return found.empty() ? std::optional<StoredEntry>() : std::optional<StoredEntry>(found.front());
    });
  }

  Result<Counts> CountDocuments(const std::string& rules_version) override {
    return Read<Counts>([&](pqxx::transaction_base& t) {
      const auto r = t.exec_params(
          "SELECT COUNT(*), COUNT(*) FILTER (WHERE rules_version <> $1) FROM documents", rules_version);
      return Counts{r[0][0].as<size_t>(), r[0][1].as<size_t>()};
    });
  }

  Status PutDocument(const DocumentAnalysis& d, const std::string& content_hash, const std::string& rules_version) override {
    const std::string analysis = EncodeDocumentAnalysis(d);
    std::set<std::string> participants;
    for (const Claim& c : d.claims) participants.insert(c.participants.begin(), c.participants.end());
    const std::vector<long> days = ClaimDays(d);
    return Write([&](pqxx::work& w) {
      w.exec_params("DELETE FROM documents WHERE id = $1 OR path = $2", d.document.id, d.document.path);
      w.exec_params("DELETE FROM skipped WHERE path = $1", d.document.path);
      w.exec_params(
          "INSERT INTO documents (id, path, content_hash, rules_version, analysis, bytes) VALUES ($1, $2, $3, $4, $5, $6)",
          d.document.id, d.document.path, content_hash, rules_version, analysis, d.document.bytes);
      for (const std::string& p : participants) {
        w.exec_params("INSERT INTO claim_participants (participant, doc_id) VALUES ($1, $2)", p, d.document.id);
        for (long day : days) {
          w.exec_params("INSERT INTO participant_days (participant, day, doc_id) VALUES ($1, $2, $3)", p, day,
                        d.document.id);
        }
      }
      BumpGeneration(w);
    });
  }

  Status PutSkipped(const Error& error, int stage, const std::string& content_hash,
                    const std::string& rules_version) override {
    return Write([&](pqxx::work& w) {
      w.exec_params("DELETE FROM documents WHERE path = $1", error.file);
      w.exec_params(
          "INSERT INTO skipped (path, content_hash, rules_version, stage, error) VALUES ($1, $2, $3, $4, $5) "
          "ON CONFLICT (path) DO UPDATE SET content_hash = EXCLUDED.content_hash, rules_version = EXCLUDED.rules_version, "
          "stage = EXCLUDED.stage, error = EXCLUDED.error",
          error.file, content_hash, rules_version, stage, EncodeError(error));
      BumpGeneration(w);
    });
  }

  Result<bool> RemoveDocument(const std::string& id) override {
    bool removed = false;
    Status s = Write([&](pqxx::work& w) {
      removed = !w.exec_params("DELETE FROM documents WHERE id = $1 RETURNING id", id).empty();
      if (removed) BumpGeneration(w);
    });
    if (!s) return s.error();
    return removed;
  }

  Status RemoveSkipped(const std::string& path) override {
    return Write([&](pqxx::work& w) {
      w.exec_params("DELETE FROM skipped WHERE path = $1", path);
      BumpGeneration(w);
    });
  }

  Result<std::vector<DocumentAnalysis>> LoadDocuments(const std::vector<std::string>& ids) override {
    std::vector<std::pair<std::string, std::string>> rows;
    auto read = Read<bool>([&](pqxx::transaction_base& t) {
      std::string sql = "SELECT analysis, bytes FROM documents";
      if (!ids.empty()) sql.append(" WHERE id IN ").append(InList(t, ids));
      sql.append(" ORDER BY id");
      for (const auto& row : t.exec(sql)) rows.emplace_back(TextOf(row[0]), TextOf(row[1]));
      return true;
    });
    if (!read) return read.error();
    std::vector<DocumentAnalysis> out;
    for (auto& [analysis, bytes] : rows) {
      auto d = DecodeDocumentAnalysis(analysis, std::move(bytes));
      if (!d) return d.error();
      out.push_back(std::move(*d));
    }
    return out;
  }

  Result<std::vector<Error>> SkippedErrors() override {
    auto texts = Read<std::vector<std::string>>([](pqxx::transaction_base& t) {
      std::vector<std::string> out;
      for (const auto& row : t.exec("SELECT error FROM skipped ORDER BY stage, path")) out.push_back(TextOf(row[0]));
      return out;
    });
    if (!texts) return texts.error();
    std::vector<Error> out;
    for (const std::string& text : *texts) {
      Error e;
      if (Status s = DecodeError(text, &e); !s) return s.error();
      out.push_back(std::move(e));
    }
    return out;
  }

  Result<std::vector<std::string>> DocumentsAbout(const std::vector<std::string>& participants,
                                                  const std::vector<DayRange>& days) override {
    return ByKeyAndDay("participant_days", "participant", participants, days, 0);
  }

  Result<std::vector<std::string>> StoriesOf(const std::vector<std::string>& ids) override {
    return Column("SELECT DISTINCT story FROM story_days WHERE doc_id IN ", ids, "");
  }

  Result<std::vector<std::string>> DocumentsOfStories(const std::vector<std::string>& stories,
                                                      const std::vector<DayRange>& days, size_t limit) override {
    return ByKeyAndDay("story_days", "story", stories, days, limit);
  }

  Status PutDerived(const Analysis& a, bool replace) override {
    return Write([&](pqxx::work& w) {
      if (replace) {
        w.exec("DELETE FROM claims");
        w.exec("DELETE FROM findings");
        w.exec("DELETE FROM story_days");
      }
      const long first_position = w.exec("SELECT COALESCE(MAX(position) + 1, 0) FROM findings")[0][0].as<long>();
      for (size_t d = 0; d < a.documents.size(); ++d) {
        w.exec_params("INSERT INTO story_days (story, day, doc_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                      a.stories.stories[a.stories.story_of_doc[d]].id, PublicationDay(a.documents[d]), a.documents[d].id);
      }
      conn_->prepare("contraste_claim",
                     "INSERT INTO claims (doc_id, ordinal, story, event, slot, compare_key, claim) "
                     "VALUES ($1, $2, $3, $4, $5, $6, $7)");
      conn_->prepare("contraste_finding",
                     "INSERT INTO findings (position, id, kind, rule, slot, event, story, finding) "
                     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
      long ordinal = 0;
      for (size_t i = 0; i < a.claims.size(); ++i) {
        const Claim& c = a.claims[i];
        ordinal = i > 0 && a.claims[i - 1].doc == c.doc ? ordinal + 1 : 0;
        w.exec_prepared("contraste_claim", a.documents[c.doc].id, ordinal, c.story, c.event, c.slot, c.CompareKey(),
                        ClaimToJson(c).dump());
      }
      for (size_t i = 0; i < a.findings.size(); ++i) {
        const Finding& f = a.findings[i];
        w.exec_prepared("contraste_finding", first_position + static_cast<long>(i), f.id, f.kind, f.rule, f.slot, f.event,
                        FindingStory(a, f), FindingJson(a, f));
      }
      conn_->unprepare("contraste_claim");
      conn_->unprepare("contraste_finding");
      w.exec(
          "UPDATE state SET value = (SELECT value FROM state WHERE key = 'generation') WHERE key = 'derived_generation'");
    });
  }

  Result<bool> DerivedIsStale() override {
    return Read<bool>([](pqxx::transaction_base& t) {
      const auto r = t.exec(
          "SELECT (SELECT value FROM state WHERE key = 'generation') <> (SELECT value FROM state WHERE key = "
          "'derived_generation')");
      return r[0][0].as<bool>();
    });
  }

  Result<std::vector<std::string>> Findings(const FindingFilter& filter) override {
    return Read<std::vector<std::string>>([&](pqxx::transaction_base& t) {
      std::vector<std::string> out;
      const auto r = t.exec_params(
          "SELECT finding FROM findings WHERE ($1 = '' OR story = $1) AND ($2 = '' OR event = $2) AND "
          "($3 = '' OR kind = $3) AND ($4 = '' OR slot = $4) ORDER BY position LIMIT $5",
          filter.story, filter.event, filter.kind, filter.slot, static_cast<long>(filter.limit));
      for (const auto& row : r) out.push_back(TextOf(row[0]));
      return out;
    });
  }

 private:
  static std::vector<StoredEntry> Entries(const pqxx::result& r) {
    std::vector<StoredEntry> out;
    for (const auto& row : r) out.push_back({TextOf(row[0]), TextOf(row[1]), TextOf(row[2]), TextOf(row[3])});
    return out;
  }

  static void BumpGeneration(pqxx::work& w) { w.exec("UPDATE state SET value = value + 1 WHERE key = 'generation'"); }

  Status Write(const std::function<void(pqxx::work&)>& body) {
    try {
      pqxx::work w(*conn_);
      body(w);
      w.commit();
      return Status();
    } catch (const std::exception& e) {
      return PgError(e.what());
    }
  }

  // Runs `body` on the snapshot of ReadConsistently, or on a transaction of its own.
  template <typename T>
  Result<T> Read(const std::function<T(pqxx::transaction_base&)>& body) {
    try {
      if (snapshot_) return body(*snapshot_);
      pqxx::read_transaction t(*conn_);
      T out = body(t);
      t.commit();
      return out;
    } catch (const std::exception& e) {
      return PgError(e.what());
    }
  }

  Result<std::vector<std::string>> Column(const std::string& head, const std::vector<std::string>& values,
                                          const std::string& tail) {
    if (values.empty()) return std::vector<std::string>{};
    return Read<std::vector<std::string>>([&](pqxx::transaction_base& t) {
      std::set<std::string> out;
      std::string sql = head;
      sql.append(InList(t, values)).append(tail);
      for (const auto& row : t.exec(sql)) out.insert(TextOf(row[0]));
      return std::vector<std::string>(out.begin(), out.end());
    });
  }

  // Ids from `table` (key, day, doc_id) whose key is one of `keys` and day within one of `days`
  // (any day when empty), sorted; at most `limit` (0: all). One index range per day range.
  Result<std::vector<std::string>> ByKeyAndDay(const std::string& table, const std::string& key,
                                               const std::vector<std::string>& keys, const std::vector<DayRange>& days,
                                               size_t limit) {
    if (keys.empty()) return std::vector<std::string>{};
    return Read<std::vector<std::string>>([&](pqxx::transaction_base& t) {
      const std::string in = InList(t, keys);
      std::string sql;
      if (days.empty()) {
        sql = fmt::format("SELECT DISTINCT doc_id FROM {} WHERE {} IN {}", table, key, in);
      } else {
        for (const DayRange& r : days) {
          if (!sql.empty()) sql += " UNION ";
          sql += fmt::format("SELECT doc_id FROM {} WHERE {} IN {} AND day BETWEEN {} AND {}", table, key, in, r.first,
                             r.last);
        }
      }
      if (limit > 0) sql = fmt::format("SELECT doc_id FROM ({}) AS found ORDER BY doc_id LIMIT {}", sql, limit);
      std::set<std::string> out;
      for (const auto& row : t.exec(sql)) out.insert(TextOf(row[0]));
      return std::vector<std::string>(out.begin(), out.end());
    });
  }

  std::unique_ptr<pqxx::connection> conn_;
  pqxx::transaction_base* snapshot_ = nullptr;
};

}  // namespace

Result<std::unique_ptr<ClaimsStore>> OpenPostgresStore(const std::string& url) {
  std::unique_ptr<PostgresStore> store;
  try {
    store = std::make_unique<PostgresStore>(std::make_unique<pqxx::connection>(url));
  } catch (const std::exception& e) {
    Error err = PgError(e.what());
    err.file = url;
    return err;
  }
  if (Status s = store->Migrate(); !s) return s.error();
  return std::unique_ptr<ClaimsStore>(std::move(store));
}

}  // namespace contraste
