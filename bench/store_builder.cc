#include "store_builder.h"

#include <fmt/format.h>

#include <iostream>
#include <pqxx/pqxx>

#include "store/analysis_codec.h"
#include "store/claim_days.h"
#include "store/sqlite_db.h"

namespace contraste::bench {

namespace {

// Bytes per generated article, to size each period's Generate().
constexpr size_t kBytesPerArticle = 4200;

// SQL run on the store's database, SQLite file or PostgreSQL URL, each call one transaction.
class BulkSql {
 public:
  static Result<BulkSql> Open(const std::string& location) {
    BulkSql b;
    if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) {
      try {
        b.pg_ = std::make_unique<pqxx::connection>(location);
      } catch (const std::exception& e) {
        return MakeError(ErrorCode::kIo, e.what());
      }
      return b;
    }
    auto db = SqliteDb::Open(location);
    if (!db) return db.error();
    b.sqlite_ = std::move(*db);
    return b;
  }
  Status Run(const std::string& sql) {
    if (sqlite_) return InTransaction(*sqlite_, [&] { return sqlite_->Exec(sql); });
    try {
      pqxx::work w(*pg_);
      w.exec(sql);
      w.commit();
      return Status();
    } catch (const std::exception& e) {
      return MakeError(ErrorCode::kIo, e.what());
    }
  }
  Result<long> Count(const std::string& sql) {
    if (!sqlite_) {
      try {
        pqxx::work w(*pg_);
        return w.exec(sql)[0][0].as<long>();
      } catch (const std::exception& e) {
        return MakeError(ErrorCode::kIo, e.what());
      }
    }
    auto st = sqlite_->Prepare(sql);
    if (!st) return st.error();
    auto row = st->Step();
    if (!row) return row.error();
    return static_cast<long>(st->Int(0));
  }
  Status Checkpoint() { return sqlite_ ? sqlite_->Exec("PRAGMA wal_checkpoint(TRUNCATE)") : Run("ANALYZE"); }

 private:
  std::unique_ptr<SqliteDb> sqlite_;
  std::unique_ptr<pqxx::connection> pg_;
};

// Copies the stored documents whose ids start with "p" (the analysed ones) `copies` times, copy k
// moved k * `span` days later in the day indexes (see store_builder.h).
Status CopyInBulk(const std::string& location, size_t copies, long span, size_t max_documents, size_t* documents) {
  auto db = BulkSql::Open(location);
  if (!db) return db.error();
  auto counted = db->Count("SELECT COUNT(*) FROM documents WHERE id LIKE 'p%'");
  if (!counted) return counted.error();
  const size_t originals = static_cast<size_t>(*counted);
  for (size_t k = 1; k <= copies && *documents < max_documents; ++k) {
    const size_t n = std::min(originals, max_documents - *documents);
    const std::string prefix = fmt::format("c{:04}-", k);
    const long shift = static_cast<long>(k) * span;
    // The first n originals by id; the day indexes follow the documents copied.
    const std::string chosen = fmt::format("SELECT id FROM documents WHERE id LIKE 'p%' ORDER BY id LIMIT {}", n);
    const std::string sql = fmt::format(
        "INSERT INTO documents (id, path, content_hash, rules_version, analysis, bytes) "
        "SELECT '{p}' || id, '{p}' || path, content_hash, rules_version, analysis, bytes FROM documents "
        "WHERE id IN ({c});"
        "INSERT INTO claim_participants (participant, doc_id) SELECT participant, '{p}' || doc_id "
        "FROM claim_participants WHERE doc_id IN ({c});"
        "INSERT INTO participant_days (participant, day, doc_id) "
        "SELECT participant, CASE WHEN day = {u} THEN day ELSE day + {s} END, '{p}' || doc_id "
        "FROM participant_days WHERE doc_id IN ({c});"
        "INSERT INTO story_days (story, day, doc_id) "
        "SELECT '{p}' || story, CASE WHEN day = {u} THEN day ELSE day + {s} END, '{p}' || doc_id "
        "FROM story_days WHERE doc_id IN ({c});",
        fmt::arg("p", prefix), fmt::arg("c", chosen), fmt::arg("u", kUndatedDay), fmt::arg("s", shift));
    if (Status s = db->Run(sql); !s) return s;
    *documents += n;
    std::cerr << fmt::format("\rstore: {} articles ({} copied in bulk)", *documents, k * originals) << std::flush;
  }
  return db->Checkpoint();
}

}  // namespace

Result<BuiltStore> BuildStore(const CorpusGenerator& generator, EngineSet& engines, ClaimsStore& store,
                              const StoreBuildOptions& options) {
  BuiltStore out;
  int first_year = 1990;
  long first_day = kUndatedDay, last_day = kUndatedDay;
  const size_t text_articles = std::min(options.articles, options.text_articles);
  for (size_t period = 0; out.articles < text_articles; ++period) {
    GeneratorOptions g;
    g.seed = options.seed * 1000003 + period;
    g.first_year = first_year;
    g.years_follow_event = true;
    g.target_bytes = std::min(options.period_articles, text_articles - out.articles) * kBytesPerArticle;
    auto corpus = generator.Generate(g);
    if (!corpus) return corpus.error();
    std::vector<Document>& docs = corpus->documents;
    // Whole events only, and no more than asked.
    size_t keep = docs.size();
    for (size_t end : corpus->event_ends) {
      if (out.articles + end >= text_articles) {
        keep = end;
        break;
      }
    }
    docs.resize(keep);
    for (Document& d : docs) {
      d.id = fmt::format("p{:04}-{}", period, d.id);
      d.path = d.id + ".txt";
      if (!d.published) continue;
      first_year = std::max(first_year, d.published->year + 1);
      const long day = d.published->DaysSinceEpoch();
      if (first_day == kUndatedDay) first_day = day;
      last_day = std::max(last_day, day);
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      const size_t every_text = std::max<size_t>(1, text_articles / std::max<size_t>(1, options.drafts));
      if ((out.articles + i) % every_text == every_text / 2 && out.drafts.size() < options.drafts) {
        out.drafts.push_back(docs[i]);
      }
    }
    std::vector<DocumentAnalysis> analysed;
    analysed.reserve(docs.size());
    Status failed;
    AnalyzeEachInParallel(engines, docs, [&](size_t, Result<DocumentAnalysis> one) {
      if (!one) return true;  // a generated article always has a language; none is skipped
      if (Status s = store.PutDocument(*one, ContentHash(one->document), "bench"); !s) {
        failed = s;
        return false;
      }
      analysed.push_back(std::move(*one));
      return true;
    });
    if (!failed) return failed.error();
    out.articles += analysed.size();
    Analysis a = engines.at(0).Combine(std::move(analysed));
    out.claims += a.claims.size();
    if (Status s = store.PutDerived(a, /*replace=*/false); !s) return s.error();
    std::cerr << fmt::format("\rstore: {} articles, {} claims", out.articles, out.claims) << std::flush;
  }
  if (out.articles < options.articles) {
    const long span = last_day - first_day + 366;
    const size_t copies = (options.articles - out.articles + out.articles - 1) / std::max<size_t>(1, out.articles);
    const size_t analysed = out.articles;
    if (Status s = CopyInBulk(options.location, copies, span, options.articles, &out.articles); !s) return s.error();
    out.claims += (out.articles - analysed) * (out.claims / std::max<size_t>(1, analysed));
  }
  std::cerr << "\n";
  return out;
}

}  // namespace contraste::bench
