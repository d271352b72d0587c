// Helpers of the time suites: the date mentions of a text as (quote, normalized value) pairs,
// resolved against a publication date.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/time/date_mentions.h"
#include "extract/mention_extractor.h"
#include "test_support.h"
#include "text/analyzed_text.h"

namespace contraste::testing {

struct DateSeen {
  std::string quote;       // the source bytes of the expression
  std::string normalized;  // "" when unresolved
  std::string unit;        // granularity, or why it is unresolved
  Mention mention;
};

inline std::vector<DateSeen> DatesOf(const std::string& text, const std::string& published,
                                     const std::string& language = "es") {
  Engine& engine = SharedEngine();
  const Language& lang = *engine.FindLanguage(language);
  Document doc = DocIn(language, "t", text, published);
  auto splitter = SentenceSplitter::Create(language);
  if (!splitter) throw std::runtime_error(splitter.error().ToString());
  AnalyzedText at = AnalyzeText(doc, engine.normalizer(), **splitter);
  std::vector<std::vector<Mention>> per_sentence;
  for (const Sentence& s : at.sentences) per_sentence.push_back(ExtractMentions(lang, at.SentenceTokens(s)));
  ResolveDateMentions(lang, doc, at, &per_sentence);
  std::vector<DateSeen> out;
  for (const auto& ms : per_sentence) {
    for (const Mention& m : ms) {
      if (m.kind != MentionKind::kDate) continue;
      size_t b = at.OrigBegin(m.begin_token), e = at.OrigEnd(m.end_token - 1);
      out.push_back({doc.bytes.substr(b, e - b), m.normalized, m.unit, m});
    }
  }
  return out;
}

// Checks that `text`, published on `published`, has exactly one date, quoted `quote` with value
// `value` ("" = unresolved), and returns it for further checks. Failures name the text and date.
inline DateSeen CheckOneDate(const std::string& text, const std::string& published, const std::string& quote,
                             const std::string& value) {
  CAPTURE(text);
  CAPTURE(published);
  auto dates = DatesOf(text, published);
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].quote == quote);
  CHECK(dates[0].normalized == value);
  return dates[0];
}

}  // namespace contraste::testing
