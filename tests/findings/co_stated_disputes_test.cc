// Sources an article gives side by side are two counts (findings/gated_sides.cc,
// MarkCoStatedDisputes): an article that gives five dead according to one source and at least 30
// according to another at one moment makes the two figures a dispute, even where an earlier
// article's five stands first and reads as a step of a timeline. Silent: the later article gives the
// other source's figure alone, and the two figures stay a timeline (a revision), not a dispute.
#include <doctest/doctest.h>

#include <string>

#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

Document At(const std::string& id, const std::string& text, const std::string& day, int minute) {
  DocumentMetadata meta;
  meta.language = "en";
  meta.published = CivilDate::Parse(day);
  meta.published_minute = minute;
  auto d = DocumentFromBytes(text, id, meta);
  if (!d) throw std::runtime_error(d.error().ToString());
  return *d;
}

size_t Count(const Analysis& a, const std::string& kind) {
  size_t n = 0;
  for (const Finding& f : a.findings) n += f.kind == kind;
  return n;
}

const std::string kFirst = "Five people died in the floods in the valley, according to Civil Protection.";

}  // namespace

TEST_CASE("two sources one article gives side by side dispute, whatever an earlier article gave") {
  Analysis a = Analyze({At("wire", kFirst, "2026-02-10", 10 * 60),
                        At("daily",
                           "Five people died in the floods in the valley, according to Civil Protection. At least 30 people "
                           "died in the floods, according to the Red Cross.",
                           "2026-02-11", 9 * 60)});
  CHECK(Count(a, "dispute") == 1);
  CHECK(Count(a, "conflict") == 0);
}

TEST_CASE("silent: the other source's figure alone, later, is a step of the timeline") {
  Analysis a = Analyze({At("wire", kFirst, "2026-02-10", 10 * 60),
                        At("daily", "At least 30 people died in the floods in the valley, according to the Red Cross.",
                           "2026-02-11", 9 * 60)});
  CHECK(Count(a, "dispute") == 0);
  CHECK(Count(a, "revision") == 1);
  CHECK(Count(a, "conflict") == 0);
}
