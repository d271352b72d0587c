// Finds ranges of numbers in a sentence: two bounds given together ("entre 20 y 30", "desde 20
// hasta 100", "de 5 a 10", "20-30"), one comparison before or after a number ("más de 100",
// "mayor o igual que 3", "al menos 7", "hasta 40", "500 o más", "30 como máximo", "<=100") and a
// lower and an upper comparison joined into one range ("mayor que 10 y menor que 20").
// Language-neutral: the words come from ranges.yaml (extract/range_lexicon.h) and from the
// comparison hedges of hedges.yaml (shapes above, at_least, below, at_most).
//
//   SentenceNumbers numbers(lang, sentence);        // extract/sentence_numbers.h
//   for (const NumberRange& r : FindNumberRanges(numbers)) {
//     r.interval;                    // [20, 30] for "entre 20 y 30"; (100, +inf) for "más de 100"
//     r.Notation(lang.ranges);       // "[20,30)", "(100,)"
//   }
#pragma once

#include <string>
#include <vector>

#include "core/interval.h"
#include "extract/mention.h"
#include "extract/numbers/number_parser.h"
#include "extract/numbers/sentence_numbers.h"
#include "lang/language.h"

namespace contraste {

struct NumberRange {
  size_t begin = 0;  // tokens [begin, end)
  size_t end = 0;
  Interval interval;     // what the text allows; an unbounded side is -inf or +inf
  bool span = false;     // two bounds given together ("entre 20 y 30"); both are in `interval`
  bool ordinal = false;  // the bounds are ordinals ("entre quinta y vigésima")
  // The range ends with a number, so a unit or counted noun may follow it ("entre 20 y 30
  // soldados"): its first token and its parse.
  bool ends_with_number = false;
  size_t last_start = 0;
  NumberMatch last;

  // The Recognizers-Text notation: "[20,30)", "(100,)", "(,100]", "[170,170]". The upper bound
  // of a span is written open when the lexicon says so (span_upper: open).
  std::string Notation(const RangeLexicon& lex) const;
};

// Every range of the sentence of `numbers` in text order; ranges do not overlap. Where two
// readings compete the leftmost wins, and a comparison after a number yields to one that brings
// its own number ("200 o más de 190" is "más de 190"). Numbers are read through `numbers`.
std::vector<NumberRange> FindNumberRanges(const SentenceNumbers& numbers);

// Appends a range mention (MentionKind::kRange, normalized to the notation) for each range that
// overlaps no date mention already in `mentions`.
void AddRangeMentions(const Language& lang, const std::vector<NumberRange>& ranges, std::vector<Mention>* mentions);

}  // namespace contraste
