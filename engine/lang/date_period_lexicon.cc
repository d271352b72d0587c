#include "lang/date_period_lexicon.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <unordered_map>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

struct Reading {
  const YamlMap& m;
  TextNormalizer& norm;
  DatePeriodLexicon* out;
};

// Adds a folded phrase to `table` with `id` and its first word to class `first`.
Status AddPhrase(PhraseTable& table, uint64_t first, Reading& r, const YAML::Node& at, const std::string& phrase,
                 int id) {
  const std::string folded = r.norm.Fold(phrase);
  if (!table.Add(folded, id)) return YamlError(r.m.file(), at, fmt::format("phrase '{}' has no words", phrase));
  r.out->classes.AddFirstWord(folded, first);
  return {};
}

Status AddPhrasesWithId(PhraseTable& table, uint64_t first, Reading& r, const std::string& key, int id) {
  CONTRASTE_ASSIGN_OR_RETURN(phrases, r.m.Strings(key));
  for (const auto& p : phrases) CONTRASTE_RETURN_IF_ERROR(AddPhrase(table, first, r, r.m.Node(key), p, id));
  return {};
}

Status AddPhrases(PhraseTable& table, uint64_t first, Reading& r, const std::string& key) {
  return AddPhrasesWithId(table, first, r, key, 0);
}

// The folded words of list `key` get class `word_class`.
Status AddClass(Reading& r, const std::string& key, uint64_t word_class) {
  CONTRASTE_ASSIGN_OR_RETURN(words, r.m.Strings(key));
  for (const auto& w : words) r.out->classes.Add(r.norm.Fold(w), word_class);
  return {};
}

// The folded words of list `key`.
Result<WordSet> FoldedSet(Reading& r, const std::string& key) {
  CONTRASTE_ASSIGN_OR_RETURN(words, r.m.Strings(key));
  WordSet out;
  for (const auto& w : words) out.Insert(r.norm.Fold(w));
  return out;
}

// A map of phrases to numbers: each phrase goes into `table` with the index of its number.
Status AddNumberedPhrases(PhraseTable& table, uint64_t first, std::vector<int>& numbers, Reading& r,
                          const std::string& key) {
  CONTRASTE_ASSIGN_OR_RETURN(pairs, r.m.NumberMap(key));
  for (const auto& [phrase, v] : pairs) {
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(table, first, r, r.m.Node(key), phrase, static_cast<int>(numbers.size())));
    numbers.push_back(static_cast<int>(v));
  }
  return {};
}

Result<PeriodUnit> ParsePeriodUnit(const std::string& file, const YAML::Node& at, const std::string& name) {
  static const std::pair<const char*, PeriodUnit> kUnits[] = {
      {"day", PeriodUnit::kDay},         {"week", PeriodUnit::kWeek},   {"fortnight", PeriodUnit::kFortnight},
      {"month", PeriodUnit::kMonth},     {"quarter", PeriodUnit::kQuarter}, {"half", PeriodUnit::kHalf},
      {"year", PeriodUnit::kYear},       {"decade", PeriodUnit::kDecade}};
  for (const auto& [n, u] : kUnits) {
    if (name == n) return u;
  }
  return YamlError(file, at,
                   fmt::format("unknown unit '{}' (valid: day, week, fortnight, month, quarter, half, year, decade)", name));
}

Result<TimeUnit> ParseTimeUnit(const std::string& file, const YAML::Node& at, const std::string& name) {
  if (name == "week") return TimeUnit::kWeek;
  if (name == "month") return TimeUnit::kMonth;
  if (name == "year") return TimeUnit::kYear;
  if (name == "decade") return TimeUnit::kDecade;
  return YamlError(file, at, fmt::format("unknown unit '{}' (valid: week, month, year, decade)", name));
}

// Copies a map built with "the last of two spellings that fold alike wins" into `into`, in the
// order the words first appeared, and gives its words class `word_class`.
template <typename V>
void Freeze(const std::vector<std::string>& order, std::unordered_map<std::string, V>& built, uint64_t word_class,
            Reading& r, WordMap<V>* into) {
  for (const auto& w : order) {
    into->Insert(w, std::move(built[w]));
    r.out->classes.Add(w, word_class);
  }
}

