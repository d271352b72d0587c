// Quantities: a number and what it counts (a unit of measure or a noun reduced to its lemma).
#include "extract/mention_test_support.h"

using contraste::testing::CheckTable;
using contraste::testing::Expect;
using contraste::testing::kInf;

TEST_CASE("quantities of the seed corpus") {
  CheckTable({
      {"Rusia ha recibido más de 10.000 contenedores de envío (el equivalente a 260.000 toneladas métricas de "
       "municiones o material relacionado con municiones) desde Corea del Norte desde septiembre.",
       "quantity", "más de 10.000 contenedores", "10000 contenedor", 10000, kInf},
      {"Rusia ha recibido más de 10.000 contenedores de envío (el equivalente a 260.000 toneladas métricas de "
       "municiones o material relacionado con municiones) desde Corea del Norte desde septiembre.",
       "quantity", "260.000 toneladas métricas", "260000 tonelada métrica", 260000, 260000},
      {"Las fuerzas rusas también han lanzado al menos 10 misiles fabricados en Corea del Norte contra Ucrania "
       "desde septiembre.",
       "quantity", "al menos 10 misiles", "10 misil", 10, kInf},
      {"Desde principios de 2025, Corea del Norte ha enviado miles de soldados para apoyar a Rusia en el conflicto "
       "bélico.",
       "quantity", "miles de soldados", "1000-999999 soldado", 1000, 999999},
      {"Analistas creen que este viaje podría profundizar los lazos militares, especialmente después de que se "
       "reportara que Pionyang ha transferido miles de contenedores con armamento a Moscú en el último año.",
       "quantity", "miles de contenedores", "1000-999999 contenedor", 1000, 999999},
      {"Miles de norcoreanos se alinearon en las calles de la capital agitando flores.", "quantity",
       "Miles de norcoreanos", "1000-999999 norcoreano", 1000, 999999},
      {"Este acuerdo, anunciado tras una cumbre entre los dos líderes, compromete a Corea del Norte y Rusia.",
       "quantity", "dos líderes", "2 lider", 2, 2},
      {"Los dos países también firmaron en 2000 un nuevo acuerdo de cooperación.", "quantity", "dos países",
       "2 pais", 2, 2},
  });
}

TEST_CASE("quantities with units of measure") {
  CheckTable({
      {"Enviaron 5 toneladas de arroz.", "quantity", "5 toneladas", "5 tonelada", 5, 5},
      {"Enviaron una tonelada de arroz.", "quantity", "una tonelada", "1 tonelada", 1, 1},
      {"Enviaron 2,5 toneladas métricas.", "quantity", "2,5 toneladas métricas", "2.5 tonelada métrica", 2.5, 2.5},
      {"Recorrió 42 kilómetros.", "quantity", "42 kilómetros", "42 kilómetro", 42, 42},
      {"Pesa 80 kilos.", "quantity", "80 kilos", "80 kilogramo", 80, 80},
      {"Costó 300 dólares.", "quantity", "300 dólares", "300 dólar", 300, 300},
      {"Costó un millón de euros.", "quantity", "un millón de euros", "1000000 euro", 1e6, 1e6},
      {"Costó 20 €.", "quantity", "20 €", "20 euro", 20, 20},
      {"Creció un 3 por ciento.", "quantity", "3 por ciento", "3 por ciento", 3, 3},
      {"Mide 100 metros.", "quantity", "100 metros", "100 metro", 100, 100},
  });
}

