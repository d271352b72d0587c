// Scores one Recognizers-Text spec case against contraste's recognizers. A case passes when the
// spans found (of the kinds that model covers) are exactly the expected ones, compared by text
// (ASCII case and a leading article ignored), and, for parsers and models, when each resolution
// matches: a day equals the past or future resolution, a period has the same start and
// (exclusive) end, a duration the same seconds, a number, ordinal or percentage the same value, a
// number range the same notation ("[20,30)") and a dimension or an amount of money the same value
// and unit (money given with an ISO 4217 code: the currency the language reads in that code). An age and a temperature are what the claims' measure step (claims/measure_finder.h)
// reads as measure `age` or `temperature` (or one that counts as it): an age is its duration and
// the measure's complement after it ("five years old"), compared by count and duration unit; a
// temperature its value and unit (a unit's `name`, else the counted noun: "Degree"). Two
// deliberate translations for periods: a range includes its last day in contraste ("del 4 al 22"
// holds the 22nd) while Recognizers-Text ends it, excluded, where its last part begins, so a
// range is compared with that day; a period the spec gives no dates for (a season) is compared
// by its TIMEX value ("2016-SU"; "SU" matches any year).
//
//   SpecScorer scorer(engine, "es");
//   bool ok = scorer.Passes(SpecModel::kDateParser, case_json);
#pragma once

#include <nlohmann/json.hpp>
#include <memory>
#include <string>

#include "extract/mention.h"
#include "pipeline/engine.h"
#include "text/sentence_splitter.h"

namespace contraste {

enum class SpecModel {
  kDateExtractor, kDateParser, kDatePeriodExtractor, kDatePeriodParser, kDurationExtractor,
  kDurationParser, kNumberModel, kNumberRangeModel, kOrdinalModel, kPercentModel, kDimensionModel, kCurrencyModel, kAgeModel,
  kTemperatureModel
};

// The model a spec file tests, from its file name ("DateParser.json"); false when unknown.
bool ModelOfFile(const std::string& stem, SpecModel* out);

class SpecScorer {
 public:
  SpecScorer(Engine& engine, const std::string& language);
  bool ok() const { return splitter_ != nullptr && lang_ != nullptr; }
  // True when contraste's output for the case's Input matches its Results.
  bool Passes(SpecModel model, const nlohmann::json& spec_case);
  // What the last Passes found, for a failure's diagnosis: each span as "text=value", '|' between.
  const std::string& last_found() const { return last_found_; }

 private:
  int ReadAs(const PhraseTable& table, const std::string& words);
  bool AgeMatches(const nlohmann::json& result, const Mention& m);
  bool CurrencyMatches(const nlohmann::json& result, const Mention& m);

  Engine& engine_;
  const Language* lang_ = nullptr;
  std::unique_ptr<SentenceSplitter> splitter_;
  std::string last_found_;
};

}  // namespace contraste
