// English durations (issue 17): a duration in several units, adjacent or after a comma or "and"
// ("1 year 1 month 21 days", "2 days 1 month", "1 month, 21 days"), the whole-period words joined
// by a hyphen ("all-day", "full-week") and "another week" (rules/en/time.yaml whole_period_words),
// "a couple of days" (rules/en/numbers.yaml vague).
#include <string>
#include <vector>

#include "extract/mention_test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::vector<std::string> EnglishDurations(const std::string& text) { return EnglishMentionsOf(text, {MentionKind::kDuration}); }

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("English durations in several units are one duration") {
  CHECK(EnglishDurations("The mission lasted 1 year 1 month 21 days.") == Strings{"1 year 1 month 21 days=P1Y1M21D"});
  CHECK(EnglishDurations("They stayed 2 days 1 month there.") == Strings{"2 days 1 month=P1M2D"});
  CHECK(EnglishDurations("The strike lasted one week three days.") == Strings{"one week three days=P1W3D"});
  CHECK(EnglishDurations("We have been in Pakistan for 2ys.") == Strings{"2ys=P2Y"});  // units.yaml "ys"
  CHECK(EnglishDurations("The siege lasted 1 month, 21 days.") == Strings{"1 month, 21 days=P1M21D"});
  CHECK(EnglishDurations("The talks lasted 1 day and 2 hours.") == Strings{"1 day and 2 hours=P1DT2H"});
  CHECK(EnglishDurations("The talks lasted two and a half hours.") == Strings{"two and a half hours=PT2H30M"});
}

TEST_CASE("English durations stay apart where a unit comes back or grows after 'and'") {
  // The same unit twice is two durations; after "and" only a smaller unit continues one.
  CHECK(EnglishDurations("It took 2 days 3 days.") == Strings{"2 days=P2D", "3 days=P3D"});
  CHECK(EnglishDurations("He served 3 days and 2 years.") == Strings{"3 days=P3D", "2 years=P2Y"});
  // "a week" after a duration is a rate, not more of it.
  CHECK(EnglishDurations("They work 40 hours a week.") == Strings{"40 hours=PT40H", "a week=P1W"});
}

TEST_CASE("English whole periods: all-day, full-week, another month, a couple of days") {
  CHECK(EnglishDurations("An all-day meeting.") == Strings{"all-day=P1D"});
  CHECK(EnglishDurations("A full-week strike.") == Strings{"full-week=P1W"});
  CHECK(EnglishDurations("Can we wait another month?") == Strings{"another month=P1M"});
  auto couple = EnglishDurations("I'll be away for a couple of days.");
  REQUIRE(couple.size() == 1);
  CHECK(couple[0].starts_with("a couple of days="));
}
