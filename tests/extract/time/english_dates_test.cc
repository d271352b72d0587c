// English date forms that need more than Spanish's mechanisms (rules/en/time.yaml): the ago word
// after the amount, ordinal days after a month or alone, a weekday with its day, a weekday before
// a month-first date, decades with a plural suffix. And the readings kept out on purpose.
#include <doctest/doctest.h>

#include "time_support.h"

using contraste::testing::DatesOf;

namespace {

struct Case {
  const char* text;
  const char* quote;  // the expression as found
  const char* value;  // normalized
};

// Published on Monday 7 November 2016.
const Case kEnglish[] = {
    {"The ministers met 21 days ago in Geneva.", "21 days ago", "2016-10-17"},
    {"The talks collapsed two weeks ago.", "two weeks ago", "2016-W43"},
    {"The deal was signed on May 20th in Lisbon.", "May 20th", "2016-05-20"},
    {"The deal was signed on January 12th, 2016.", "January 12th, 2016", "2016-01-12"},
    {"The vote was held on September the twenty-first.", "September the twenty-first", "2016-09-21"},
    // "due" looks ahead like "will" (time.yaml forward_words): the coming September.
    {"The vote is due on September the twenty-first.", "September the twenty-first", "2017-09-21"},
    {"The leaders met on Monday, January 12th, 2016.", "Monday, January 12th, 2016", "2016-01-12"},
    {"The leaders met on Wednesday, June 19, 2024 in Pyongyang.", "Wednesday, June 19, 2024", "2024-06-19"},
    {"The factory opened in the 1970s.", "the 1970s", "197X"},
    {"Prices have not been this high since the 1990s.", "since the 1990s", "1990-01-01/2016-11-07"},
    // A month abbreviation before its day, glued to it by a hyphen or slash or not.
    {"The deal was signed on Oct-2 in Lisbon.", "Oct-2", "2016-10-02"},
    {"The deal was signed on Jan/1 in Lisbon.", "Jan/1", "2016-01-01"},
    {"The deal was signed Jan first, 2016.", "Jan first, 2016", "2016-01-01"},
};

// Each text, published on Monday 7 November 2016, has one date: the quote, with its value.
template <size_t N>
void CheckCases(const Case (&cases)[N]) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto dates = DatesOf(c.text, "2016-11-07", "en");
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].quote == c.quote);
    CHECK(dates[0].normalized == c.value);
  }
}

}  // namespace

TEST_CASE("English date forms: each read once, with its value") { CheckCases(kEnglish); }

TEST_CASE("English day numbers: the 27th and Friday the 22nd are days; ordinal words alone stay ranks") {
  auto alone = DatesOf("He came back on the 27th.", "2016-11-07", "en");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].quote == "27th");  // the article is not part of the day
  auto weekday = DatesOf("He came back on Friday the 22nd.", "2016-11-07", "en");
  REQUIRE(weekday.size() == 1);
  CHECK(weekday[0].quote == "Friday the 22nd");
  // A rank, not a day: "the second" alone, and an ordinal word after a month before a noun.
  CHECK(DatesOf("She finished the second.", "2016-11-07", "en").empty());
  auto rank = DatesOf("The talks resume in May the second round.", "2016-11-07", "en");
  REQUIRE(rank.size() == 1);
  CHECK(rank[0].quote == "May");
}

TEST_CASE("English month abbreviations are months only before a day") {
  // "Jan" alone is a name; "mar" a verb.
  CHECK(DatesOf("Jan said the talks would go on.", "2016-11-07", "en").empty());
  CHECK(DatesOf("Protests mar the vote.", "2016-11-07", "en").empty());
}

