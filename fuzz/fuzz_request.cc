// Requests to the newsroom service (serve/service.h) on an in-memory SQLite store: the JSON bodies
// of POST /v1/check and POST /v1/documents, the id of DELETE /v1/documents/{id} and the parameters
// of GET /v1/findings, as cpp-httplib hands them over (the HTTP framing itself is cpp-httplib's).
// Up to four requests per input, split at lines "===", the first byte of each picking the route.
// Every reply is JSON with a status the API documents (docs/openapi.yaml); a store failure (500) on
// any request is a bug. The documents an input added are removed after it, so inputs do not leak
// into each other.
#include <map>
#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "serve/service.h"

namespace {

using namespace contraste;
using namespace contraste::fuzz;

Service& SharedService() {
  static std::unique_ptr<Service> service = [] {
    auto s = Service::Create(SourcePath("rules"), ":memory:");
    if (!s) Broken(s.error().ToString());
    return std::move(*s);
  }();
  return *service;
}

// "a=1&b=2" as a parameter map (the last of a repeated key wins, as the route reads it).
std::map<std::string, std::string> Query(std::string_view q) {
  std::map<std::string, std::string> out;
  while (!q.empty()) {
    size_t amp = q.find('&');
    std::string_view pair = q.substr(0, amp);
    size_t eq = pair.find('=');
    out[std::string(pair.substr(0, eq))] = eq == std::string_view::npos ? "" : std::string(pair.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    q.remove_prefix(amp + 1);
  }
  return out;
}

void CheckReply(const Reply& r, const char* route) {
  if (r.status != 200 && r.status != 201 && r.status != 400 && r.status != 404) {
    Broken(std::string(route) + ": status " + std::to_string(r.status) + ": " + r.body);
  }
  auto j = nlohmann::json::parse(r.body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) Broken(std::string(route) + ": the body is not a JSON object");
  if (r.status >= 400 && !(j.contains("error") && j["error"].contains("code") && j["error"].contains("message"))) {
    Broken(std::string(route) + ": an error reply without code and message");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Service& service = SharedService();
  std::vector<std::string> added;
  for (const std::string& piece : Pieces(Bytes(data, size), 4)) {
    if (piece.empty()) continue;
    const std::string_view rest = std::string_view(piece).substr(1);
    switch (static_cast<unsigned char>(piece[0]) % 4) {
      case 0:
        CheckReply(service.Check(rest), "check");
        break;
      case 1: {
        Reply r = service.PutDocument(rest);
        CheckReply(r, "documents");
        if (r.status == 201) added.push_back(nlohmann::json::parse(r.body).at("id").get<std::string>());
        break;
      }
      case 2:
        CheckReply(service.RemoveDocument(std::string(rest)), "remove");
        break;
      default:
        CheckReply(service.Findings(Query(rest)), "findings");
        break;
    }
  }
  for (const std::string& id : added) service.RemoveDocument(id);
  auto health = nlohmann::json::parse(service.Health().body);
  if (health.at("documents").get<size_t>() != 0) Broken("documents left in the store after an input");
  return 0;
}
