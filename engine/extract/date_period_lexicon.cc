#include "extract/date_period_lexicon.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

struct Reading {
  const YamlMap& m;
  TextNormalizer& norm;
  DatePeriodLexicon* out;
};

Status AddPhrase(PhraseTable& table, Reading& r, const YAML::Node& at, const std::string& phrase, int id) {
  if (!table.Add(r.norm.Fold(phrase), id)) return YamlError(r.m.file(), at, fmt::format("phrase '{}' has no words", phrase));
  return {};
}

Status AddPhrases(PhraseTable& table, Reading& r, const std::string& key) {
  CONTRASTE_ASSIGN_OR_RETURN(phrases, r.m.Strings(key));
  for (const auto& p : phrases) CONTRASTE_RETURN_IF_ERROR(AddPhrase(table, r, r.m.Node(key), p, 0));
  return {};
}

Result<std::unordered_set<std::string>> FoldedSet(Reading& r, const std::string& key) {
  CONTRASTE_ASSIGN_OR_RETURN(words, r.m.Strings(key));
  std::unordered_set<std::string> out;
  for (const auto& w : words) out.insert(r.norm.Fold(w));
  return out;
}

// A map of phrases to numbers: each phrase goes into `table` with the index of its number.
Status AddNumberedPhrases(PhraseTable& table, std::vector<int>& numbers, Reading& r, const std::string& key) {
  CONTRASTE_ASSIGN_OR_RETURN(pairs, r.m.NumberMap(key));
  for (const auto& [phrase, v] : pairs) {
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(table, r, r.m.Node(key), phrase, static_cast<int>(numbers.size())));
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

// A map of folded words to units.
Status ReadUnitMap(Reading& r, const std::string& key, std::unordered_map<std::string, PeriodUnit>* into) {
  if (!r.m.Has(key)) return {};
  YAML::Node map = r.m.Node(key);
  if (!map.IsMap()) return YamlError(r.m.file(), map, fmt::format("'{}' must map words to units", key));
  for (const auto& kv : map) {
    CONTRASTE_ASSIGN_OR_RETURN(unit, ParsePeriodUnit(r.m.file(), kv.second, kv.second.Scalar()));
    (*into)[r.norm.Fold(kv.first.Scalar())] = unit;
  }
  return {};
}

Status ReadMonthAbbreviations(Reading& r) {
  CONTRASTE_ASSIGN_OR_RETURN(pairs, r.m.NumberMap("month_abbreviations"));
  for (const auto& [w, v] : pairs) {
    if (v < 1 || v > 12) return YamlError(r.m.file(), r.m.Node("month_abbreviations"), fmt::format("month of '{}' must be 1..12", w));
    r.out->month_abbreviations[r.norm.Fold(w)] = static_cast<int>(v);
  }
  return {};
}

Status ReadRangeOpeners(Reading& r) {
  if (!r.m.Has("range_openers")) return {};
  YAML::Node map = r.m.Node("range_openers");
  if (!map.IsMap()) return YamlError(r.m.file(), map, "'range_openers' must map words to lists of closing words");
  for (const auto& kv : map) {
    if (!kv.second.IsSequence()) return YamlError(r.m.file(), kv.second, "closing words must be a list");
    auto& closers = r.out->range_openers[r.norm.Fold(kv.first.Scalar())];
    for (const auto& c : kv.second) closers.insert(r.norm.Fold(c.Scalar()));
  }
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
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(r.out->relative_period_table, r, kv.first, kv.first.Scalar(), id));
    r.out->relative_periods.push_back(RelativePeriod{unit, offset ? static_cast<int>(*offset) : 0, 0});
  }
  return {};
}

