// Whose figure and where, beyond the nearest name (claims/measure_claims.h): the reference after a
// distance, an aftershock named near a magnitude, a place that opens the sentence as its subject,
// the gap between two candidates; each kept apart from the figure it looks like.
#include <doctest/doctest.h>

#include <string>

#include "claim_quoting.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

TEST_CASE("distance: from where is said right after it") {
  const auto claims = ClaimsOf("El IGN sitúa el epicentro a 4 kilómetros de Santa Fe y a unos 12 kilómetros de la capital.");
  // Santa Fe, whatever the place book makes of it (iso-codes knows an Argentine province of that name).
  const std::string& from_town = Quoting(claims, "4 kilómetros").subject;
  CHECK_FALSE(from_town.empty());
  CHECK(from_town.rfind("noun:", 0) != 0);
  CHECK(Quoting(claims, "unos 12 kilómetros").subject == "noun:capital");
  // Two distances from different places are not compared; from the same place they are.
  CHECK(CountFindings(Analyze({Doc("a", "El epicentro del terremoto se situó a 4 kilómetros de Santa Fe."),
                           Doc("b", "El epicentro del terremoto se situó a 12 kilómetros de la capital.")}), "conflict") == 0);
  CHECK(CountFindings(Analyze({Doc("a", "El epicentro del terremoto se situó a 4 kilómetros de Santa Fe."),
                           Doc("b", "El epicentro del terremoto se situó a 12 kilómetros de Santa Fe.")}), "conflict") == 1);
}

TEST_CASE("magnitude: an aftershock's is not the quake's") {
  const auto claims = ClaimsOf("Un terremoto de magnitud 6,1 sacudió Granada. El IGN registró una veintena de réplicas, "
                               "la mayor de ellas de magnitud 4,2.");
  CHECK(Quoting(claims, "6,1").subject.empty());
  CHECK(Quoting(claims, "4,2").subject == "noun:replica");
  CHECK(CountFindings(Analyze({Doc("a", "Un terremoto de magnitud 6,1 sacudió Granada."),
                           Doc("b", "El IGN registró varias réplicas, la mayor de ellas de magnitud 4,2 en Granada.")}), "conflict") == 0);
}

TEST_CASE("scope: a place that opens the sentence as its subject") {
  const std::string text = "La riada golpeó con fuerza en Algemesí. Algemesí es el municipio más castigado, con nueve muertos.";
  CHECK(Quoting(ClaimsOf(text), "nueve muertos").scope == "name:algemesi");
  // Silent: a dateline is no subject; an unknown name the article never puts after "en" is no
  // place; a clause that names its own place keeps it.
  CHECK(Quoting(ClaimsOf("Valencia, 14 oct (Agencia).- La riada deja nueve muertos."), "nueve muertos").scope.empty());
  CHECK(Quoting(ClaimsOf("Algemesí es el municipio más castigado, con nueve muertos."), "nueve muertos").scope.empty());
  CHECK(Quoting(ClaimsOf("La riada golpeó en Algemesí. Algemesí llora a sus muertos, con nueve muertos en Alzira."),
                "nueve muertos")
            .scope == "name:alzira");
}

TEST_CASE("elections: the gap between two candidates is no candidate's votes") {
  const auto claims = ClaimsOf("La diferencia entre los dos primeros lugares es de 271.364 votos.");
  CHECK(Quoting(claims, "271.364 votos").measure == "vote_margin");
  CHECK(Quoting(ClaimsOf("Echeverría obtuvo 1.812.457 votos."), "1.812.457 votos").measure == "votes");
}

TEST_CASE("money: a budget called the accounts, a sum taken called appropriated") {
  CHECK(Quoting(ClaimsOf("El pleno ha aprobado unas cuentas de 1.021 millones de euros."), "1.021 millones").measure ==
        "budget");
  CHECK(Quoting(ClaimsOf("La sociedad se apropió de 4,3 millones de euros entre 2018 y 2021."), "4,3 millones").measure ==
        "defrauded");
}

TEST_CASE("money: a relative clause continues its antecedent's clause") {
  CHECK(Quoting(ClaimsOf("El pleno aprobó el presupuesto municipal de 2027, que asciende a 1.012,4 millones de euros."),
                "1.012,4 millones")
            .measure == "budget");
  // Silent: a clause after a plain comma does not reach back.
  CHECK(Quoting(ClaimsOf("El pleno aprobó el presupuesto municipal de 2027, y el alcalde pagó 3.000 euros."), "3.000 euros")
            .measure.empty());
}

TEST_CASE("scope: a place of another predicate, across a coordinator, is not the value's") {
  CHECK(Quoting(ClaimsOf("Una mujer murió en la localidad de Atarfe y al menos 22 personas resultaron heridas."),
                "al menos 22 personas")
            .scope.empty());
  // A place that opens the clause holds for both predicates.
  CHECK(Quoting(ClaimsOf("En Paiporta murieron 20 personas y 30 resultaron heridas."), "30").scope == "name:paiporta");
}
