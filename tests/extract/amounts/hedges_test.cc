// Hedges and bounds turn a value into an interval: which hedge, and the exact bounds and openness.
#include "extract/mention_test_support.h"

namespace {

using contraste::testing::FindQuote;
using contraste::testing::kInf;
using contraste::testing::Near;
using contraste::testing::ValueMentionsOf;

struct HedgeCase {
  const char* sentence;
  const char* quote;
  const char* hedge;  // hedge id, "" for an exact value
  double lo, hi;
  bool lo_open, hi_open;
};

void CheckHedges(const std::vector<HedgeCase>& rows) {
  for (const HedgeCase& c : rows) {
    std::string sentence = c.sentence;
    CAPTURE(sentence);
    auto ms = ValueMentionsOf(c.sentence);
    const auto* m = FindQuote(ms, c.quote);
    CHECK_MESSAGE(m != nullptr, contraste::testing::Describe(ms));
    if (!m) continue;
    CHECK(m->hedge == c.hedge);
    CHECK(Near(m->interval.lo, c.lo));
    CHECK(Near(m->interval.hi, c.hi));
    CHECK(m->interval.lo_open == c.lo_open);
    CHECK(m->interval.hi_open == c.hi_open);
  }
}

}  // namespace

TEST_CASE("each hedge phrase and the interval it allows") {
  CheckHedges({
      {"Llegaron unos 100 soldados.", "unos 100 soldados", "approx", 90, 110, false, false},
      {"Llegaron unas 100 personas.", "unas 100 personas", "approx", 90, 110, false, false},
      {"Llegaron aproximadamente 100 soldados.", "aproximadamente 100 soldados", "approx", 90, 110, false, false},
      {"Llegaron alrededor de 100 soldados.", "alrededor de 100 soldados", "approx", 90, 110, false, false},
      {"Llegaron cerca de 100 soldados.", "cerca de 100 soldados", "approx", 90, 110, false, false},
      {"Llegaron en torno a 100 soldados.", "en torno a 100 soldados", "approx", 90, 110, false, false},
      {"Llegaron cerca de unos 100 soldados.", "cerca de unos 100 soldados", "approx", 90, 110, false, false},
      {"Llegaron casi 100 soldados.", "casi 100 soldados", "nearly", 90, 100, false, true},
      {"Llegaron poco menos de 100 soldados.", "poco menos de 100 soldados", "nearly", 90, 100, false, true},
      {"Llegaron más de 100 soldados.", "más de 100 soldados", "above", 100, kInf, true, true},
      {"Llegaron por encima de 100 soldados.", "por encima de 100 soldados", "above", 100, kInf, true, true},
      {"Llegaron poco más de 100 soldados.", "poco más de 100 soldados", "slightly_above", 100, 125, true, false},
      {"Llegaron algo más de 100 soldados.", "algo más de 100 soldados", "slightly_above", 100, 125, true, false},
      {"Llegaron al menos 100 soldados.", "al menos 100 soldados", "at_least", 100, kInf, false, true},
      {"Llegaron por lo menos 100 soldados.", "por lo menos 100 soldados", "at_least", 100, kInf, false, true},
      {"Llegaron como mínimo 100 soldados.", "como mínimo 100 soldados", "at_least", 100, kInf, false, true},
      {"Llegaron menos de 100 soldados.", "menos de 100 soldados", "below", 0, 100, false, true},
      {"Llegaron hasta 100 soldados.", "hasta 100 soldados", "at_most", 0, 100, false, false},
      {"Llegaron como máximo 100 soldados.", "como máximo 100 soldados", "at_most", 0, 100, false, false},
      {"Llegaron 100 soldados.", "100 soldados", "", 100, 100, false, false},
      {"Más de 200 muertos.", "Más de 200 muertos", "above", 200, kInf, true, true},
      {"Al menos 12 000 soldados.", "Al menos 12 000 soldados", "at_least", 12000, kInf, false, true},
      {"Cerca de 40 países firmaron.", "Cerca de 40 países", "approx", 36, 44, false, false},
      {"Unos 150 km separan las ciudades.", "Unos 150 km", "approx", 135, 165, false, false},
      {"Recorrió aproximadamente 3.000 km.", "aproximadamente 3.000 km", "approx", 2700, 3300, false, false},
      {"Ganó casi unas 300 personas.", "casi unas 300 personas", "nearly", 270, 300, false, true},
  });
}

TEST_CASE("hedges of the seed corpus") {
  CheckHedges({
      {"Rusia ha recibido más de 10.000 contenedores de envío (el equivalente a 260.000 toneladas métricas de "
       "municiones o material relacionado con municiones) desde Corea del Norte desde septiembre, según un "
       "comunicado de Estados Unidos en febrero.",
       "más de 10.000 contenedores", "above", 10000, kInf, true, true},
      {"Las fuerzas rusas también han lanzado al menos 10 misiles fabricados en Corea del Norte contra Ucrania "
       "desde septiembre, dijo también un funcionario estadounidense en marzo.",
       "al menos 10 misiles", "at_least", 10, kInf, false, true},
      {"Tras una serie de negociaciones que se han alargado durante aproximadamente dos horas, los líderes "
       "firmaron.",
       "aproximadamente dos horas", "approx", 6480, 7920, false, false},
      {"Putin y Kim Jong-un celebraron una cumbre ampliada de unos 90 minutos en la residencia de huéspedes.",
       "unos 90 minutos", "approx", 4860, 5940, false, false},
  });
}

TEST_CASE("a hedge without a number is not a value") {
  for (const char* s : {"Llegaron más de lo previsto.", "Hablaron casi todo el día sobre el acuerdo.",
                        "Se reunieron cerca de la frontera.", "Fue hasta la plaza."}) {
    std::string sentence = s;
    CAPTURE(sentence);
    for (const auto& m : ValueMentionsOf(s)) {
      CHECK_MESSAGE(m.hedge.empty(), m.quote);
    }
  }
}