Status ReadPeriodNouns(Reading& r) {
  if (!r.m.Has("period_nouns")) return {};
  YAML::Node map = r.m.Node("period_nouns");
  if (!map.IsMap()) return YamlError(r.m.file(), map, "'period_nouns' must be a map");
  for (const auto& kv : map) {
    YamlMap p(kv.second, r.m.file());
    CONTRASTE_RETURN_IF_ERROR(p.AllowOnly({"unit", "needs_container"}));
    CONTRASTE_RETURN_IF_ERROR(p.Require("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit_name, p.String("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit, ParsePeriodUnit(r.m.file(), p.Node("unit"), *unit_name));
    CONTRASTE_ASSIGN_OR_RETURN(needs, p.Bool("needs_container"));
    r.out->period_nouns[r.norm.Fold(kv.first.Scalar())] = PeriodNoun{unit, needs && *needs};
  }
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
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(r.out->around_table, r, kv.first, kv.first.Scalar(), id));
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
    for (const auto& n : names) CONTRASTE_RETURN_IF_ERROR(AddPhrase(r.out->season_table, r, s.Node("names"), n, id));
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
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(r.out->contracted_part_table, r, kv.first, kv.first.Scalar(), id));
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
       "rest_units", "contracted_parts"}));
  Reading r{m, norm, out};
  CONTRASTE_RETURN_IF_ERROR(ReadMonthAbbreviations(r));
  CONTRASTE_ASSIGN_OR_RETURN(cues, FoldedSet(r, "month_cues"));
  out->month_cues = std::move(cues);
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->month_noun_table, r, "month_nouns"));
  CONTRASTE_RETURN_IF_ERROR(AddNumberedPhrases(out->month_direction_table, out->month_directions, r, "month_directions"));
  CONTRASTE_ASSIGN_OR_RETURN(seps, m.Strings("month_year_separators"));
  out->month_year_separators.insert(seps.begin(), seps.end());
  CONTRASTE_ASSIGN_OR_RETURN(links, FoldedSet(r, "container_links"));
  out->container_links = std::move(links);
  CONTRASTE_RETURN_IF_ERROR(ReadRangeOpeners(r));
  CONTRASTE_ASSIGN_OR_RETURN(closers, FoldedSet(r, "bare_range_closers"));
  out->bare_range_closers = std::move(closers);
  CONTRASTE_ASSIGN_OR_RETURN(articles, FoldedSet(r, "day_articles"));
  out->day_articles = std::move(articles);
  CONTRASTE_RETURN_IF_ERROR(ReadRelativePeriods(r));
  CONTRASTE_RETURN_IF_ERROR(ReadPeriodNouns(r));
  CONTRASTE_ASSIGN_OR_RETURN(last_part, FoldedSet(r, "last_part_words"));
  out->last_part_words = std::move(last_part);
  CONTRASTE_ASSIGN_OR_RETURN(week_nouns, FoldedSet(r, "week_number_nouns"));
  out->week_number_nouns = std::move(week_nouns);
  CONTRASTE_RETURN_IF_ERROR(ReadAroundDate(r));
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->weekend_table, r, "weekend_phrases"));
  CONTRASTE_RETURN_IF_ERROR(AddNumberedPhrases(out->weekend_before_table, out->weekend_before_offsets, r, "weekend_directions"));
  CONTRASTE_RETURN_IF_ERROR(AddNumberedPhrases(out->weekend_after_table, out->weekend_after_offsets, r, "weekend_after"));
  CONTRASTE_RETURN_IF_ERROR(ReadSeasons(r));
  CONTRASTE_ASSIGN_OR_RETURN(season_articles, FoldedSet(r, "season_articles"));
  out->season_articles = std::move(season_articles);
  CONTRASTE_ASSIGN_OR_RETURN(count_articles, FoldedSet(r, "count_articles"));
  out->count_articles = std::move(count_articles);
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->next_table, r, "next_words"));
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->last_table, r, "last_words"));
  CONTRASTE_RETURN_IF_ERROR(ReadUnitMap(r, "count_units", &out->count_units));
  CONTRASTE_RETURN_IF_ERROR(ReadContractedParts(r));
  CONTRASTE_RETURN_IF_ERROR(AddPhrases(out->rest_table, r, "rest_phrases"));
  CONTRASTE_RETURN_IF_ERROR(ReadUnitMap(r, "rest_units", &out->rest_units));
  return {};
}

}  // namespace contraste