TEST_CASE("currencies other than the dollar and the euro, under the English file's ids") {
  CheckTable({
      {"Pagó 450.000 yenes.", "quantity", "450.000 yenes", "450000 yen", 450000, 450000},
      {"Ofreció 470 peniques por acción.", "quantity", "470 peniques", "470 penique", 470, 470},
      {"Subió 1,20 centavos.", "quantity", "1,20 centavos", "1.2 centavo", 1.2, 1.2},
      {"Ahorró £ 50 millones.", "quantity", "£ 50 millones", "50000000 libra esterlina", 5e7, 5e7},
      {"Prestó € 2 millones.", "quantity", "€ 2 millones", "2000000 euro", 2e6, 2e6},
      {"Ingresó C$ 300 millones.", "quantity", "C$ 300 millones", "300000000 dólar canadiense", 3e8, 3e8},
      {"Fue multado con 10.000 francos suizos.", "quantity", "10.000 francos suizos", "10000 franco suizo", 1e4, 1e4},
      {"Costó 6,65 mil millones de pesetas.", "quantity", "6,65 mil millones de pesetas", "6650000000 peseta", 6.65e9, 6.65e9},
      // "libras" alone stays a weight.
      {"Pesa 200 libras.", "quantity", "200 libras", "200 libra", 200, 200},
  });
}

TEST_CASE("the counted noun is reduced to its lemma") {
  CheckTable({
      {"Llegaron 20 hombres.", "quantity", "20 hombres", "20 hombre", 20, 20},
      {"Llegaron 30 mujeres.", "quantity", "30 mujeres", "30 mujer", 30, 30},
      {"Visitó 12 ciudades.", "quantity", "12 ciudades", "12 ciudad", 12, 12},
      {"Aprobó 4 leyes.", "quantity", "4 leyes", "4 ley", 4, 4},
      {"Llegaron 3 autobuses.", "quantity", "3 autobuses", "3 autobus", 3, 3},
      {"Firmaron 5 naciones.", "quantity", "5 naciones", "5 nacion", 5, 5},
      {"Cayeron 7 árboles.", "quantity", "7 árboles", "7 arbol", 7, 7},
      {"Compró 2 muebles.", "quantity", "2 muebles", "2 mueble", 2, 2},
      {"Hay 9 pirámides.", "quantity", "9 pirámides", "9 piramide", 9, 9},
      {"Compró 8 relojes.", "quantity", "8 relojes", "8 reloj", 8, 8},
      {"Hizo 6 viajes.", "quantity", "6 viajes", "6 viaje", 6, 6},
      {"Compró 10 lápices.", "quantity", "10 lápices", "10 lapiz", 10, 10},
      {"Llegaron 11 franceses.", "quantity", "11 franceses", "11 frances", 11, 11},
      {"Abrió 13 sedes.", "quantity", "13 sedes", "13 sede", 13, 13},
      {"Hay 14 redes.", "quantity", "14 redes", "14 red", 14, 14},
      {"Alojó 15 huéspedes.", "quantity", "15 huéspedes", "15 huesped", 15, 15},
      {"Llegaron 16 contenedores.", "quantity", "16 contenedores", "16 contenedor", 16, 16},
      {"Lanzó 17 misiles.", "quantity", "17 misiles", "17 misil", 17, 17},
      {"Llegaron 18 jóvenes.", "quantity", "18 jóvenes", "18 joven", 18, 18},
      {"Recibió 21 flores.", "quantity", "21 flores", "21 flor", 21, 21},
      {"Fue 5 veces.", "quantity", "5 veces", "5 vez", 5, 5},
      {"Visitó 40 países.", "quantity", "40 países", "40 pais", 40, 40},
      {"Hay 3 crisis.", "quantity", "3 crisis", "3 crisis", 3, 3},
      {"Derribó 50 aviones.", "quantity", "50 aviones", "50 avion", 50, 50},
  });
}