// A map of folded words to units.
Status ReadUnitMap(Reading& r, const std::string& key, uint64_t word_class, WordMap<PeriodUnit>* into) {
  if (!r.m.Has(key)) return {};
  YAML::Node map = r.m.Node(key);
  if (!map.IsMap()) return YamlError(r.m.file(), map, fmt::format("'{}' must map words to units", key));
  std::unordered_map<std::string, PeriodUnit> built;
  std::vector<std::string> order;
  for (const auto& kv : map) {
    CONTRASTE_ASSIGN_OR_RETURN(unit, ParsePeriodUnit(r.m.file(), kv.second, kv.second.Scalar()));
    std::string w = r.norm.Fold(kv.first.Scalar());
    if (built.emplace(w, unit).second) order.push_back(w);
    built[w] = unit;
  }
  Freeze(order, built, word_class, r, into);
  return {};
}

Status ReadMonthAbbreviations(Reading& r) {
  CONTRASTE_ASSIGN_OR_RETURN(pairs, r.m.NumberMap("month_abbreviations"));
  std::unordered_map<std::string, int> built;
  std::vector<std::string> order;
  for (const auto& [w, v] : pairs) {
    if (v < 1 || v > 12) return YamlError(r.m.file(), r.m.Node("month_abbreviations"), fmt::format("month of '{}' must be 1..12", w));
    std::string folded = r.norm.Fold(w);
    if (built.emplace(folded, 0).second) order.push_back(folded);
    built[folded] = static_cast<int>(v);
  }
  Freeze(order, built, kPeriodMonthAbbreviationWord, r, &r.out->month_abbreviations);
  return {};
}

Status ReadRangeOpeners(Reading& r) {
  if (!r.m.Has("range_openers")) return {};
  YAML::Node map = r.m.Node("range_openers");
  if (!map.IsMap()) return YamlError(r.m.file(), map, "'range_openers' must map words to lists of closing words");
  std::unordered_map<std::string, WordSet> built;
  std::vector<std::string> order;
  for (const auto& kv : map) {
    if (!kv.second.IsSequence()) return YamlError(r.m.file(), kv.second, "closing words must be a list");
    std::string opener = r.norm.Fold(kv.first.Scalar());
    if (!built.count(opener)) order.push_back(opener);
    auto& closers = built[opener];
    for (const auto& c : kv.second) closers.Insert(r.norm.Fold(c.Scalar()));
  }
  Freeze(order, built, kRangeOpenerWord, r, &r.out->range_openers);
  return {};
}

Status ReadRelativePeriods(Reading& r) {
  if (!r.m.Has("relative_periods")) return {};
  YAML::Node map = r.m.Node("relative_periods");
  if (!map.IsMap()) return YamlError(r.m.file(), map, "'relative_periods' must be a map");
  for (const auto& kv : map) {
    YamlMap p(kv.second, r.m.file());
    CONTRASTE_RETURN_IF_ERROR(p.AllowOnly({"unit", "offset"}));
    CONTRASTE_RETURN_IF_ERROR(p.Require("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit_name, p.String("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit, ParseTimeUnit(r.m.file(), p.Node("unit"), *unit_name));
    CONTRASTE_ASSIGN_OR_RETURN(offset, p.Number("offset"));
    int id = static_cast<int>(r.out->relative_periods.size());
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(r.out->relative_period_table, kPeriodRelativeFirst, r, kv.first, kv.first.Scalar(), id));
    r.out->relative_periods.push_back(RelativePeriod{unit, offset ? static_cast<int>(*offset) : 0, 0});
  }
  return {};
}

