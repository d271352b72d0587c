// What a number counts (rules/es/measures.yaml): each measure family is recognised in a sentence
// written for it and stays silent where the words do not say it; subject and scope keep figures of
// different candidates, people and places apart; the counted noun is never a verb.
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

// The claim whose quote starts with `quote` in a one-article analysis, or null.
const Claim* Find(const std::vector<Claim>& claims, const std::string& quote) { return FindQuoting(claims, quote); }

// The measure of the claim quoting `quote` in `text` ("-" when there is no such claim).
std::string MeasureOf(const std::string& text, const std::string& quote) {
  const auto claims = ClaimsOf(text);
  const Claim* c = Find(claims, quote);
  return c ? c->measure : "-";
}

}  // namespace

TEST_CASE("casualties: from the counted noun, multi-word nouns, predicates and partitives") {
  CHECK(MeasureOf("La riada deja 12 muertos en Paiporta.", "12 muertos") == "deaths");
  CHECK(MeasureOf("La riada deja ocho víctimas mortales.", "ocho víctimas") == "deaths");
  CHECK(MeasureOf("Doce personas perdieron la vida en la riada.", "Doce personas") == "deaths");
  CHECK(MeasureOf("Al menos ocho personas han muerto en la riada.", "Al menos ocho personas") == "deaths");
  CHECK(MeasureOf("En la riada murieron nueve personas.", "nueve personas") == "deaths");
  CHECK(MeasureOf("La explosión dejó 20 heridos.", "20 heridos") == "injured");
  CHECK(MeasureOf("La explosión dejó tres heridos graves.", "tres heridos") == "injured_serious");
  CHECK(MeasureOf("Siguen desaparecidas 19 personas; 19 desaparecidos en total.", "19 desaparecidos") == "missing");
  CHECK(MeasureOf("La Policía practicó 14 detenciones: 14 personas fueron detenidas.", "14 personas") == "arrested");
  CHECK(MeasureOf("Unas 300 personas tuvieron que ser evacuadas.", "Unas 300 personas") == "evacuated");
  CHECK(MeasureOf("Unas 300 personas se quedaron sin hogar.", "Unas 300 personas") == "homeless");
  CHECK(MeasureOf("Cinco de los fallecidos eran vecinos de Algemesí.", "Cinco") == "deaths");
  // Silent: people doing nothing the data names.
  CHECK(MeasureOf("La riada sorprendió a 40 personas en la estación.", "40 personas").empty());
}

TEST_CASE("totals: a head and a counted noun, a verb that states the total, then the number") {
  CHECK(MeasureOf("La cifra de muertos asciende ya a 52.", "52") == "deaths");
  CHECK(MeasureOf("El número de fallecidos por el temporal en Valencia asciende a 52.", "52") == "deaths");
  CHECK(MeasureOf("El balance de víctimas mortales se eleva a 52.", "52") == "deaths");
  CHECK(MeasureOf("Los detenidos son ya 14.", "14") == "arrested");
  CHECK(MeasureOf("El número de desaparecidos es de 34.", "34") == "missing");
  // A measure's own name for its total, and the headline's order.
  CHECK(MeasureOf("El balance mortal de la riada sube a 52.", "52") == "deaths");
  CHECK(MeasureOf("Sube a 52 la cifra de fallecidos por la riada.", "52") == "deaths");
  // The scope of the total's clause is the figure's.
  const auto claims = ClaimsOf("El número de fallecidos en Algemesí asciende a nueve.");
  const Claim* c = Find(claims, "nueve");
  REQUIRE(c != nullptr);
  CHECK(c->measure == "deaths");
  CHECK(!c->scope.empty());
  // Silent: words other than fillers between the verb and the number; another clause; no verb.
  CHECK(MeasureOf("Los heridos son trasladados a 3 hospitales.", "3 hospitales") != "injured");
  CHECK(MeasureOf("La cifra de muertos, según la Generalitat, asciende a 52.", "52") != "deaths");
  CHECK(MeasureOf("La cifra de muertos preocupa a 52 alcaldes.", "52 alcaldes") != "deaths");
  // English.
  auto en = [](const std::string& text, const std::string& quote) {
    const Claim* found = FindQuoting(Analyze({DocIn("en", "d", text)}).claims, quote);
    return found ? found->measure : "-";
  };
  CHECK(en("The death toll from the cyclone has risen to 52.", "52") == "deaths");
  CHECK(en("The number of people killed by the storm rose to 37 on Sunday.", "37") == "deaths");
  CHECK(en("The number of people arrested has risen to 12.", "12") == "arrested");
  CHECK(en("The death toll worried 52 mayors.", "52 mayors") != "deaths");
}

TEST_CASE("none: 'no hay detenidos', 'sin heridos graves' are figures of zero") {
  const auto claims = ClaimsOf("Por el momento no hay detenidos por la agresión.");
  const Claim* none = Find(claims, "no hay detenidos");
  REQUIRE(none != nullptr);
  CHECK(none->measure == "arrested");
  CHECK(none->interval.lo == 0);
  CHECK(none->interval.hi == 0);
  CHECK(MeasureOf("El accidente se saldó sin heridos graves.", "sin heridos") == "injured_serious");
  CHECK(MeasureOf("No hubo víctimas mortales en el incendio.", "No hubo víctimas") == "deaths");
  // Silent: "sin" before a word no measure counts.
  CHECK(ClaimsOf("Salió del juzgado sin más explicaciones.").empty());
  // Fires against a count of the same moment; a later count is a revision (arrests only grow).
  Analysis same = Analyze({Doc("a", "La Policía dice que no hay detenidos por la agresión de Velilla."),
                           Doc("b", "La Policía dice que hay dos detenidos por la agresión de Velilla.")});
  CHECK(CountFindings(same, "conflict") == 1);
  Analysis later = Analyze({Doc("a", "La Policía dice que no hay detenidos por la agresión de Velilla.", "2024-06-19"),
                            Doc("b", "La Policía dice que hay dos detenidos por la agresión de Velilla.", "2024-06-21")});
  CHECK(CountFindings(later, "conflict") == 0);
  CHECK(CountFindings(later, "revision") == 1);
}

