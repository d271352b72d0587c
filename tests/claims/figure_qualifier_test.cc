// What sets a figure apart from the event's own count (claims/figure_qualifier.h, timeline.yaml
// `qualifiers`): each kind's key in the claim's subject, or the claim left out of comparison.
#include <doctest/doctest.h>

#include <string>

#include "claim_quoting.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

Document DocOn(const std::string& text, const std::string& day) {
  DocumentMetadata meta;
  meta.language = "es";
  meta.published = CivilDate::Parse(day);
  auto d = DocumentFromBytes(text, "d", meta);
  if (!d) throw std::runtime_error(d.error().ToString());
  return *d;
}

}  // namespace

TEST_CASE("a subset still in hospital is keyed apart and moves either way; the whole is not") {
  Analysis a = Analyze({DocOn("El incendio deja 30 heridos. Por la noche, 12 heridos seguían ingresados.", "2026-03-02")});
  CHECK(Quoting(a, "30 heridos").subject.empty());
  const Claim& held = Quoting(a, "12 heridos");
  CHECK(held.subject == "#in_hospital");
  CHECK(held.current);
  CHECK(held.compared);
}

TEST_CASE("a hospital named after the subset is no scope of the count") {
  Analysis a = Analyze({DocOn("Nueve heridos seguían ingresados en el Hospital Insular.", "2026-03-02")});
  const Claim& held = Quoting(a, "Nueve heridos");
  CHECK(held.subject == "#in_hospital");
  CHECK(held.scope.empty());
}

TEST_CASE("a moment's subset is one only beside another figure of the measure with another value") {
  Analysis beside = Analyze({DocOn("El cayuco llegó con siete muertos. Los supervivientes dicen que 15 personas murieron "
                                   "durante la travesía.",
                                   "2026-03-02")});
  CHECK(Quoting(beside, "15 personas").subject == "#during_journey");
  Analysis alone = Analyze({DocOn("Los supervivientes dicen que 15 personas murieron durante la travesía.", "2026-03-02")});
  CHECK(Quoting(alone, "15 personas").subject.empty());
}

TEST_CASE("a period's total is keyed by the publication's year, as a date spanning it is") {
  Analysis a = Analyze({DocOn("En lo que va de año han muerto 1.230 personas en la ruta canaria.", "2026-03-02")});
  CHECK(Quoting(a, "1.230 personas").subject == "#period:2026");
}

TEST_CASE("a period opening the sentence as a clause of its own is the period of a figure of any measure") {
  Analysis a = Analyze({DocOn("En lo que va de año, la cadena acumula un beneficio de 305 millones de euros.", "2027-10-29")});
  CHECK(Quoting(a, "305 millones").measure == "profit");
  CHECK(Quoting(a, "305 millones").subject == "#period:2027");
  // Silent: a profit with no period's words, and a budget's year, take no period.
  Analysis b = Analyze({DocOn("La cadena obtuvo un beneficio de 212 millones de euros.", "2027-10-29")});
  CHECK(Quoting(b, "212 millones").subject.empty());
  Analysis c = Analyze({DocOn("En Málaga, el pleno aprobó un presupuesto de 1.012 millones de euros para 2027.", "2027-10-29")});
  CHECK(Quoting(c, "1.012 millones").subject.empty());
  // Silent: "este año" of a figure that is no count of what happened is the year it is for.
  Analysis e = Analyze({DocOn("La inversión sube a 142,3 millones de euros este año.", "2027-10-29")});
  CHECK(Quoting(e, "142,3 millones").subject.empty());
  // Silent: a period inside the clause of another figure is not a sentence's opening clause.
  Analysis d = Analyze({DocOn("Ganó 20 millones en lo que va de año, y su rival ganó 30 millones.", "2027-10-29")});
  CHECK(Quoting(d, "30 millones").subject.empty());
}

TEST_CASE("a toll whose clause, or the clause it continues, states a past time is that time's") {
  Analysis a = Analyze({DocOn("Es el peor desde el naufragio de septiembre de 2024, en el que murieron nueve personas.",
                              "2026-03-02")});
  CHECK(Quoting(a, "nueve personas").subject == "#time:2024-09");
  // A day within the link window is the event's own.
  Analysis own = Analyze({DocOn("El naufragio del lunes dejó nueve muertos.", "2026-03-04")});
  CHECK(Quoting(own, "nueve muertos").subject.empty());
}

TEST_CASE("a figure compared with, a difference and another occasion's figure are never compared") {
  Analysis a = Analyze({DocOn("El festival deja 40 heridos, frente a los 25 heridos de Ourense. La anterior edición dejó "
                              "31 heridos. Hubo 40 heridos, cuatro heridos más que en Ourense.",
                              "2026-03-02")});
  CHECK_FALSE(Quoting(a, "25 heridos").compared);
  CHECK_FALSE(Quoting(a, "31 heridos").compared);
  CHECK_FALSE(Quoting(a, "cuatro heridos").compared);
  CHECK(Quoting(a, "40 heridos").compared);
}

TEST_CASE("an adjective of the same words after no article stays silent") {
  Analysis a = Analyze({DocOn("Una exalcaldesa sin militancia previa, de 51 años, ganó con 40 votos.", "2026-03-02")});
  CHECK(Quoting(a, "40 votos").compared);
}
