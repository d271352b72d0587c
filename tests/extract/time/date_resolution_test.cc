// Recognition and resolution of Spanish temporal expressions against the publication date.
#include <doctest/doctest.h>

#include "core/calendar.h"
#include "time_support.h"

using contraste::testing::CheckOneDate;
using contraste::testing::DatesOf;

namespace {

struct Case {
  const char* text;
  const char* published;  // "" = no publication date
  const char* quote;      // the expression as found
  const char* value;      // normalized; "" = unresolved
};

// One expression per text; the table covers every kind of expression.
const Case kCases[] = {
    // Full dates, with and without a weekday; numeric dates.
    {"El tratado fue firmado el 18 de junio de 2024 en Pionyang.", "2025-06-05", "18 de junio de 2024", "2024-06-18"},
    {"Llegó a Pyongyang el miércoles 19 de julio de 2000.", "2024-06-19", "el miércoles 19 de julio de 2000", "2000-07-19"},
    {"La carta está fechada el 19/06/2024.", "2024-06-20", "19/06/2024", "2024-06-19"},
    {"La carta está fechada el 19/06/2024.", "", "19/06/2024", "2024-06-19"},
    // Day and month: the year that makes sense relative to the publication date.
    {"La anterior visita fue el 21 de marzo.", "2025-06-05", "21 de marzo", "2025-03-21"},
    {"La cumbre fue el 28 de diciembre.", "2025-01-03", "28 de diciembre", "2024-12-28"},
    {"La cumbre se celebrará el 3 de enero.", "2024-12-28", "3 de enero", "2025-01-03"},
    // Month and year, month alone (most recent, or next when the verb points forward).
    {"El acuerdo firmado en junio de 2024 sigue vigente.", "2025-06-05", "junio de 2024", "2024-06"},
    {"En marzo, Shoigú y Kim se reunieron.", "2025-06-05", "marzo", "2025-03"},
    {"En noviembre hubo otra reunión.", "2025-01-10", "noviembre", "2024-11"},
    {"En febrero se reunirán de nuevo.", "2024-11-20", "febrero", "2025-02"},
    // Years, the year noun, decades.
    {"Lo firmaron en 1961.", "2024-06-19", "1961", "1961"},
    {"Realizó su última visita en el año 2000.", "2024-06-19", "año 2000", "2000"},
    {"Llegó al poder en la década de 1940.", "2024-06-19", "la década de 1940", "194X"},
    // Weekdays: the publication date may itself be the weekday named.
    {"Han firmado este miércoles un acuerdo.", "2024-06-19", "este miércoles", "2024-06-19"},
    {"La reunión se realizó el miércoles en Pionyang.", "2025-06-05", "el miércoles", "2025-06-04"},
    {"Fue reportada este jueves por la agencia.", "2025-06-05", "este jueves", "2025-06-05"},
    {"Se reunieron el domingo.", "2025-01-01", "el domingo", "2024-12-29"},
    {"Se reunirán el viernes.", "2024-12-30", "el viernes", "2025-01-03"},
    {"Se verán el próximo miércoles.", "2024-06-19", "el próximo miércoles", "2024-06-26"},
    {"Se vieron el miércoles pasado.", "2024-06-19", "el miércoles pasado", "2024-06-12"},
    {"La reunión se realizó el miércoles.", "", "el miércoles", ""},
    // Relative days; "mañana" as the morning is no date.
    {"El acuerdo firmado hoy incluye asistencia mutua.", "2024-06-19", "hoy", "2024-06-19"},
    {"Ayer llegó a Pionyang.", "2025-01-01", "Ayer", "2024-12-31"},
    {"Mañana viajará a Moscú.", "2024-12-31", "Mañana", "2025-01-01"},
    {"Ayer llegó a Pionyang.", "", "Ayer", ""},
    // Relative periods.
    {"Kim visitó Rusia el año pasado.", "2024-06-19", "el año pasado", "2023"},
    {"El acuerdo se espera para esta semana.", "2024-06-19", "esta semana", "2024-W25"},
    {"Se vieron la semana pasada.", "2025-01-02", "la semana pasada", "2024-W52"},
    {"Se reunieron hace dos meses.", "2025-01-15", "hace dos meses", "2024-11"},
    {"Se reunieron hace 24 años.", "2024-06-19", "hace 24 años", "2000"},
    {"En los últimos meses Kim ha intensificado el lenguaje.", "2024-06-19", "los últimos meses", "2023-12-19/2024-06-19"},
    // Since, parts of periods.
    {"Rusia ha recibido contenedores desde septiembre.", "2024-06-19", "desde septiembre", "2023-09-01/2024-06-19"},
    {"Desde principios de 2025, Corea del Norte ha enviado soldados.", "2025-06-05", "Desde principios de 2025", "2025-01-01/2025-06-05"},
    {"Se reunieron a finales de mayo.", "2025-06-05", "finales de mayo", "2025-05-22/2025-05-31"},
    {"Llegó al poder a finales de la década de 1940.", "2024-06-19", "finales de la década de 1940", "1946-09-02/1949-12-31"},
    {"Lo dijo a principios de esta semana.", "2024-06-19", "principios de esta semana", "2024-06-17/2024-06-18"},
};

}  // namespace

