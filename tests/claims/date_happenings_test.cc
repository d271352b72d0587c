// Time of a story's happenings (issue 15): dates of one happening told around different names are
// one event's (claims/date_happenings.h); a date a trigger leaves to another date of its sentence
// is kept; a bound ahead ("hasta el jueves": date_periods.yaml bare_range_closers), a weekday
// written with its day and month, and "a media mañana" (time.yaml) resolve as they are meant.
#include <doctest/doctest.h>

#include <string>

#include "claim_quoting.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

Document DocAt(const std::string& id, const std::string& text, const std::string& day, int minute) {
  DocumentMetadata meta;
  meta.language = "es";
  meta.published = CivilDate::Parse(day);
  meta.published_minute = minute;
  auto d = DocumentFromBytes(text, id, meta);
  if (!d) throw std::runtime_error(d.error().ToString());
  return *d;
}

size_t DateConflicts(const Analysis& a) {
  size_t n = 0;
  for (const Finding& f : a.findings) n += f.kind == "conflict" && f.slot == "date";
  return n;
}

}  // namespace

TEST_CASE("one crash dated by two articles around different names: the wrong day conflicts") {
  Analysis a = Analyze({DocAt("wire",
                              "Al menos dos personas han muerto y otras 18 han resultado heridas este martes en un choque "
                              "en cadena de una treintena de vehículos en la autovía A-62, según Emergencias 112.",
                              "2026-11-17", 10 * 60),
                        DocAt("digital",
                              "La Guardia Civil investiga si la velocidad de varios vehículos agravó el choque en cadena "
                              "del pasado lunes en la autovía A-62, en el que murieron tres personas.",
                              "2026-11-18", 13 * 60)});
  CHECK(Quoting(a, "este martes").event == Quoting(a, "pasado lunes").event);
  CHECK(DateConflicts(a) == 1);
}

TEST_CASE("silent: dates whose clauses tell other happenings stay apart") {
  Analysis a = Analyze({DocAt("wire",
                              "La Junta ha confirmado dos muertes por golpe de calor en la ola: la de un jornalero que se "
                              "desplomó el lunes mientras trabajaba en un olivar.",
                              "2026-08-11", 19 * 60),
                        DocAt("check",
                              "La Junta de Andalucía confirmó este miércoles una tercera muerte por golpe de calor en la ola.",
                              "2026-08-13", 12 * 60)});
  CHECK(DateConflicts(a) == 0);
}

TEST_CASE("a date left by a trigger to another date of its sentence is kept") {
  Analysis a = Analyze({Doc("d", "El mexicano firma hasta 2031 y pasará el reconocimiento médico el martes 7 de julio.", "2026-07-02")});
  CHECK(FindQuoting(a.claims, "2031") != nullptr);
  // Silent: a sentence with one date keeps it with its trigger, and adds no fallback claim.
  Analysis one = Analyze({Doc("d", "El mexicano firma hasta 2031 con el club.", "2026-07-02")});
  CHECK(Quoting(one, "2031").frame != "event");
  CHECK(Quoting(a, "el martes 7 de julio").value == "2026-07-07");
}

TEST_CASE("dates resolved as meant: a bound ahead, a weekday with its day and month, mid-morning") {
  // Published on Tuesday 11 August 2026: "hasta el jueves" is the 13th, not the 6th.
  Analysis ahead = Analyze({Doc("d", "La Aemet prevé que el episodio se prolongue al menos hasta el jueves.", "2026-08-11")});
  CHECK(Quoting(ahead, "el jueves").value == "2026-08-13");
  Analysis until = Analyze({DocIn("en", "d", "Spain's weather agency expects the heatwave to last until at least Thursday.", "2026-08-12")});
  CHECK(Quoting(until, "Thursday").value == "2026-08-13");
  // Published on Thursday 21 January 2027: the next Wednesday 27 January, of 2027.
  Analysis next = Analyze({Doc("d", "El sindicato mantiene la convocatoria para el próximo miércoles, 27 de enero.", "2027-01-21")});
  CHECK(Quoting(next, "el próximo miércoles").value == "2027-01-27");
  Analysis weekday = Analyze({Doc("d", "La próxima jornada de huelga está convocada para el miércoles 27 de enero.", "2027-01-22")});
  CHECK(Quoting(weekday, "el miércoles 27 de enero").value == "2027-01-27");
  // Silent: a far year is no guess of the weekday's (Monday 17 June was in 2024, more than half a
  // year before): read as without the weekday, the last 17 June.
  Analysis far = Analyze({Doc("d", "El tratado se firmó el lunes 17 de junio.", "2025-09-01")});
  CHECK(Quoting(far, "el lunes 17 de junio").value == "2025-06-17");
  // Silent: "a media mañana" is no date (not tomorrow); "mañana" alone still is.
  Analysis mid = Analyze({Doc("d", "El Sergas comunicó el 21,3 % a media mañana.", "2027-01-21")});
  CHECK(FindQuoting(mid.claims, "mañana") == nullptr);
  Analysis tomorrow = Analyze({Doc("d", "La huelga sigue mañana en los centros de salud.", "2027-01-21")});
  CHECK(Quoting(tomorrow, "mañana").value == "2027-01-22");
  // Silent: a weekday after "hasta el pasado" keeps its own direction.
  Analysis past = Analyze({Doc("d", "El aviso estuvo activo hasta el pasado jueves.", "2026-08-11")});
  CHECK(Quoting(past, "el pasado jueves").value == "2026-08-06");
}
