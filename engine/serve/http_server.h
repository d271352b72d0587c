// The HTTP face of the service (cpp-httplib): routes, limits and the bearer token.
//
//   POST   /v1/check            a draft -> verdicts (check JSON)
//   POST   /v1/documents        add or replace a document          (token, when one is set)
//   DELETE /v1/documents/{id}   remove a document                  (token, when one is set)
//   GET    /v1/findings         the corpus' findings: ?story=&event=&kind=&slot=&limit=
//   GET    /v1/health
//
// Limits: a body larger than `max_body_bytes` gets 413; more than `max_in_flight` requests at once
// get 503 at once; a request not answered within `timeout` gets 504 (its work finishes in the
// background and its worker is then free again). Every error body is JSON: {"error": {"code",
// "field"?, "message"}}. docs/openapi.yaml describes it all.
//
//   auto server = HttpServer::Create(services, options);
//   int port = *(*server)->Bind();     // options.port 0: an ephemeral port
//   (*server)->Run();                  // until Stop()
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>

#include "core/error.h"
#include "serve/service_pool.h"

namespace contraste {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  size_t max_body_bytes = size_t{1} << 20;
  std::chrono::milliseconds timeout{10000};
  size_t max_in_flight = 32;
  std::string token;  // empty: writes need no token
};

class HttpServer {
 public:
  static std::unique_ptr<HttpServer> Create(std::unique_ptr<ServicePool> pool, ServeOptions options);
  ~HttpServer();

  // Binds the listening socket; the port bound (kIo error when it cannot be bound).
  Result<int> Bind();
  // Serves until Stop(); false when the server failed.
  bool Run();
  void Stop();

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace contraste
