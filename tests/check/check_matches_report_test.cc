// One verdict logic: `check` judges a draft's claims with the relations the report draws (co-stated
// venues, containment, the consensus rules) and checks the draft's internal consistency like any
// article. Every seed article, checked as a draft against the other four, gets verdicts that agree
// with the report's findings over the five.
#include <doctest/doctest.h>

#include <set>

#include "check/draft_checker.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

struct ReportView {
  std::set<size_t> opposed;      // claims facing a claim of another article in a conflict
  std::set<size_t> self_opposed; // claims facing a claim of their own article in a conflict
  std::set<size_t> compared;     // claims in a finding with a claim of another article
};

ReportView ViewOf(const Analysis& a) {
  ReportView v;
  for (const Finding& f : a.findings) {
    for (const FindingClaim& x : f.claims) {
      for (const FindingClaim& y : f.claims) {
        if (x.claim == y.claim) continue;
        const bool same_doc = a.claims[x.claim].doc == a.claims[y.claim].doc;
        if (!same_doc) v.compared.insert(x.claim);
        if (f.kind == "conflict" && x.side != y.side) (same_doc ? v.self_opposed : v.opposed).insert(x.claim);
      }
    }
  }
  return v;
}

std::vector<Document> SeedDocuments() {
  CorpusLoad load = LoadCorpus({SourcePath("corpus")}, DocumentMetadata{});
  REQUIRE(load.skipped.empty());
  return load.documents;
}

}  // namespace

TEST_CASE("every seed article checked as a draft against the other four agrees with the report") {
  const Analysis report = SharedEngine().Analyze(SeedDocuments());
  const ReportView view = ViewOf(report);
  size_t judged = 0, contradicted = 0;
  for (const Document& article : SeedDocuments()) {
    CAPTURE(article.id);
    CheckResult r = CheckDrafts(SharedEngine(), SeedDocuments(), {article});
    // The draft replaces the corpus article with its id: the same five documents, the same claims.
    REQUIRE(r.analysis.claims.size() == report.claims.size());
    for (const Verdict& v : r.verdicts) {
      const Claim& c = r.analysis.claims[v.claim];
      REQUIRE(c.offset == report.claims[v.claim].offset);
      CAPTURE(c.quote);
      CAPTURE(c.slot);
      CAPTURE(VerdictName(v.kind));
      ++judged;
      switch (v.kind) {
        case VerdictKind::kContradicted:
          ++contradicted;
          CHECK((view.opposed.count(v.claim) || view.self_opposed.count(v.claim)));
          break;
        case VerdictKind::kDisputed:
          CHECK_FALSE(view.self_opposed.count(v.claim));
          break;
        case VerdictKind::kConfirmed:
          CHECK_FALSE(view.opposed.count(v.claim));
          CHECK_FALSE(view.self_opposed.count(v.claim));
          break;
        case VerdictKind::kUnchecked:
          CHECK_FALSE(view.compared.count(v.claim));
          CHECK_FALSE(view.self_opposed.count(v.claim));
          break;
      }
      // A claim the report sets against another article's is never confirmed or unchecked.
      if (view.opposed.count(v.claim)) {
        CHECK((v.kind == VerdictKind::kContradicted || v.kind == VerdictKind::kDisputed));
      }
    }
  }
  CHECK(judged == report.claims.size());  // every claim of every article was judged once
  CHECK(contradicted >= 2);
}

TEST_CASE("the issue's cases: a wrong weekday is caught inside the draft; co-stated venues are no dispute") {
  const std::string text =
      "---\npublished: 2024-06-20\nlanguage: es\n---\nCumbre\n\n"
      "Putin y Kim Jong-un firmaron el acuerdo el miércoles 18 de junio de 2024 en Pionyang.\n\n"
      "Putin y Kim asistieron a una ceremonia de bienvenida en la plaza Kim Il Sung.\n";
  auto draft = DocumentFromBytes(text, "borrador", DocumentMetadata{});
  REQUIRE(draft.ok());
  CheckResult r = CheckDrafts(SharedEngine(), SeedDocuments(), {*draft});
  bool weekday = false, square = false;
  for (const Verdict& v : r.verdicts) {
    const Claim& c = r.analysis.claims[v.claim];
    CAPTURE(c.quote);
    if (c.quote == "miércoles") {
      weekday = true;
      CHECK(v.kind == VerdictKind::kContradicted);
      CHECK(v.internal);
    }
    if (c.quote == "plaza Kim Il Sung") {
      square = true;
      CHECK(v.kind == VerdictKind::kConfirmed);
    }
  }
  CHECK(weekday);
  CHECK(square);
}

TEST_CASE("a first visit 'in 30 years' after one in 2000 contradicts the draft itself, as the report finds") {
  const std::string text =
      "---\npublished: 2024-06-20\nlanguage: es\n---\nVisita\n\n"
      "Es la primera visita de Putin a Corea del Norte en 30 años; la anterior fue en julio de 2000.\n";
  auto draft = DocumentFromBytes(text, "borrador", DocumentMetadata{});
  REQUIRE(draft.ok());
  // The report over the same text as an article: one conflict of the previous occurrence's year.
  const Analysis report = SharedEngine().Analyze({*draft});
  size_t conflicts = 0;
  for (const Finding& f : report.findings) conflicts += f.kind == "conflict" && f.rule == "previous-occurrence-consistency";
  CHECK(conflicts == 1);
  // check: both claims contradicted by the draft itself, whatever the corpus says.
  CheckResult r = CheckDrafts(SharedEngine(), SeedDocuments(), {*draft});
  std::set<std::string> contradicted;
  for (const Verdict& v : r.verdicts) {
    if (v.kind == VerdictKind::kContradicted && v.internal && v.rule == "previous-occurrence-consistency") {
      contradicted.insert(r.analysis.claims[v.claim].quote);
    }
  }
  CHECK(contradicted == std::set<std::string>{"en 30 años", "julio de 2000"});
}
