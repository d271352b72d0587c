// Each figure its own source: a sentence that gives two figures, each with its own attribution cue,
// does not give both sources to both figures; and different sources' figures across articles are a
// dispute, never a conflict (graph/comparison_gates.h).
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const Claim* Find(const std::vector<Claim>& claims, const std::string& quote) { return FindQuoting(claims, quote); }

std::string SourceIds(const Claim& c) {
  std::string out;
  for (const EntityRef& r : c.attribution) out += (out.empty() ? "" : ",") + r.id;
  return out;
}

}  // namespace

TEST_CASE("two figures, two cues: each figure takes the source next to it") {
  const auto claims = ClaimsOf("La marcha reunió a 4.000 personas según la Policía Nacional y a 40.000 personas según Cruz Roja.");
  const Claim* police = Find(claims, "4.000");
  const Claim* other = Find(claims, "40.000");
  REQUIRE(police != nullptr);
  REQUIRE(other != nullptr);
  CHECK(SourceIds(*police) != SourceIds(*other));
  CHECK(police->attribution.size() == 1);
  CHECK(other->attribution.size() == 1);
}

TEST_CASE("one cue for the sentence: every figure of it carries its sources") {
  const auto claims = ClaimsOf("Según Cruz Roja, la riada deja 12 muertos y 30 heridos en Paiporta.");
  const Claim* dead = Find(claims, "12 muertos");
  const Claim* injured = Find(claims, "30 heridos");
  REQUIRE(dead != nullptr);
  REQUIRE(injured != nullptr);
  CHECK(!dead->attribution.empty());
  CHECK(SourceIds(*dead) == SourceIds(*injured));
}

TEST_CASE("different sources across articles: a dispute; the same source with two figures: a conflict") {
  Analysis dispute = Analyze({Doc("a", "Según la Guardia Civil, el accidente deja 12 heridos en Paiporta."),
                              Doc("b", "Según Cruz Roja, el accidente deja 20 heridos en Paiporta.")});
  CHECK(CountFindings(dispute, "conflict") == 0);
  CHECK(CountFindings(dispute, "dispute") == 1);
  Analysis same = Analyze({Doc("a", "Según Cruz Roja, el accidente deja 12 heridos en Paiporta."),
                           Doc("b", "Según Cruz Roja, el accidente deja 20 heridos en Paiporta.")});
  CHECK(CountFindings(same, "conflict") == 1);
  CHECK(CountFindings(same, "dispute") == 0);
}

TEST_CASE("a source named by a noun: 'según los organizadores' against 'según la Delegación del Gobierno'") {
  const auto claims = ClaimsOf("La marcha reunió a 40.000 personas según los organizadores.");
  const Claim* crowd = Find(claims, "40.000 personas");
  REQUIRE(crowd != nullptr);
  CHECK(crowd->measure == "attendance");
  CHECK(SourceIds(*crowd) == "noun:organizadores");
  Analysis a = Analyze({Doc("a", "La marcha por la vivienda reunió a 4.000 personas según la Delegación del Gobierno."),
                        Doc("b", "La marcha por la vivienda reunió a 40.000 personas según los organizadores.")});
  CHECK(CountFindings(a, "conflict") == 0);
  CHECK(CountFindings(a, "dispute") == 1);
  // A noun inside a name is no source of its own: "la Policía Nacional" is the name.
  const auto named = ClaimsOf("La marcha reunió a 4.000 personas según la Policía Nacional.");
  REQUIRE(Find(named, "4.000 personas") != nullptr);
  CHECK(SourceIds(*Find(named, "4.000 personas")).find("noun:") == std::string::npos);
}