TEST_CASE("a part of a whole: the part is the subject's figure, the whole is no one's") {
  const auto claims = ClaimsOf("Compromís Municipal obtuvo 11 de los 20 escaños del pleno.");
  const Claim* part = Find(claims, "11");
  const Claim* whole = Find(claims, "20 escaños");
  REQUIRE(part != nullptr);
  REQUIRE(whole != nullptr);
  CHECK(part->measure == "seats");
  CHECK_FALSE(part->subject.empty());
  CHECK(part->compared);
  CHECK_FALSE(whole->compared);
  Analysis a = Analyze({Doc("a", "Compromís Municipal obtuvo 11 de los 20 escaños del pleno."),
                        Doc("b", "Compromís Municipal obtuvo 12 de los 20 escaños del pleno.")});
  CHECK(CountFindings(a, "conflict") == 1);
  // Silent: a noun between the partitive and the number makes that number no whole (the place says
  // which woman: a person named by a common noun is compared only with one, measures.yaml `places`).
  const auto ages = ClaimsOf("Una de las heridas, una mujer de 45 años vecina de Lorca, sigue en el hospital.");
  const Claim* age = Find(ages, "45 años");
  REQUIRE(age != nullptr);
  CHECK(age->compared);
}

TEST_CASE("score: a pair of whole numbers with a match around it, the higher first") {
  const auto claims = ClaimsOf("El Real Zaragoza ganó la final por 2-1 al Racing.");
  const Claim* score = Find(claims, "2-1");
  REQUIRE(score != nullptr);
  CHECK(score->measure == "score");
  CHECK(score->value == "2-1");
  const auto words = ClaimsOf("El Real Zaragoza le ganó 1 a 3 al Racing en la final.");
  REQUIRE(Find(words, "1 a 3") != nullptr);
  CHECK(Find(words, "1 a 3")->value == "3-1");
  // Silent: no match around it; a score on the way; a range of years.
  CHECK(MeasureOf("El portal 2-1 de la calle Mayor se reformó.", "2-1") != "score");
  CHECK(Find(ClaimsOf("El Zaragoza ganó la final; al descanso el partido iba 1-1."), "1-1") == nullptr);
  CHECK(Find(ClaimsOf("El Zaragoza ganó la final con contratos de 2 a 5 años."), "2 a 5") == nullptr);
}

TEST_CASE("the counted noun never becomes a verb") {
  const auto claims = ClaimsOf("La explosión dejó 20 heridos; otras 30 resultaron heridas.");
  const Claim* c = Find(claims, "30");
  REQUIRE(c != nullptr);
  CHECK(c->quote == "30");
  CHECK(c->measure == "injured");
  CHECK(c->unit.empty());
  CHECK(c->value == "30");
}

TEST_CASE("numbers in words count the same as digits") {
  Analysis a = Analyze({Doc("a", "La DANA deja 12 muertos en Paiporta."),
                        Doc("b", "Doce personas perdieron la vida por la DANA en Paiporta.")});
  size_t agreements = 0;
  for (const Finding& f : a.findings) agreements += f.kind == "agreement" && f.measure == "deaths";
  CHECK(agreements == 1);
  CHECK(CountFindings(a, "conflict") == 0);
}

TEST_CASE("attendance: crowd nouns, and 'personas' only next to a gathering") {
  CHECK(MeasureOf("La marcha reunió a 4.000 manifestantes.", "4.000 manifestantes") == "attendance");
  CHECK(MeasureOf("Unas 40.000 personas participaron en la marcha.", "Unas 40.000 personas") == "attendance");
  CHECK(MeasureOf("La manifestación reunió a 10.000 personas.", "10.000 personas") == "attendance");
  // No gathering: the people a food bank attended to are no crowd, but the count of that happening.
  CHECK(MeasureOf("El banco de alimentos atendió a 10.000 personas.", "10.000 personas") == "treated");
  // The gathering as a verb, past the source between them.
  CHECK(MeasureOf("Unas 4.000 personas según los organizadores se han manifestado en Zaragoza.", "Unas 4.000 personas") ==
        "attendance");
  CHECK(MeasureOf("Unas 4.000 personas se han inscrito en el curso.", "Unas 4.000 personas").empty());
}

TEST_CASE("what an operation seized or destroyed: any counted noun, the noun is the subject") {
  const auto claims = ClaimsOf("La Policía destruyó más de 63 laboratorios de coca en el Cauca.");
  const Claim* labs = Find(claims, "más de 63 laboratorios");
  REQUIRE(labs != nullptr);
  CHECK(labs->measure == "destroyed");
  CHECK(labs->subject == "noun:laboratorio");
  CHECK(MeasureOf("Los 63 laboratorios desmantelados estaban en Caquetá.", "63 laboratorios") == "destroyed");
  CHECK(MeasureOf("Los agentes incautaron 12 vehículos robados.", "12 vehículos") == "seized");
  // Silent: the act's verb after its subject, not its object; no act at all (a general count of the
  // noun phrase then, never compared with what was destroyed); a noun another measure counts.
  CHECK(MeasureOf("Todo empezó donde dos policías aprehendieron a Ordóñez.", "dos policías") == "count");
  CHECK(MeasureOf("En la zona hay 63 laboratorios de coca.", "63 laboratorios") == "count");
  CHECK(MeasureOf("El temporal destruyó 40 viviendas.", "40 viviendas") == "dwellings");
  // Fires between two counts of the same thing; silent between counts of different things.
  Analysis a = Analyze({Doc("a", "La Policía destruyó más de 63 laboratorios en el Cauca."),
                        Doc("b", "La Policía destruyó 63 laboratorios en el Cauca.")});
  CHECK(CountFindings(a, "conflict") == 1);
  Analysis b = Analyze({Doc("a", "La Policía destruyó 63 laboratorios en el Cauca."),
                        Doc("b", "La Policía destruyó 40 cocinas en el Cauca.")});
  CHECK(CountFindings(b, "conflict") == 0);
}

TEST_CASE("what a body buys or orders: any counted noun after the words of the purchase, the noun is the subject") {
  CHECK(MeasureOf("El Gobierno comprará 14 patrulleras para vigilar la costa.", "14 patrulleras") == "acquired");
  CHECK(MeasureOf("Renfe encargó 20 trenes de alta velocidad.", "20 trenes") == "acquired");
  const auto english = Analyze({DocIn("en", "d", "The fund will buy 14 patrol vessels for the Baltic.")}).claims;
  const Claim* vessels = Find(english, "14 patrol");  // the word after the number is the counted noun
  REQUIRE(vessels != nullptr);
  CHECK(vessels->measure == "acquired");
  // Silent: no purchase; the purchase's words after the figure; a noun another measure counts.
  CHECK(MeasureOf("En el puerto hay 14 patrulleras.", "14 patrulleras") != "acquired");
  CHECK(MeasureOf("Las 14 patrulleras se comprarán en 2026.", "14 patrulleras") != "acquired");
  CHECK(MeasureOf("El fondo comprará 300 viviendas.", "300 viviendas") == "dwellings");
  // Fires between two counts of the same thing; silent between counts of different things.
  Analysis a = Analyze({Doc("a", "El Gobierno de Canarias comprará 14 patrulleras."),
                        Doc("b", "El Gobierno de Canarias comprará 12 patrulleras.")});
  CHECK(CountFindings(a, "conflict") == 1);
  Analysis b = Analyze({Doc("a", "El Gobierno de Canarias comprará 14 patrulleras."),
                        Doc("b", "El Gobierno de Canarias comprará 12 helicópteros.")});
  CHECK(CountFindings(b, "conflict") == 0);
}

