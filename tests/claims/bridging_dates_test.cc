// SetAsideBridgingDates: a coarse date that contains two dates of the same event that exclude each
// other is set aside as "date_within"; one that contains only compatible dates, or dates of other
// events, stays a date.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "claims/date_claims.h"

using namespace contraste;

namespace {

Claim DateClaim(const std::string& event, Interval iv) {
  Claim c;
  c.event = event;
  c.slot = "date";
  c.interval = iv;
  return c;
}

std::vector<std::string> SlotsAfter(std::vector<Claim> claims) {
  SetAsideBridgingDates(&claims);
  std::vector<std::string> slots;
  for (const Claim& c : claims) slots.push_back(c.slot);
  return slots;
}

const Interval kJune = Interval::Between(150, 179);
const Interval kJune18 = Interval::Point(167);
const Interval kJune19 = Interval::Point(168);

}  // namespace

TEST_CASE("a month containing the 18th and the 19th of one event is set aside, the days stay") {
  CHECK(SlotsAfter({DateClaim("e", kJune), DateClaim("e", kJune18), DateClaim("e", kJune19)}) ==
        std::vector<std::string>{"date_within", "date", "date"});
  // Every claim stating the month is set aside, however many there are.
  CHECK(SlotsAfter({DateClaim("e", kJune18), DateClaim("e", kJune), DateClaim("e", kJune19), DateClaim("e", kJune)}) ==
        std::vector<std::string>{"date", "date_within", "date", "date_within"});
}

TEST_CASE("a month containing one day, however often stated, stays a date") {
  CHECK(SlotsAfter({DateClaim("e", kJune), DateClaim("e", kJune18), DateClaim("e", kJune18)}) ==
        std::vector<std::string>{"date", "date", "date"});
  // Overlapping days inside do not exclude each other either.
  CHECK(SlotsAfter({DateClaim("e", kJune), DateClaim("e", Interval::Between(160, 170)), DateClaim("e", kJune18)}) ==
        std::vector<std::string>{"date", "date", "date"});
}

TEST_CASE("days of another event, or a date with the month's own bounds, do not count") {
  CHECK(SlotsAfter({DateClaim("e", kJune), DateClaim("e", kJune18), DateClaim("other", kJune19)}) ==
        std::vector<std::string>{"date", "date", "date"});
  Interval open_june = kJune;
  open_june.lo_open = true;
  CHECK(SlotsAfter({DateClaim("e", kJune), DateClaim("e", open_june), DateClaim("e", kJune18)}) ==
        std::vector<std::string>{"date", "date", "date"});
}

TEST_CASE("an empty interval stated twice inside a wider one excludes itself") {
  const Interval empty{160, 160, true, true};  // overlaps nothing, not even itself
  CHECK(SlotsAfter({DateClaim("e", kJune), DateClaim("e", empty)}) == std::vector<std::string>{"date", "date"});
  CHECK(SlotsAfter({DateClaim("e", kJune), DateClaim("e", empty), DateClaim("e", empty)}) ==
        std::vector<std::string>{"date_within", "date", "date"});
}
