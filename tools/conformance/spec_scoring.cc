#include "conformance/spec_scoring.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "claims/measure_finder.h"
#include "core/calendar.h"
#include "extract/time/date_mentions.h"
#include "extract/mention_extractor.h"
#include "extract/numbers/number_parser.h"
#include "text/analyzed_text.h"
#include "text/corpus_loader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

struct Found {
  std::string text;
  const Mention* mention;
};

// A span's text as compared: ASCII case ignored, and a leading article of the language (venues.yaml
// `articles`: "el", "the") left out.
std::string Comparable(const Language& lang, std::string s) {
  for (char& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  const size_t space = s.find(' ');
  if (space != std::string::npos && lang.venues.articles.Contains(std::string_view(s).substr(0, space))) {
    s = s.substr(space + 1);
  }
  return s;
}

bool SameNumber(const std::string& expected, double got) {
  char* end = nullptr;
  double v = std::strtod(expected.c_str(), &end);
  if (end == expected.c_str()) return false;
  return std::fabs(v - got) <= 1e-6 * std::max(1.0, std::fabs(v));
}

std::string JsonString(const nlohmann::json& j, std::initializer_list<const char*> path) {
  const nlohmann::json* at = &j;
  for (const char* k : path) {
    if (!at->is_object() || !at->contains(k)) return "";
    at = &(*at)[k];
  }
  return at->is_string() ? at->get<std::string>() : at->dump();
}

// A unit of measurement, not a currency: Recognizers-Text's number model reads the number of an
// amount of money ("mil cien" of "mil cien pesos") but not of a measure.
bool IsMeasure(const Language& lang, const std::string& unit) {
  for (const auto& u : lang.measure_units) {
    if (u.id == unit) return u.kind != "currency";
  }
  return false;
}

bool IsCurrency(const Language& lang, const std::string& unit) {
  for (const auto& u : lang.measure_units) {
    if (u.id == unit) return u.kind == "currency";
  }
  return false;
}

// The measure the claims' measure step gave the mention ("age", "temperature": the id it counts
// as), or empty.
std::string MeasureOf(const Language& lang, const Mention& m) {
  if (m.measure < 0 || static_cast<size_t>(m.measure) >= lang.measures.measures.size()) return "";
  return lang.measures.measures[static_cast<size_t>(m.measure)].counts_as;
}

bool IsAgeOrTemperature(SpecModel model) { return model == SpecModel::kAgeModel || model == SpecModel::kTemperatureModel; }

// Where the words of a measured value end: after a complement of its measure ("five years old",
// "6 weeks of age") or the longest counted noun of its measure ("40 degrees celsius"), else at
// the mention's end.
size_t MeasureWordsEnd(const Language& lang, const TokenRange& tokens, const Mention& m) {
  const MeasureLexicon& ml = lang.measures;
  auto names_measure = [&](int cue) {
    const auto& ks = ml.cues[static_cast<size_t>(cue)];
    return std::find(ks.begin(), ks.end(), m.measure) != ks.end();
  };
  PhraseTable::Match hit;
  if (ml.complements.LongestAt(tokens, m.end_token, &hit) && names_measure(hit.id)) return hit.end;
  if (m.end_token > m.number_token && ml.noun_phrases.LongestAt(tokens, m.end_token - 1, &hit) && names_measure(hit.id) &&
      hit.end > m.end_token) {
    return hit.end;
  }
  return m.end_token;
}

// What the number model counts: every number, the article-like "un" too, and the number of a
// quantity or duration of things ("doscientas" of "doscientas vacas") or of money, not of a
// measure ("29km").
bool IsSpecNumber(const Language& lang, const Mention& m) {
  switch (m.kind) {
    case MentionKind::kNumber:
    case MentionKind::kYear:
    case MentionKind::kDayOfMonth:
    case MentionKind::kWeakNumber: return true;
    case MentionKind::kQuantity: return !IsMeasure(lang, m.unit);
    default: return false;
  }
}

// The tokens a selected mention covers for `model`: for the number model, only the number of a
// quantity (read again from its first token), not its hedge or noun.
std::pair<size_t, size_t> SpanFor(SpecModel model, const Language& lang, const TokenRange& tokens, const Mention& m) {
  // A dimension starts at its number: Recognizers-Text leaves hedges and range openers out.
  if (model == SpecModel::kDimensionModel) return {m.number_token, m.end_token};
  // Money starts at its currency sign ("$ 75 million"), after any hedge.
  if (model == SpecModel::kCurrencyModel) return {m.hedge.empty() ? m.begin_token : m.number_token, m.end_token};
  // An age or a temperature starts at its number too, and holds its measure's words after it.
  if (IsAgeOrTemperature(model)) return {m.number_token, MeasureWordsEnd(lang, tokens, m)};
  if (model == SpecModel::kNumberModel && m.kind == MentionKind::kQuantity) {
    NumberMatch n;
    if (ParseNumberAt(lang, tokens, m.number_token, &n) && n.end > m.number_token) return {m.number_token, n.end};
  }
  return {m.begin_token, m.end_token};
}

// A spec number: "0,5", "1E-12", "-1,2732E+15" (the decimal comma of the Spanish specs).
bool SameSpecNumber(std::string expected, double got) {
  for (char& c : expected) {
    if (c == ',') c = '.';
  }
  return SameNumber(expected, got);
}

// A period with no dates in the spec (a season: "SU", "2016-SU") is compared by its TIMEX value;
// one without a year matches any year.
bool SameTimex(const std::string& expected, const std::string& normalized) {
  if (expected.empty()) return false;
  if (expected == normalized) return true;
  return expected.find('-') == std::string::npos && normalized.size() > expected.size() &&
         normalized.compare(normalized.size() - expected.size() - 1, std::string::npos, "-" + expected) == 0;
}

// The first day of the end of a range normalized as "START/END" with END written as a year,
// month, day or ISO week ("2014/2018" -> "2018-01-01"); empty when it is something else.
std::string RangeEndStart(const std::string& normalized) {
  size_t slash = normalized.find('/');
  if (slash == std::string::npos || normalized.find('/', slash + 1) != std::string::npos) return "";
  std::string end = normalized.substr(slash + 1);
  int y = 0, m = 0, d = 0, w = 0;
  char tail = 0;
  if (end.size() == 10 && std::sscanf(end.c_str(), "%d-%d-%d%c", &y, &m, &d, &tail) == 3) return end;
  if (end.size() == 7 && std::sscanf(end.c_str(), "%d-%d%c", &y, &m, &tail) == 2) return CivilDate{y, m, 1}.ToString();
  if (end.size() == 4 && std::sscanf(end.c_str(), "%d%c", &y, &tail) == 1) return CivilDate{y, 1, 1}.ToString();
  if (end.size() == 8 && std::sscanf(end.c_str(), "%d-W%d%c", &y, &w, &tail) == 2) {
    long jan4 = CivilDate{y, 1, 4}.DaysSinceEpoch();
    return DateFromDays(jan4 - IsoWeekday(CivilDate{y, 1, 4}) + 1 + 7L * (w - 1)).ToString();
  }
  return "";
}

bool Selected(SpecModel model, const Language& lang, const Mention& m) {
  switch (model) {
    case SpecModel::kDateExtractor:
    case SpecModel::kDateParser: return m.kind == MentionKind::kDate && m.unit == "day";
    case SpecModel::kDatePeriodExtractor:
    case SpecModel::kDatePeriodParser: return m.kind == MentionKind::kDate && m.unit != "day";
    case SpecModel::kDurationExtractor:
    case SpecModel::kDurationParser: return m.kind == MentionKind::kDuration;
    case SpecModel::kNumberModel: return IsSpecNumber(lang, m);
    case SpecModel::kNumberRangeModel: return m.kind == MentionKind::kRange;
    case SpecModel::kOrdinalModel: return m.kind == MentionKind::kOrdinal || m.kind == MentionKind::kWeakOrdinal;
    case SpecModel::kPercentModel: return m.kind == MentionKind::kQuantity && m.unit == "por ciento";
    case SpecModel::kCurrencyModel: return m.kind == MentionKind::kQuantity && IsCurrency(lang, m.unit);
    case SpecModel::kAgeModel: return m.kind == MentionKind::kDuration && MeasureOf(lang, m) == "age";
    case SpecModel::kTemperatureModel: return MeasureOf(lang, m) == "temperature";
    case SpecModel::kDimensionModel: {
      // Physical measures only: money and ratios are other models.
      static const std::set<std::string> kDimensions = {"length", "area", "volume", "weight",
                                                         "speed", "information", "angle"};
      if (m.kind != MentionKind::kQuantity) return false;
      for (const auto& u : lang.measure_units) {
        if (u.id == m.unit) return kDimensions.count(u.kind) > 0;
      }
      return false;
    }
  }
  return false;
}

// A dimension or an amount of money: the value (written with a decimal comma: "10,5") and the unit, whose name is
// compared folded with the name the language gives the unit (units.yaml `name`, else its id:
// "Kilómetro" and "kilómetro", "Kilometer" and the English name of "kilómetro").
bool DimensionMatches(const Language& lang, TextNormalizer& norm, const nlohmann::json& r, const Mention& m) {
  std::string name = m.unit;
  for (const auto& u : lang.measure_units) {
    if (u.id == m.unit) name = u.name;
  }
  std::string v = JsonString(r, {"Resolution", "value"});
  for (char& ch : v) {
    if (ch == ',') ch = '.';
  }
  return SameNumber(v, m.amount) && norm.Fold(JsonString(r, {"Resolution", "unit"})) == norm.Fold(name);
}

// A temperature: its value and its unit, named by the unit's `name` in units.yaml or, for a
// counted noun ("98 degrees"), by the noun's lemma.
bool TemperatureMatches(const Language& lang, TextNormalizer& norm, const nlohmann::json& r, const Mention& m) {
  std::string name = m.unit;
  for (const auto& u : lang.measure_units) {
    if (u.id == m.unit) name = u.name;
  }
  return SameSpecNumber(JsonString(r, {"Resolution", "value"}), m.amount) &&
         norm.Fold(JsonString(r, {"Resolution", "unit"})) == norm.Fold(name);
}

bool ValueMatches(SpecModel model, const Language& lang, TextNormalizer& norm, const nlohmann::json& r, const Mention& m) {
  switch (model) {
    case SpecModel::kDateParser: {
      std::string past = JsonString(r, {"Value", "PastResolution", "date"});
      std::string future = JsonString(r, {"Value", "FutureResolution", "date"});
      return !m.normalized.empty() && (m.normalized == past || m.normalized == future);
    }
    case SpecModel::kDatePeriodParser: {
      if (m.normalized.empty()) return false;
      if (!r.contains("Value") || !r["Value"].contains("PastResolution") || !r["Value"]["PastResolution"].contains("startDate")) {
        return SameTimex(JsonString(r, {"Value", "Timex"}), m.normalized);
      }
      std::string start = DateFromDays(static_cast<long>(m.interval.lo)).ToString();
      std::string end = DateFromDays(static_cast<long>(m.interval.hi) + 1).ToString();
      if (m.temporal.kind == TemporalKind::kPeriod && m.temporal.period.shape == PeriodShape::kRange) {
        // A range includes its last day ("del 4 al 22 de mayo" holds the 22nd); Recognizers-Text
        // ends a range where its end begins, excluded (P18D): compare with that day.
        end = RangeEndStart(m.normalized);
      }
      // "the rest of the week" runs to its last day, which Recognizers-Text also writes as the end
      // (P6D from a Monday): compared with that day too.
      const std::string last = DateFromDays(static_cast<long>(m.interval.hi)).ToString();
      const bool rest = m.temporal.kind == TemporalKind::kPeriod && m.temporal.period.shape == PeriodShape::kRest;
      for (const char* side : {"PastResolution", "FutureResolution"}) {
        const std::string got_end = JsonString(r, {"Value", side, "endDate"});
        if (JsonString(r, {"Value", side, "startDate"}) == start && (got_end == end || (rest && got_end == last))) {
          return true;
        }
      }
      return false;
    }
    case SpecModel::kDurationParser: return SameNumber(JsonString(r, {"Value", "PastResolution", "duration"}), m.interval.lo);
    case SpecModel::kNumberModel: return SameSpecNumber(JsonString(r, {"Resolution", "value"}), m.amount);
    case SpecModel::kOrdinalModel: {
      std::string v = JsonString(r, {"Resolution", "value"});
      // a relative ordinal resolves to "end+0", "current-1": compared with its normalized form
      if (m.kind == MentionKind::kWeakOrdinal && !m.normalized.empty() && !std::isdigit(static_cast<unsigned char>(m.normalized[0]))) {
        return v == m.normalized;
      }
      return SameSpecNumber(v, m.amount);
    }
    case SpecModel::kNumberRangeModel: return m.normalized == JsonString(r, {"Resolution", "value"});
    case SpecModel::kDimensionModel: return DimensionMatches(lang, norm, r, m);
    case SpecModel::kTemperatureModel: return TemperatureMatches(lang, norm, r, m);
    case SpecModel::kPercentModel: {
      std::string v = JsonString(r, {"Resolution", "value"});
      if (!v.empty() && v.back() == '%') v.pop_back();
      return SameSpecNumber(v, m.amount);
    }
    default: return true;  // extractors: the span is all
  }
}

}  // namespace