TEST_CASE("a definite article before a counted figure: a measure's figure is stated, other counts refer back") {
  const auto claims = ClaimsOf("Los 12 muertos de la riada eran vecinos de Paiporta. Los dos líderes se reunieron.");
  const Claim* dead = Find(claims, "12 muertos");
  REQUIRE(dead != nullptr);
  CHECK(dead->measure == "deaths");
  // Another count with an article is the general count of its noun phrase (claims/counted_noun_phrase.h).
  const Claim* leaders = Find(claims, "dos líderes");
  REQUIRE(leaders != nullptr);
  CHECK(leaders->measure == "count");
  CHECK(leaders->subject == "noun:lider");
  // "supera los mil millones" passes the figure: a lower bound, not the amount.
  const auto budget = ClaimsOf("El presupuesto de la ciudad supera los mil millones de euros.");
  const Claim* above = Find(budget, "supera los mil millones");
  REQUIRE(above != nullptr);
  CHECK(above->hedge == "above");
}

TEST_CASE("elections: votes, shares by their complement, seats") {
  CHECK(MeasureOf("Pablo Lemus obtuvo 1.229.400 votos.", "1.229.400 votos") == "votes");
  CHECK(MeasureOf("Pablo Lemus obtuvo el 42,91 % de los votos.", "42,91 %") == "vote_share");
  CHECK(MeasureOf("Con el 99,69 % de las actas computadas, gana Lemus.", "99,69 %") == "share_counted");
  CHECK(MeasureOf("La jornada cerró con un 61 % de participación.", "61 %") == "turnout");
  CHECK(MeasureOf("El partido Morena logró 28 escaños.", "28 escaños") == "seats");
  // Silent: a percentage that says not of what.
  CHECK(MeasureOf("Pablo Lemus subió un 4 % en Jalisco.", "4 %").empty());
}

TEST_CASE("money: what it is comes from the words around it, currencies from ISO 4217") {
  CHECK(MeasureOf("El Ayuntamiento cifra los daños en 4,2 millones de euros.", "4,2 millones") == "damages");
  CHECK(MeasureOf("El pleno aprobó un presupuesto de 1.021 millones de euros.", "1.021 millones") == "budget");
  CHECK(MeasureOf("El juez le impuso una multa de 7.200 euros.", "7.200 euros") == "fine");
  CHECK(MeasureOf("La obra tendrá una inversión de 5 millones de pesos.", "5 millones") == "investment");
  CHECK(MeasureOf("Las pérdidas ascienden a 300.000 dólares.", "300.000 dólares") == "losses");
  CHECK(MeasureOf("Las pérdidas ascienden a 300.000 USD.", "300.000 USD") == "losses");
  CHECK(MeasureOf("El coste de la extinción fue de 2 millones MXN.", "2 millones MXN") == "cost");
  // Silent: an amount that says not what it is.
  CHECK(MeasureOf("El Ayuntamiento habló de 4,2 millones de euros.", "4,2 millones").empty());
}

TEST_CASE("money: takings and profit; of two context words the nearer names the amount, either side") {
  const std::string text = "Inditex logró un beneficio de 300 millones de euros y unos ingresos de 2.000 millones de euros.";
  CHECK(MeasureOf(text, "300 millones") == "profit");  // "beneficio de" (2) before "y unos ingresos" (3)
  CHECK(MeasureOf(text, "2.000 millones") == "revenue");
  CHECK(MeasureOf("La película recaudó 12 millones de dólares en taquilla.", "12 millones") == "revenue");
  // A word after a list link heads the next item: "ventas" (2 words after) is the 1.245's, not the 221's.
  const std::string listed = "La hotelera reportó un beneficio neto de 221 millones de euros y ventas por 1.245 millones de euros.";
  CHECK(MeasureOf(listed, "221 millones") == "profit");
  CHECK(MeasureOf(listed, "1.245 millones") == "revenue");
  // Silent: with no link between them, a word after the amount still names it.
  CHECK(MeasureOf("La hotelera ingresó 221 millones de euros en ventas.", "221 millones") == "revenue");
  const auto english = Analyze({DocIn("en", "d", "The bank reported a net profit of $3.2 billion and assets of $82.29 billion.")}).claims;
  const Claim* profit = Find(english, "$3.2 billion");
  REQUIRE(profit != nullptr);
  CHECK(profit->measure == "profit");
  // Silent: debt, assets and aid are named (so "profit" does not take them) and never compared (a
  // story gives several, and the words do not say which is which).
  const Claim* assets = Find(english, "$82.29 billion");
  REQUIRE(assets != nullptr);
  CHECK(assets->measure == "assets");
  CHECK(!assets->compared);
  const auto spanish = ClaimsOf("La empresa arrastra una deuda de 27.000 millones de dólares.");
  const Claim* debt = Find(spanish, "27.000 millones");
  REQUIRE(debt != nullptr);
  CHECK(!debt->compared);
}

TEST_CASE("nature and places: magnitude, depth, distance, area, temperature") {
  CHECK(MeasureOf("Un terremoto de magnitud 6,1 sacudió Granada.", "6,1") == "magnitude");
  CHECK(MeasureOf("El sismo de 6,4 grados en la escala de Richter sacudió Granada.", "6,4 grados") == "magnitude");
  CHECK(MeasureOf("El hipocentro estaba a 10 kilómetros de profundidad.", "10 kilómetros") == "depth");
  CHECK(MeasureOf("El epicentro se situó a 4 kilómetros de Santa Fe.", "4 kilómetros") == "distance");
  CHECK(MeasureOf("El fuego ha calcinado 2.100 hectáreas.", "2.100 hectáreas") == "area");
  CHECK(MeasureOf("Córdoba registró una temperatura máxima de 44 grados.", "44 grados") == "temperature");
  // Silent: a length of nothing named, degrees of no temperature, a bare number.
  CHECK(MeasureOf("Los vecinos recorrieron 10 kilómetros.", "10 kilómetros").empty());
  CHECK(MeasureOf("El coche giró 90 grados.", "90 grados").empty());
  CHECK(MeasureOf("Hubo 6,1 problemas.", "6,1 problemas").empty());
}

