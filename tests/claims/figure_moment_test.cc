// When a count was given (claims/figure_moment.h, claims/figure_time.h): the clause that names the
// count dates the figures of its sentence (day, clock, part of the day), read against the
// publication; figures given at the same stated moment conflict even when published hours apart,
// and a current count (the missing) moves either way without conflict.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "claim_quoting.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

constexpr int64_t kDay = 1440;

// A Spanish document published on `day` (YYYY-MM-DD) at `minute` of the day.
Document DocAt(const std::string& id, const std::string& text, const std::string& day, int minute) {
  DocumentMetadata meta;
  meta.language = "es";
  meta.published = CivilDate::Parse(day);
  meta.published_minute = minute;
  auto d = DocumentFromBytes(text, id, meta);
  if (!d) throw std::runtime_error(d.error().ToString());
  return *d;
}

int64_t DayOf(const std::string& day) { return static_cast<int64_t>(CivilDate::Parse(day)->DaysSinceEpoch()); }

}  // namespace

TEST_CASE("the balance's clock dates the figure on the publication's day") {
  Analysis a = Analyze({DocAt("d", "El terremoto ha dejado 22 heridos, según el balance de las 08.00 horas del 112.",
                              "2026-02-06", 9 * 60 + 30)});
  CHECK(Quoting(a, "22 heridos").when == DayOf("2026-02-06") * kDay + 8 * 60);
}

TEST_CASE("a clock in words with a part of the day; an afternoon clock; the day before when later than publication") {
  Analysis a = Analyze({DocAt("d", "El terremoto ha dejado 32 heridos, según el balance de las ocho de la mañana del 112.",
                              "2026-02-06", 10 * 60 + 15)});
  CHECK(Quoting(a, "32 heridos").when == DayOf("2026-02-06") * kDay + 8 * 60);
  Analysis night = Analyze({DocAt("d", "La riada deja 21 muertos, según el balance de las diez de la noche.",
                                  "2026-10-15", 7 * 60)});
  // Ten at night is after seven in the morning: the balance is of the night before.
  CHECK(Quoting(night, "21 muertos").when == DayOf("2026-10-14") * kDay + 22 * 60);
}

TEST_CASE("the latest date of the count's clause, not the event's day; an opening date clause") {
  Analysis a = Analyze({DocAt("d",
                              "La DANA que azotó el martes la Ribera ha dejado 47 muertos, según el balance que la "
                              "Generalitat difundió a las 06.00 horas de este jueves.",
                              "2026-10-15", 7 * 60 + 30)});  // a Thursday
  CHECK(Quoting(a, "47 muertos").when == DayOf("2026-10-15") * kDay + 6 * 60);
  Analysis morning = Analyze({DocAt("d", "Esta mañana, el primer recuento hablaba de ocho víctimas mortales.",
                                    "2026-10-14", 21 * 60 + 40)});
  CHECK(Quoting(morning, "ocho víctimas").when == DayOf("2026-10-14") * kDay + 9 * 60);
}

TEST_CASE("silent: no count named, or a figure that does not move over time, keeps the publication time") {
  Analysis a = Analyze({DocAt("d", "La riada que azotó el martes la Ribera deja 47 muertos.", "2026-10-15", 7 * 60 + 30)});
  CHECK(Quoting(a, "47 muertos").when == DayOf("2026-10-15") * kDay + 7 * 60 + 30);
  Analysis age = Analyze({DocAt("d", "Murió un niño de tres años, según el balance de las 08.00 horas.", "2026-10-15", 9 * 60)});
  CHECK(Quoting(age, "tres años").when == DayOf("2026-10-15") * kDay + 9 * 60);
}

TEST_CASE("two articles published hours apart that give the same balance conflict; other balances revise") {
  const std::string morning = "El terremoto ha dejado 22 heridos, según el balance de las 08.00 horas del 112.";
  const std::string same_balance = "El terremoto ha dejado 32 heridos, según el balance de las ocho de la mañana del 112.";
  const std::string later_balance = "El terremoto ha dejado 32 heridos, según el balance de las 10.00 horas del 112.";
  CHECK(CountFindings(Analyze({DocAt("a", morning, "2026-02-06", 9 * 60 + 30), DocAt("b", same_balance, "2026-02-06", 10 * 60 + 15)}),
              "conflict") == 1);
  CHECK(CountFindings(Analyze({DocAt("a", morning, "2026-02-06", 9 * 60 + 30), DocAt("b", later_balance, "2026-02-06", 10 * 60 + 15)}),
              "conflict") == 0);
}

TEST_CASE("a current count (the missing) that falls on a later day is an update, not a conflict") {
  const std::string first = "La DANA deja 19 desaparecidos en la Ribera.";
  const std::string later = "La DANA deja siete desaparecidos en la Ribera.";
  Analysis a = Analyze({DocAt("a", first, "2026-10-14", 8 * 60), DocAt("b", later, "2026-10-21", 12 * 60)});
  CHECK(CountFindings(a, "conflict") == 0);
  CHECK(CountFindings(a, "revision") == 1);
  // The same day, with nothing to tell the moments apart, they conflict.
  CHECK(CountFindings(Analyze({DocAt("a", first, "2026-10-14", 8 * 60), DocAt("b", later, "2026-10-14", 8 * 60)}), "conflict") == 1);
}

