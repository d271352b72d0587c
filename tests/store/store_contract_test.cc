// What every back end of the claims store must do (store/claims_store.h), run against SQLite and,
// when a server is given (CONTRASTE_TEST_POSTGRES), PostgreSQL: analyses read back exactly,
// replaced and removed with their keys, skipped files kept, staleness tracked, findings filtered.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "store/analysis_codec.h"
#include "store/claim_codec.h"
#include "store/ingest.h"
#include "store_backends.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;


TEST_CASE("every back end keeps analyses, keys, skipped files and findings") {
  for (const StoreUnderTest& s : FreshStores("contract")) {
    CAPTURE(s.backend);
    MESSAGE("store back end: " << s.backend);
    auto opened = OpenClaimsStore(s.location);
    REQUIRE(opened.ok());
    ClaimsStore& store = **opened;
    // Opening again finds the schema in place.
    REQUIRE(OpenClaimsStore(s.location).ok());

    const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
    REQUIRE(store.PutDocument(d, ContentHash(d.document), "v1").ok());
    auto back = store.LoadDocuments({d.document.id});
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    CHECK(EncodeDocumentAnalysis(back->front()) == EncodeDocumentAnalysis(d));
    CHECK(EncodeDocumentAnalysisJson(back->front()) == EncodeDocumentAnalysisJson(d));  // every field, as JSON names them
    CHECK(back->front().document.bytes == d.document.bytes);

    std::string participant;
    for (const Claim& c : d.claims) {
      if (!c.participants.empty()) participant = c.participants.front();
    }
    REQUIRE(!participant.empty());
    CHECK(*store.DocumentsAbout({participant, "nobody"}) == std::vector<std::string>{d.document.id});
    CHECK(store.DocumentsAbout({"nobody"})->empty());

    Error broken = MakeError(ErrorCode::kInvalidUtf8, "invalid UTF-8 (byte 0xc3)");
    broken.file = "corpus/roto.txt";
    broken.offset = 13;
    REQUIRE(store.PutSkipped(broken, 0, "h", "v1").ok());
    auto skipped = store.SkippedErrors();
    REQUIRE(skipped->size() == 1);
    CHECK(skipped->front().ToString() == broken.ToString());
    CHECK(skipped->front().code == ErrorCode::kInvalidUtf8);

    CHECK(*store.DerivedIsStale());
    REQUIRE(RefreshDerived(SharedEngine(), store).ok());
    CHECK_FALSE(*store.DerivedIsStale());
    auto stories = store.StoriesOf({d.document.id});
    REQUIRE(stories->size() == 1);
    CHECK(*store.DocumentsOfStories(*stories, {}, 10) == std::vector<std::string>{d.document.id});

    // Replaced (one document still), then removed with its keys.
    REQUIRE(store.PutDocument(d, "other-hash", "v1").ok());
    REQUIRE(store.Documents()->size() == 1);
    CHECK(store.Documents()->front().content_hash == "other-hash");
    CHECK(*store.RemoveDocument(d.document.id));
    CHECK_FALSE(*store.RemoveDocument(d.document.id));
    CHECK(store.DocumentsAbout({participant})->empty());
    CHECK(store.LoadDocuments({})->empty());
  }
}

TEST_CASE("every back end lists findings by story, event, kind and slot") {
  for (const StoreUnderTest& s : FreshStores("findings")) {
    CAPTURE(s.backend);
    auto opened = OpenClaimsStore(s.location);
    REQUIRE(opened.ok());
    ClaimsStore& store = **opened;
    REQUIRE(Ingest(SharedEngine(), store, {"corpus"}, "v1").ok());
    auto all = store.Findings({});
    REQUIRE(all.ok());
    CHECK(all->size() == 15);  // the seed report's 3 conflicts and 12 agreements
    FindingFilter conflicts;
    conflicts.kind = "conflict";
    REQUIRE(store.Findings(conflicts)->size() == 3);
    const auto first = nlohmann::json::parse(store.Findings(conflicts)->front());
    FindingFilter narrow = conflicts;
    narrow.slot = first.at("slot");
    narrow.event = first.at("event_id");
    narrow.story = first.at("story");
    auto one = store.Findings(narrow);
    REQUIRE(!one->empty());
    for (const std::string& f : *one) CHECK(nlohmann::json::parse(f).at("event_id") == first.at("event_id"));
    FindingFilter limited;
    limited.limit = 2;
    CHECK(store.Findings(limited)->size() == 2);
  }
}