bool ModelOfFile(const std::string& stem, SpecModel* out) {
  static const std::map<std::string, SpecModel> kModels = {
      {"DateExtractor", SpecModel::kDateExtractor}, {"DateParser", SpecModel::kDateParser},
      {"DatePeriodExtractor", SpecModel::kDatePeriodExtractor}, {"DatePeriodParser", SpecModel::kDatePeriodParser},
      {"DurationExtractor", SpecModel::kDurationExtractor}, {"DurationParser", SpecModel::kDurationParser},
      {"NumberModel", SpecModel::kNumberModel}, {"NumberRangeModel", SpecModel::kNumberRangeModel},
      {"OrdinalModel", SpecModel::kOrdinalModel}, {"PercentModel", SpecModel::kPercentModel},
      {"DimensionModel", SpecModel::kDimensionModel}, {"CurrencyModel", SpecModel::kCurrencyModel},
      {"AgeModel", SpecModel::kAgeModel}, {"TemperatureModel", SpecModel::kTemperatureModel}};
  auto it = kModels.find(stem);
  if (it == kModels.end()) return false;
  *out = it->second;
  return true;
}

SpecScorer::SpecScorer(Engine& engine, const std::string& language) : engine_(engine) {
  lang_ = engine.FindLanguage(language);
  auto s = SentenceSplitter::Create(language);
  if (s) splitter_ = std::move(*s);
}