TEST_CASE("units of measure of every kind, written out and abbreviated") {
  CheckTable({
      {"El muro tiene 12 pulgadas de grosor.", "quantity", "12 pulgadas", "12 pulgada", 12, 12},
      {"El pozo alcanza 40 pies de hondo.", "quantity", "40 pies", "40 pie", 40, 40},
      {"La ruta suma siete millas.", "quantity", "siete millas", "7 milla", 7, 7},
      {"Navegaron 300 millas náuticas.", "quantity", "300 millas náuticas", "300 milla náutica", 300, 300},
      {"La lente de 50 mm es luminosa.", "quantity", "50 mm", "50 milímetro", 50, 50},
      {"Midió 3,2 km en línea recta.", "quantity", "3,2 km", "3.2 kilómetro", 3.2, 3.2},
      {"Compraron una parcela de 30 acres.", "quantity", "30 acres", "30 acre", 30, 30},
      {"El incendio arrasó 1.200 hectáreas.", "quantity", "1.200 hectáreas", "1200 hectárea", 1200, 1200},
      {"El piso mide 85 metros cuadrados.", "quantity", "85 metros cuadrados", "85 metro cuadrado", 85, 85},
      {"El parque ocupa 14 km2.", "quantity", "14 km2", "14 kilómetro cuadrado", 14, 14},
      {"La dosis es de 5 ml al día.", "quantity", "5 ml", "5 mililitro", 5, 5},
      {"El depósito guarda 2 millones de litros.", "quantity", "2 millones de litros", "2000000 litro", 2e6, 2e6},
      {"Se extraen 900.000 barriles diarios.", "quantity", "900.000 barriles", "900000 barril", 9e5, 9e5},
      {"El motor cubica 1.600 cc.", "quantity", "1.600 cc", "1600 centímetro cúbico", 1600, 1600},
      {"Exportó 4 billones de pies cúbicos de gas.", "quantity", "4 billones de pies cúbicos", "4000000000000 pie cúbico",
       4e12, 4e12},
      {"El tanque tiene 20 galones.", "quantity", "20 galones", "20 galón", 20, 20},
      {"El cachorro pesa 9 libras.", "quantity", "9 libras", "9 libra", 9, 9},
      {"Añada 250 gramos de harina.", "quantity", "250 gramos", "250 gramo", 250, 250},
      {"Cada pastilla lleva 500 mg.", "quantity", "500 mg", "500 miligramo", 500, 500},
      {"El tren llegó a 300 kilómetros por hora.", "quantity", "300 kilómetros por hora", "300 kilómetro por hora", 300,
       300},
      {"Soplaron rachas de 90 km/h.", "quantity", "90 km/h", "90 kilómetro por hora", 90, 90},
      {"El viento alcanzó 40 nudos.", "quantity", "40 nudos", "40 nudo", 40, 40},
      {"La consola usa 64 bits.", "quantity", "64 bits", "64 bit", 64, 64},
      {"El archivo ocupa 700 megabytes.", "quantity", "700 megabytes", "700 megabyte", 700, 700},
      {"La tarjeta guarda 128 GB.", "quantity", "128 GB", "128 gigabyte", 128, 128},
  });
}

TEST_CASE("letters that are no units after a number") {
  contraste::testing::CheckAbsent({
      {"La red 5G llega a la ciudad.", "5G", "quantity"},
      {"Dio un pie de página.", "pie", "quantity"},
      {"Tenía un nudo en la garganta.", "nudo", "quantity"},
      {"En 2023 ha crecido la venta.", "2023", "quantity"},
  });
}

TEST_CASE("two quantities of one unit as the bounds of a span are one quantity over it") {
  CheckTable({
      {"Echeverría obtendría entre 41,8 % y 44,1 % de la votación.", "quantity", "entre 41,8 % y 44,1 %",
       "41.8-44.1 por ciento", 41.8, 44.1},
      {"El atasco fue de 3 km a 5 km según la hora.", "quantity", "de 3 km a 5 km", "3-5 kilómetro", 3, 5},
      // Silent: another unit, a falling pair, a hedged bound: two quantities, each its own.
      {"Recorrió entre 3 km y 5 millas.", "quantity", "3 km", "3 kilómetro", 3, 3},
      {"Bajó entre 44,1 % y 41,8 %.", "quantity", "44,1 %", "44.1 por ciento", 44.1, 44.1},
      {"Subió entre 20 % y más de 30 %.", "quantity", "20 %", "20 por ciento", 20, 20},
  });
}
