// A claim as the store keeps it: every field, as JSON, read back to the same claim (doubles exactly,
// infinite bounds included). Also the document-level parts the store keeps beside it.
//
//   nlohmann::json j = ClaimToJson(claim);
//   Result<Claim> back = ClaimFromJson(j);   // back == claim, field by field
#pragma once

#include <nlohmann/json.hpp>

#include "claims/claim.h"
#include "core/error.h"

namespace contraste {

nlohmann::json ClaimToJson(const Claim& c);
// kIo error naming the first field that is missing or of the wrong type.
Result<Claim> ClaimFromJson(const nlohmann::json& j);

nlohmann::json EntityRefToJson(const EntityRef& r);
EntityRef EntityRefFromJson(const nlohmann::json& j);  // throws nlohmann::json::exception when malformed

// A double that may be infinite or NaN: a number, or the string "inf", "-inf", "nan".
nlohmann::json NumberToJson(double v);
double NumberFromJson(const nlohmann::json& j);  // throws nlohmann::json::exception when malformed

}  // namespace contraste
