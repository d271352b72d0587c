// Cardinals in digits and in words, alone or before what they count: the number parser seen
// through ExtractMentions, with the exact quoted span and the normalized value.
#include "extract/mention_test_support.h"

using contraste::testing::CheckTable;
using contraste::testing::CheckAbsent;
using contraste::testing::Expect;
using contraste::testing::kAny;

TEST_CASE("cardinals written in digits") {
  CheckTable({
      {"La cifra oficial fue de 10.000.", "number", "10.000", "10000", 10000, 10000},
      {"El total llegó a 260.000.", "number", "260.000", "260000", 260000, 260000},
      {"La inflación fue de 1,5.", "number", "1,5", "1.5", 1.5, 1.5},
      {"Subió 0,5.", "number", "0,5", "0.5", 0.5, 0.5},
      {"Quedan 3.", "number", "3", "3", 3, 3},
      {"El premio es de 2.500.000.", "number", "2.500.000", "2500000", 2500000, 2500000},
      {"Se registraron 2024 votos nulos.", "quantity", "2024 votos", "2024 voto", 2024, 2024},
      {"Llegaron 2000 soldados en 2001.", "quantity", "2000 soldados", "2000 soldado", 2000, 2000},
      {"Recibió 2.500.000 euros.", "quantity", "2.500.000 euros", "2500000 euro", 2500000, 2500000},
      {"Pagó 3,5 millones de dólares.", "quantity", "3,5 millones de dólares", "3500000 dólar", 3500000, 3500000},
      {"Hay 1,5 millones de personas desplazadas.", "quantity", "1,5 millones de personas", "1500000 persona",
       1500000, 1500000},
      {"Invirtió 1.500 millones de dólares.", "quantity", "1.500 millones de dólares", "1500000000 dólar", 1.5e9,
       1.5e9},
      {"Acudieron 12 000 personas.", "quantity", "12 000 personas", "12000 persona", 12000, 12000},
      {"Invirtió 3 500 000 euros.", "quantity", "3 500 000 euros", "3500000 euro", 3500000, 3500000},
      {"10.000 personas marcharon por la capital.", "quantity", "10.000 personas", "10000 persona", 10000, 10000},
      {"7 barcos zarparon.", "quantity", "7 barcos", "7 barco", 7, 7},
      {"El 5% de los votos.", "quantity", "5%", "5 por ciento", 5, 5},
      {"Apoyó el 40 por ciento.", "quantity", "40 por ciento", "40 por ciento", 40, 40},
      {"Recorrió 150 km.", "quantity", "150 km", "150 kilómetro", 150, 150},
      {"Pesaba 70 kg.", "quantity", "70 kg", "70 kilogramo", 70, 70},
      {"El muro mide 3,5 metros.", "quantity", "3,5 metros", "3.5 metro", 3.5, 3.5},
      {"Llegaron 2 millones de turistas.", "quantity", "2 millones de turistas", "2000000 turista", 2e6, 2e6},
  });
}

TEST_CASE("cardinals written in words") {
  CheckTable({
      {"Llegaron dos barcos.", "quantity", "dos barcos", "2 barco", 2, 2},
      {"Murieron noventa soldados.", "quantity", "noventa soldados", "90 soldado", 90, 90},
      {"Trabajan veinticuatro personas.", "quantity", "veinticuatro personas", "24 persona", 24, 24},
      {"Hay ciento veinte heridos.", "quantity", "ciento veinte heridos", "120 herido", 120, 120},
      {"Marcharon diez mil manifestantes.", "quantity", "diez mil manifestantes", "10000 manifestante", 10000,
       10000},
      {"Vendieron dos mil quinientos libros.", "quantity", "dos mil quinientos libros", "2500 libro", 2500, 2500},
      {"Hay un millón de desplazados.", "quantity", "un millón de desplazados", "1000000 desplazado", 1e6, 1e6},
      {"Noventa y nueve personas murieron.", "quantity", "Noventa y nueve personas", "99 persona", 99, 99},
      {"Veintiún soldados resultaron heridos.", "quantity", "Veintiún soldados", "21 soldado", 21, 21},
      {"Treinta y un diputados votaron.", "quantity", "Treinta y un diputados", "31 diputado", 31, 31},
      {"Se presentaron cuarenta y dos candidatos.", "quantity", "cuarenta y dos candidatos", "42 candidato", 42, 42},
      {"Se vendieron trescientas cuarenta entradas.", "quantity", "trescientas cuarenta entradas", "340 entrada",
       340, 340},
      {"Participaron mil doscientos atletas.", "quantity", "mil doscientos atletas", "1200 atleta", 1200, 1200},
      {"Había cien periodistas.", "quantity", "cien periodistas", "100 periodista", 100, 100},
      {"Son dos millones de votantes.", "quantity", "dos millones de votantes", "2000000 votante", 2e6, 2e6},
      {"Llegaron dos millones y medio de turistas.", "quantity", "dos millones y medio de turistas",
       "2500000 turista", 2.5e6, 2.5e6},
      {"Había un millón y medio de personas.", "quantity", "un millón y medio de personas", "1500000 persona",
       1.5e6, 1.5e6},
      {"Votaron medio millón de personas.", "quantity", "medio millón de personas", "500000 persona", 5e5, 5e5},
      {"Once jugadores saltaron al campo.", "quantity", "Once jugadores", "11 jugador", 11, 11},
      {"Quince países firmaron.", "quantity", "Quince países", "15 pais", 15, 15},
      {"Fueron novecientos noventa y nueve votos.", "quantity", "novecientos noventa y nueve votos", "999 voto",
       999, 999},
      {"La cifra subió a diez mil.", "number", "diez mil", "10000", 10000, 10000},
      {"El total fue ciento veinte.", "number", "ciento veinte", "120", 120, 120},
      {"Eran veinticuatro.", "number", "veinticuatro", "24", 24, 24},
      {"El premio es de un millón.", "number", "un millón", "1000000", 1e6, 1e6},
      {"Dos mil quinientos.", "number", "Dos mil quinientos", "2500", 2500, 2500},
      {"Llegaron dos.", "number", "dos", "2", 2, 2},
  });
}

