// A claim as the store keeps it: every field, as JSON, read back to the same claim (doubles exactly,
// infinite bounds included). Also the document-level parts the store keeps beside it.
//
//   nlohmann::json j = ClaimToJson(claim);
//   Result<Claim> back = ClaimFromJson(j);   // back == claim, field by field
#pragma once

#include <cstdint>
#include <limits>
#include <stdexcept>

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

// A stored integer of type T: the JSON value must be an integer (not 1.5, not 1e300) within T's
// range. nlohmann's get<T>() casts a float to T unchecked, which is undefined behaviour when it does
// not fit (found by fuzz/fuzz_store_row.cc). Throws std::out_of_range otherwise.
template <typename T>
T IntegerFromJson(const nlohmann::json& j) {
  if (j.is_number_unsigned()) {
    const auto v = j.get<uint64_t>();
    if (v > static_cast<uint64_t>(std::numeric_limits<T>::max())) throw std::out_of_range("integer out of range");
    return static_cast<T>(v);
  }
  if (j.is_number_integer()) {
    const auto v = j.get<int64_t>();
    if (v < 0 && !std::numeric_limits<T>::is_signed) throw std::out_of_range("negative where a count was expected");
    if (std::numeric_limits<T>::is_signed &&
        (v < static_cast<int64_t>(std::numeric_limits<T>::min()) || v > static_cast<int64_t>(std::numeric_limits<T>::max()))) {
      throw std::out_of_range("integer out of range");
    }
    return static_cast<T>(v);
  }
  throw std::out_of_range("not an integer");
}

}  // namespace contraste