Status ReadPeriodNouns(Reading& r) {
  if (!r.m.Has("period_nouns")) return {};
  YAML::Node map = r.m.Node("period_nouns");
  if (!map.IsMap()) return YamlError(r.m.file(), map, "'period_nouns' must be a map");
  std::unordered_map<std::string, PeriodNoun> built;
  std::vector<std::string> order;
  for (const auto& kv : map) {
    YamlMap p(kv.second, r.m.file());
    CONTRASTE_RETURN_IF_ERROR(p.AllowOnly({"unit", "needs_container"}));
    CONTRASTE_RETURN_IF_ERROR(p.Require("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit_name, p.String("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit, ParsePeriodUnit(r.m.file(), p.Node("unit"), *unit_name));
    CONTRASTE_ASSIGN_OR_RETURN(needs, p.Bool("needs_container"));
    std::string noun = r.norm.Fold(kv.first.Scalar());
    if (!built.count(noun)) order.push_back(noun);
    built[noun] = PeriodNoun{unit, needs && *needs};
  }
  Freeze(order, built, kPeriodNounWord, r, &r.out->period_nouns);
  return {};
}

Status ReadAroundDate(Reading& r) {
  if (!r.m.Has("around_date")) return {};
  YAML::Node map = r.m.Node("around_date");
  if (!map.IsMap()) return YamlError(r.m.file(), map, "'around_date' must map phrases to week or month");
  for (const auto& kv : map) {
    CONTRASTE_ASSIGN_OR_RETURN(unit, ParsePeriodUnit(r.m.file(), kv.second, kv.second.Scalar()));
    if (unit != PeriodUnit::kWeek && unit != PeriodUnit::kMonth) return YamlError(r.m.file(), kv.second, "unit must be week or month");
    int id = static_cast<int>(r.out->around_units.size());
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(r.out->around_table, kAroundFirst, r, kv.first, kv.first.Scalar(), id));
    r.out->around_units.push_back(unit);
  }
  return {};
}

Status ReadSeasons(Reading& r) {
  if (!r.m.Has("seasons")) return {};
  YAML::Node list = r.m.Node("seasons");
  if (!list.IsSequence()) return YamlError(r.m.file(), list, "'seasons' must be a list");
  for (const auto& node : list) {
    YamlMap s(node, r.m.file());
    CONTRASTE_RETURN_IF_ERROR(s.AllowOnly({"names", "starts", "code"}));
    CONTRASTE_RETURN_IF_ERROR(s.Require("names"));
    CONTRASTE_RETURN_IF_ERROR(s.Require("starts"));
    CONTRASTE_RETURN_IF_ERROR(s.Require("code"));
    CONTRASTE_ASSIGN_OR_RETURN(names, s.Strings("names"));
    CONTRASTE_ASSIGN_OR_RETURN(starts, s.String("starts"));
    CONTRASTE_ASSIGN_OR_RETURN(code, s.String("code"));
    Season season;
    season.code = *code;
    if (std::sscanf(starts->c_str(), "%d-%d", &season.start_month, &season.start_day) != 2 || season.start_month < 1 ||
        season.start_month > 12 || season.start_day < 1 || season.start_day > 28 + 3) {
      return YamlError(r.m.file(), s.Node("starts"), fmt::format("'{}' is not a month-day like 06-21", *starts));
    }
    if (!r.out->seasons.empty()) {
      const Season& prev = r.out->seasons.back();
      if (prev.start_month * 100 + prev.start_day >= season.start_month * 100 + season.start_day) {
        return YamlError(r.m.file(), s.Node("starts"), "seasons must be listed in calendar order");
      }
    }
    int id = static_cast<int>(r.out->seasons.size());
    for (const auto& n : names) CONTRASTE_RETURN_IF_ERROR(AddPhrase(r.out->season_table, kSeasonFirst, r, s.Node("names"), n, id));
    r.out->seasons.push_back(season);
  }
  return {};
}

Status ReadContractedParts(Reading& r) {
  if (!r.m.Has("contracted_parts")) return {};
  YAML::Node map = r.m.Node("contracted_parts");
  if (!map.IsMap()) return YamlError(r.m.file(), map, "'contracted_parts' must map phrases to begin, middle or end");
  for (const auto& kv : map) {
    const std::string name = kv.second.Scalar();
    PeriodPart part = name == "begin" ? PeriodPart::kBegin : name == "middle" ? PeriodPart::kMiddle
                      : name == "end"  ? PeriodPart::kEnd : PeriodPart::kWhole;
    if (part == PeriodPart::kWhole) return YamlError(r.m.file(), kv.second, fmt::format("unknown part '{}' (valid: begin, middle, end)", name));
    int id = static_cast<int>(r.out->contracted_parts.size());
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(r.out->contracted_part_table, kContractedPartFirst, r, kv.first, kv.first.Scalar(), id));
    r.out->contracted_parts.push_back(part);
  }
  return {};
}

}  // namespace