bool SpecScorer::Passes(SpecModel model, const nlohmann::json& spec_case) {
  const std::string input = JsonString(spec_case, {"Input"});
  const nlohmann::json& results = spec_case.contains("Results") ? spec_case["Results"] : nlohmann::json::array();
  DocumentMetadata meta;
  meta.language = lang_->code;
  std::string reference = JsonString(spec_case, {"Context", "ReferenceDateTime"});
  meta.published = CivilDate::Parse(reference.substr(0, 10));
  if (!meta.published) meta.published = CivilDate{2016, 11, 7};  // the specs' usual reference date
  std::vector<Found> found;
  auto doc = DocumentFromBytes(input, "case", meta);
  std::vector<std::vector<Mention>> per_sentence;
  std::optional<AnalyzedText> text;
  if (doc) {
    text = AnalyzeText(*doc, engine_.normalizer(), *splitter_);
    for (const Sentence& s : text->sentences) {
      per_sentence.push_back(ExtractMentions(*lang_, text->SentenceTokens(s)));
      // What a value counts is the claims' measure step, as the engine runs it before dates are
      // resolved; only the models of a measure read it (it turns some numbers into quantities).
      if (IsAgeOrTemperature(model)) FindMeasures(*lang_, text->SentenceTokens(s), &per_sentence.back());
    }
    ResolveDateMentions(*lang_, *doc, *text, &per_sentence);
    for (size_t si = 0; si < per_sentence.size(); ++si) {
      const TokenRange tokens = text->SentenceTokens(text->sentences[si]);
      for (const Mention& m : per_sentence[si]) {
        if (!Selected(model, *lang_, m)) continue;
        auto [first, end] = SpanFor(model, *lang_, tokens, m);
        size_t b = text->OrigBegin(first), e = text->OrigEnd(end - 1);
        found.push_back({doc->bytes.substr(b, e - b), &m});
      }
    }
  }
  last_found_.clear();
  for (const Found& f : found) {
    if (!last_found_.empty()) last_found_ += " | ";
    last_found_ += f.text + "=" + (f.mention->normalized.empty() ? std::to_string(f.mention->amount) : f.mention->normalized);
  }
  if (found.size() != results.size()) return false;
  for (size_t i = 0; i < found.size(); ++i) {
    const nlohmann::json& r = results[i];
    if (Comparable(*lang_, found[i].text) != Comparable(*lang_, JsonString(r, {"Text"}))) return false;
    const Mention& m = *found[i].mention;
    const bool value = model == SpecModel::kAgeModel        ? AgeMatches(r, m)
                       : model == SpecModel::kCurrencyModel ? CurrencyMatches(r, m)
                                                            : ValueMatches(model, *lang_, engine_.normalizer(), r, m);
    if (!value) return false;
  }
  return true;
}