TEST_CASE("each kind of temporal expression is found and resolved against the publication date") {
  for (const Case& c : kCases) {
    CheckOneDate(c.text, c.published, c.quote, c.value);
  }
}

TEST_CASE("a list of years is one expression per year, each marked as part of a list") {
  auto dates = DatesOf("Sustituirá a los firmados en 1961, 2000 y 2001.", "2024-06-19");
  REQUIRE(dates.size() == 3);
  CHECK(dates[0].normalized == "1961");
  CHECK(dates[1].normalized == "2000");
  CHECK(dates[2].normalized == "2001");
  for (const auto& d : dates) CHECK(d.mention.temporal.in_list);
}

TEST_CASE("the morning is not tomorrow") {
  CHECK(DatesOf("Llegó por la mañana.", "2024-06-19").empty());
  auto dates = DatesOf("Lo saludó en las primeras horas de la mañana de este miércoles.", "2024-06-19");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].quote == "este miércoles");
  CHECK(dates[0].normalized == "2024-06-19");
}

TEST_CASE("numbers inside a date are not amounts, and amounts are not years") {
  auto dates = DatesOf("Rusia ha recibido 2000 contenedores.", "2024-06-19");
  CHECK(dates.empty());
  auto ago = DatesOf("Se reunieron hace dos meses.", "2024-06-19");
  REQUIRE(ago.size() == 1);
  CHECK(ago[0].mention.interval.lo == contraste::CivilDate{2024, 4, 1}.DaysSinceEpoch());
  CHECK(ago[0].mention.interval.hi == contraste::CivilDate{2024, 4, 30}.DaysSinceEpoch());
}

TEST_CASE("calendar arithmetic: weekdays, day numbers back to dates, months, ISO weeks") {
  using contraste::CivilDate;
  CHECK(contraste::IsoWeekday(CivilDate{2000, 7, 19}) == 3);
  CHECK(contraste::IsoWeekday(CivilDate{2024, 6, 19}) == 3);
  CHECK(contraste::IsoWeekday(CivilDate{2025, 6, 5}) == 4);
  CHECK(contraste::IsoWeekday(CivilDate{1969, 12, 31}) == 3);
  for (long d : {-800000L, -1L, 0L, 59L, 11016L, 20000L}) {
    CAPTURE(d);
    CHECK(contraste::DateFromDays(d).DaysSinceEpoch() == d);
  }
  CHECK(contraste::AddMonths(CivilDate{2025, 1, 31}, -2) == CivilDate{2024, 11, 1});
  int wy = 0, w = 0;
  contraste::IsoWeek(CivilDate{2024, 12, 30}, &wy, &w);
  CHECK(wy == 2025);
  CHECK(w == 1);
}
