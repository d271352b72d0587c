// Date periods longer than one date: ranges, parts of periods, seasons, weekends, counts of units
// from the publication date. Each row: one expression, its quote and its value once resolved.
#include <doctest/doctest.h>

#include "time_support.h"

using contraste::CivilDate;
using contraste::testing::CheckOneDate;
using contraste::testing::DatesOf;

namespace {

struct Case {
  const char* text;
  const char* published;
  const char* quote;
  const char* value;  // normalized; "" = unresolved
  const char* first;  // first and last day, both included
  const char* last;
};

const Case kCases[] = {
    // Ranges of days, months and years; the start borrows the month of the end.
    {"La feria abrirá del 3 al 9 de marzo.", "2025-02-10", "del 3 al 9 de marzo", "2025-03-03/2025-03-09", "2025-03-03", "2025-03-09"},
    {"Las obras duraron entre el 2 y el 14 de abril de 2019.", "2025-02-10", "entre el 2 y el 14 de abril de 2019",
     "2019-04-02/2019-04-14", "2019-04-02", "2019-04-14"},
    {"Gobernó de 2008 a 2011.", "2025-02-10", "de 2008 a 2011", "2008/2011", "2008-01-01", "2011-12-31"},
    {"La sequía se prolongó de marzo a julio de 2022.", "2025-02-10", "de marzo a julio de 2022", "2022-03/2022-07", "2022-03-01",
     "2022-07-31"},
    {"Vivió allí desde agosto de 2001 hasta 2004.", "2025-02-10", "desde agosto de 2001 hasta 2004", "2001-08/2004", "2001-08-01",
     "2004-12-31"},
    {"Cerró 21-23 de octubre.", "2025-02-10", "21-23 de octubre", "2024-10-21/2024-10-23", "2024-10-21", "2024-10-23"},
    {"Volverá la semana después de la próxima.", "2025-02-10", "la semana después de la próxima", "2025-W09", "2025-02-24",
     "2025-03-02"},
    // A range that crosses the end of a year: the end without a year follows the start.
    {"El festival fue del 27 de diciembre al 4 de enero.", "2025-01-20", "del 27 de diciembre al 4 de enero",
     "2024-12-27/2025-01-04", "2024-12-27", "2025-01-04"},
    {"Estará cerrado entre el 30 de diciembre de 2025 y el 2 de enero de 2026.", "2025-02-10",
     "entre el 30 de diciembre de 2025 y el 2 de enero de 2026", "2025-12-30/2026-01-02", "2025-12-30", "2026-01-02"},
    {"El plazo va de hoy a mañana.", "2025-12-31", "de hoy a mañana", "2025-12-31/2026-01-01", "2025-12-31", "2026-01-01"},
    // Months with an abbreviation, a relative year or digits.
    {"Los datos de sept de 2019 son provisionales.", "2025-02-10", "sept de 2019", "2019-09", "2019-09-01", "2019-09-30"},
    {"Subirá en junio del año que viene.", "2025-02-10", "junio del año que viene", "2026-06", "2026-06-01", "2026-06-30"},
    {"La cifra de 04/2021 fue revisada.", "2025-02-10", "04/2021", "2021-04", "2021-04-01", "2021-04-30"},
    {"Lo firmarán este octubre.", "2025-02-10", "este octubre", "2025-10", "2025-10-01", "2025-10-31"},
    // Parts: weeks of a month (those whose Thursday is in it) and of a year (ISO), quarters, halves.
    {"Llega la segunda semana de marzo de 2025.", "2025-02-10", "la segunda semana de marzo de 2025", "2025-W11", "2025-03-10",
     "2025-03-16"},
    {"Fue la última semana de agosto de 2024.", "2025-02-10", "la última semana de agosto de 2024", "2024-W35", "2024-08-26",
     "2024-09-01"},
    {"Ocurrió la primera semana de 2021.", "2025-02-10", "la primera semana de 2021", "2021-W01", "2021-01-04", "2021-01-10"},
    {"Creció en el segundo trimestre de 2023.", "2025-02-10", "el segundo trimestre de 2023", "2023-Q2", "2023-04-01",
     "2023-06-30"},
    {"Bajó en la segunda mitad de 2020.", "2025-02-10", "la segunda mitad de 2020", "2020-H2", "2020-07-01", "2020-12-31"},
    {"Cobrarán la primera quincena del mes que viene.", "2025-02-10", "la primera quincena del mes que viene",
     "2025-03-01/2025-03-15", "2025-03-01", "2025-03-15"},
    // Seasons: a winter runs into the next year.
    {"Nevó mucho en el invierno de 2023.", "2025-02-10", "el invierno de 2023", "2023-WI", "2023-12-21", "2024-03-19"},
    {"Volverá la próxima primavera.", "2025-02-10", "la próxima primavera", "2025-SP", "2025-03-20", "2025-06-20"},
    // Weekends: fixed by the words, else by the tense.
    {"Viajará este fin de semana.", "2025-02-12", "este fin de semana", "2025-W07-WE", "2025-02-15", "2025-02-16"},
    {"Llovió el fin de semana.", "2025-02-12", "el fin de semana", "2025-W06-WE", "2025-02-08", "2025-02-09"},
    // Counts of units after or before the publication date, the rest of a period.
    {"Llegarán en los próximos 10 días.", "2025-12-28", "los próximos 10 días", "2025-12-29/2026-01-07", "2025-12-29",
     "2026-01-07"},
    {"Subió en las últimas 2 semanas.", "2025-02-10", "las últimas 2 semanas", "2025-01-27/2025-02-09", "2025-01-27",
     "2025-02-09"},
    {"Cerrará el resto del mes.", "2025-02-10", "el resto del mes", "2025-02-10/2025-02-28", "2025-02-10", "2025-02-28"},
    // Weekdays of a named week; a part written with "del" before a relative period.
    {"Se reunirán la semana que viene entre martes y jueves.", "2025-02-12", "la semana que viene entre martes y jueves",
     "2025-02-18/2025-02-20", "2025-02-18", "2025-02-20"},
    {"Lo cerrarán a finales del próximo año.", "2025-02-10", "finales del próximo año", "2026-09-02/2026-12-31", "2026-09-02",
     "2026-12-31"},
    // The week around a date, a numbered week, parts before a relative period.
    {"Cita en la semana del 12 de marzo de 2025.", "2025-02-10", "la semana del 12 de marzo de 2025", "2025-W11", "2025-03-10",
     "2025-03-16"},
    {"Obras desde la semana 10 hasta la semana 12.", "2025-02-10", "desde la semana 10 hasta la semana 12", "2025-W10/2025-W12",
     "2025-03-03", "2025-03-23"},
};

}  // namespace

