// The SQLite claims store: migrations recorded, a document's analysis read back field by field,
// replaced and removed in one transaction each, and the participant index that `check` reads.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "store/analysis_codec.h"
#include "store/claim_codec.h"
#include "store/sqlite_schema.h"
#include "store/sqlite_store.h"
#include "store_backends.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;


TEST_CASE("a new store is at the last schema version, and reopening it migrates nothing") {
  const std::string path = FreshSqlitePath("schema.db");
  {
    auto store = SqliteStore::Open(path);
    REQUIRE(store.ok());
  }
  auto db = SqliteDb::Open(path);
  REQUIRE(db.ok());
  auto version = SqliteSchemaVersion(**db);
  REQUIRE(version.ok());
  CHECK(*version == static_cast<int>(SqliteMigrations().size()));
  CHECK(MigrateSqlite(**db).ok());
  CHECK(*SqliteSchemaVersion(**db) == static_cast<int>(SqliteMigrations().size()));
}

TEST_CASE("a store newer than the program is refused, not written") {
  const std::string path = FreshSqlitePath("newer.db");
  {
    auto db = SqliteDb::Open(path);
    REQUIRE(db.ok());
    REQUIRE(MigrateSqlite(**db).ok());
    REQUIRE((*db)->Exec("UPDATE schema_version SET version = version + 1").ok());
  }
  auto store = SqliteStore::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.error().message.find("newer than this program") != std::string::npos);
}

TEST_CASE("a document's analysis is read back as it was stored, every claim field included") {
  const std::string path = FreshSqlitePath("roundtrip.db");
  auto store = SqliteStore::Open(path);
  REQUIRE(store.ok());
  const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
  REQUIRE(!d.claims.empty());
  REQUIRE((*store)->PutDocument(d, ContentHash(d.document), "v1").ok());
  auto back = (*store)->LoadDocuments({d.document.id});
  REQUIRE(back.ok());
  REQUIRE(back->size() == 1);
  const DocumentAnalysis& b = back->front();
  CHECK(b.document.bytes == d.document.bytes);
  CHECK(b.document.title == d.document.title);
  CHECK(b.document.published == d.document.published);
  CHECK(b.document.locale.tag == d.document.locale.tag);
  CHECK(b.mentions == d.mentions);
  CHECK(b.terms.terms.size() == d.terms.terms.size());
  CHECK(b.places.facts.size() == d.places.facts.size());
  REQUIRE(b.claims.size() == d.claims.size());
  for (size_t i = 0; i < d.claims.size(); ++i) {
    CHECK(ClaimToJson(b.claims[i]) == ClaimToJson(d.claims[i]));
  }
  // Every field: a claim with unbounded and open intervals survives too.
  Claim c = d.claims.front();
  c.interval = Interval::Above(0.1 + 0.2);
  auto again = ClaimFromJson(ClaimToJson(c));
  REQUIRE(again.ok());
  CHECK(again->interval.lo == c.interval.lo);
  CHECK(again->interval.hi == Interval::kInf);
  CHECK(again->interval.lo_open);
}

TEST_CASE("a malformed stored claim is an error naming the field") {
  nlohmann::json j = ClaimToJson(Claim{});
  j["offset"] = "twelve";
  auto c = ClaimFromJson(j);
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().message.find("'offset'") != std::string::npos);
}

TEST_CASE("a stored integer that is a fraction, too large or negative is refused, not cast (fuzz_store_row)") {
  // Found by the CI run of fuzz/fuzz_store_row.cc: a term key stored as 1e300 was cast to uint64_t
  // (undefined behaviour); every integer field is now checked before it is read.
  const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
  REQUIRE(!d.claims.empty());
  REQUIRE(!d.terms.terms.empty());
  const nlohmann::json row = nlohmann::json::parse(EncodeDocumentAnalysisJson(d));  // the form older stores hold
  auto refused = [&](const char* what, auto edit) {
    nlohmann::json j = row;
    edit(j);
    auto back = DecodeDocumentAnalysis(j.dump(), d.document.bytes);
    INFO(what);
    CHECK_FALSE(back.ok());
    if (!back.ok()) CHECK(!back.error().message.empty());
  };
  refused("term key 1e300", [](nlohmann::json& j) { j["terms"][0][0] = 1e300; });
  refused("term key 1.5", [](nlohmann::json& j) { j["terms"][0][0] = 1.5; });
  refused("negative mentions", [](nlohmann::json& j) { j["mentions"] = -3; });
  refused("offset 2^64-1", [](nlohmann::json& j) { j["claims"][0]["offset"] = UINT64_MAX; });
  refused("line beyond int", [](nlohmann::json& j) { j["claims"][0]["line"] = int64_t{1} << 40; });
  refused("stated day far beyond the calendar", [](nlohmann::json& j) { j["claims"][0]["stated_day"] = INT64_MAX; });
  refused("stated minute 5000", [](nlohmann::json& j) { j["claims"][0]["stated_minute"] = 5000; });
  refused("published minute 1e9", [](nlohmann::json& j) { j["document"]["published_minute"] = 1e9; });
  // Found by the fresh-clone CI run of stop 17: a date claim whose day was 2^63 reached the event
  // linker's cast to long (claims/event_time.cc) through a row the decoder accepted.
  auto as_date = [](nlohmann::json& j, const nlohmann::json& lo, const nlohmann::json& hi) {
    j["claims"][0]["slot"] = "date";
    j["claims"][0]["interval"][0] = lo;
    j["claims"][0]["interval"][1] = hi;
  };
  refused("a date at day 2^63", [&](nlohmann::json& j) { as_date(j, 20000, 9223372036854775808.0); });
  refused("a date at day -1e300", [&](nlohmann::json& j) { as_date(j, -1e300, 20000); });
  refused("a date at no day", [&](nlohmann::json& j) { as_date(j, "nan", 20000); });
  {
    nlohmann::json j = row;
    as_date(j, 20000, 20001);
    CHECK(DecodeDocumentAnalysis(j.dump(), d.document.bytes).ok());  // a date on the calendar still reads
    DocumentAnalysis far = d;
    far.claims[0].slot = "date";
    far.claims[0].interval = {20000, 9223372036854775808.0, false, false};
    CHECK_FALSE(DecodeDocumentAnalysis(EncodeDocumentAnalysis(far), d.document.bytes).ok());  // the compact form too
  }
  // Integers in range still read (the row as written).
  CHECK(DecodeDocumentAnalysis(row.dump(), d.document.bytes).ok());
}

