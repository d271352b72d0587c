// The comparison gates (graph/comparison_gates.h) through the whole pipeline: a cumulative count
// given on different days is a revision when it grows and a conflict when it falls unexplained;
// figures attributed to different sources are no conflict between articles.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

const std::string kFloodMorning =
    "La riada de Almenara deja ocho muertos\n\nLa riada que inundó Almenara y Moncofa deja ocho muertos, según "
    "el último balance.";

}  // namespace

TEST_CASE("a toll that grows from one day to the next is no conflict") {
  Analysis a = Analyze({Doc("day1", kFloodMorning, "2026-10-14"),
                        Doc("day2",
                            "La riada de Almenara eleva a 21 los muertos\n\nLa riada que inundó Almenara y Moncofa "
                            "deja ya 21 muertos, según el último balance.",
                            "2026-10-15")});
  CHECK(CountFindings(a, "conflict") == 0);
}

TEST_CASE("a toll that falls on a later day with nothing said is a conflict") {
  Analysis a = Analyze({Doc("day1",
                            "La riada de Almenara eleva a 21 los muertos\n\nLa riada que inundó Almenara y Moncofa "
                            "deja ya 21 muertos, según el último balance.",
                            "2026-10-14"),
                        Doc("day2", kFloodMorning, "2026-10-15")});
  CHECK(CountFindings(a, "conflict") == 1);
}

TEST_CASE("a toll corrected down on a later day is no conflict") {
  Analysis a = Analyze({Doc("day1",
                            "La riada de Almenara eleva a 21 los muertos\n\nLa riada que inundó Almenara y Moncofa "
                            "deja ya 21 muertos, según el último balance.",
                            "2026-10-14"),
                        Doc("day2",
                            "La riada de Almenara deja 20 muertos\n\nLa riada que inundó Almenara y Moncofa deja 20 "
                            "muertos, tras el recuento de las víctimas.",
                            "2026-10-15")});
  CHECK(CountFindings(a, "conflict") == 0);
}

TEST_CASE("two tolls of the same day still conflict") {
  Analysis a = Analyze({Doc("one", kFloodMorning, "2026-10-14"),
                        Doc("two",
                            "La riada de Almenara deja once muertos\n\nLa riada que inundó Almenara y Moncofa deja once "
                            "muertos, según el último balance.",
                            "2026-10-14")});
  CHECK(CountFindings(a, "conflict") == 1);
}

TEST_CASE("figures of different sources are no conflict between articles; of the same source, they are") {
  const std::string one = "Corea del Norte ha enviado 10.000 soldados a Rusia, según el NIS.";
  const std::string other = "Corea del Norte ha enviado 12.000 soldados a Rusia, según el Pentágono.";
  const std::string same_source = "Corea del Norte ha enviado 12.000 soldados a Rusia, según el NIS.";
  const std::string no_source = "Corea del Norte ha enviado 12.000 soldados a Rusia.";
  CHECK(CountFindings(Analyze({Doc("a", one, "2025-01-10"), Doc("b", other, "2025-01-10")}), "conflict") == 0);
  CHECK(CountFindings(Analyze({Doc("a", one, "2025-01-10"), Doc("b", same_source, "2025-01-10")}), "conflict") == 1);
  // A figure with no source is compared with all.
  CHECK(CountFindings(Analyze({Doc("a", one, "2025-01-10"), Doc("b", no_source, "2025-01-10")}), "conflict") == 1);
}

TEST_CASE("a toll from other sources on other days is a timeline, not a dispute; falling, still a dispute") {
  const std::string morning = "La riada de Almenara deja ocho muertos, según Protección Civil.";
  const std::string night = "La riada de Almenara deja ya 21 muertos, según la Generalitat.";
  Analysis grew = Analyze({Doc("morning", morning, "2026-10-14"), Doc("night", night, "2026-10-15")});
  CHECK(CountFindings(grew, "revision") == 1);
  CHECK(CountFindings(grew, "dispute") == 0);
  CHECK(CountFindings(grew, "conflict") == 0);
  // Lower on the later day and from another source: the sources disagree (no timeline explains it).
  Analysis fell = Analyze({Doc("night", night, "2026-10-14"), Doc("morning", morning, "2026-10-15")});
  CHECK(CountFindings(fell, "dispute") == 1);
  CHECK(CountFindings(fell, "revision") == 0);
  // The same day: two sources, one moment: a dispute.
  Analysis same_day = Analyze({Doc("morning", morning, "2026-10-14"), Doc("night", night, "2026-10-14")});
  CHECK(CountFindings(same_day, "dispute") == 1);
}

TEST_CASE("a lower bound compatible with two moments of a toll joins neither: the timeline shows") {
  // "Al menos 14" agrees with 37 and with 52; were it a side, the three would be one agreement and
  // the revision 37 -> 52 would not be seen.
  Analysis a = Analyze({Doc("first", "La riada de Almenara deja al menos 14 muertos.", "2026-10-13"),
                        Doc("second", "La riada de Almenara deja 37 muertos.", "2026-10-14"),
                        Doc("third", "La riada de Almenara deja 52 muertos.", "2026-10-15")});
  CHECK(CountFindings(a, "revision") == 1);
  CHECK(CountFindings(a, "agreement") == 0);
}