TEST_CASE("English amounts of time counted from a day are read to the day (time.yaml counted_from)") {
  // Published on Monday 7 November 2016.
  const Case kCounted[] = {
      {"The talks resume two weeks from now.", "two weeks from now", "2016-11-21"},
      {"The vote is three weeks from tomorrow.", "three weeks from tomorrow", "2016-11-29"},
      {"They met two days before yesterday.", "two days before yesterday", "2016-11-04"},
      {"The ceasefire began 1 month 21 days ago.", "1 month 21 days ago", "2016-09-16"},
      {"The ceasefire began 1 month, 21 days ago.", "1 month, 21 days ago", "2016-09-16"},
      {"The ceasefire will end 2 years 21 days later.", "2 years 21 days later", "2018-11-28"},
  };
  CheckCases(kCounted);
  // One amount with the ago word keeps its unit: a week, not a day.
  auto week = DatesOf("The talks collapsed two weeks ago.", "2016-11-07", "en");
  REQUIRE(week.size() == 1);
  CHECK(week[0].normalized == "2016-W43");
  // Hours are no date.
  CHECK(DatesOf("The fire started 3 hours later.", "2016-11-07", "en").empty());
}

TEST_CASE("English weekdays of a named week, and the nth weekday without a month") {
  auto next = DatesOf("The summit opens next week on Friday.", "2016-11-07", "en");
  REQUIRE(next.size() == 1);
  CHECK(next[0].quote == "next week on Friday");
  CHECK(next[0].normalized == "2016-11-18");
  auto after = DatesOf("The summit opens Tuesday next week.", "2016-11-07", "en");
  REQUIRE(after.size() == 1);
  CHECK(after[0].quote == "Tuesday next week");
  CHECK(after[0].normalized == "2016-11-15");
  // "the third Tuesday" alone is of the publication month, and too loose for a claim.
  auto nth = DatesOf("The council meets the third Tuesday.", "2016-11-07", "en");
  REQUIRE(nth.size() == 1);
  CHECK(nth[0].normalized == "2016-11-15");
  CHECK(nth[0].mention.temporal.loose);
  auto in_month = DatesOf("The council meets the first Friday in this month.", "2016-11-07", "en");
  REQUIRE(in_month.size() == 1);
  CHECK(in_month[0].normalized == "2016-11-04");
  CHECK_FALSE(in_month[0].mention.temporal.loose);
}

TEST_CASE("February 29 without a year is of the nearest leap year on the side the clause looks") {
  auto past = DatesOf("The law took effect on Feb 29.", "2017-03-22", "en");
  REQUIRE(past.size() == 1);
  CHECK(past[0].normalized == "2016-02-29");
  auto ahead = DatesOf("The law will take effect on Feb 29.", "2017-03-22", "en");
  REQUIRE(ahead.size() == 1);
  CHECK(ahead[0].normalized == "2020-02-29");
}

TEST_CASE("English parts of a week, month or year fall where time.yaml part_bounds puts them") {
  auto week = DatesOf("We will meet late this week.", "2017-11-08", "en");
  REQUIRE(week.size() == 1);
  CHECK(week[0].normalized == "2017-11-09/2017-11-12");  // Thursday to Sunday
  auto month = DatesOf("We will meet early next month.", "2017-11-08", "en");
  REQUIRE(month.size() == 1);
  CHECK(month[0].normalized == "2017-12-01/2017-12-15");
  auto year = DatesOf("We met late last year.", "2017-11-08", "en");
  REQUIRE(year.size() == 1);
  CHECK(year[0].normalized == "2016-07-01/2016-12-31");
}

TEST_CASE("English relative days and periods given as data (time.yaml, date_periods.yaml)") {
  const Case cases[] = {
      {"The ministers meet tmrw in Geneva.", "tmrw", "2016-11-08"},
      {"The ministers meet the day after tmrw.", "the day after tmrw", "2016-11-09"},
      {"The ministers meet the month after the next.", "the month after the next", "2017-01"},
      {"The ministers meet on current week.", "current week", "2016-W45"},
      {"The ministers meet upcoming month.", "upcoming month", "2016-12"},
      {"The ministers met between September 4th through September 8th.", "between September 4th through September 8th",
       "2016-09-04/2016-09-08"},
      {"The ministers meet the weekend after the next.", "the weekend after the next", "2016-W47-WE"},
  };
  CheckCases(cases);
  // What is left of a period ("rest_phrases"), and the week that holds a day ("around_date").
  auto later = DatesOf("The ministers meet later this week.", "2017-11-08", "en");
  REQUIRE(later.size() == 1);
  CHECK(later[0].quote == "later this week");
  CHECK(later[0].normalized == "2017-11-08/2017-11-12");  // to Sunday
  auto starting = DatesOf("The ministers meet the week starting February 4.", "2019-11-07", "en");
  REQUIRE(starting.size() == 1);
  CHECK(starting[0].quote == "the week starting February 4");
  CHECK(starting[0].normalized == "2019-W06");
}

