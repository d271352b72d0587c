// Number ranges: two bounds given together, one comparison before or after a number, and a lower
// and an upper comparison joined. A range mention is normalized to its notation ("[20,30)": the
// upper bound of a two-bound range written open, as Recognizers-Text does) and its interval is
// what the text allows (both stated bounds included).
#include "extract/mention_test_support.h"

using contraste::testing::CheckAbsent;
using contraste::testing::CheckTable;
using contraste::testing::Expect;
using contraste::testing::kInf;

TEST_CASE("ranges with two bounds") {
  CheckTable({
      {"La obra costará entre 40 y 55 millones.", "range", "entre 40 y 55 millones", "[40000000,55000000)", 40e6, 55e6},
      {"El estadio acoge entre 20 y 30 mil personas.", "range", "entre 20 y 30 mil", "[20000,30000)", 20000, 30000},
      {"Ganó entre 500 y 2 mil votos.", "range", "entre 500 y 2 mil", "[500,2000)", 500, 2000},
      {"Los pedidos van de 5 a 12 por semana.", "range", "de 5 a 12", "[5,12)", 5, 12},
      {"Las tarifas subirán desde 300 hasta 450 este año.", "range", "desde 300 hasta 450", "[300,450)", 300, 450},
      {"El termómetro marcó entre menos cuatro y seis.", "range", "entre menos cuatro y seis", "[-4,6)", -4, 6},
      {"Quedó entre el tres y el siete de la clasificación.", "range", "entre el tres y el siete", "[3,7)", 3, 7},
      {"Se esperan 150-200 asistentes.", "range", "150-200", "[150,200)", 150, 200},
      {"Se esperan 150 - 200 asistentes.", "range", "150 - 200", "[150,200)", 150, 200},
      {"Terminó entre cuarta y novena.", "range", "entre cuarta y novena", "[4,9)", 4, 9},
      {"Cuesta entre treinta y cinco y cuarenta euros.", "range", "entre treinta y cinco y cuarenta", "[35,40)", 35, 40},
  });
}

TEST_CASE("ranges with one comparison") {
  CheckTable({
      {"Votaron más de 300 diputados.", "range", "más de 300", "(300,)", 300, kInf},
      {"La cifra es mayor que 4.500.", "range", "mayor que 4.500", "(4500,)", 4500, kInf},
      {"Acudieron al menos 7 ministros.", "range", "al menos 7", "[7,)", 7, kInf},
      {"Se admiten valores mayores o iguales a 18.", "range", "mayores o iguales a 18", "[18,)", 18, kInf},
      {"Pide un saldo igual o superior a 600.", "range", "igual o superior a 600", "[600,)", 600, kInf},
      {"Quedan menos de 50 plazas.", "range", "menos de 50", "(,50)", -kInf, 50},
      {"Entran hasta 40 personas.", "range", "hasta 40", "(,40]", -kInf, 40},
      {"El resultado debe ser menor o igual que 9.", "range", "menor o igual que 9", "(,9]", -kInf, 9},
      {"La prima equivale a 1.200 al mes.", "range", "equivale a 1.200", "[1200,1200]", 1200, 1200},
      {"Hubo 80 o más heridos.", "range", "80 o más", "[80,)", 80, kInf},
      {"Aceptan 25 o menos solicitudes.", "range", "25 o menos", "(,25]", -kInf, 25},
      {"Cobra 900 como máximo.", "range", "900 como máximo", "(,900]", -kInf, 900},
      {"Sacó una nota superior a 8 o igual.", "range", "superior a 8 o igual", "[8,)", 8, kInf},
      {"Aprobaron más de tres cuartos de los socios.", "range", "más de tres cuartos", "(0.75,)", 0.75, kInf},
      {"Lo apoya un quinto o menos del censo.", "range", "un quinto o menos", "(,0.2]", -kInf, 0.2},
      {"La obra costó más de un millón.", "range", "más de un millón", "(1000000,)", 1e6, kInf},
      {"Filtra los pesos >75 del lote.", "range", ">75", "(75,)", 75, kInf},
      {"Filtra los pesos <=-5 del lote.", "range", "<=-5", "(,-5]", -kInf, -5},
  });
}

