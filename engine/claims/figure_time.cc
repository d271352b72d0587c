#include "claims/figure_time.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <tuple>

namespace contraste {

namespace {

// ASCII letters in lower case; other bytes (accented letters) as they are.
std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool IsCumulative(const Language& lang, const Claim& c) {
  if (c.measure.empty()) return false;
  const Measure* m = lang.measures.Find(c.measure);
  return m != nullptr && m->cumulative;
}

void MarkFigureTimes(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims) {
  for (Claim& c : *claims) {
    const Document& d = docs[c.doc];
    c.when = d.published ? static_cast<int64_t>(d.published->DaysSinceEpoch()) * 1440 + d.published_minute.value_or(0)
                         : Claim::kUnknownTime;
    c.cumulative = IsCumulative(lang, c);
    if (!c.cumulative || lang.timeline.corrections.empty()) continue;
    const std::string sentence = LowerAscii(std::string_view(d.bytes).substr(c.sentence_offset, c.sentence_length));
    c.corrects = std::any_of(lang.timeline.corrections.begin(), lang.timeline.corrections.end(),
                             [&](const std::string& cue) { return sentence.find(LowerAscii(cue)) != std::string::npos; });
  }
  // A figure the article corrects somewhere is corrected wherever it gives it (the headline's too).
  std::set<std::tuple<size_t, std::string_view, std::string_view>> corrected;  // (doc, measure, value)
  for (const Claim& c : *claims) {
    if (c.corrects) corrected.emplace(c.doc, c.measure, c.value);
  }
  if (corrected.empty()) return;
  for (Claim& c : *claims) {
    if (c.cumulative && !c.corrects) c.corrects = corrected.count({c.doc, c.measure, c.value}) > 0;
  }
}

}  // namespace contraste