TEST_CASE("Years in words: a whole cardinal or a century and its years, ending the clause") {
  const Case years[] = {
      {"The treaty was signed on September 10, nineteen zero one.", "September 10, nineteen zero one", "1901-09-10"},
      {"The treaty was signed in June of nineteen ninety nine.", "June of nineteen ninety nine", "1999-06"},
      {"The treaty was signed on Jan twenty one two thousand and eighteen.", "Jan twenty one two thousand and eighteen",
       "2018-01-21"},
      {"The town was founded in nineteen twenty eight.", "nineteen twenty eight", "1928"},
  };
  CheckCases(years);
  // A count after the month, or a year in words that does not end its clause, is no year.
  auto count = DatesOf("In May two thousand people marched in Riga.", "2016-11-07", "en");
  REQUIRE(count.size() == 1);
  CHECK(count[0].quote == "May");
  CHECK(DatesOf("The crowd grew to nineteen twenty people in an hour.", "2016-11-07", "en").empty());
  // The end of a range of numbers is no year: "from one thousand to one thousand and five hundred".
  CHECK(DatesOf("The range runs from one thousand to one thousand and five hundred.", "2016-11-07", "en").empty());
}

TEST_CASE("English periods: quarter codes, day ranges of a month, years first, within, earlier this") {
  const Case cases[] = {
      {"Profits rose in Q3 2016.", "Q3 2016", "2016-Q3"},
      {"The summit was held on November 19-20, 2016.", "November 19-20, 2016", "2016-11-19/2016-11-20"},
      {"The offer is valid within 5 days from today.", "within 5 days from today", "2016-11-07/2016-11-12"},
      {"Prices fell earlier this month.", "earlier this month", "2016-11-01/2016-11-07"},
      {"The factory opened in the nineteen seventies.", "the nineteen seventies", "197X"},
      {"The deal was signed on 2019-sep-1.", "2019-sep-1", "2019-09-01"},
  };
  CheckCases(cases);
  // Not a decade, not a month: "the tens of thousands", "by 2030 may rise".
  CHECK(DatesOf("The tens of thousands who marched were counted.", "2016-11-07", "en").empty());
  for (const auto& d : DatesOf("Emissions by 2030 may rise again.", "2016-11-07", "en")) CHECK(d.normalized != "2030-05");
}

TEST_CASE("English amounts counted from a day written after them are periods (time.yaml counted_from day_follows)") {
  // Published on Monday 7 November 2016.
  const Case kFrom[] = {
      {"The ceasefire holds for 2 weeks starting May 20th.", "2 weeks starting May 20th", "2016-05-20/2016-06-02"},
      {"The office closes 3 days starting from next Monday.", "3 days starting from next Monday", "2016-11-14/2016-11-16"},
      {"The office closes a week starting tomorrow.", "a week starting tomorrow", "2016-11-08/2016-11-14"},
      // "dec." is the month's abbreviation, its point part of the quote.
      {"The talks will last for 1 week, from 20th dec.", "for 1 week, from 20th dec.", "2016-12-20/2016-12-26"},
  };
  CheckCases(kFrom);
  // "from" alone after an amount is the day that amount away, not a period: no date here.
  for (const auto& d : DatesOf("The vote is two weeks from Monday.", "2016-11-07", "en")) {
    CAPTURE(d.quote);
    CHECK(d.quote.find("weeks") == std::string::npos);
  }
}

TEST_CASE("English periods of the events told ('that year', 'the same week') are read but loose") {
  for (const char* text : {"I was not there that year.", "I was not there the same week that it happened."}) {
    CAPTURE(text);
    auto dates = DatesOf(text, "2016-11-07", "en");
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].mention.temporal.loose);
  }
  auto this_year = DatesOf("I was not there this year.", "2016-11-07", "en");
  REQUIRE(this_year.size() == 1);
  CHECK_FALSE(this_year[0].mention.temporal.loose);
}