TEST_CASE("each kind of date period is found and resolved to its days") {
  for (const Case& c : kCases) {
    const auto date = CheckOneDate(c.text, c.published, c.quote, c.value);
    CAPTURE(c.text);
    CHECK(date.mention.interval.lo == CivilDate::Parse(c.first)->DaysSinceEpoch());
    CHECK(date.mention.interval.hi == CivilDate::Parse(c.last)->DaysSinceEpoch());
  }
}

TEST_CASE("words that look like periods but are not dates stay out") {
  // A month abbreviation that is also a word needs a day, a year or a cue.
  CHECK(DatesOf("El barco se hundió en el mar Mediterráneo.", "2025-02-10").empty());
  CHECK(DatesOf("Navegaron en mar abierto durante horas.", "2025-02-10").empty());
  // "cuarto" alone is a room or a quarter of a match, not of a year.
  CHECK(DatesOf("Anotó en el tercer cuarto del partido.", "2025-02-10").empty());
  // Counts with "de ... a" that are not days of a month.
  CHECK(DatesOf("Pasó de 10 a 20 empleados.", "2025-02-10").empty());
  // "en 3 años" is a duration ahead, not a period of this reader.
  for (const auto& d : DatesOf("Lo terminarán en 3 años.", "2025-02-10")) CHECK(d.mention.temporal.kind != contraste::TemporalKind::kPeriod);
}

TEST_CASE("counts from the publication date are spans, not the date of an event") {
  auto dates = DatesOf("Llegarán en los próximos 3 meses.", "2025-02-10");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].mention.temporal.back == 3);
}
