// A draft that states a superseded toll (issue 15): check's message names the corpus' latest figure,
// with its article and moment; a draft that states the latest figure, or a figure that does not
// move over time, gets no such sentence.
#include <doctest/doctest.h>

#include "check/draft_checker.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const std::string kFirstDay =
    "La riada de Almenara deja ocho muertos\n\nLa riada que inundó Almenara y Moncofa deja ocho muertos, según el "
    "último balance.";
const std::string kSecondDay =
    "La riada de Almenara eleva a 21 los muertos\n\nLa riada que inundó Almenara y Moncofa deja ya 21 muertos, según "
    "el último balance.";

CheckResult CheckDraft(const std::string& draft) {
  return CheckDrafts(SharedEngine(), {Doc("dia-1", kFirstDay, "2026-10-14"), Doc("dia-2", kSecondDay, "2026-10-16")},
                     {Doc("borrador", draft, "2026-10-17")});
}

const Finding* FindingWith(const CheckResult& r, const std::string& quote) {
  for (const Verdict& v : r.verdicts) {
    if (r.analysis.claims[v.claim].quote.find(quote) == std::string::npos) continue;
    for (const Finding& f : r.analysis.findings) {
      if (f.id == v.finding) return &f;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a draft that gives a superseded toll is told the corpus' latest figure") {
  CheckResult r = CheckDraft("La riada que inundó Almenara y Moncofa deja ocho muertos, según el último balance.");
  REQUIRE(r.Count(VerdictKind::kContradicted) == 1);
  const Finding* f = FindingWith(r, "ocho muertos");
  REQUIRE(f != nullptr);
  CAPTURE(f->explanation);
  CHECK(f->explanation.find("The latest figure in the corpus is \"21 muertos\" (dia-2, 2026-10-16") != std::string::npos);
}

TEST_CASE("silent: a draft that gives the latest toll") {
  CheckResult r = CheckDraft("La riada que inundó Almenara y Moncofa deja ya 21 muertos, según el último balance.");
  CHECK(r.Count(VerdictKind::kContradicted) == 0);
  for (const Finding& f : r.analysis.findings) CHECK(f.explanation.find("latest figure") == std::string::npos);
}
