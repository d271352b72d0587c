// An open-ended count given first ("al menos dos") and a higher figure given later ("tres") agree as
// intervals yet are two steps of a timeline (findings/hedged_steps.h). Silent: the same figure
// restated, a floor given after a higher figure, a closed approximate figure, a figure that does
// not move over time, figures of one moment.
#include <doctest/doctest.h>

#include <string>

#include "findings/hedged_steps.h"
#include "test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

Claim Figure(Interval v, int64_t when, const std::string& hedge = "") {
  Claim c;
  c.cumulative = true;
  c.when = when;
  c.interval = v;
  c.hedge = hedge;
  return c;
}

}  // namespace

TEST_CASE("an open-ended count and a higher later figure are two steps, in time order") {
  std::vector<Claim> claims = {Figure(Interval::Point(3), 200), Figure(Interval::AtLeast(2), 100, "at_least"),
                               Figure(Interval::Point(3), 300), Figure(Interval::Above(700), 400, "above")};
  auto steps = HedgedSteps(claims, {0, 1, 2});
  REQUIRE(steps.size() == 2);
  CHECK(steps[0] == std::vector<size_t>{1});
  CHECK(steps[1] == std::vector<size_t>{0, 2});  // one value, given twice
  // "más de 700" after "al menos dos": the floor rose too.
  CHECK(HedgedSteps(claims, {1, 3}).size() == 2);
}

TEST_CASE("no step: a later floor below, a closed figure first, one moment, no timeline") {
  std::vector<Claim> claims = {Figure(Interval::Point(3), 100), Figure(Interval::AtLeast(2), 200, "at_least"),
                               Figure(Interval::Between(11, 13), 100, "about"), Figure(Interval::Point(12), 200),
                               Figure(Interval::AtLeast(2), 100, "at_least"), Figure(Interval::Point(3), 100)};
  CHECK(HedgedSteps(claims, {0, 1}).empty());  // "tres", then "al menos dos": an old floor restated
  CHECK(HedgedSteps(claims, {2, 3}).empty());  // "unos 12", then "12": no open end to step from
  CHECK(HedgedSteps(claims, {4, 5}).empty());  // one moment
  Claim still = Figure(Interval::AtLeast(2), 100, "at_least");
  Claim later = Figure(Interval::Point(3), 200);
  still.cumulative = later.cumulative = false;
  CHECK(HedgedSteps({still, later}, {0, 1}).empty());
}

TEST_CASE("a toll of 'al menos dos' then 'tres' the next day is a revision") {
  Analysis a = Analyze({Doc("a", "La DANA deja al menos dos muertos en Paiporta.", "2024-10-30"),
                        Doc("b", "La DANA deja tres muertos en Paiporta.", "2024-10-31")});
  CHECK(CountFindings(a, "revision") == 1);
  CHECK(CountFindings(a, "conflict") == 0);
  Analysis same_day = Analyze({Doc("a", "La DANA deja al menos dos muertos en Paiporta.", "2024-10-30"),
                               Doc("b", "La DANA deja tres muertos en Paiporta.", "2024-10-30")});
  CHECK(CountFindings(same_day, "revision") == 0);
}
