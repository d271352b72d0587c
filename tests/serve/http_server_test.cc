// The service over real HTTP on an ephemeral port of the loopback: every endpoint, the bearer token
// for writes, the body limit, JSON errors for what httplib answers itself, and checks answered
// while documents are being written.
#include <doctest/doctest.h>
#include <httplib.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/http_server.h"
#include "store/ingest.h"
#include "store/rules_version.h"
#include "store/store_backends.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct RunningServer {
  std::unique_ptr<HttpServer> server;
  std::thread thread;
  int port = 0;

  RunningServer(const std::string& name, ServeOptions options, size_t workers = 2) {
    const std::string store = FreshSeedStore(name);
    std::vector<std::unique_ptr<Service>> services;
    for (size_t i = 0; i < workers; ++i) {
      auto s = Service::Create(SourcePath("rules"), store);
      REQUIRE(s.ok());
      services.push_back(std::move(*s));
    }
    options.port = 0;
    server = HttpServer::Create(std::make_unique<ServicePool>(std::move(services)), options);
    auto bound = server->Bind();
    REQUIRE(bound.ok());
    port = *bound;
    thread = std::thread([this] { server->Run(); });
  }
  ~RunningServer() {
    server->Stop();
    thread.join();
  }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(30, 0);
    return c;
  }
};

const char* kDraft =
    R"({"published": "2024-06-19", "text": "La cumbre entre Vladímir Putin y Kim Jong-un en Pyongyang duró dos horas."})";

std::string ErrorField(const httplib::Result& r) { return json::parse(r->body).at("error").value("field", ""); }

}  // namespace

TEST_CASE("every endpoint over HTTP, with good and bad input") {
  RunningServer s("endpoints", ServeOptions{});
  auto c = s.Client();
  auto health = c.Get("/v1/health");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(json::parse(health->body).at("documents") == 5);

  auto check = c.Post("/v1/check", kDraft, "application/json");
  REQUIRE(check);
  CHECK(check->status == 200);
  CHECK(json::parse(check->body).contains("check"));
  auto bad = c.Post("/v1/check", R"({"text": "hola", "published": "ayer"})", "application/json");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(ErrorField(bad) == "published");
  auto broken = c.Post("/v1/check", "{\"text\": \"sin cerrar", "application/json");
  REQUIRE(broken);
  CHECK(broken->status == 400);

  auto put = c.Post("/v1/documents", R"({"id": "nuevo", "text": "Putin y Kim Jong-un se reunieron siete horas."})",
                    "application/json");
  REQUIRE(put);
  CHECK(put->status == 201);
  auto findings = c.Get("/v1/findings?kind=conflict&limit=3");
  REQUIRE(findings);
  CHECK(findings->status == 200);
  CHECK(json::parse(findings->body).at("findings").size() <= 3);
  auto bad_filter = c.Get("/v1/findings?slot=duration&kind=everything");
  REQUIRE(bad_filter);
  CHECK(bad_filter->status == 400);
  CHECK(ErrorField(bad_filter) == "kind");
  auto removed = c.Delete("/v1/documents/nuevo");
  REQUIRE(removed);
  CHECK(removed->status == 200);
  auto again = c.Delete("/v1/documents/nuevo");
  REQUIRE(again);
  CHECK(again->status == 404);
  auto nowhere = c.Get("/v1/nowhere");
  REQUIRE(nowhere);
  CHECK(nowhere->status == 404);
  CHECK(json::parse(nowhere->body).at("error").at("code") == "not-found");
}

TEST_CASE("writes need the bearer token when one is set; reads do not") {
  ServeOptions o;
  o.token = "s3cret-token";
  RunningServer s("token", o);
  auto c = s.Client();
  const std::string doc = R"({"id": "con-token", "text": "Putin y Kim Jong-un se reunieron."})";
  auto refused = c.Post("/v1/documents", doc, "application/json");
  REQUIRE(refused);
  CHECK(refused->status == 401);
  auto del = c.Delete("/v1/documents/000_692f4dc4092f85cc");
  REQUIRE(del);
  CHECK(del->status == 401);
  httplib::Headers wrong = {{"Authorization", "Bearer s3cret-tokeN"}};
  auto wrong_token = c.Post("/v1/documents", wrong, doc, "application/json");
  REQUIRE(wrong_token);
  CHECK(wrong_token->status == 401);
  httplib::Headers right = {{"Authorization", "Bearer s3cret-token"}};
  auto accepted = c.Post("/v1/documents", right, doc, "application/json");
  REQUIRE(accepted);
  CHECK(accepted->status == 201);
  auto read = c.Post("/v1/check", kDraft, "application/json");
  REQUIRE(read);
  CHECK(read->status == 200);
}

TEST_CASE("a body over the limit gets 413 with a JSON error") {
  ServeOptions o;
  o.max_body_bytes = 1000;
  RunningServer s("limit", o);
  auto c = s.Client();
  std::string text(2000, 'a');
  std::string body = R"({"text": ")";
  body.append(text).append("\"}");
  auto r = c.Post("/v1/check", body, "application/json");
  REQUIRE(r);
  CHECK(r->status == 413);
  CHECK(json::parse(r->body).at("error").at("code") == "too-large");
}

TEST_CASE("a request past the time limit gets 504, and the server goes on answering") {
  ServeOptions o;
  o.timeout = std::chrono::milliseconds(40);
  o.max_body_bytes = size_t{4} << 20;
  RunningServer s("timeout", o, 2);
  auto c = s.Client();
  // About 1.5 MB of text to analyse: far longer than 40 ms.
  std::string text;
  while (text.size() < 1500000) text.append("La cumbre entre Vladímir Putin y Kim Jong-un duró dos horas. ");
  std::string body = R"({"published": "2024-06-19", "text": ")";
  body.append(text).append("\"}");
  auto r = c.Post("/v1/check", body, "application/json");
  REQUIRE(r);
  CHECK(r->status == 504);
  CHECK(json::parse(r->body).at("error").at("code") == "timeout");
  auto health = c.Get("/v1/health");  // the other worker answers
  REQUIRE(health);
  CHECK(health->status == 200);
}

TEST_CASE("checks while documents are written see a consistent store and never fail") {
  RunningServer s("concurrent", ServeOptions{}, 2);
  std::atomic<int> failures{0};
  std::thread writer([&] {
    auto c = s.Client();
    for (int i = 0; i < 10; ++i) {
      std::string body = R"({"id": "escrito-)";
      body.append(std::to_string(i)).append(R"(", "text": "Putin y Kim Jong-un se reunieron )")
          .append(std::to_string(i + 2)).append(R"( horas en Pyongyang."})");
      auto r = c.Post("/v1/documents", body, "application/json");
      if (!r || r->status != 201) ++failures;
    }
  });
  auto c = s.Client();
  for (int i = 0; i < 10; ++i) {
    auto r = c.Post("/v1/check", kDraft, "application/json");
    if (!r || r->status != 200) {
      ++failures;
      continue;
    }
    // Every document the answer names is whole: its claims' documents are among its documents.
    const json j = json::parse(r->body);
    CHECK(j.at("summary").at("documents") == j.at("documents").size());
  }
  writer.join();
  CHECK(failures == 0);
  auto health = c.Get("/v1/health");
  REQUIRE(health);
  CHECK(json::parse(health->body).at("documents") == 15);
}