TEST_CASE("a source noun right before the cue: 'police said', 'officials told Reuters', 'la policía informó'") {
  auto en = [](const std::string& text) { return Analyze({DocIn("en", "d", text)}).claims; };
  const auto police = en("About 2,000 people marched through the old town, police said.");
  REQUIRE(Find(police, "About 2,000 people") != nullptr);
  CHECK(SourceIds(*Find(police, "About 2,000 people")) == "noun:policia");  // the id rules/es gives it
  const auto organisers = en("Organisers said 6,000 people marched through the old town.");
  REQUIRE(Find(organisers, "6,000 people") != nullptr);
  CHECK(SourceIds(*Find(organisers, "6,000 people")) == "noun:organizadores");
  const auto es = ClaimsOf("La policía informó de que 4.000 personas se manifestaron en Zaragoza.");
  REQUIRE(Find(es, "4.000 personas") != nullptr);
  CHECK(SourceIds(*Find(es, "4.000 personas")) == "noun:policia");
  // Police and organisers across two articles: a dispute, not a conflict.
  Analysis a = Analyze({DocIn("en", "a", "About 2,000 people marched against the war in Tallinn, police said."),
                        DocIn("en", "b", "Organisers said 6,000 people marched against the war in Tallinn.")});
  CHECK(CountFindings(a, "conflict") == 0);
  CHECK(CountFindings(a, "dispute") == 1);
}

TEST_CASE("no source noun before the cue: a noun that is no source, or one inside a name, gives none") {
  auto en = [](const std::string& text) { return Analyze({DocIn("en", "d", text)}).claims; };
  const auto plain = en("About 2,000 people marched through the old town, the report said.");
  REQUIRE(Find(plain, "About 2,000 people") != nullptr);
  CHECK(SourceIds(*Find(plain, "About 2,000 people")).find("noun:") == std::string::npos);
  const auto named = ClaimsOf("4.000 personas se manifestaron en Zaragoza, la Policía Nacional informó.");
  REQUIRE(Find(named, "4.000 personas") != nullptr);
  CHECK(SourceIds(*Find(named, "4.000 personas")).find("noun:") == std::string::npos);
}

TEST_CASE("a cue that names no source we know keeps the figures next to it from the other cue's source") {
  const auto claims = ClaimsOf(
      "El terremoto de magnitud 6,1 según el Instituto Geográfico Nacional ha dejado 32 heridos, según el "
      "balance de las ocho de la mañana del 112 Andalucía.");
  const Claim* magnitude = Find(claims, "6,1");
  const Claim* injured = Find(claims, "32 heridos");
  REQUIRE(magnitude != nullptr);
  REQUIRE(injured != nullptr);
  CHECK(magnitude->attribution.size() == 1);
  CHECK(injured->attribution.empty());
  // A reporting verb that reaches nothing ("dijo que") is no cue of its own: the sentence's one named
  // source stays with every figure.
  const auto said = ClaimsOf("Según Cruz Roja, la riada deja 12 muertos, y el alcalde dijo que hay 30 heridos.");
  REQUIRE(Find(said, "12 muertos") != nullptr);
  REQUIRE(Find(said, "30 heridos") != nullptr);
  CHECK(!Find(said, "30 heridos")->attribution.empty());
}

TEST_CASE("a cue's reach ends at a semicolon, and at a document an outlet saw") {
  // "según sus propios datos; el sindicato habla de..." is no figure of the union.
  const auto claims = ClaimsOf("El Sergas suspendió 13.900 consultas, según sus propios datos; el sindicato habla de más de 40.000.");
  const Claim* cancelled = Find(claims, "13.900 consultas");
  REQUIRE(cancelled != nullptr);
  CHECK(cancelled->attribution.empty());
  // Fires: the source before the semicolon stays.
  const auto named = ClaimsOf("El hospital atendió a 37 heridos, según Cruz Roja; la cifra puede subir.");
  REQUIRE(Find(named, "37 heridos") != nullptr);
  CHECK_FALSE(Find(named, "37 heridos")->attribution.empty());
  // "according to a draft communique seen by the Courier": the outlet that saw it is no source.
  const auto seen = Analyze({DocIn("en", "d", "The fund will buy 14 patrol vessels, according to a draft communique seen by the Courier.")}).claims;
  REQUIRE(Find(seen, "14 patrol") != nullptr);
  CHECK(Find(seen, "14 patrol")->attribution.empty());
}

