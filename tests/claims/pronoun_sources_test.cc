// A pronoun as the subject of a giving verb ("Ella dijo que...", "He said") gives the source of the
// nearest named source before it in its paragraph (attribution.yaml: the pronouns are source nouns
// of id `pronoun`; claims/attribution_finder.h ResolvePronounSources). Silent: across a paragraph
// break, or with no named source before it, the pronoun gives no source.
#include <doctest/doctest.h>

#include <string>

#include "claims/attribution_finder.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::string SourceOf(const Analysis& a, const std::string& quote) {
  const Claim* c = FindQuoting(a.claims, quote);
  if (c == nullptr) return "(no claim)";
  std::string ids;
  for (const EntityRef& r : c->attribution) ids += (ids.empty() ? "" : ",") + r.id;
  return ids;
}

Document English(const std::string& id, const std::string& text) {
  DocumentMetadata meta;
  meta.language = "en";
  meta.published = CivilDate::Parse("2024-06-19");
  auto d = DocumentFromBytes(text, id, meta);
  if (!d) throw std::runtime_error(d.error().ToString());
  return *d;
}

}  // namespace

TEST_CASE("a pronoun subject takes the named source of the sentence before, in its paragraph") {
  Analysis a = Analyze({Doc("a", "Incendio en Lorca\n\nLa alcaldesa de Lorca, Ana Ruiz, visitó la zona del incendio. Ella dijo que el "
                                 "incendio de Lorca obligó a desalojar a 150 vecinos.")});
  CHECK(SourceOf(a, "150 vecinos") == "name:ana ruiz");
  Analysis en = Analyze({English("e", "Fire in Lorca\n\nThe mayor of Lorca, John Smith, visited the area on Tuesday. He said 150 "
                                      "residents were evacuated from their homes in Lorca.")});
  CHECK(SourceOf(en, "150 residents") == "name:john smith");
}

TEST_CASE("a pronoun after a paragraph break, or with no name before it, gives no source") {
  Analysis a = Analyze({Doc("a", "Incendio en Lorca\n\nAna Ruiz visitó la zona del incendio.\n\nElla dijo que el incendio de Lorca "
                                 "obligó a desalojar a 150 vecinos.")});
  CHECK(SourceOf(a, "150 vecinos").empty());
  Analysis none = Analyze({Doc("b", "Incendio en Lorca\n\nElla dijo que el incendio de Lorca obligó a desalojar a 150 vecinos.")});
  CHECK(SourceOf(none, "150 vecinos").empty());
}

TEST_CASE("one named source given two figures, once through a pronoun, conflicts") {
  Analysis a = Analyze(
      {Doc("a", "Incendio en Lorca\n\nLa alcaldesa de Lorca, Ana Ruiz, visitó la zona del incendio. Ella dijo que el incendio de "
                "Lorca obligó a desalojar a 150 vecinos."),
       Doc("b", "Incendio en Lorca\n\nEl incendio de Lorca obligó a desalojar a 90 vecinos, según Ana Ruiz.")});
  CHECK(CountFindings(a, "conflict") == 1);
  CHECK(CountFindings(a, "dispute") == 0);
}
