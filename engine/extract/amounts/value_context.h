// What the duration and quantity recognizers share: a number already read, the hedge before it.
#pragma once

#include "extract/mention.h"
#include "extract/numbers/number_parser.h"
#include "lang/language.h"

namespace contraste {

struct NumberRange;  // extract/number_range_recognizer.h
class SentenceNumbers;  // extract/sentence_numbers.h

struct NumberInContext {
  const Language* lang = nullptr;
  TokenRange text;
  size_t start = 0;          // first token of the mention (the hedge's, or the number's)
  size_t number_start = 0;   // first token of the number
  NumberMatch number;
  const Hedge* hedge = nullptr;

  // The interval of `value` (in base units) under the hedge, or the vague interval scaled.
  Interval ValueInterval(double scale) const;
};

// The hedge phrase that ends right before token `number_start`, if any; sets *start to its first token.
const Hedge* FindHedgeBefore(const Language& lang, const TokenRange& text, size_t number_start, size_t* start);

// "unos 90 minutos", "media hora", "dos horas y media", "1 hora y 30 minutos", "nueve días".
bool RecognizeDuration(const NumberInContext& n, Mention* out);

// "más de 10.000 contenedores", "260.000 toneladas métricas", "miles de soldados".
bool RecognizeQuantity(const NumberInContext& n, Mention* out);

// "entre dos y tres horas", "de 5 a 10 minutos": a duration whose number is a range bounded on
// both sides and ending with its number; the interval spans the range (both stated bounds included).
bool RecognizeDurationRange(const Language& lang, const TokenRange& text, const NumberRange& range, Mention* out);

// "entre 30 minutos y dos horas", "de una hora a hora y media": two durations, each with its unit,
// given as the bounds of one (ranges.yaml `spans`) starting at token i of the sentence of
// `numbers`, whose numbers are read through it.
bool RecognizeDurationSpan(const SentenceNumbers& numbers, size_t i, Mention* out);

// "entre 20 y 30 soldados", "de 5 a 10 toneladas": the same for quantities.
bool RecognizeQuantityRange(const Language& lang, const TokenRange& text, const NumberRange& range, Mention* out);

// True when a counted noun (not a unit) follows the number: "2000 soldados", "miles de soldados".
bool CountedNounAfter(const NumberInContext& n);

// An amount as written in normalized values: "10000", "1.5", "2500000" (never an exponent).
std::string FormatAmount(double v);

// ISO 8601 duration for `amount` units of `unit` ("PT1H30M" for 90 minutes, "P24Y", "P1.5M").
std::string IsoDuration(const DurationUnit& unit, double amount);

}  // namespace contraste