TEST_CASE("a clock written 23:45 is one time, and its colon breaks no clause") {
  Analysis a = Analyze({DocAt("d",
                              "Al corte de las 23:45 horas del domingo, con el 60,12 % de las actas computadas, "
                              "Echeverría tenía el 43,18 % de los votos.",
                              "2027-06-08", 10 * 60)});  // a Tuesday
  CHECK(Quoting(a, "60,12 %").when == DayOf("2027-06-06") * kDay + 23 * 60 + 45);
}

TEST_CASE("a figure the sentence says changed ('sube a') is revised by another day's figure, not contradicted") {
  const auto claims = ClaimsOf("La inversión sube a 142,3 millones de euros este año.");
  const Claim* changed = FindQuoting(claims, "142,3 millones");
  REQUIRE(changed != nullptr);
  CHECK(changed->measure == "investment");
  CHECK(changed->changed);
  const auto plain = ClaimsOf("La inversión prevista es de 142,3 millones de euros.");
  REQUIRE(FindQuoting(plain, "142,3 millones") != nullptr);
  CHECK_FALSE(FindQuoting(plain, "142,3 millones")->changed);
  // Fires as a revision across days; stays a conflict on the same day (no change between them).
  Analysis days = Analyze({Doc("a", "El proyecto prevé una inversión de 138,2 millones de euros.", "2026-10-20"),
                           Doc("b", "La inversión sube a 142,3 millones de euros este año.", "2026-12-23")});
  CHECK(CountFindings(days, "conflict") == 0);
  CHECK(CountFindings(days, "revision") == 1);
  Analysis same = Analyze({Doc("a", "El proyecto prevé una inversión de 138,2 millones de euros.", "2026-12-23"),
                           Doc("b", "La inversión sube a 142,3 millones de euros este año.", "2026-12-23")});
  CHECK(CountFindings(same, "conflict") == 1);
}

TEST_CASE("a closed count ('balance final', 'cifra final') supersedes earlier figures, even higher ones") {
  const std::string early = "El temporal deja 15 muertos en Alzira.";
  const std::string closed = "El temporal deja 14 muertos en Alzira, según el balance final.";
  const Claim& fin = Quoting(Analyze({DocAt("b", closed, "2026-10-16", 9 * 60)}), "14 muertos");
  CHECK(fin.corrects);
  Analysis before = Analyze({DocAt("a", early, "2026-10-15", 9 * 60), DocAt("b", closed, "2026-10-16", 9 * 60)});
  CHECK(CountFindings(before, "revision") == 1);
  CHECK(CountFindings(before, "conflict") == 0);
  // Silent: without the closing words a later, lower toll stays a conflict.
  Analysis open = Analyze({DocAt("a", early, "2026-10-15", 9 * 60),
                           DocAt("b", "El temporal deja 14 muertos en Alzira.", "2026-10-16", 9 * 60)});
  CHECK(CountFindings(open, "conflict") == 1);
}

TEST_CASE("a toll given as it stands so far is an open count: a lower bound, whatever counts above it") {
  const Claim& so_far =
      Quoting(Analyze({DocAt("a", "El temporal deja hasta el momento 15 muertos en Alzira.", "2026-10-15", 9 * 60)}),
              "15 muertos");
  CHECK(so_far.interval.lo == 15);
  CHECK(std::isinf(so_far.interval.hi));
  // Silent: a closed toll, and a current count (the missing moves either way), keep their point.
  const Claim& closed = Quoting(Analyze({DocAt("a", "El temporal deja 15 muertos en Alzira.", "2026-10-15", 9 * 60)}),
                                "15 muertos");
  CHECK(closed.interval.hi == 15);
  const Claim& missing = Quoting(
      Analyze({DocAt("a", "El temporal deja hasta el momento 15 desaparecidos en Alzira.", "2026-10-15", 9 * 60)}),
      "15 desaparecidos");
  CHECK(missing.interval.hi == 15);
  // A provisional word that only says a count is going on ("computado") opens no toll.
  const Claim& counted = Quoting(
      Analyze({DocAt("a", "Se han contabilizado 15 muertos en Alzira.", "2026-10-15", 9 * 60)}), "15 muertos");
  CHECK(counted.interval.hi == 15);
  // A later closed toll below the open one still conflicts; a higher one the same morning does not.
  Analysis below = Analyze({DocAt("a", "El temporal deja hasta el momento 15 muertos en Alzira.", "2026-10-15", 9 * 60),
                            DocAt("b", "El temporal deja 14 muertos en Alzira.", "2026-10-16", 9 * 60)});
  CHECK(CountFindings(below, "conflict") == 1);
  Analysis above = Analyze({DocAt("a", "El temporal deja hasta el momento 15 muertos en Alzira.", "2026-10-15", 9 * 60),
                            DocAt("b", "El temporal deja 17 muertos en Alzira.", "2026-10-15", 9 * 60)});
  CHECK(CountFindings(above, "conflict") == 0);
}