// The phrase of `table` the language reads in `words` ("Year", "usd") when it covers them all:
// its id, or -1.
int SpecScorer::ReadAs(const PhraseTable& table, const std::string& words) {
  DocumentMetadata meta;
  meta.language = lang_->code;
  auto doc = DocumentFromBytes(words, "words", meta);
  if (!doc) return -1;
  const AnalyzedText text = AnalyzeText(*doc, engine_.normalizer(), *splitter_);
  if (text.sentences.size() != 1) return -1;
  const TokenRange tokens = text.SentenceTokens(text.sentences[0]);
  PhraseTable::Match hit;
  if (!table.LongestAt(tokens, tokens.begin, &hit) || hit.end != tokens.end) return -1;
  return hit.id;
}

// The duration unit the spec names ("Year", "Año") is the one the language reads in that word
// (units.yaml `durations`); the age matches when it is the mention's unit and the count its number.
bool SpecScorer::AgeMatches(const nlohmann::json& r, const Mention& m) {
  const int unit = ReadAs(lang_->duration_table, JsonString(r, {"Resolution", "unit"}));
  return unit >= 0 && lang_->duration_units[static_cast<size_t>(unit)].id == m.unit &&
         SameSpecNumber(JsonString(r, {"Resolution", "value"}), m.amount);
}

// Money whose currency the spec gives as an ISO 4217 code ("USD" for "usd 200", where "$ 200" is
// "Dollar" with no code) is the same currency when the language reads that code as the mention's
// unit (units.yaml: "usd" is a phrase of `dólar`) or the unit's name is the spec's.
bool SpecScorer::CurrencyMatches(const nlohmann::json& r, const Mention& m) {
  const std::string iso = JsonString(r, {"Resolution", "isoCurrency"});
  if (DimensionMatches(*lang_, engine_.normalizer(), r, m)) return true;
  if (iso.empty()) return false;
  const int unit = ReadAs(lang_->measure_table, iso);
  std::string v = JsonString(r, {"Resolution", "value"});
  return unit >= 0 && lang_->measure_units[static_cast<size_t>(unit)].id == m.unit && SameSpecNumber(v, m.amount);
}

}  // namespace contraste