TEST_CASE("temperatures in a scale (units.yaml kind temperature) and ages in months, weeks and days") {
  // A scale after the number is a unit: the figure is a temperature with no word of heat, and
  // celsius and fahrenheit are different units, never one figure.
  const auto es = ClaimsOf("En Phoenix hacía 104 grados Fahrenheit y en Sevilla 40 grados centígrados.");
  const Claim* f = Find(es, "104 grados Fahrenheit");
  const Claim* c = Find(es, "40 grados centígrados");
  REQUIRE(f != nullptr);
  REQUIRE(c != nullptr);
  CHECK(f->measure == "temperature");
  CHECK(c->measure == "temperature");
  CHECK(f->unit == "grado fahrenheit");
  CHECK(c->unit == "grado celsius");
  CHECK(MeasureOf("La temperatura máxima de 44 fue en Lorca.", "44") == "temperature");  // `before`, no scale
  // Degrees with no scale are in the measure's default unit (measures.yaml `default_unit`): compared
  // with the celsius figure, not with the fahrenheit one.
  const auto bare = ClaimsOf("La temperatura alcanzó los 44 grados en Lorca.");
  const Claim* degrees = Find(bare, "44 grados");
  REQUIRE(degrees != nullptr);
  CHECK(degrees->unit == "grado celsius");
  CHECK(degrees->CompareUnit() == c->CompareUnit());
  CHECK(degrees->CompareUnit() != f->CompareUnit());
  auto en = [](const std::string& text, const std::string& quote) {
    const auto claims = Analyze({DocIn("en", "d", text)}).claims;
    const Claim* found = FindQuoting(claims, quote);
    return found ? found->measure + "/" + found->unit : "-";
  };
  CHECK(en("It was 90 fahrenheit in Phoenix on Monday.", "90 fahrenheit") == "temperature/grado fahrenheit");
  CHECK(en("Madrid reached 40 degrees celsius on Monday.", "40 degrees celsius") == "temperature/grado celsius");
  CHECK(en("The baby, ten months old, was rescued.", "ten months") == "age/month");
  // Silent: months with no word of age; a letter alone is no scale.
  CHECK(en("The talks lasted ten months in Geneva.", "ten months").rfind("age", 0) != 0);
  CHECK(en("He got 98 F grades.", "98") == "-");
}

TEST_CASE("buildings and people: floors, dwellings, residents, ages") {
  CHECK(MeasureOf("El edificio de 12 plantas se derrumbó.", "12 plantas") == "floors");
  CHECK(MeasureOf("El terremoto dañó 312 viviendas.", "312 viviendas") == "dwellings");
  CHECK(MeasureOf("El pueblo tiene 2.300 habitantes.", "2.300 habitantes") == "residents");
  CHECK(MeasureOf("Murió un niño de tres años.", "tres años") == "age");
  CHECK(MeasureOf("El acusado, de 54 años, negó los hechos.", "54 años") == "age");
  // Silent: years of a sentence are no age.
  CHECK(MeasureOf("El fiscal pide una condena de 8 años para el acusado.", "8 años").empty());
  CHECK(MeasureOf("El acusado pasó 12 plantas abajo.", "12 plantas") != "floors");
}

TEST_CASE("delay: a duration the words call late, before or after it") {
  CHECK(MeasureOf("El avión se entregó con 18 meses de retraso.", "18 meses") == "delay");
  CHECK(MeasureOf("Airbus tiene un retraso de dos años respecto a la previsión.", "dos años") == "delay");
  CHECK(MeasureOf("El tren llegó con una demora de casi tres horas.", "casi tres horas") == "delay");
  // Silent: a duration that is no delay, and experience "accumulated".
  CHECK(MeasureOf("El avión voló durante 18 meses de pruebas.", "18 meses").empty());
  CHECK(MeasureOf("La empresa acumula 40 años de experiencia.", "40 años").empty());
}

TEST_CASE("durations of the fallback frame are compared only when something says what lasted") {
  const auto claims = ClaimsOf("Los bomberos tardaron 43 horas en controlar el incendio. Llevan 24 horas allí.");
  const Claim* controlled = Find(claims, "43 horas");
  const Claim* plain = Find(claims, "24 horas");
  REQUIRE(controlled != nullptr);
  REQUIRE(plain != nullptr);
  CHECK(controlled->measure == "time_to_control");
  CHECK(controlled->compared);
  CHECK(plain->measure.empty());
  CHECK_FALSE(plain->compared);
}

TEST_CASE("precision gate: quantities of the fallback frame and percentages without a measure are not compared") {
  // (People, "300 personas", count nothing by themselves: no general count, measures.yaml `subject_ids`.)
  const auto claims = ClaimsOf("El Ayuntamiento de Lorca habló de 300 personas y de un 40 %.");
  const Claim* trucks = Find(claims, "300 personas");
  const Claim* share = Find(claims, "40 %");
  REQUIRE(trucks != nullptr);
  REQUIRE(share != nullptr);
  CHECK_FALSE(trucks->compared);
  CHECK_FALSE(share->compared);
  // A trigger's frame keeps comparing its counted nouns (the seed's transfers).
  const auto sent = ClaimsOf("Corea del Norte ha enviado 10.000 contenedores a Rusia.");
  const Claim* containers = Find(sent, "10.000 contenedores");
  REQUIRE(containers != nullptr);
  CHECK(containers->frame == "transfer");
  CHECK(containers->compared);
}

TEST_CASE("scope: forty dead in a town and forty in the region are not one figure") {
  const auto claims = ClaimsOf("La DANA deja 40 muertos en Paiporta. La DANA deja 60 muertos en la provincia de Valencia.");
  const Claim* town = Find(claims, "40 muertos");
  const Claim* region = Find(claims, "60 muertos");
  REQUIRE(town != nullptr);
  REQUIRE(region != nullptr);
  CHECK(town->scope == "name:paiporta");
  CHECK(region->scope == "iso:ES-V");  // the province, from iso-codes
  CHECK(town->CompareKey() != region->CompareKey());
  Analysis a = Analyze({Doc("a", "La DANA deja 40 muertos en Paiporta."),
                        Doc("b", "La DANA deja 60 muertos en la provincia de Valencia.")});
  CHECK(CountFindings(a, "conflict") == 0);
  // The opening clause gives the scope too.
  const auto opening = ClaimsOf("En Paiporta, la DANA deja 40 muertos.");
  REQUIRE(Find(opening, "40 muertos") != nullptr);
  CHECK(Find(opening, "40 muertos")->scope == "name:paiporta");
}

