// SetAsideSelfContradictingKeys: a key one article gives two excluding values of (in two claims
// with their noun, at one moment, from the same sources) may only agree, in every article; one
// value per article, overlapping values, counts over time, changes, other sources, other moments
// and a bare number whose noun was read from a neighbour leave the key compared.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claims/self_contradicting_keys.h"

using namespace contraste;

namespace {

Claim Seats(size_t doc, double value, const std::string& quote = "escaños", const std::string& slot = "quantity") {
  Claim c;
  c.doc = doc;
  c.event = std::string(2, 'e');
  c.slot = slot;
  c.measure = "seats";
  c.quote = quote;
  c.interval = Interval::Point(value);
  return c;
}

std::vector<bool> AgreeOnlyAfter(std::vector<Claim> claims) {
  SetAsideSelfContradictingKeys(&claims);
  std::vector<bool> flags;
  for (const Claim& c : claims) flags.push_back(c.agree_only);
  return flags;
}

}  // namespace

TEST_CASE("two values of one key in one article make the key's figures agree-only in every article") {
  CHECK(AgreeOnlyAfter({Seats(0, 15), Seats(0, 12), Seats(1, 15), Seats(1, 16)}) ==
        std::vector<bool>{true, true, true, true});
}

TEST_CASE("one value per article, or overlapping values, leave the key compared") {
  CHECK(AgreeOnlyAfter({Seats(0, 15), Seats(1, 16), Seats(0, 15)}) == std::vector<bool>{false, false, false});
  Claim about = Seats(0, 15);
  about.interval = Interval::Between(14, 16);
  CHECK(AgreeOnlyAfter({about, Seats(0, 15), Seats(1, 12)}) == std::vector<bool>{false, false, false});
}

TEST_CASE("counts over time, changes, other sources, moments or subjects, and bare numbers do not count") {
  Claim toll = Seats(0, 12);
  toll.cumulative = true;
  Claim toll_later = Seats(0, 15);
  toll_later.cumulative = true;
  CHECK(AgreeOnlyAfter({toll, toll_later}) == std::vector<bool>{false, false});
  Claim changed = Seats(0, 15);
  changed.changed = true;
  CHECK(AgreeOnlyAfter({Seats(0, 12), changed}) == std::vector<bool>{false, false});
  Claim sourced = Seats(0, 15);
  sourced.attribution.push_back(EntityRef{std::string("usgs"), std::string("USGS"), std::string("organisation")});
  CHECK(AgreeOnlyAfter({Seats(0, 12), sourced}) == std::vector<bool>{false, false});
  Claim later = Seats(0, 15);
  later.when = 1000;
  CHECK(AgreeOnlyAfter({Seats(0, 12), later}) == std::vector<bool>{false, false});
  Claim vox = Seats(0, 3);
  vox.subject = "name:vox";
  CHECK(AgreeOnlyAfter({Seats(0, 12), vox}) == std::vector<bool>{false, false});
  CHECK(AgreeOnlyAfter({Seats(0, 12), Seats(0, 6.4, "6,4")}) == std::vector<bool>{false, false});
}

TEST_CASE("dates and figures without a measure are left alone") {
  Claim a = Seats(0, 12);
  Claim b = Seats(0, 15);
  a.measure.clear();
  b.measure.clear();
  CHECK(AgreeOnlyAfter({a, b}) == std::vector<bool>{false, false});
  CHECK(AgreeOnlyAfter({Seats(0, 12, "12 escaños", "date"), Seats(0, 15, "15 escaños", "date")}) ==
        std::vector<bool>{false, false});
}
