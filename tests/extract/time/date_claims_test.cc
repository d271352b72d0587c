// Date claims through the whole pipeline: which dates become claims, how stated dates separate and
// join events, and the weekday consistency check.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using contraste::Analysis;
using contraste::Claim;
using contraste::Finding;
using contraste::testing::Analyze;
using contraste::testing::Doc;

namespace {

std::vector<const Claim*> DateClaims(const Analysis& a) {
  std::vector<const Claim*> out;
  for (const Claim& c : a.claims) {
    if (c.slot == "date") out.push_back(&c);
  }
  return out;
}

size_t Count(const Analysis& a, const std::string& kind, const std::string& slot) {
  return static_cast<size_t>(std::count_if(a.findings.begin(), a.findings.end(), [&](const Finding& f) {
    return f.kind == kind && f.slot == slot;
  }));
}

}  // namespace

TEST_CASE("a date next to its trigger is the event's date; lists and spans are not") {
  Analysis a = Analyze({Doc("d",
                            "La reunión entre Kim y Shoigú se realizó el miércoles y fue reportada este jueves por KCNA. "
                            "Los acuerdos firmados en 1961, 2000 y 2001 fueron sustituidos. "
                            "Desde principios de 2025, Kim y Shoigú se reunieron varias veces.",
                            "2025-06-05")});
  auto dates = DateClaims(a);
  REQUIRE(dates.size() == 2);
  CHECK(dates[0]->frame == "meeting");
  CHECK(dates[0]->quote == "el miércoles");
  CHECK(dates[0]->value == "2025-06-04");
  CHECK(dates[1]->frame == "report");
  CHECK(dates[1]->value == "2025-06-05");
}

TEST_CASE("a stated date separates events that share participants and links across publication dates") {
  Analysis a = Analyze({Doc("a", "En marzo, Shoigú y Kim se reunieron en Pionyang.", "2025-06-05"),
                        Doc("b", "La reunión entre Kim y Shoigú se realizó el miércoles.", "2025-06-05"),
                        Doc("c", "El tratado entre Putin y Kim fue firmado el 18 de junio de 2024.", "2025-06-05"),
                        Doc("d", "Putin y Kim han firmado este miércoles un acuerdo.", "2024-06-19")});
  auto dates = DateClaims(a);
  REQUIRE(dates.size() == 4);
  CHECK(dates[0]->event != dates[1]->event);  // March and June meetings
  CHECK(dates[2]->event == dates[3]->event);  // one signing, reported a year apart
  CHECK(Count(a, "conflict", "date") == 1);
}

TEST_CASE("relative dates of an article without a publication date are assumptions, not claims") {
  Analysis a = Analyze({Doc("u", "Putin y Kim han firmado este miércoles un acuerdo.", "")});
  CHECK(DateClaims(a).empty());
  REQUIRE(a.documents.size() == 1);
  bool noted = false;
  for (const auto& s : a.documents[0].assumptions) noted = noted || s.find("este miércoles") != std::string::npos;
  CHECK(noted);
}

TEST_CASE("a weekday that contradicts its date is a finding of one article; a correct one is not") {
  Analysis wrong = Analyze({Doc("w", "Putin llegó a Pyongyang el miércoles 20 de julio de 2000.")});
  CHECK(Count(wrong, "conflict", "weekday") == 1);
  Analysis right = Analyze({Doc("r", "Putin llegó a Pyongyang el miércoles 19 de julio de 2000.")});
  CHECK(Count(right, "conflict", "weekday") == 0);
  CHECK(Count(right, "agreement", "weekday") == 0);
}