TEST_CASE("scope: a story's only country is its home, and a figure there is the story's figure") {
  // "37 muertos en Mozambique" and a toll that names no place, in a story whose places all lie in
  // Mozambique: one figure, compared (a same-day conflict).
  Analysis home = Analyze({Doc("a", "El ciclón Kenji, que tocó tierra en Beira, deja 37 muertos en Mozambique.", "2026-03-16"),
                           Doc("b", "El ciclón Kenji, que tocó tierra en Beira, deja 52 muertos.", "2026-03-16")});
  const Claim* country = FindQuoting(home.claims, "37 muertos");
  REQUIRE(country != nullptr);
  CHECK(country->scope.empty());
  CHECK(CountFindings(home, "conflict") == 1);
  // A story that names two countries has no home: each country's toll keeps its scope.
  Analysis two = Analyze({Doc("a", "La DANA deja 200 muertos en España y el temporal deja 3 muertos en Francia.", "2026-03-16"),
                          Doc("b", "La DANA deja 210 muertos.", "2026-03-16")});
  const Claim* spain = FindQuoting(two.claims, "200 muertos");
  REQUIRE(spain != nullptr);
  CHECK(spain->scope == "iso:ES");
  CHECK(CountFindings(two, "conflict") == 0);
  // A region is never a home: its figure is a part of the story's.
  Analysis region = Analyze({Doc("a", "La DANA deja 60 muertos en la provincia de Valencia.", "2026-03-16"),
                             Doc("b", "La DANA deja 70 muertos.", "2026-03-16")});
  CHECK(CountFindings(region, "conflict") == 0);
}

TEST_CASE("subject: two candidates' shares, two people's ages are never compared") {
  const auto claims = ClaimsOf("Pablo Lemus obtuvo el 42,91 % de los votos y Claudia Delgado, el 36,49 % de los votos.");
  const Claim* lemus = Find(claims, "42,91 %");
  const Claim* delgado = Find(claims, "36,49 %");
  REQUIRE(lemus != nullptr);
  REQUIRE(delgado != nullptr);
  CHECK(lemus->subject == "name:pablo lemus");
  CHECK(delgado->subject == "name:claudia delgado");
  CHECK(lemus->CompareKey() != delgado->CompareKey());
  const auto ages = ClaimsOf("En el juicio declararon un niño de tres años y el acusado, de 54 años.");
  REQUIRE(Find(ages, "tres años") != nullptr);
  REQUIRE(Find(ages, "54 años") != nullptr);
  CHECK(Find(ages, "tres años")->subject == "noun:nino");
  CHECK(Find(ages, "54 años")->subject == "noun:acusado");
}

TEST_CASE("a share set off after a figure is that figure's share, with its subject (share_of, share_links)") {
  const auto claims = ClaimsOf(
      "Ramiro Salcedo, de Alianza por Jalisco, alcanzó 1.541.093 votos, el 36,49 %, y Tomás Villaseñor sumó "
      "672.310 votos, que representan el 15,92 % del total.");
  const Claim* votes = Find(claims, "1.541.093 votos");
  const Claim* share = Find(claims, "36,49 %");
  const Claim* other = Find(claims, "15,92 %");
  REQUIRE(votes != nullptr);
  REQUIRE(share != nullptr);
  REQUIRE(other != nullptr);
  CHECK(votes->measure == "votes");
  // The apposition "de Alianza por Jalisco" describes Salcedo: the votes are his, not the party's.
  CHECK(votes->subject == "name:ramiro salcedo");
  CHECK(share->measure == "vote_share");
  CHECK(share->subject == votes->subject);
  CHECK(other->measure == "vote_share");
  CHECK(other->subject == "name:tomas villasenor");
  // Silent: a percentage after a figure no measure has a share of, or with other words between.
  CHECK(MeasureOf("La riada dejó 52 muertos, el 40 % en Paiporta.", "40 %") != "vote_share");
  CHECK(MeasureOf("Salcedo alcanzó 1.541.093 votos, y la participación fue del 61 %.", "61 %") != "vote_share");
}

TEST_CASE("others: 'los otros dos fallecidos' is a part of the toll; 'otras 30 personas resultaron heridas' is not") {
  const auto part = ClaimsOf("La tercera víctima murió en el hospital. Los otros dos fallecidos murieron en el acto.");
  const Claim* two = Find(part, "dos fallecidos");
  REQUIRE(two != nullptr);
  CHECK(two->measure == "deaths");
  CHECK_FALSE(two->compared);
  const auto whole = ClaimsOf("Una mujer murió y otras 30 personas resultaron heridas en el choque.");
  const Claim* injured = Find(whole, "30 personas");
  REQUIRE(injured != nullptr);
  CHECK(injured->measure == "injured");
  CHECK(injured->compared);
}

TEST_CASE("temperature: the day's high and the night's low are different subjects; an airport is a scope") {
  const auto claims = ClaimsOf(
      "La temperatura mínima en la capital fue de 29,4 grados. En el aeropuerto de Córdoba el termómetro "
      "marcó una máxima de 45,2 grados.");
  const Claim* low = Find(claims, "29,4 grados");
  const Claim* high = Find(claims, "45,2 grados");
  REQUIRE(low != nullptr);
  REQUIRE(high != nullptr);
  CHECK(low->measure == "temperature");
  CHECK(high->measure == "temperature");
  CHECK(low->subject != high->subject);
  CHECK(!high->scope.empty());
}

TEST_CASE("a reading named and a verb of totals: 'la máxima fue de 44,2' is a temperature in the default unit") {
  const auto claims = ClaimsOf("En el aeropuerto de Córdoba la máxima fue de 44,2. La mínima se situó en 29,4.");
  const Claim* high = Find(claims, "44,2");
  const Claim* low = Find(claims, "29,4");
  REQUIRE(high != nullptr);
  REQUIRE(low != nullptr);
  CHECK(high->measure == "temperature");
  CHECK(high->unit == "grado celsius");
  // The day's maximum is the default reading (subject_ids: "máxima" -> none); the night's is its own.
  CHECK(high->subject.empty());
  CHECK(low->measure == "temperature");
  CHECK(low->subject == "noun:minima");
  // The nearest reading word names each value.
  const auto both = ClaimsOf("En Córdoba la máxima fue de 44 grados y la mínima de 29 grados.");
  REQUIRE(Find(both, "44 grados") != nullptr);
  REQUIRE(Find(both, "29 grados") != nullptr);
  CHECK(Find(both, "44 grados")->subject.empty());
  CHECK(Find(both, "29 grados")->subject == "noun:minima");
  // Silent: a bare number after another verb, and a maximum of something else.
  CHECK(MeasureOf("El Ayuntamiento dijo que la cifra fue de 44,2.", "44,2") != "temperature");
}

