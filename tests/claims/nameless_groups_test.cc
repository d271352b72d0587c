// One group named in other words (claims/event_linker.h, JoinNamelessEvents): two events of one
// frame and time cluster whose participants are all names of unknown kind, where every word of one's
// names stands in the other's ("the Andean bloc", "the Andean and Caribbean blocs"), are one event
// whatever days they state, so days that differ conflict. Names that do not contain each other stay
// two events, and their days are never compared.
#include <doctest/doctest.h>

#include <string>

#include "claim_quoting.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

size_t DateConflicts(const Analysis& a) {
  size_t n = 0;
  for (const Finding& f : a.findings) n += f.kind == "conflict" && f.slot == "date";
  return n;
}

}  // namespace

TEST_CASE("one group in other words: its meeting's days conflict") {
  Analysis a = Analyze(
      {DocIn("en", "wire", "Trade ministers of the Andean bloc met in Quito on Thursday to discuss tariffs on coffee.", "2026-03-06"),
       DocIn("en", "daily", "Trade ministers of the Andean and Caribbean blocs met in Quito on Wednesday to discuss tariffs on coffee.",
             "2026-03-06")});
  CHECK(Quoting(a, "Thursday").event == Quoting(a, "Wednesday").event);
  CHECK(DateConflicts(a) == 1);
}

TEST_CASE("silent: two groups whose names do not contain each other are two meetings") {
  Analysis a = Analyze(
      {DocIn("en", "wire", "Trade ministers of the Andean bloc met in Quito on Thursday to discuss tariffs on coffee.", "2026-03-06"),
       DocIn("en", "daily", "Trade ministers of the Caribbean bloc met in Quito on Wednesday to discuss tariffs on coffee.", "2026-03-06")});
  CHECK(Quoting(a, "Thursday").event != Quoting(a, "Wednesday").event);
  CHECK(DateConflicts(a) == 0);
}
