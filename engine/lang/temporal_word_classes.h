// What each folded word may be in a temporal expression: a month, a weekday, the first word of a
// relative period, a range opener... as a bit mask, so that the temporal recognizers test a
// token's classes with one lookup per token (by Token::hash) and then bit tests, instead of one
// hash lookup per word list per parser. The words come from the lexicons as they are loaded
// (calendar.yaml, time.yaml, date_periods.yaml); no word is written in code.
//
//   TemporalWordClasses classes;
//   classes.Add("marzo", kMonthWord);                    // folded words
//   classes.AddFirstWord("la semana pasada", kRelativePeriodFirst);
//   if (classes.Of(tokens, i) & kMonthWord) { ... }
//
// A class bit is a necessary condition only: "first word of a phrase table" means that the
// table may match there, LongestAt still decides. Besides the classes, each word knows for which
// first-word classes it is a whole phrase or a phrase's second word (Word::whole, Word::second),
// so that a start filter asks "may a phrase of this class start here" of the class itself, not of
// all tables at once ("el" is a whole phrase of one table, not of the relative periods).
// Cost: Of() and WordOf() are a bit test, and one WordMap probe for the few words that pass it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lang/hash_filter.h"
#include "lang/word_map.h"

namespace contraste {

enum TemporalWordClass : uint64_t {
  // time.yaml (TemporalLexicon) and calendar.yaml
  kNumericSeparatorWord = 1ull << 0,
  kYearLinkWord = 1ull << 1,
  kYearNounWord = 1ull << 2,
  kYearCueWord = 1ull << 3,
  kDecadeFirst = 1ull << 4,
  kListConnectorWord = 1ull << 5,
  kRelativeDayFirst = 1ull << 6,
  kRelativeDayBlockerWord = 1ull << 7,
  kRelativePeriodFirst = 1ull << 8,
  kForwardFirst = 1ull << 9,
  kBackwardFirst = 1ull << 10,
  kWeekdayArticleWord = 1ull << 11,
  kAgoWord = 1ull << 12,
  kSinceWord = 1ull << 13,
  kPeriodPartFirst = 1ull << 14,
  kPreviousWord = 1ull << 15,
  kMonthAbbreviationWord = 1ull << 16,
  kWeekdayAbbreviationWord = 1ull << 17,
  kWeekdayPluralWord = 1ull << 18,
  kRecurringArticleWord = 1ull << 19,
  kDaySuffixWord = 1ull << 20,
  kDayArticleWord = 1ull << 21,
  kWeekFirst = 1ull << 22,
  kMonthWord = 1ull << 23,
  kWeekdayWord = 1ull << 24,
  kDayMonthLinkWord = 1ull << 25,
  kDecadeSuffixWord = 1ull << 28,  // "s" of "the 1970s", "the 70's"
  kCountedFromFirst = 1ull << 29,  // "from" of "two weeks from now"
  kWeekWeekdayLinkWord = 1ull << 30,  // "on" of "next week on Friday"
  // Any phrase table of both lexicons (set by AddFirstWord)
  kOneWordPhrase = 1ull << 26,     // a whole phrase of a table by itself ("hoy")
  kPhraseSecondWord = 1ull << 27,  // the second token of a phrase ("semana" of "la semana pasada")
  // date_periods.yaml (DatePeriodLexicon)
  kPeriodMonthAbbreviationWord = 1ull << 32,
  kMonthCueWord = 1ull << 33,
  kMonthNounFirst = 1ull << 34,
  kMonthDirectionFirst = 1ull << 35,
  kContainerLinkWord = 1ull << 36,
  kRangeOpenerWord = 1ull << 37,
  kPeriodDayArticleWord = 1ull << 38,
  kPeriodRelativeFirst = 1ull << 39,
  kPeriodNounWord = 1ull << 40,
  kLastPartWord = 1ull << 41,
  kWeekNumberNounWord = 1ull << 42,
  kAroundFirst = 1ull << 43,
  kWeekendFirst = 1ull << 44,
  kWeekendBeforeFirst = 1ull << 45,
  kWeekendAfterFirst = 1ull << 46,
  kSeasonFirst = 1ull << 47,
  kSeasonArticleWord = 1ull << 48,
  kCountArticleWord = 1ull << 49,
  kNextFirst = 1ull << 50,
  kLastFirst = 1ull << 51,
  kCountUnitWord = 1ull << 52,
  kContractedPartFirst = 1ull << 53,
  kRestFirst = 1ull << 54,
  kRestUnitWord = 1ull << 55,
  // Not a word class: set by TemporalTokens for tokens of kind kNumber.
  kNumberToken = 1ull << 63,
};

class TemporalWordClasses {
 public:
  // Adds `classes` to the folded word (or punctuation token) `word`.
  void Add(std::string_view word, uint64_t classes);
  // Adds `classes` to the first token of `folded_phrase`, tokenized as PhraseTable::Add does (no
  // hyphen skipping), and kOneWordPhrase to it when it is the whole phrase, else
  // kPhraseSecondWord to the second token. Nothing when `classes` is 0.
  void AddFirstWord(std::string_view folded_phrase, uint64_t classes);
  // Adds every word of `other` with its classes.
  void AddAll(const TemporalWordClasses& other);
  // What a word is, as AddFirstWord and Add set it.
  struct Word {
    uint64_t classes = 0;  // its classes, kOneWordPhrase and kPhraseSecondWord included
    uint64_t whole = 0;    // the first-word classes of the tables that hold it as a whole phrase
    uint64_t second = 0;   // the first-word classes of the tables whose phrases have it second
  };
  // The classes of token i of `text` (0 for a word of no class or past the end).
  uint64_t Of(const TokenRange& text, size_t i) const { return WordOf(text, i).classes; }
  // All of token i's entry (all zero for a word of no class or past the end). One WordMap probe.
  // Most tokens are no such word: one bit test on the token's hash turns nearly all of them away.
  const Word& WordOf(const TokenRange& text, size_t i) const {
    static constexpr Word kNone{};
    if (i >= text.end || !MayHold(text.Hash(i))) return kNone;
    const uint32_t* k = index_.Find(text, i);
    return k ? words_[*k] : kNone;
  }

 private:
  // False when no word of hash `h` is here (true may be a false positive).
  bool MayHold(uint32_t h) const { return filter_.MayContain(h); }
  Word& Entry(std::string_view word);

  WordMap<uint32_t> index_;  // word -> index into words_
  std::vector<Word> words_;
  HashFilter filter_;  // TokenHash of each word
};

}  // namespace contraste