TEST_CASE("a ratio 'N de cada M', 'N in M' is a share, never a count of M") {
  const auto claims = ClaimsOf("Ocho de cada diez médicos secundaron la huelga.");
  const Claim* share = Find(claims, "Ocho de cada diez");
  REQUIRE(share != nullptr);
  CHECK(share->unit == "por ciento");
  CHECK(share->value == "80 por ciento");
  CHECK(share->interval.lo == doctest::Approx(75));
  CHECK(share->interval.hi == doctest::Approx(85));
  CHECK(Find(claims, "diez médicos") == nullptr);
  const auto en = Analyze({DocIn("en", "d", "Three out of four nurses joined the strike, and one in five doctors.")}).claims;
  REQUIRE(Find(en, "Three out of four") != nullptr);
  CHECK(Find(en, "Three out of four")->value == "75 por ciento");
  REQUIRE(Find(en, "one in five") != nullptr);
  CHECK(Find(en, "one in five")->value == "20 por ciento");
  // Silent: a unit or a year after the second number, or a second number not above the first.
  const auto days = Analyze({DocIn("en", "d", "Police arrested 5 in 10 days, and 3 in 2024.")}).claims;
  for (const Claim& c : days) CHECK(c.unit != "por ciento");
  for (const Claim& c : ClaimsOf("Llegaron diez de cada tres.")) CHECK(c.unit != "por ciento");
}

TEST_CASE("an English age written before its noun: 'a 73-year-old man', one person by the place of the sentence") {
  const auto en = Analyze({DocIn("en", "d", "The dead include a 73-year-old man found at his home in Écija, and a 51-year-old farm labourer.")}).claims;
  const Claim* man = Find(en, "73-year");
  const Claim* labourer = Find(en, "51-year");
  REQUIRE(man != nullptr);
  REQUIRE(labourer != nullptr);
  CHECK(man->measure == "age");
  // "man" is "hombre" in every language (subject_ids), linked by the place after it.
  CHECK(man->subject == "noun:hombre@name:ecija");
  CHECK(man->compared);
  CHECK(labourer->measure == "age");
  CHECK_FALSE(labourer->compared);  // no place says which labourer
  // The Spanish man of Écija is the same subject; the man of Andújar is another.
  const auto es = ClaimsOf("Murió un hombre de 78 años en su domicilio de Écija. Murió un hombre de 84 años en Andújar.");
  REQUIRE(Find(es, "78 años") != nullptr);
  REQUIRE(Find(es, "84 años") != nullptr);
  CHECK(Find(es, "78 años")->subject == man->subject);
  CHECK(Find(es, "84 años")->subject != man->subject);
  Analysis two = Analyze({Doc("a", "Murió un hombre de 78 años en su domicilio de Écija."),
                          Doc("b", "Murió un hombre de 84 años en Andújar.")});
  for (const Finding& f : two.findings) CHECK(f.measure != "age");
  Analysis same = Analyze({Doc("a", "Murió un hombre de 78 años en su domicilio de Écija."),
                           DocIn("en", "b", "A 73-year-old man died at his home in Écija.")});
  CHECK(CountFindings(same, "conflict") == 1);
}

TEST_CASE("a scale letter glued to a number is no temperature where units.yaml gives no `glued` phrase") {
  // "17c a share" (cents), "the 13F filing", "a Boeing 777F" are no temperatures: rules/en gives the
  // letters no `glued` phrase, so the parser reads no amount there (a code, not an amount).
  const auto en = Analyze({DocIn("en", "d", "The dividend rose by 11c to 17c a share, and the 13F filing named a Boeing 777F.")}).claims;
  for (const Claim& c : en) CHECK(c.measure != "temperature");
  const auto grades = Analyze({DocIn("en", "d", "He got 98 F grades.")}).claims;
  for (const Claim& c : grades) CHECK(c.unit != "grado fahrenheit");
  // A scale written out stays one: "46.8 degrees celsius".
  const auto spelled = Analyze({DocIn("en", "d", "Montoro recorded 46.8 degrees celsius on Tuesday.")}).claims;
  REQUIRE(Find(spelled, "46.8 degrees celsius") != nullptr);
  CHECK(Find(spelled, "46.8 degrees celsius")->measure == "temperature");
}

TEST_CASE("transfers, cancellations and a strike's participation") {
  // The word nearest the amount says which: the fee, the variables.
  const std::string transfer = "El Betis pagará 18 millones de euros por el traspaso de Garza, más otros 4 millones de euros en variables.";
  CHECK(MeasureOf(transfer, "18 millones de euros") == "transfer_fee");
  CHECK(MeasureOf(transfer, "4 millones de euros") == "transfer_variables");
  CHECK(MeasureOf("Firmará hasta 2031 con una cláusula de rescisión de 80 millones de euros.", "80 millones") ==
        "release_clause");
  CHECK(MeasureOf("Según el Sergas, se suspendieron 19.300 consultas.", "19.300 consultas") == "cancelled");
  CHECK(MeasureOf("La jornada se saldó con 19.300 consultas suspendidas.", "19.300 consultas") == "cancelled");
  CHECK(MeasureOf("El sindicato habla de un seguimiento del 80 %.", "80 %") == "strike_participation");
  CHECK(MeasureOf("El Sergas cifra en el 22,4 % el seguimiento de la huelga.", "22,4 %") == "strike_participation");
  // Silent: a share of something else, consultations nobody cancelled, money of no transfer.
  CHECK(MeasureOf("Se fijaron unos servicios mínimos del 35 %.", "35 %").empty());
  CHECK(MeasureOf("El centro atiende 19.300 consultas al mes.", "19.300 consultas").empty());
  CHECK(MeasureOf("El club ingresó 5 millones de euros por la venta de camisetas.", "5 millones") != "transfer_fee");
}

TEST_CASE("a projected figure ('obtendría', 'podría llegar', 'sobrepasará') is never compared") {
  const auto claims = ClaimsOf("Según el conteo rápido, Echeverría obtendría el 43 % de los votos. Echeverría obtuvo el 41 % de los votos.");
  const Claim* projected = Find(claims, "43 %");
  const Claim* stated = Find(claims, "41 %");
  REQUIRE(projected != nullptr);
  REQUIRE(stated != nullptr);
  CHECK(projected->measure == "vote_share");
  CHECK_FALSE(projected->compared);
  CHECK(stated->compared);
  Analysis a = Analyze({Doc("a", "Echeverría obtendría el 43 % de los votos."), Doc("b", "Echeverría obtuvo el 41 % de los votos.")});
  CHECK(CountFindings(a, "conflict") == 0);
  // A forecast, even after a hedge-like verb phrase.
  const auto forecast = ClaimsOf("La vacuna causará daños que sobrepasarán las 770.000 muertes.");
  REQUIRE(Find(forecast, "770.000 muertes") != nullptr);
  CHECK_FALSE(Find(forecast, "770.000 muertes")->compared);
  // Silent: a stated figure.
  REQUIRE(Find(ClaimsOf("La riada dejó 52 muertos."), "52 muertos") != nullptr);
  CHECK(Find(ClaimsOf("La riada dejó 52 muertos."), "52 muertos")->compared);
}

