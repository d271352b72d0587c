// Percentages: a number followed by "%", "por ciento" or "por cien", whatever way the number is
// written. They are quantities whose unit is "por ciento".
#include "extract/mention_test_support.h"

using contraste::testing::CheckAbsent;
using contraste::testing::CheckTable;

TEST_CASE("percentages") {
  CheckTable({
      {"El paro bajó al 12,4%.", "quantity", "12,4%", "12.4 por ciento", 12.4, 12.4},
      {"Votó el sesenta y dos por ciento.", "quantity", "sesenta y dos por ciento", "62 por ciento", 62, 62},
      {"Lo apoyan al cien por cien.", "quantity", "cien por cien", "100 por ciento", 100, 100},
      {"Cayó un -3,5% en la bolsa.", "quantity", "-3,5%", "-3.5 por ciento", -3.5, -3.5},
      {"Subió cuatro coma cinco por ciento.", "quantity", "cuatro coma cinco por ciento", "4.5 por ciento", 4.5,
       4.5},
      {"Solo un tercio por ciento de los votos.", "quantity", "un tercio por ciento", "", 1.0 / 3, 1.0 / 3},
      {"El rendimiento fue ,5% anual.", "quantity", ",5%", "0.5 por ciento", 0.5, 0.5},
  });
  CheckAbsent({
      {"Vea www.ejemplo.com/a%20b?x=15% para el detalle.", "15", ""},
  });
}
