// English number words (rules/en/numbers.yaml, number_forms.yaml). "a"/"an" (cardinals
// `articles`) count one before a number word ("a hundred", "a fifth"), and alone they are
// articles, no number at all; Spanish "un" alone stays a weak number (the numeral itself).
// `negative_words` ("minus five"), `fraction_joiners` ("three and one fourth", "twenty and three
// fifths": a whole number and a proper fraction) and `one_pronoun_after` ("the one you mentioned").
#include <string>
#include <vector>

#include "extract/mention_test_support.h"

using namespace contraste;
using namespace contraste::testing;

namespace {

std::vector<std::string> EnglishNumbers(const std::string& text) { return EnglishMentionsOf(text, {MentionKind::kNumber, MentionKind::kWeakNumber}); }

}  // namespace

TEST_CASE("English 'a' and 'an' alone are articles, not the number one") {
  CHECK(EnglishNumbers("He was looking for a next of kin.").empty());
  CHECK(EnglishNumbers("It is a valid number and an old car.").empty());
  CHECK(EnglishNumbers("They signed a deal.").empty());
}

TEST_CASE("English 'a' before a number word still counts one") {
  CHECK(EnglishNumbers("They asked for a hundred.") == std::vector<std::string>{"a hundred=100"});
  CHECK(EnglishNumbers("They asked for a million.") == std::vector<std::string>{"a million=1000000"});
  CHECK(EnglishNumbers("Only a fifth was left.") == std::vector<std::string>{"a fifth=0.2"});
}

TEST_CASE("English negative words make the number after them negative") {
  CHECK(EnglishNumbers("The answer is minus five point five.") == std::vector<std::string>{"minus five point five=-5.5"});
  CHECK(EnglishNumbers("The answer is negative one over 20.") == std::vector<std::string>{"negative one over 20=-0.05"});
  CHECK(EnglishNumbers("The answer is minus 5.") == std::vector<std::string>{"minus 5=-5"});
  // Alone, or before a word that is no number, they are words.
  CHECK(EnglishNumbers("The outlook is negative.").empty());
}

TEST_CASE("English mixed fractions: a whole number, 'and' and a proper fraction") {
  CHECK(EnglishNumbers("twenty and three fifths") == std::vector<std::string>{"twenty and three fifths=20.6"});
  CHECK(EnglishNumbers("one hundred and three quarters") == std::vector<std::string>{"one hundred and three quarters=100.75"});
  CHECK(EnglishNumbers("three and one fourth") == std::vector<std::string>{"three and one fourth=3.25"});
  CHECK(EnglishNumbers("one and a fourth") == std::vector<std::string>{"one and a fourth=1.25"});
  CHECK(EnglishNumbers("They have two million and three fifths") == std::vector<std::string>{"two million and three fifths=2600000"});
  // An improper fraction after "and" is one fraction of the whole ("one hundred and thirty" fifths).
  CHECK(EnglishNumbers("one hundred and thirty fifths") == std::vector<std::string>{"one hundred and thirty fifths=26"});
  // Two numbers joined by "and" stay two numbers.
  CHECK(EnglishNumbers("between twenty and fifty") == std::vector<std::string>{"twenty=20", "fifty=50"});
}

TEST_CASE("English 'one' after a determiner is a pronoun, before a unit a number") {
  CHECK(EnglishNumbers("Which one do you prefer?").empty());
  CHECK(EnglishNumbers("No one was hurt.").empty());
  CHECK(EnglishNumbers("The one you mentioned is invalid.").empty());
  CHECK(EnglishNumbers("The score was one.") == std::vector<std::string>{"one=1"});
}

TEST_CASE("English abbreviated multipliers (numbers.yaml) and relative ordinals as phrases (number_forms.yaml)") {
  CHECK(EnglishNumbers("Either 10 bln or 10 tln.") == std::vector<std::string>{"10 bln=10000000000", "10 tln=10000000000000"});
  CHECK(EnglishNumbers("The count was 3 dzs.") == std::vector<std::string>{"3 dzs=36"});
  const auto ordinals = [](const std::string& text) {
    return EnglishMentionsOf(text, {MentionKind::kOrdinal, MentionKind::kWeakOrdinal});
  };
  CHECK(ordinals("Show me the next one.") == std::vector<std::string>{"next one=current+1"});
  CHECK(ordinals("Show me the last but one.") == std::vector<std::string>{"the last but one=end-1"});
  CHECK(ordinals("Look at the current page.") == std::vector<std::string>{"current=current+0"});
}