TEST_CASE("a counted noun described by a measure's noun: that measure, and the noun is whose figure it is") {
  // "lesionados" after "manifestantes": injured protesters, not a crowd of seven.
  const auto claims = ClaimsOf("Los disturbios dejaron a 8 policías y 7 manifestantes lesionados en Bogotá.");
  const Claim* protesters = Find(claims, "7 manifestantes");
  REQUIRE(protesters != nullptr);
  CHECK(protesters->measure == "injured");
  CHECK(protesters->subject == "noun:manifestante");
  CHECK(MeasureOf("El balance es de 114 policías lesionados.", "114 policías") == "injured");
  const auto english = Analyze({DocIn("en", "d", "The clashes left 12 officers injured.")}).claims;
  REQUIRE(Find(english, "12 officers") != nullptr);
  CHECK(Find(english, "12 officers")->measure == "injured");
  CHECK(Find(english, "12 officers")->subject == "noun:agente");  // subject_ids: one id with "agentes"
  // The protesters' injured and the police's are two figures: never one conflict.
  Analysis two = Analyze({Doc("a", "Los disturbios en Bogotá dejaron 7 manifestantes lesionados."),
                          Doc("b", "Los disturbios en Bogotá dejaron 114 policías lesionados.")});
  CHECK(CountFindings(two, "conflict") == 0);
  Analysis same = Analyze({Doc("a", "Los disturbios en Bogotá dejaron 7 manifestantes lesionados."),
                           Doc("b", "Los disturbios en Bogotá dejaron 17 manifestantes lesionados.")});
  CHECK(CountFindings(same, "conflict") == 1);
  // A noun phrase of the measure ("personas heridas") is the whole count, no one's in particular.
  const auto whole = ClaimsOf("El accidente dejó tres personas heridas en Paiporta.");
  REQUIRE(Find(whole, "tres personas") != nullptr);
  CHECK(Find(whole, "tres personas")->measure == "injured");
  CHECK(Find(whole, "tres personas")->subject.empty());
  // A counted noun with no measure's noun after it keeps the measure it had: a crowd.
  CHECK(MeasureOf("La marcha reunió a 4.000 manifestantes en Bogotá.", "4.000 manifestantes") == "attendance");
}

TEST_CASE("dwellings and buildings are two counts: a building holds many dwellings") {
  CHECK(MeasureOf("La explosión dañó 24 viviendas en Valladolid.", "24 viviendas") == "dwellings");
  CHECK(MeasureOf("La explosión dañó cuatro edificios en Valladolid.", "cuatro edificios") == "buildings");
  Analysis two = Analyze({Doc("a", "La explosión de gas en Valladolid dañó 24 viviendas."),
                          Doc("b", "La explosión de gas en Valladolid dañó cuatro edificios.")});
  CHECK(CountFindings(two, "conflict") == 0);
  Analysis same = Analyze({Doc("a", "La explosión de gas en Valladolid dañó cuatro edificios."),
                           Doc("b", "La explosión de gas en Valladolid dañó nueve edificios.")});
  CHECK(CountFindings(same, "conflict") + CountFindings(same, "revision") == 1);
}

TEST_CASE("groups: a counted group's age and a list of ages for it are the group's multiset") {
  const auto listed = ClaimsOf("Seis menores abusaron de dos niñas de 12 y 13 años en Cádiz.");
  const Claim* list = Find(listed, "13 años");
  REQUIRE(list != nullptr);
  CHECK(list->measure == "age");
  CHECK(list->subject == "noun:nina*2");
  CHECK(list->value == "12+13 year");
  CHECK(list->compared);
  // "dos niñas de 12 años": both are 12; a modifier may stand between the noun and the value.
  const auto both = ClaimsOf("Seis menores abusaron de dos niñas españolas de 12 años en Cádiz.");
  const Claim* each = Find(both, "12 años");
  REQUIRE(each != nullptr);
  CHECK(each->subject == "noun:nina*2");
  CHECK(each->value == "12+12 year");
  CHECK(each->interval.lo != list->interval.lo);
  // The same ages in another order are the same multiset.
  const auto reordered = ClaimsOf("Seis menores abusaron de dos niñas de 13 y 12 años en Cádiz.");
  REQUIRE(Find(reordered, "12 años") != nullptr);
  CHECK(Find(reordered, "12 años")->interval.lo == list->interval.lo);
  // Silent: one girl's age is hers; a hedged list or one as long as no count says is not compared.
  const auto one_claims = ClaimsOf("Murió una niña de 13 años en Cádiz.");
  const Claim* one = Find(one_claims, "13 años");
  REQUIRE(one != nullptr);
  // Hers, told apart by the place of her sentence (subject.places), never a group's.
  CHECK(one->subject == "noun:nina@iso:ES-CA");
  const auto hedged = ClaimsOf("Seis menores abusaron de dos niñas de unos 12 años en Cádiz.");
  REQUIRE(Find(hedged, "unos 12 años") != nullptr);
  CHECK_FALSE(Find(hedged, "unos 12 años")->compared);
  const auto mismatch = ClaimsOf("Seis menores abusaron de tres niñas de 12 y 13 años en Cádiz.");
  REQUIRE(Find(mismatch, "13 años") != nullptr);
  CHECK_FALSE(Find(mismatch, "13 años")->compared);
}

TEST_CASE("forecasts: 'miles de personas morirán' are deaths") {
  CHECK(MeasureOf("Gates dijo que miles de personas morirán con la vacuna.", "miles de personas") == "deaths");
  // Silent: people doing nothing the data names.
  CHECK(MeasureOf("Gates dijo que miles de personas viven con la vacuna.", "miles de personas") != "deaths");
}

