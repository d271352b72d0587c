// The seed corpus's JSON report, as the built `contraste` writes it (`report corpus --format json`),
// for tests that check another output format or filter against it.
//
//   const nlohmann::json seed = SeedJson();
//   CHECK(seed["summary"]["conflicts"] == 3);
#pragma once

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "diff/cli_process.h"

namespace contraste::testing {

inline nlohmann::json SeedJson() {
  CliRun r = RunContraste({"report", "corpus", "--format", "json"});
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace contraste::testing