TEST_CASE("vague amounts are intervals") {
  CheckTable({
      {"Eran miles.", "number", "miles", "1000-999999", 1000, 999999},
      {"Hay cientos de heridos.", "quantity", "cientos de heridos", "100-999 herido", 100, 999},
      {"Murieron decenas de civiles.", "quantity", "decenas de civiles", "10-99 civil", 10, 99},
      {"Compró docenas de huevos.", "quantity", "docenas de huevos", "24-143 huevo", 24, 143},
      {"Asistieron un centenar de personas.", "quantity", "un centenar de personas", "90-110 persona", 90, 110},
      {"Hubo cientos de miles de desplazados.", "quantity", "cientos de miles de desplazados",
       "100000-999999 desplazado", 100000, 999999},
      {"Llegaron decenas de miles de refugiados.", "quantity", "decenas de miles de refugiados",
       "10000-99999 refugiado", 10000, 99999},
      {"Una docena de barcos zarpó.", "quantity", "Una docena de barcos", "12 barco", 12, 12},
      {"Llegaron millones de turistas.", "quantity", "millones de turistas", "1000000-999999999 turista", 1e6,
       999999999},
      {"Un millar de soldados desfiló.", "quantity", "Un millar de soldados", "900-1100 soldado", 900, 1100},
      {"Miles de norcoreanos se alinearon en las calles.", "quantity", "Miles de norcoreanos",
       "1000-999999 norcoreano", 1000, 999999},
  });
}

TEST_CASE("signed numbers, bare decimals and other separators") {
  CheckTable({
      {"La temperatura bajó a -7 en la sierra.", "number", "-7", "-7", -7, -7},
      {"El saldo quedó en -2,5 al cierre.", "number", "-2,5", "-2.5", -2.5, -2.5},
      {"El índice marcó ,75 en la apertura.", "number", ",75", "0.75", 0.75, 0.75},
      {"Un informe en inglés citaba 3,250.5 como total.", "number", "3,250.5", "3250.5", 3250.5, 3250.5},
      {"El coeficiente fue 0.917 según el estudio.", "number", "0.917", "0.917", 0.917, 0.917},
      {"La partícula mide 4e-9 metros.", "quantity", "4e-9 metros", "", 4e-9, 4e-9},
      {"El factor de crecimiento es 2^10 en el modelo.", "number", "2^10", "1024", 1024, 1024},
      {"El archivo pesa 25k según el servidor.", "weak_number", "25k", "25000", 25000, 25000},
      // a dash glued to what is before it is no sign
      {"El cruce de las calles 5-8 está cortado.", "number", "8", "8", 8, 8},
  });
  CheckAbsent({
      {"Compró una televisión 3D barata.", "3D", ""},
      {"Consulte https://ejemplo.org/p?id=42%20x antes de votar.", "42", ""},
  });
}

TEST_CASE("decimals written in words") {
  CheckTable({
      {"La economía creció tres coma dos este año.", "number", "tres coma dos", "3.2", 3.2, 3.2},
      {"El índice cerró en cuarenta coma cero cinco.", "number", "cuarenta coma cero cinco", "40.05", 40.05, 40.05},
      {"La entrada cuesta doce con cincuenta.", "number", "doce con cincuenta", "12.5", 12.5, 12.5},
      {"El resultado es ocho y medio.", "number", "ocho y medio", "8.5", 8.5, 8.5},
      {"Sumaron tres millones y medio de votos.", "quantity", "tres millones y medio de votos", "3500000 voto",
       3.5e6, 3.5e6},
      {"La deuda era un billón y medio millón.", "number", "un billón y medio millón", "1000000500000",
       1000000500000, 1000000500000},
  });
  // "con" followed by a single digit keeps both numbers apart: "cuatro con dos hijos".
  CheckTable({{"Llegaron cuatro con dos hijos.", "quantity", "dos hijos", "2 hijo", 2, 2}});
}

TEST_CASE("dozens and lone large multipliers") {
  CheckTable({
      {"Compró cuatro docenas.", "number", "cuatro docenas", "48", 48, 48},
      {"Pidió media docena.", "number", "media docena", "6", 6, 6},
      {"Recogieron 5 docenas de huevos.", "quantity", "5 docenas de huevos", "60 huevo", 60, 60},
      {"Le pidieron un millón, no un billón.", "number", "un billón", "1000000000000", 1e12, 1e12},
      {"Debe billones a sus acreedores.", "number", "billones", "", 1e12, kAny},
  });
}

TEST_CASE("'un' alone is read but never a value of the report") {
  CheckTable({
      {"Se comió un pastel entero.", "weak_number", "un", "1", 1, 1},
      {"Compró una bicicleta.", "weak_number", "una", "1", 1, 1},
      {"Solo queda uno.", "weak_number", "uno", "1", 1, 1},
  });
  CheckAbsent({
      {"Se comió un pastel entero.", "un", ""},
      {"Solo queda uno.", "uno", ""},
  });
}
