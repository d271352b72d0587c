// Counts tied to the happening of their clause (issue 14, rules/es/measures.yaml "counts tied to
// the happening of their clause"): a count of any counted noun whose clause names a completed
// single happening is a figure of that happening, compared at any moment (what a bus carried does
// not move as the story is told); a count whose clause says how things stand stays the general
// count, a timeline; counts of two happenings are never compared.
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

// "measure subject" of the claim quoting `quote` in `text` ("-" when there is none, or it has no measure).
std::string FigureOf(const std::string& text, const std::string& quote) {
  const auto claims = ClaimsOf(text);
  const Claim* c = FindQuoting(claims, quote);
  return c && !c->measure.empty() ? c->measure + " " + c->subject : "-";
}

}  // namespace

TEST_CASE("the happening of the clause is the measure; the noun phrase is whose figure it is") {
  CHECK(FigureOf("Unos 218 pasajeros viajaban en el tren.", "Unos 218 pasajeros") == "aboard noun:pasajero");
  CHECK(FigureOf("El autobús llevaba a bordo 52 pasajeros.", "52 pasajeros") == "aboard noun:pasajero");
  CHECK(FigureOf("En Sort se vendieron 5.000 décimos.", "5.000 décimos") == "sold noun:decimo");
  CHECK(FigureOf("Se habilitaron siete albergues en Pucón.", "siete albergues") == "set_up noun:albergue");
  CHECK(FigureOf("Los 218 pasajeros del tren llegaron a Madrid.", "218 pasajeros") == "arrived noun:pasajero/tren");
  CHECK(FigureOf("Los bomberos rescataron a 14 montañeros.", "14 montañeros") == "rescued noun:montanero");
  CHECK(FigureOf("El sismógrafo registró 400 sismos.", "400 sismos") == "recorded noun:sismo");
  const auto english = Analyze({DocIn("en", "d", "There were 52 passengers on board the bus.")}).claims;
  const Claim* passengers = FindQuoting(english, "52 passengers");
  REQUIRE(passengers != nullptr);
  CHECK(passengers->measure == "aboard");
  // The counted noun's language-neutral id (rules/en measures.yaml subject_ids): one subject with
  // the Spanish "pasajeros".
  CHECK(passengers->subject == "noun:pasajero");
  // People, who count nothing by themselves, are a happening's count; an open-ended count is a lower bound.
  CHECK(FigureOf("Los sanitarios atendieron al menos a 131 personas.", "al menos a 131 personas") == "treated noun:persona");
  CHECK(FigureOf("Ayer llegaron 300 personas.", "300 personas") == "arrived noun:persona");
  CHECK(FigureOf("En la plaza había 300 personas.", "300 personas") == "-");
  CHECK(FigureOf("Lo repitieron tres veces.", "tres veces") == "-");
  // The participle that names the happening is no qualifier of the noun.
  CHECK(FigureOf("640 personas durmieron en los 11 albergues habilitados.", "11 albergues") == "set_up noun:albergue");
  // Silent: a state that moves ("permanecen", "trabajan") keeps the general count; no happening at all.
  CHECK(FigureOf("En el hotel permanecen 52 pasajeros que viajaban en el autobús.", "52 pasajeros") == "count noun:pasajero");
  CHECK(FigureOf("En la extinción trabajan 180 efectivos.", "180 efectivos") == "count noun:efectivo");
  CHECK(FigureOf("En la zona hay siete albergues.", "siete albergues") == "count noun:albergue");
}

TEST_CASE("one happening's counts conflict across days; states and two happenings stay silent") {
  // What a bus carried, given on two days: a conflict.
  Analysis carried = Analyze({Doc("a", "En el autobús que volcó en Motril viajaban 52 pasajeros.", "2026-03-10"),
                              Doc("b", "En el autobús que volcó en Motril viajaban 48 pasajeros.", "2026-03-11")});
  CHECK(CountFindings(carried, "conflict") == 1);
  // Crews on two days: a timeline, no conflict.
  Analysis crews = Analyze({Doc("a", "En la extinción del incendio de Lorca trabajan 180 efectivos.", "2026-07-20"),
                            Doc("b", "En la extinción del incendio de Lorca trabajan 320 efectivos.", "2026-07-21")});
  CHECK(CountFindings(crews, "conflict") == 0);
  CHECK(CountFindings(crews, "revision") == 1);
  // What was sold only grows: later above is a revision, later below a conflict.
  Analysis grew = Analyze({Doc("a", "Para el sorteo en Sort se vendieron 5.000 décimos.", "2026-12-20"),
                           Doc("b", "Para el sorteo en Sort se vendieron 6.000 décimos.", "2026-12-21")});
  CHECK(CountFindings(grew, "conflict") == 0);
  CHECK(CountFindings(grew, "revision") == 1);
  Analysis fell = Analyze({Doc("a", "Para el sorteo en Sort se vendieron 6.000 décimos.", "2026-12-20"),
                           Doc("b", "Para el sorteo en Sort se vendieron 5.000 décimos.", "2026-12-21")});
  CHECK(CountFindings(fell, "conflict") == 1);
  // The guests of an unveiling and of a welcome: two happenings, never compared.
  Analysis guests = Analyze({Doc("a", "A la presentación del A380 en Toulouse asistieron 5.000 invitados.", "2005-01-18"),
                             Doc("b", "Unos 400 invitados han dado la bienvenida al A380 en Toulouse.", "2005-01-19")});
  CHECK(CountFindings(guests, "conflict") == 0);
  // One article counting a happening's phrase two ways names two sets: neither is compared.
  Analysis two = Analyze({Doc("a", "Ayer se vendieron 6.000 décimos. En el quiosco se vendieron 900 décimos.", "2026-12-20"),
                          Doc("b", "Ayer se vendieron 5.000 décimos.", "2026-12-20")});
  CHECK(CountFindings(two, "conflict") == 0);
  Analysis one = Analyze({Doc("a", "Ayer se vendieron 6.000 décimos.", "2026-12-20"),
                          Doc("b", "Ayer se vendieron 5.000 décimos.", "2026-12-20")});
  CHECK(CountFindings(one, "conflict") == 1);
}
