#include "serve/service.h"

#include <fmt/format.h>

#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "check/check_writers.h"
#include "check/store_check.h"
#include "serve/api_request.h"
#include "store/analysis_codec.h"
#include "store/ingest.h"
#include "store/rules_version.h"

namespace contraste {

using nlohmann::json;

namespace {

Reply BadRequest(const FieldError& e) { return {400, ErrorJson("bad-request", e)}; }

Reply StoreFailure(const Error& e) { return {500, ErrorJson("store", {"", e.ToString()})}; }

// One refresh of the findings at a time in the process: two would compute the same thing.
std::mutex& RefreshMutex() {
  static std::mutex m;
  return m;
}

}  // namespace

Result<std::unique_ptr<Service>> Service::Create(const std::string& rules_dir, const std::string& store_location) {
  std::unique_ptr<Service> s(new Service());
  auto engine = Engine::Load(rules_dir);
  if (!engine) return engine.error();
  s->engine_ = std::move(*engine);
  auto version = RulesVersion(rules_dir);
  if (!version) return version.error();
  s->rules_version_ = *version;
  auto store = OpenClaimsStore(store_location);
  if (!store) return store.error();
  s->store_ = std::move(*store);
  return s;
}

Reply Service::Health() {
  auto counts = store_->CountDocuments(rules_version_);
  if (!counts) return StoreFailure(counts.error());
  return {200, json{{"status", "ok"},
                    {"documents", counts->documents},
                    {"rules_version", rules_version_},
                    {"documents_with_other_rules", counts->other_rules}}
                   .dump()};
}

Reply Service::Check(std::string_view body) {
  ParsedBody parsed = ParseDocumentBody(body, BodyKind::kDraft);
  if (parsed.error) return BadRequest(*parsed.error);
  std::vector<Document> drafts;
  drafts.push_back(std::move(parsed.document));
  auto r = CheckDraftsInStore(*engine_, *store_, std::move(drafts));
  if (!r) return StoreFailure(r.error());
  if (r->drafts.empty()) {
    const std::string why = r->analysis.skipped.empty() ? "cannot be analysed" : r->analysis.skipped.back().message;
    return BadRequest({"language", why});
  }
  std::ostringstream out;
  WriteCheckJson(*r, out);
  return {200, out.str()};
}

Reply Service::PutDocument(std::string_view body) {
  ParsedBody parsed = ParseDocumentBody(body, BodyKind::kDocument);
  if (parsed.error) return BadRequest(*parsed.error);
  const std::string id = parsed.document.id;
  const std::string hash = ContentHash(parsed.document);
  auto stored = store_->Entry(id);
  if (!stored) return StoreFailure(stored.error());
  const bool known = stored->has_value();
  if (known && (*stored)->content_hash == hash && (*stored)->rules_version == rules_version_) {
    return {200, json{{"id", id}, {"status", "unchanged"}}.dump()};
  }
  auto analysed = engine_->AnalyzeDocument(std::move(parsed.document));
  if (!analysed) return BadRequest({"language", analysed.error().message});
  const size_t claims = analysed->claims.size();
  if (Status s = store_->PutDocument(*analysed, hash, rules_version_); !s) return StoreFailure(s.error());
  return {known ? 200 : 201, json{{"id", id}, {"status", known ? "replaced" : "added"}, {"claims", claims}}.dump()};
}

Reply Service::RemoveDocument(const std::string& id) {
  auto removed = store_->RemoveDocument(id);
  if (!removed) return StoreFailure(removed.error());
  if (!*removed) return {404, ErrorJson("not-found", {"id", fmt::format("no document '{}'", id)})};
  return {200, json{{"id", id}, {"status", "removed"}}.dump()};
}

Reply Service::Findings(const std::map<std::string, std::string>& query) {
  FindingFilter filter;
  for (const auto& [key, value] : query) {
    if (key == "story") {
      filter.story = value;
    } else if (key == "event") {
      filter.event = value;
    } else if (key == "slot") {
      filter.slot = value;
    } else if (key == "kind") {
      if (value != "conflict" && value != "agreement") return BadRequest({"kind", "must be conflict or agreement"});
      filter.kind = value;
    } else if (key == "limit") {
      size_t n = 0;
      const bool digits = !value.empty() && value.size() <= 6 && value.find_first_not_of("0123456789") == std::string::npos;
      if (digits) n = std::stoul(value);
      if (!digits || n < 1 || n > 10000) return BadRequest({"limit", "must be a whole number from 1 to 10000"});
      filter.limit = n;
    } else {
      return BadRequest({key, "unknown parameter (story, event, kind, slot, limit)"});
    }
  }
  {
    std::lock_guard<std::mutex> lock(RefreshMutex());
    auto stale = store_->DerivedIsStale();
    if (!stale) return StoreFailure(stale.error());
    if (*stale) {
      if (Status s = RefreshDerived(*engine_, *store_); !s) return StoreFailure(s.error());
    }
  }
  auto found = store_->Findings(filter);
  if (!found) return StoreFailure(found.error());
  std::string body = "{\"findings\":[";
  for (size_t i = 0; i < found->size(); ++i) body.append(i ? "," : "").append((*found)[i]);
  body.append("]}");
  return {200, body};
}

}  // namespace contraste