TEST_CASE("voter registrations: whatever the article calls those counted, one count (noun_subject: false)") {
  const auto joined_claims = ClaimsOf("100.000 venezolanos se sumaron al censo electoral de Bogotá.");
  const Claim* joined = Find(joined_claims, "100.000 venezolanos");
  REQUIRE(joined != nullptr);
  CHECK(joined->measure == "voter_registrations");
  CHECK(joined->subject.empty());
  const auto registered_claims =
      ClaimsOf("Un total de 4.105 extranjeros de diferentes países habían registrado su cédula en los plazos.");
  const Claim* registered = Find(registered_claims, "4.105 extranjeros");
  REQUIRE(registered != nullptr);
  CHECK(registered->measure == "voter_registrations");
  CHECK(registered->subject.empty());
  // Silent: the roll's size, and people the words do not say registered.
  CHECK(MeasureOf("El censo electoral de Bogotá tiene 5.800.000 electores.", "5.800.000 electores") != "voter_registrations");
  CHECK(MeasureOf("La capital ha recibido a más de 300.000 venezolanos.", "más de 300.000 venezolanos").empty());
}

TEST_CASE("the general count: any counted noun, whose figure is its noun phrase (issue 14)") {
  auto subject_of = [](const char* text, const char* quote) {
    const auto claims = ClaimsOf(text);
    const Claim* c = Find(claims, quote);
    return c && c->measure == "count" ? c->subject : std::string("-");
  };
  CHECK(subject_of("La fábrica firmó 30 contratos indefinidos.", "30 contratos") == "noun:contrato+indefinido");
  CHECK(subject_of("Hay 1.200 afiliados a la Seguridad Social.", "1.200 afiliados") == "noun:afiliado/name:seguridad social");
  CHECK(subject_of("Los 218 pasajeros del tren salieron.", "218 pasajeros") == "noun:pasajero/tren");
  CHECK(subject_of("Boeing tiene 677 pedidos.", "677 pedidos") == "noun:pedido");
  // A verb after the noun ends its phrase: "salieron" is no qualifier.
  CHECK(subject_of("Unos 218 pasajeros salieron en el tren.", "Unos 218 pasajeros") == "noun:pasajero");
  // A verb right after the number is no counted noun: more than one is counted with a plural.
  CHECK(subject_of("De ellos, 1.677 recibieron la cédula.", "1.677") == "-");
  // Silent: a part ("de los 50"), nouns that count nothing by themselves, no whole number.
  CHECK(subject_of("Firmó 30 contratos de los 50 previstos.", "30 contratos") == "-");
  CHECK(subject_of("Lo repitió tres veces.", "tres veces") == "-");
  CHECK(subject_of("Llegaron 300 personas.", "300 personas") == "-");
  CHECK(subject_of("Marcó 46,8 grados.", "46,8 grados") == "-");
  // Not compared: another period in the clause, a part after "otros".
  const auto past = ClaimsOf("En 2023 hubo 40 coches.");
  REQUIRE(Find(past, "40 coches") != nullptr);
  CHECK_FALSE(Find(past, "40 coches")->compared);
  // A phrase one article counts twice incompatibly names two sets: neither is compared.
  Analysis a = Analyze({Doc("a", "Llegaron a meta 12.380 corredores. Los médicos atendieron a 187 corredores."),
                        Doc("b", "Llegaron a meta 12.400 corredores.")});
  CHECK(CountFindings(a, "conflict") == 0);
  Analysis b = Analyze({Doc("a", "Llegaron a meta 12.380 corredores en Sevilla."), Doc("b", "Llegaron a meta 12.400 corredores en Sevilla.")});
  CHECK(CountFindings(b, "conflict") == 1);
}

TEST_CASE("a predicate after the counted noun's phrase is that phrase's verb (issue 14)") {
  // The noun, its agreeing adjectives and a short complement, then the predicate.
  CHECK(MeasureOf("Dos bomberos forestales resultaron heridos en el incendio.", "Dos bomberos") == "injured");
  CHECK(MeasureOf("Tres agentes de la Guardia Civil resultaron heridos.", "Tres agentes") == "injured");
  CHECK(MeasureOf("Cuatro vecinos del barrio murieron en el derrumbe.", "Cuatro vecinos") == "deaths");
  const auto en = Analyze({DocIn("en", "d", "Three members of the crew were injured in the blaze.")}).claims;
  const Claim* crew = Find(en, "Three members");
  REQUIRE(crew != nullptr);
  CHECK(crew->measure == "injured");
  // Silent: a clause break, a second number, a relative clause between the noun and the predicate.
  CHECK(MeasureOf("Trabajaron doce bomberos forestales, tres resultaron heridos.", "doce bomberos") != "injured");
  CHECK(MeasureOf("Doce bomberos de 30 años resultaron heridos.", "Doce bomberos") != "injured");
  CHECK(MeasureOf("Doce bomberos forestales que atendieron a los vecinos resultaron heridos.", "Doce bomberos") != "injured");
}

TEST_CASE("a part of the toll given its measure by a predicate is whose figure it is; the people counted are the whole") {
  auto subject_of = [](const std::string& text, const std::string& quote) {
    const auto claims = ClaimsOf(text);
    const Claim* c = Find(claims, quote);
    return c ? c->measure + " " + c->subject : std::string("-");
  };
  CHECK(subject_of("Dos bomberos resultaron heridos en el incendio.", "Dos bomberos") == "injured noun:bombero");
  CHECK(subject_of("Resultaron heridos cinco bomberos forestales.", "cinco bomberos") == "injured noun:bombero");
  // Silent: people, occupants, migrants are the whole toll; a noun of the measure is the whole too.
  CHECK(subject_of("Doce personas murieron en el incendio.", "Doce personas") == "deaths ");
  CHECK(subject_of("Cinco ocupantes resultaron heridos en el incendio.", "Cinco ocupantes") == "injured ");
  CHECK(subject_of("El incendio dejó cinco heridos.", "cinco heridos") == "injured ");
  // The occupants aboard keep their own count (a noun of the people is still counted by itself).
  CHECK(subject_of("En la patera viajaban 52 ocupantes.", "52 ocupantes") == "aboard noun:ocupante");
}

TEST_CASE("the people of a place are that place's count; another noun's complement is no place") {
  auto scope_of = [](const std::string& text, const std::string& quote) {
    const auto claims = ClaimsOf(text);
    const Claim* c = Find(claims, quote);
    return c ? c->measure + " " + c->scope : std::string("-");
  };
  CHECK(scope_of("Cuatro personas de Huanggang perdieron la vida por el virus.", "Cuatro personas") ==
        "deaths name:huanggang");
  CHECK(scope_of("El virus ha acabado con la vida de al menos 131 personas.", "al menos 131 personas") == "deaths ");
  // Silent: no place after the people.
  CHECK(scope_of("Cuatro personas de la tripulación perdieron la vida.", "Cuatro personas") == "deaths ");
}
