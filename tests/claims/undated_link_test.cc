// A document with no publication date and no stated date joins the dated event of the same frame
// whose participants contain its own, and takes that event's time label (claims/event_linker.h).
#include <doctest/doctest.h>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const Claim* DurationOf(const Analysis& a, const std::string& doc) {
  for (const Claim& c : a.claims) {
    if (a.documents[c.doc].id == doc && c.slot == "duration") return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("an undated article joins the dated meeting of the same people and takes its date label") {
  Analysis a = Analyze({Doc("dated", "La reunión entre Kim Jong-un y Serguéi Shoigú duró dos horas.", "2025-06-05"),
                        Doc("undated", "La reunión entre Kim Jong-un y Serguéi Shoigú duró tres horas.", "")});
  const Claim* dated = DurationOf(a, "dated");
  const Claim* undated = DurationOf(a, "undated");
  REQUIRE(dated != nullptr);
  REQUIRE(undated != nullptr);
  CHECK(undated->event == dated->event);
  CHECK(undated->event_label == dated->event_label);
  CHECK(dated->event_label.find("(2025-06-05)") != std::string::npos);
}

TEST_CASE("an undated article with no dated event of its frame stays undated") {
  Analysis a = Analyze({Doc("undated", "La reunión entre Kim Jong-un y Serguéi Shoigú duró tres horas.", "")});
  const Claim* undated = DurationOf(a, "undated");
  REQUIRE(undated != nullptr);
  CHECK(undated->event_label.find("(undated)") != std::string::npos);
}