TEST_CASE("a lower and an upper comparison make one range") {
  CheckTable({
      {"El precio es mayor que 40 y menor que 70.", "range", "mayor que 40 y menor que 70", "(40,70)", 40, 70},
      {"Buscan pisos de no menos de 60 y no más de 90 metros.", "range", "no menos de 60 y no más de 90", "[60,90]",
       60, 90},
      {"Admite como mínimo 3 y como máximo 8 socios.", "range", "como mínimo 3 y como máximo 8", "[3,8]", 3, 8},
      {"Pagarán más de 10, menos de 15 euros.", "range", "más de 10, menos de 15", "(10,15)", 10, 15},
  });
}

TEST_CASE("comparisons that stay apart") {
  CheckTable({
      // a comparison with its own number takes the words after the first number
      {"Gana 500 o más de 450 al mes.", "range", "más de 450", "(450,)", 450, kInf},
      {"Vale igual a 30 o menos de 40.", "range", "igual a 30", "[30,30]", 30, 30},
      {"Vale igual a 30 o menos de 40.", "range", "menos de 40", "(,40)", -kInf, 40},
      // a lower bound above the upper one is no range: two comparisons
      {"Pesan más de 90 y menos de 20 kilos.", "range", "más de 90", "(90,)", 90, kInf},
      // "o" never joins
      {"Son mayores de 65 o menores de 12.", "range", "menores de 12", "(,12)", -kInf, 12},
  });
  CheckAbsent({
      {"Ganaron 3-1 el domingo.", "3-1", "range"},
      {"Llame al +34-915-555 ahora.", "915", "range"},
      {"El código es <>40.", "40", "range"},
      {"El código es =>40.", "40", "range"},
      {"Se reunió con un representante de la empresa.", "un", "range"},
      {"Gana 500 o más de 450 al mes.", "500", "range"},
  });
}

TEST_CASE("a duration or quantity given as a range takes the range's interval") {
  constexpr double kHour = 3600;
  CheckTable({
      {"La vista oral se prolongó entre dos y tres horas.", "duration", "entre dos y tres horas", "P[2-3]H",
       2 * kHour, 3 * kHour},
      {"El corte de luz duró de 20 a 40 minutos.", "duration", "de 20 a 40 minutos", "P[20-40]M", 1200, 2400},
      {"La espera fue de entre 30 minutos y dos horas.", "duration", "entre 30 minutos y dos horas", "[PT30M,PT2H]",
       1800, 2 * kHour},
      {"El registro se alargó de una hora a hora y media.", "duration", "de una hora a hora y media", "[PT1H,PT1H30M]",
       kHour, 1.5 * kHour},
      {"Murieron entre 20 y 30 soldados en la emboscada.", "quantity", "entre 20 y 30 soldados", "20-30 soldado", 20,
       30},
      {"La reforma costará entre 5 y 10 millones de euros.", "quantity", "entre 5 y 10 millones de euros",
       "5000000-10000000 euro", 5e6, 10e6},
      {"El paro bajó entre un 2 y un 3 por ciento.", "quantity", "entre un 2 y un 3 por ciento", "2-3 por ciento", 2, 3},
      {"Se vertieron de 5 a 8 toneladas de crudo.", "quantity", "de 5 a 8 toneladas", "5-8 tonelada", 5, 8},
      {"Acudieron más de 200 y menos de 300 vecinos.", "quantity", "más de 200 y menos de 300 vecinos",
       "200-300 vecino", 200, 300},
      // the range mention is there as well
      {"Murieron entre 20 y 30 soldados en la emboscada.", "range", "entre 20 y 30", "[20,30)", 20, 30},
  });
  // the numbers of the range are no quantities of their own; clock times are no range of hours
  CheckAbsent({
      {"Abrirá entre las 10 y las 12 horas.", "entre", "duration"},
      {"Murieron entre 20 y 30 soldados en la emboscada.", "20", "number"},
      {"La vista oral se prolongó entre dos y tres horas.", "dos", "number"},
  });
}

TEST_CASE("dates are not ranges") {
  CheckAbsent({
      {"La feria abre entre el 4 y el 9 de mayo.", "4", "range"},
      {"El plazo vence el 2024-05-06.", "05", "range"},
  });
}
