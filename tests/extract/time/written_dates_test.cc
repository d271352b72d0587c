// Dates written in the many ways a day can be named: digits in any order, abbreviations, ordinal
// and spelled-out days, a day alone, a weekday of a named week, the nth weekday of a month.
// Each row is resolved against its publication date; several cross a year boundary.
#include <doctest/doctest.h>

#include "time_support.h"

using contraste::testing::CheckOneDate;
using contraste::testing::DatesOf;

namespace {

struct Case {
  const char* text;
  const char* published;
  const char* quote;  // the expression as found
  const char* value;  // normalized; "" = unresolved
};

const Case kWritten[] = {
    // Digits: day first unless the second field cannot be a month; year first when it has four digits.
    {"La orden lleva fecha del 30/11/2023.", "2024-02-01", "30/11/2023", "2023-11-30"},
    {"El documento, fechado el 11/30/2023, circuló entre los diplomáticos.", "2024-02-01", "11/30/2023", "2023-11-30"},
    {"Según el registro 2023/11/30 fue el último envío.", "2024-02-01", "2023/11/30", "2023-11-30"},
    {"El parte del 7.3.2022 no menciona la cumbre.", "2024-02-01", "7.3.2022", "2022-03-07"},
    {"El informe del 07/03,22 se filtró.", "2024-02-01", "07/03,22", "2022-03-07"},
    {"Lo publicaron el 03/05/98 en Seúl.", "2024-02-01", "03/05/98", "1998-05-03"},
    // Without a year: the day that makes sense relative to the publication date.
    {"La delegación partió el 28/12 hacia Pekín.", "2024-01-04", "28/12", "2023-12-28"},
    {"Los ministros se vieron el 3-1 en Moscú.", "2024-01-04", "3-1", "2024-01-03"},
    {"Los ministros se reunirán el 12/27 en Hanói.", "2024-12-20", "12/27", "2024-12-27"},
    // Abbreviated months, only right after a day.
    {"La primera reunión fue el 9-dic en Jabárovsk.", "2024-01-10", "9-dic", "2023-12-09"},
    {"El viaje empezó el 4 de feb. con escala en Irkutsk.", "2024-03-01", "4 de feb.", "2024-02-04"},
    {"El barco zarpó el 30 Sept desde Rajin.", "2024-10-02", "30 Sept", "2024-09-30"},
    // Ordinal and spelled-out days, a day after the month, a bare year after a comma or alone.
    {"El acto central será el 1ro de marzo.", "2024-02-20", "1ro de marzo", "2024-03-01"},
    {"Se proclamó el primero de octubre de 1949.", "2024-02-20", "primero de octubre de 1949", "1949-10-01"},
    {"El pacto se rubricó el treinta y uno de diciembre.", "2024-01-02", "treinta y uno de diciembre", "2023-12-31"},
    {"La comisión se constituyó el vigésimo tercero de abril.", "2024-05-01", "vigésimo tercero de abril", "2024-04-23"},
    {"La tregua se firmó el 27 de julio, 1953.", "2024-05-01", "27 de julio, 1953", "1953-07-27"},
    {"La tregua se firmó el 27 julio 1953.", "2024-05-01", "27 julio 1953", "1953-07-27"},
    {"La sesión quedó fijada para marzo doce.", "2024-03-20", "marzo doce", "2024-03-12"},
    {"El envío salió el 9 del 2 desde Vladivostok.", "2024-02-20", "9 del 2", "2024-02-09"},
    // Weekday abbreviation before a date; the date carries the resolution.
    {"Nos vimos el ju, 8 de feb en la embajada.", "2024-02-10", "el ju, 8 de feb", "2024-02-08"},
    // A day alone after the article: this month's or the one before (after when looking ahead).
    {"La comitiva llegó el 28.", "2024-01-03", "28", "2023-12-28"},
    {"La comitiva llegará el 2.", "2023-12-28", "2", "2024-01-02"},
    {"Lo anunciaron el 3.", "2024-03-05", "3", "2024-03-03"},
    // Relative days written with "día".
    {"Se despidieron el día antes de ayer.", "2024-01-01", "el día antes de ayer", "2023-12-30"},
    {"Firmarán el día después de mañana.", "2023-12-31", "el día después de mañana", "2024-01-02"},
    // A weekday of a named week (weeks start on Monday).
    {"Se reunirán el jueves de la próxima semana.", "2023-12-28", "el jueves de la próxima semana", "2024-01-04"},
    {"Hablaron el lunes de la semana pasada.", "2024-01-03", "el lunes de la semana pasada", "2023-12-25"},
    {"Se verán el miércoles de esta semana.", "2024-01-03", "el miércoles de esta semana", "2024-01-03"},
    // The nth weekday of a month, written or relative.
    {"Votaron el primer domingo de diciembre.", "2024-01-10", "el primer domingo de diciembre", "2023-12-03"},
    {"Votarán el segundo martes de enero.", "2023-12-15", "el segundo martes de enero", "2024-01-09"},
    {"La junta se reúne el tercer lunes de este mes.", "2024-01-10", "el tercer lunes de este mes", "2024-01-15"},
    // "último" before a weekday points back; the publication date itself is excluded.
    {"Lo explicó el último viernes.", "2024-01-05", "el último viernes", "2023-12-29"},
    {"Lo explicó el viernes.", "2024-01-05", "el viernes", "2024-01-05"},
};

}  // namespace

TEST_CASE("dates written in digits, abbreviations, words and relative weeks resolve against the publication date") {
  for (const Case& c : kWritten) {
    CheckOneDate(c.text, c.published, c.quote, c.value);
  }
}

TEST_CASE("readings too loose for a claim are marked loose; precise ones are not") {
  struct Loose {
    const char* text;
    const char* quote;
    bool loose;
  };
  const Loose kLoose[] = {
      {"La tienda abre los sábados.", "sábados", true},
      {"Los viernes se reúne el consejo.", "viernes", true},
      {"Volvió el día siguiente.", "el día siguiente", true},
      {"La comitiva llegó el 28.", "28", true},
      {"La comitiva llegó el sábado.", "el sábado", false},
      {"La comitiva llegó el 28 de enero.", "28 de enero", false},
  };
  for (const Loose& l : kLoose) {
    std::string text = l.text;
    CAPTURE(text);
    auto dates = DatesOf(l.text, "2024-02-01");
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].quote == l.quote);
    CHECK(dates[0].mention.temporal.loose == l.loose);
  }
}

TEST_CASE("amounts, scores, fractions and lone abbreviations are not dates") {
  const char* kNone[] = {
      "El partido terminó 3-1 a favor del local.",
      "Creció un 4.5 % en un año.",
      "Aprobaron 1/2 de las propuestas.",
      "Navegaron por el mar de Japón.",
      "Estaba en mi despacho.",
      "La inflación fue del 1,5 por ciento.",
      "Recibieron el 15 % de los votos.",
      "En mayo dos ministros dimitieron.",
      "Ganó el primer set.",
  };
  for (const char* text : kNone) {
    CAPTURE(text);
    auto dates = DatesOf(text, "2024-02-01");
    std::string found = dates.empty() ? "" : dates[0].quote;
    CAPTURE(found);
    bool only_month = dates.size() == 1 && dates[0].quote == "mayo";
    CHECK((dates.empty() || only_month));
  }
}
