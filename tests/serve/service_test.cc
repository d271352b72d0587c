// The service's answers without HTTP: every endpoint with good input and with bad input (a 400
// naming the field, never a crash), and a check that sees a document once it is added.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "serve/service.h"
#include "store/ingest.h"
#include "store/rules_version.h"
#include "store/store_backends.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Service> SeedService(const std::string& name) {
  auto s = Service::Create(SourcePath("rules"), FreshSeedStore(name));
  REQUIRE(s.ok());
  return std::move(*s);
}

std::string FieldOf(const Reply& r) {
  const json j = json::parse(r.body);
  return j.at("error").value("field", "");
}

const char* kContradiction =
    R"({"id": "borrador", "published": "2024-06-19", "text": "La cumbre entre Vladímir Putin y Kim Jong-un en Pyongyang duró dos horas."})";

}  // namespace

TEST_CASE("health counts the stored documents") {
  auto s = SeedService("health");
  const Reply r = s->Health();
  CHECK(r.status == 200);
  CHECK(json::parse(r.body).at("documents") == 5);
}

TEST_CASE("a check answers with the check JSON of the report contract") {
  auto s = SeedService("check");
  const Reply r = s->Check(kContradiction);
  REQUIRE(r.status == 200);
  const json j = json::parse(r.body);
  CHECK(j.at("schema") == "contraste.report/2");
  REQUIRE(j.contains("check"));
  CHECK(j.at("check").at("drafts") == json::array({"borrador"}));
  CHECK(!j.at("check").at("verdicts").empty());
}

TEST_CASE("bad bodies get 400 with the field named") {
  auto s = SeedService("bad");
  CHECK(s->Check("{not json").status == 400);
  CHECK(FieldOf(s->Check("{not json")) == "");
  CHECK(s->Check("[1, 2]").status == 400);
  CHECK(FieldOf(s->Check(R"({"id": "x"})")) == "text");
  CHECK(FieldOf(s->Check(R"({"text": 12})")) == "text");
  CHECK(FieldOf(s->Check(R"({"text": "hola", "published": "19/06/2024"})")) == "published");
  CHECK(FieldOf(s->Check(R"({"text": "hola", "publised": "2024-06-19"})")) == "publised");
  CHECK(FieldOf(s->Check(R"({"text": "hola", "language": "xx"})")) == "language");
  CHECK(FieldOf(s->PutDocument(R"({"text": "hola"})")) == "id");
  CHECK(FieldOf(s->PutDocument(R"({"id": "", "text": "hola"})")) == "id");
  CHECK(FieldOf(s->Findings({{"kind", "rumour"}})) == "kind");
  CHECK(FieldOf(s->Findings({{"limit", "0"}})) == "limit");
  CHECK(FieldOf(s->Findings({{"limit", "99999999999999999999"}})) == "limit");
  CHECK(FieldOf(s->Findings({{"colour", "red"}})) == "colour");
  CHECK(s->RemoveDocument("no-such-document").status == 404);
}

TEST_CASE("request bytes that are not UTF-8 get a JSON error, not an exception (fuzz_request)") {
  // Found by fuzz/fuzz_request.cc: a findings parameter "limi\xff...t" was echoed into the error
  // reply, and nlohmann's dump threw on the invalid UTF-8 (an uncaught exception in the worker).
  auto s = SeedService("not_utf8");
  for (const Reply& r : {s->Findings({{"limi\xff\xfft", "10"}}), s->Findings({{"kind", "conflict\xff"}}),
                         s->RemoveDocument("caf\xe9")}) {
    CHECK((r.status == 400 || r.status == 404));
    REQUIRE(json::accept(r.body));
    CHECK(json::parse(r.body).at("error").contains("message"));
  }
  CHECK(FieldOf(s->Findings({{"limi\xff\xfft", "10"}})) == "limi\ufffd\ufffdt");
}

TEST_CASE("documents added and removed through the service change what checks and findings see") {
  auto s = SeedService("writes");
  const std::string body = R"({"id": "nuevo", "published": "2024-06-20", "text": "Vladímir Putin y Kim Jong-un se reunieron durante siete horas en Pyongyang."})";
  const Reply added = s->PutDocument(body);
  CHECK(added.status == 201);
  CHECK(s->PutDocument(body).status == 200);  // unchanged
  CHECK(json::parse(s->PutDocument(body).body).at("status") == "unchanged");
  CHECK(json::parse(s->Health().body).at("documents") == 6);
  const Reply findings = s->Findings({{"kind", "conflict"}});
  REQUIRE(findings.status == 200);
  const json all = json::parse(findings.body).at("findings");
  CHECK(!all.empty());
  for (const json& f : all) CHECK(f.at("kind") == "conflict");
  const std::string story = all.front().at("story");
  // The parsed reply is kept: a range-for over .at() of a temporary reads a destroyed object (ASan).
  const json of_story = json::parse(s->Findings({{"story", story}}).body);
  for (const json& f : of_story.at("findings")) CHECK(f.at("story") == story);
  CHECK(s->RemoveDocument("nuevo").status == 200);
  CHECK(json::parse(s->Health().body).at("documents") == 5);
}