Status LoadDatePeriodLexicon(const std::string& dir, TextNormalizer& norm, DatePeriodLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "date_periods.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly(
      {"month_abbreviations", "month_cues", "month_nouns", "month_directions", "month_year_separators",
       "container_links", "range_openers", "bare_range_closers", "day_articles", "relative_periods", "period_nouns",
       "last_part_words", "week_number_nouns", "around_date", "weekend_phrases", "weekend_directions",
       "weekend_after", "seasons", "season_articles", "count_articles", "next_words", "last_words", "count_units", "rest_phrases",
       "rest_units", "contracted_parts", "within_words", "counted_span_words", "so_far_phrases"}));
  Reading r{m, norm, out};
  CONTRASTE_RETURN_IF_ERROR(ReadMonthAbbreviations(r));
  CONTRASTE_RETURN_IF_ERROR(AddClass(r, "month_cues", kMonthCueWord));
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->month_noun_table, kMonthNounFirst, r, "month_nouns"));
  CONTRASTE_RETURN_IF_ERROR(
      AddNumberedPhrases(out->month_direction_table, kMonthDirectionFirst, out->month_directions, r, "month_directions"));
  CONTRASTE_ASSIGN_OR_RETURN(seps, m.Strings("month_year_separators"));
  for (const auto& sep : seps) out->month_year_separators.Insert(sep);
  CONTRASTE_RETURN_IF_ERROR(AddClass(r, "container_links", kContainerLinkWord));
  CONTRASTE_RETURN_IF_ERROR(ReadRangeOpeners(r));
  CONTRASTE_ASSIGN_OR_RETURN(closers, FoldedSet(r, "bare_range_closers"));
  out->bare_range_closers = std::move(closers);
  CONTRASTE_RETURN_IF_ERROR(AddClass(r, "day_articles", kPeriodDayArticleWord));
  CONTRASTE_RETURN_IF_ERROR(ReadRelativePeriods(r));
  CONTRASTE_RETURN_IF_ERROR(ReadPeriodNouns(r));
  CONTRASTE_RETURN_IF_ERROR(AddClass(r, "last_part_words", kLastPartWord));
  CONTRASTE_RETURN_IF_ERROR(AddClass(r, "week_number_nouns", kWeekNumberNounWord));
  CONTRASTE_RETURN_IF_ERROR(ReadAroundDate(r));
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->weekend_table, kWeekendFirst, r, "weekend_phrases"));
  CONTRASTE_RETURN_IF_ERROR(AddNumberedPhrases(out->weekend_before_table, kWeekendBeforeFirst, out->weekend_before_offsets,
                                               r, "weekend_directions"));
  CONTRASTE_RETURN_IF_ERROR(AddNumberedPhrases(out->weekend_after_table, kWeekendAfterFirst, out->weekend_after_offsets, r,
                                               "weekend_after"));
  CONTRASTE_RETURN_IF_ERROR(ReadSeasons(r));
  CONTRASTE_RETURN_IF_ERROR(AddClass(r, "season_articles", kSeasonArticleWord));
  CONTRASTE_RETURN_IF_ERROR(AddClass(r, "count_articles", kCountArticleWord));
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->next_table, kNextFirst, r, "next_words"));
  // "within 5 days": phrases of the next table with id 1 (a span from the anchor, not after it).
  CONTRASTE_RETURN_IF_ERROR(AddPhrasesWithId(out->next_table, kNextFirst, r, "within_words", 1));
  // "for 3 days from today": id 2, only before a counted_from phrase of time.yaml.
  CONTRASTE_RETURN_IF_ERROR(AddPhrasesWithId(out->next_table, kNextFirst, r, "counted_span_words", 2));
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->last_table, kLastFirst, r, "last_words"));
  CONTRASTE_RETURN_IF_ERROR(ReadUnitMap(r, "count_units", kCountUnitWord, &out->count_units));
  CONTRASTE_RETURN_IF_ERROR(ReadContractedParts(r));
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->rest_table, kRestFirst, r, "rest_phrases"));
  // "earlier this month": phrases of the rest table with id 1 (the period up to the anchor).
  CONTRASTE_RETURN_IF_ERROR(AddPhrasesWithId(out->rest_table, kRestFirst, r, "so_far_phrases", 1));
  CONTRASTE_RETURN_IF_ERROR(ReadUnitMap(r, "rest_units", kRestUnitWord, &out->rest_units));
  return {};
}

}  // namespace contraste
