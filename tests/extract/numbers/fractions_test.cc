// Fractions in words ("dos tercios", "veinte con tres quintos", "uno sobre cuatro"), in digits
// ("3/4", "2 1/2") and as characters ("½"): their value, and which of them stay weak (a numerator
// "un" may be an article: "un cuarto" is also a room) so that no claim is made of them.
#include "extract/mention_test_support.h"

using contraste::testing::Absent;
using contraste::testing::CheckAbsent;
using contraste::testing::CheckTable;

TEST_CASE("fractions written in words") {
  CheckTable({
      {"Votaron dos tercios del pleno.", "number", "dos tercios", "", 2.0 / 3, 2.0 / 3},
      {"Se perdieron tres cuartos de la cosecha.", "number", "tres cuartos", "0.75", 0.75, 0.75},
      {"Comieron siete octavos del pastel.", "number", "siete octavos", "0.875", 0.875, 0.875},
      {"Recorrió nueve medios del circuito.", "number", "nueve medios", "4.5", 4.5, 4.5},
      {"Faltan once con dos quintos.", "number", "once con dos quintos", "11.4", 11.4, 11.4},
      {"La cifra llegó a cuatro millones con un cuarto.", "number", "cuatro millones con un cuarto", "4250000",
       4250000, 4250000},
      {"Mide dos con uno y medio.", "number", "dos con uno y medio", "3.5", 3.5, 3.5},
      {"La proporción es uno sobre cuatro.", "number", "uno sobre cuatro", "0.25", 0.25, 0.25},
      {"La proporción es 3 sobre 8.", "number", "3 sobre 8", "0.375", 0.375, 0.375},
      {"La mitad del presupuesto se gastó.", "number", "mitad", "0.5", 0.5, 0.5},
  });
}

TEST_CASE("denominators glued to a cardinal") {
  CheckTable({
      {"Recibió cinco doceavos de la herencia.", "number", "cinco doceavos", "", 5.0 / 12, 5.0 / 12},
      {"Eran cuatro cuarentavos.", "number", "cuatro cuarentavos", "0.1", 0.1, 0.1},
      {"Eran nueve cincuentaiochoavos.", "number", "nueve cincuentaiochoavos", "", 9.0 / 58, 9.0 / 58},
      {"Quedan siete tresmilésimas.", "number", "siete tresmilésimas", "", 7.0 / 3000, 7.0 / 3000},
      {"Mide ocho millonésimas de metro.", "number", "ocho millonésimas", "", 8e-6, 8e-6},
  });
}

TEST_CASE("fractions in digits and characters") {
  CheckTable({
      {"Se vendieron 5/8 de las entradas.", "weak_number", "5/8", "0.625", 0.625, 0.625},
      {"Le quedan 3 1/2 días de vacaciones.", "duration", "3 1/2 días", "", 3.5 * 86400, 3.5 * 86400},
      {"Añada ¾ de taza.", "number", "¾", "0.75", 0.75, 0.75},
  });
  CheckAbsent({
      {"La reunión será el 12/05/2025 en Lima.", "12", "number"},
  });
}

TEST_CASE("a fraction whose numerator is 'un' may be an article and stays weak") {
  CheckTable({
      {"Ganó un quinto del premio.", "weak_number", "un quinto", "0.2", 0.2, 0.2},
      {"Alquiló un cuarto en el centro.", "weak_number", "un cuarto", "0.25", 0.25, 0.25},
  });
  CheckAbsent({
      {"Alquiló un cuarto en el centro.", "cuarto", ""},
      {"Un medio local lo contó.", "medio", ""},
      {"Los octavos de final empiezan hoy.", "octavos", "number"},
  });
}