TEST_CASE("a stored row whose claims do not quote its text is refused (fuzz_store_row)") {
  // Found by fuzz/fuzz_store_row.cc: a row whose quote or offsets disagree with the stored bytes was
  // read back as it was, and the report then quoted (or read) past the document's text.
  const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
  REQUIRE(!d.claims.empty());
  const std::string row = EncodeDocumentAnalysis(d);
  CHECK(DecodeDocumentAnalysis(row, d.document.bytes).ok());
  auto shorter = DecodeDocumentAnalysis(row, d.document.bytes.substr(0, d.claims.back().offset));
  REQUIRE_FALSE(shorter.ok());
  CHECK(shorter.error().message.find("does not quote the document's text") != std::string::npos);
  std::string shifted(1, ' ');  // built with append: GCC 12 warns falsely (-Wrestrict) on insert here
  shifted.append(d.document.bytes);
  CHECK_FALSE(DecodeDocumentAnalysis(row, shifted).ok());
  CHECK_FALSE(DecodeDocumentAnalysis(EncodeDocumentAnalysisJson(d), shifted).ok());
  nlohmann::json j = nlohmann::json::parse(EncodeDocumentAnalysisJson(d));
  j["claims"][0]["sentence_length"] = d.document.bytes.size() + 1;
  CHECK_FALSE(DecodeDocumentAnalysis(j.dump(), d.document.bytes).ok());
}

TEST_CASE("documents are found by the participants of their claims, replaced and removed") {
  const std::string path = FreshSqlitePath("keys.db");
  auto store = SqliteStore::Open(path);
  REQUIRE(store.ok());
  const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
  std::string participant;
  for (const Claim& c : d.claims) {
    if (!c.participants.empty()) participant = c.participants.front();
  }
  REQUIRE(!participant.empty());
  REQUIRE((*store)->PutDocument(d, "h1", "v1").ok());
  CHECK(*(*store)->DocumentsAbout({participant}) == std::vector<std::string>{d.document.id});
  CHECK((*store)->DocumentsAbout({"nobody-at-all"})->empty());
  // Replaced: still one document, with the new hash.
  REQUIRE((*store)->PutDocument(d, "h2", "v1").ok());
  auto docs = (*store)->Documents();
  REQUIRE(docs->size() == 1);
  CHECK(docs->front().content_hash == "h2");
  CHECK(*(*store)->DerivedIsStale());
  CHECK(*(*store)->RemoveDocument(d.document.id));
  CHECK_FALSE(*(*store)->RemoveDocument(d.document.id));
  CHECK((*store)->Documents()->empty());
  CHECK((*store)->DocumentsAbout({participant})->empty());  // its keys went with it
}

TEST_CASE("a store of schema 1 is migrated: its documents read as undated, so checks still find them") {
  const std::string path = FreshSqlitePath("schema1.db");
  const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
  std::string participant;
  for (const Claim& c : d.claims) {
    if (!c.participants.empty()) participant = c.participants.front();
  }
  REQUIRE(!participant.empty());
  {
    // What a program of schema 1 wrote: step 1's tables, a document and its participant keys.
    auto db = SqliteDb::Open(path);
    REQUIRE(db.ok());
    REQUIRE((*db)->Exec("CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1)").ok());
    REQUIRE((*db)->Exec(SqliteMigrations().front()).ok());
    auto put = (*db)->Prepare("INSERT INTO documents (id, path, content_hash, rules_version, analysis, bytes) VALUES (?1, ?2, 'h', 'v1', ?3, ?4)");
    REQUIRE(put.ok());
    put->Bind(1, d.document.id);
    put->Bind(2, d.document.path);
    put->Bind(3, EncodeDocumentAnalysis(d));
    put->BindBlob(4, d.document.bytes);
    REQUIRE(put->Run().ok());
    auto key = (*db)->Prepare("INSERT INTO claim_participants (participant, doc_id) VALUES (?1, ?2)");
    REQUIRE(key.ok());
    key->Bind(1, participant);
    key->Bind(2, d.document.id);
    REQUIRE(key->Run().ok());
  }
  auto store = SqliteStore::Open(path);
  REQUIRE(store.ok());
  auto db = SqliteDb::Open(path);
  CHECK(*SqliteSchemaVersion(**db) == static_cast<int>(SqliteMigrations().size()));
  // Found from any day: it is undated until analysed again.
  const long far = d.document.published->DaysSinceEpoch() + 3650;
  CHECK(*(*store)->DocumentsAbout({participant}, {{far, far}, {kUndatedDay, kUndatedDay}}) ==
        std::vector<std::string>{d.document.id});
  // Analysed again (stored anew), it has its days.
  REQUIRE((*store)->PutDocument(d, "h2", "v2").ok());
  CHECK((*store)->DocumentsAbout({participant}, {{far, far}, {kUndatedDay, kUndatedDay}})->empty());
}
