// Ordinals in words and after digits ("2º", "1.ª", "3er"): their value, never a count.
#include "extract/mention_test_support.h"

using contraste::testing::CheckTable;
using contraste::testing::CheckAbsent;
using contraste::testing::Expect;

TEST_CASE("ordinals in words and digits") {
  CheckTable({
      {"Fue la primera visita.", "ordinal", "primera", "1", 1, 1},
      {"Es la segunda vez.", "ordinal", "segunda", "2", 2, 2},
      {"Llegó en tercera posición.", "ordinal", "tercera", "3", 3, 3},
      {"Quedó en 2º lugar.", "ordinal", "2º", "2", 2, 2},
      {"Terminó en el 3er puesto.", "ordinal", "3er", "3", 3, 3},
      {"Es el 1er caso.", "ordinal", "1er", "1", 1, 1},
      {"La 1.ª edición fue un éxito.", "ordinal", "1.ª", "1", 1, 1},
      {"Ganó la 2ª ronda.", "ordinal", "2ª", "2", 2, 2},
      {"Es la 3.ª vez.", "ordinal", "3.ª", "3", 3, 3},
      {"Primer ministro llegó.", "ordinal", "Primer", "1", 1, 1},
      {"Celebran el décimo aniversario.", "ordinal", "décimo", "10", 10, 10},
      {"Celebran el cuarto aniversario.", "ordinal", "cuarto", "4", 4, 4},
      {"Es la quinta cumbre.", "ordinal", "quinta", "5", 5, 5},
      {"La vigésima edición.", "ordinal", "vigésima", "20", 20, 20},
      {"Fue su segundo viaje al extranjero.", "ordinal", "segundo", "2", 2, 2},
      {"Sirvió su primer mandato.", "ordinal", "primer", "1", 1, 1},
      {"Kim, líder de tercera generación.", "ordinal", "tercera", "3", 3, 3},
      {"Después de la Segunda Guerra Mundial.", "ordinal", "Segunda", "2", 2, 2},
      {"Es la séptima reunión.", "ordinal", "séptima", "7", 7, 7},
  });
}

TEST_CASE("ordinals of the seed corpus") {
  CheckTable({
      {"Antes de la firma, Putin y Kim Jong-un celebraron una cumbre ampliada de unos 90 minutos en la residencia "
       "de huéspedes de Kumsusan en Pionyang, marcando la primera visita de Putin a Corea del Norte en 24 años.",
       "ordinal", "primera", "1", 1, 1},
      {"Segunda visita de Shoigú a Pionyang en dos meses", "ordinal", "Segunda", "2", 2, 2},
      {"Esta fue la segunda visita de Shoigú a Corea del Norte en poco más de dos meses.", "ordinal", "segunda",
       "2", 2, 2},
      {"Es la segunda visita del secretario de Seguridad ruso a Pionyang en más de dos meses para conversar sobre "
       "su acuerdo de defensa.",
       "ordinal", "segunda", "2", 2, 2},
      {"Más tarde, Putin le dio a Kim un automóvil Aurus cuando los dos líderes intercambiaron regalos, según los "
       "medios estatales rusos: es la segunda vez que Putin le regala a Kim este modelo de automóvil.",
       "ordinal", "segunda", "2", 2, 2},
      {"Ese viaje, semanas después de la toma de posesión de Putin para su primer mandato como presidente, lo "
       "convirtió en el primer jefe de Estado ruso en visitar Corea del Norte.",
       "ordinal", "primer", "1", 1, 1},
  });
}

TEST_CASE("ordinals composed of several words") {
  CheckTable({
      {"Celebraron el vigésimo tercer aniversario.", "ordinal", "vigésimo tercer", "23", 23, 23},
      {"Es la trigésima quinta edición.", "ordinal", "trigésima quinta", "35", 35, 35},
      {"Fue el centésimo décimo noveno.", "ordinal", "centésimo décimo noveno", "119", 119, 119},
      {"Llegó en el decimoséptimo puesto.", "ordinal", "decimoséptimo", "17", 17, 17},
      {"Es el milésimo visitante.", "ordinal", "milésimo", "1000", 1000, 1000},
      {"Fue el dos milésimo cuadragésimo.", "ordinal", "dos milésimo cuadragésimo", "2040", 2040, 2040},
      {"Es el cuatromilésimo intento.", "ordinal", "cuatromilésimo", "4000", 4000, 4000},
      {"Ocupa el 14vo lugar.", "ordinal", "14vo", "14", 14, 14},
      {"Fue su 31ra carrera.", "ordinal", "31ra", "31", 31, 31},
  });
}

TEST_CASE("plural and relative ordinals are read, never claimed") {
  CheckTable({
      {"Los primeros heridos llegaron al hospital.", "weak_ordinal", "primeros", "1", 1, 1},
      {"Fue la última reunión del año.", "weak_ordinal", "última", "end+0", 0, 0},
      {"Es el penúltimo capítulo.", "weak_ordinal", "penúltimo", "end-1", -1, -1},
      {"Pasemos al siguiente punto.", "weak_ordinal", "siguiente", "current+1", 1, 1},
  });
  CheckAbsent({
      {"Fue la última reunión del año.", "última", ""},
      {"Los primeros heridos llegaron al hospital.", "primeros", ""},
      {"En los dos últimos meses hubo calma.", "últimos", "quantity"},
  });
}