TEST_CASE("every back end narrows documents about a participant by the days their claims can be linked on") {
  for (const StoreUnderTest& s : FreshStores("days")) {
    CAPTURE(s.backend);
    auto opened = OpenClaimsStore(s.location);
    REQUIRE(opened.ok());
    ClaimsStore& store = **opened;
    const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");  // published 2024-06-19
    REQUIRE(d.document.published);
    REQUIRE(store.PutDocument(d, ContentHash(d.document), "v1").ok());
    std::string participant;
    for (const Claim& c : d.claims) {
      if (!c.participants.empty()) participant = c.participants.front();
    }
    REQUIRE(!participant.empty());
    const long day = d.document.published->DaysSinceEpoch();
    const std::vector<std::string> just_it = {d.document.id};
    // Its publication day is one of its days; a week around it reaches it, a year later does not.
    CHECK(ClaimDays(d).front() <= day);
    CHECK(*store.DocumentsAbout({participant}, {{day - 7, day + 7}}) == just_it);
    CHECK(store.DocumentsAbout({participant}, {{day + 365, day + 372}, {kUndatedDay, kUndatedDay}})->empty());
    // Every day when no range is given.
    CHECK(*store.DocumentsAbout({participant}, {}) == just_it);
    // A draft published the same day reaches it; one published a year later does not.
    DocumentAnalysis draft = d;
    CHECK(*store.DocumentsAbout({participant}, DaysWithin({draft}, 7)) == just_it);
    draft.document.published = DateFromDays(day + 400);
    draft.claims.clear();
    CHECK(store.DocumentsAbout({participant}, DaysWithin({draft}, 7))->empty());
    // Stories: by the publication day of their documents.
    REQUIRE(RefreshDerived(SharedEngine(), store).ok());
    auto stories = store.StoriesOf(just_it);
    REQUIRE(stories->size() == 1);
    CHECK(*store.DocumentsOfStories(*stories, {{day - 31, day + 31}}, 10) == just_it);
    CHECK(store.DocumentsOfStories(*stories, {{day + 100, day + 131}}, 10)->empty());
  }
}

TEST_CASE("an undated document is within reach of every dated draft") {
  DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
  d.document.published.reset();
  d.claims.clear();
  CHECK(ClaimDays(d) == std::vector<long>{kUndatedDay});
  DocumentAnalysis draft = AnalysedSeed("000_692f4dc4092f85cc.txt");
  const std::vector<DayRange> reach = DaysWithin({draft}, 7);
  REQUIRE(!reach.empty());
  CHECK(reach.back().first == kUndatedDay);
  draft.document.published.reset();
  draft.claims.clear();
  CHECK(DaysWithin({draft}, 7).empty());  // a draft without a day reaches every day
}

TEST_CASE("every back end finds one document by id and counts documents without listing them") {
  for (const StoreUnderTest& s : FreshStores("entry")) {
    CAPTURE(s.backend);
    auto opened = OpenClaimsStore(s.location);
    REQUIRE(opened.ok());
    ClaimsStore& store = **opened;
    CHECK_FALSE(store.Entry("nobody")->has_value());
    CHECK(store.CountDocuments("v1")->documents == 0);
    const DocumentAnalysis d = AnalysedSeed("000_692f4dc4092f85cc.txt");
    const DocumentAnalysis e = AnalysedSeed("002_c11d152f0e18ed40.txt");
    REQUIRE(store.PutDocument(d, "hash-d", "v1").ok());
    REQUIRE(store.PutDocument(e, "hash-e", "v2").ok());
    auto found = store.Entry(d.document.id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->path == d.document.path);
    CHECK((*found)->content_hash == "hash-d");
    CHECK((*found)->rules_version == "v1");
    auto counts = store.CountDocuments("v1");
    REQUIRE(counts.ok());
    CHECK(counts->documents == 2);
    CHECK(counts->other_rules == 1);
  }
}