TEST_CASE("a source noun found ends the cue's reach at the next cue: each figure its own source") {
  const auto claims = ClaimsOf(
      "La huelga tuvo un seguimiento del 80 % según la organización convocante y del 21 % según el Servizo Galego de Saúde.");
  const Claim* union_figure = Find(claims, "80 %");
  const Claim* health = Find(claims, "21 %");
  REQUIRE(union_figure != nullptr);
  REQUIRE(health != nullptr);
  CHECK(SourceIds(*union_figure).find("servizo") == std::string::npos);
  CHECK(SourceIds(*health).find("servizo") != std::string::npos);
  CHECK(SourceIds(*health).find("noun:") == std::string::npos);
}

TEST_CASE("the subject of a reporting verb further back is the source: apposition, noun, name") {
  const auto mayor = ClaimsOf("El alcalde de Pucón, Rodrigo Sáez, habla de 12.000 evacuados en Pucón.");
  REQUIRE(Find(mayor, "12.000 evacuados") != nullptr);
  CHECK(SourceIds(*Find(mayor, "12.000 evacuados")).find("rodrigo saez") != std::string::npos);
  const auto body = ClaimsOf("La Policía Local de Sevilla habla de 200.000 espectadores en el maratón.");
  REQUIRE(Find(body, "200.000") != nullptr);
  CHECK_FALSE(Find(body, "200.000")->attribution.empty());
  // Silent: a figure between the subject and the cue, or a verb with no source before it.
  const auto figure_between = ClaimsOf("La policía detuvo a tres personas, según el diario local.");
  REQUIRE(Find(figure_between, "tres personas") != nullptr);
  CHECK(SourceIds(*Find(figure_between, "tres personas")).find("policia") == std::string::npos);
  const auto none = ClaimsOf("La riada que habla de 12 muertos en Alzira.");
  REQUIRE(Find(none, "12 muertos") != nullptr);
  CHECK(Find(none, "12 muertos")->attribution.empty());
}

TEST_CASE("'eleva la cifra a' restates the figure before it: one count, two sources, a dispute") {
  const auto claims = ClaimsOf(
      "El Ayuntamiento habla de 112 vecinos desalojados en Valladolid. La asociación vecinal eleva la cifra a cerca de 200.");
  const Claim* council = Find(claims, "112");
  const Claim* association = Find(claims, "cerca de 200");
  REQUIRE(council != nullptr);
  REQUIRE(association != nullptr);
  CHECK_FALSE(council->measure.empty());
  CHECK(association->measure == council->measure);
  CHECK(SourceIds(*association) == "noun:asociacion");
  // Silent: no restating words, no measure taken from the figure before.
  const auto plain = ClaimsOf("El Ayuntamiento habla de 112 vecinos desalojados en Valladolid. La asociación reunió a cerca de 200.");
  REQUIRE(Find(plain, "cerca de 200") != nullptr);
  CHECK(Find(plain, "cerca de 200")->measure != Find(plain, "112")->measure);
}

TEST_CASE("a verb coordinated with the one before shares its subject; a bracketed acronym is read") {
  const auto claims = ClaimsOf(
      "El Instituto Geográfico Nacional (IGN) le asignó 6,1 grados, con el hipocentro a 10 kilómetros de profundidad, mientras "
      "que el Servicio Geológico de Estados Unidos (USGS) lo elevó a 6,4 grados y lo situó a 14 kilómetros.");
  const Claim* ign = Find(claims, "10 kilómetros");
  const Claim* usgs = Find(claims, "14 kilómetros");
  REQUIRE(ign != nullptr);
  REQUIRE(usgs != nullptr);
  // The IGN's name before its bracketed acronym; the USGS's name (its country) for the figures after.
  CHECK(SourceIds(*ign).find("instituto geografico nacional") != std::string::npos);
  CHECK_FALSE(usgs->attribution.empty());
  CHECK(SourceIds(*usgs).find("instituto") == std::string::npos);
  // "lo situó a" restates the figure of that unit before it: the depth, not a distance.
  CHECK(usgs->measure == ign->measure);
  // Silent: a verb after a clause break does not take the subject of the one before.
  const auto apart = ClaimsOf("El USGS lo elevó a 6,4 grados. Luego lo situó a 14 kilómetros.");
  REQUIRE(Find(apart, "14 kilómetros") != nullptr);
  CHECK(Find(apart, "14 kilómetros")->attribution.empty());
}
