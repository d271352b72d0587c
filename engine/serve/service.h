// The newsroom service's answers, apart from HTTP (serve/http_server.h carries them): each call
// takes what the request holds and gives a status and a JSON body. One Service per worker: it
// owns an Engine (whose caches are not shared between threads) and a connection to the store.
//
//   auto service = Service::Create(rules_dir, "claims.db");
//   Reply r = (*service)->Check(R"({"text": "La reunión duró tres horas."})");
//   // r.status == 200, r.body: the check JSON (report contract plus "check")
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"
#include "pipeline/engine.h"
#include "store/claims_store.h"

namespace contraste {

struct Reply {
  int status = 200;
  std::string body;  // JSON
};

class Service {
 public:
  static Result<std::unique_ptr<Service>> Create(const std::string& rules_dir, const std::string& store_location);

  Reply Health();
  // POST /v1/check: a draft (serve/api_request.h) -> verdicts in the check JSON.
  Reply Check(std::string_view body);
  // POST /v1/documents: adds or replaces a document (201 added, 200 replaced or unchanged).
  Reply PutDocument(std::string_view body);
  // DELETE /v1/documents/{id}: 200, or 404 when there is none.
  Reply RemoveDocument(const std::string& id);
  // GET /v1/findings?story=&event=&kind=&slot=&limit=: the corpus' findings, refreshed first when a
  // document changed since they were computed.
  Reply Findings(const std::map<std::string, std::string>& query);

 private:
  Service() = default;
  std::unique_ptr<Engine> engine_;
  std::unique_ptr<ClaimsStore> store_;
  std::string rules_version_;
};

}  // namespace contraste
