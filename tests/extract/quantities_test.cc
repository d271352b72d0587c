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
