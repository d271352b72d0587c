#include "extract/temporal_lexicon.h"

#include <fmt/format.h>

#include <filesystem>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

Status AddAll(PhraseTable& table, TextNormalizer& norm, const std::string& file, const YAML::Node& at,
              const std::vector<std::string>& phrases) {
  for (const auto& p : phrases) {
    if (!table.Add(norm.Fold(p), 0)) return YamlError(file, at, fmt::format("phrase '{}' has no words", p));
  }
  return {};
}

Result<std::unordered_set<std::string>> FoldedSet(const YamlMap& m, TextNormalizer& norm, const std::string& key) {
  auto words = m.Strings(key);
  if (!words) return words.error();
  std::unordered_set<std::string> out;
  for (const auto& w : *words) out.insert(norm.Fold(w));
  return out;
}

Result<TimeUnit> ParseUnit(const std::string& file, const YAML::Node& at, const std::string& name) {
  if (name == "day") return TimeUnit::kDay;
  if (name == "week") return TimeUnit::kWeek;
  if (name == "month") return TimeUnit::kMonth;
  if (name == "year") return TimeUnit::kYear;
  if (name == "decade") return TimeUnit::kDecade;
  return YamlError(file, at, fmt::format("unknown unit '{}' (valid: day, week, month, year, decade)", name));
}

Result<PeriodPart> ParsePart(const std::string& file, const YAML::Node& at, const std::string& name) {
  if (name == "begin") return PeriodPart::kBegin;
  if (name == "middle") return PeriodPart::kMiddle;
  if (name == "end") return PeriodPart::kEnd;
  return YamlError(file, at, fmt::format("unknown part '{}' (valid: begin, middle, end)", name));
}

Status LoadRelativeDays(const YamlMap& m, TextNormalizer& norm, const std::string& key, bool loose,
                        TemporalLexicon* out) {
  CONTRASTE_ASSIGN_OR_RETURN(days, m.NumberMap(key));
  for (const auto& [phrase, offset] : days) {
    int id = static_cast<int>(out->relative_day_offsets.size());
    if (!out->relative_day_table.Add(norm.Fold(phrase), id)) {
      return YamlError(m.file(), m.Node(key), fmt::format("phrase '{}' has no words", phrase));
    }
    out->relative_day_offsets.push_back(static_cast<int>(offset));
    out->relative_day_loose.push_back(loose);
  }
  return {};
}

// A map of folded word -> number in [1, max].
Result<std::unordered_map<std::string, int>> FoldedNumbers(const YamlMap& m, TextNormalizer& norm,
                                                           const std::string& key, int max) {
  CONTRASTE_ASSIGN_OR_RETURN(entries, m.NumberMap(key));
  std::unordered_map<std::string, int> out;
  for (const auto& [word, n] : entries) {
    if (n < 1 || n > max || n != static_cast<int>(n)) {
      return YamlError(m.file(), m.Node(key), fmt::format("'{}' must map to a whole number from 1 to {}", word, max));
    }
    out[norm.Fold(word)] = static_cast<int>(n);
  }
  return out;
}

Status LoadRelativePeriods(const YamlMap& m, TextNormalizer& norm, TemporalLexicon* out) {
  if (!m.Has("relative_periods")) return {};
  YAML::Node periods = m.Node("relative_periods");
  if (!periods.IsMap()) return YamlError(m.file(), periods, "'relative_periods' must be a map");
  for (const auto& kv : periods) {
    YamlMap p(kv.second, m.file());
    CONTRASTE_RETURN_IF_ERROR(p.AllowOnly({"unit", "offset", "back"}));
    CONTRASTE_RETURN_IF_ERROR(p.Require("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit_name, p.String("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit, ParseUnit(m.file(), p.Node("unit"), *unit_name));
    CONTRASTE_ASSIGN_OR_RETURN(offset, p.Number("offset"));
    CONTRASTE_ASSIGN_OR_RETURN(back, p.Number("back"));
    RelativePeriod rp{unit, offset ? static_cast<int>(*offset) : 0, back ? static_cast<int>(*back) : 0};
    int id = static_cast<int>(out->relative_periods.size());
    if (!out->relative_period_table.Add(norm.Fold(kv.first.Scalar()), id)) {
      return YamlError(m.file(), kv.first, fmt::format("phrase '{}' has no words", kv.first.Scalar()));
    }
    out->relative_periods.push_back(rp);
  }
  return {};
}

Status LoadPeriodParts(const YamlMap& m, TextNormalizer& norm, TemporalLexicon* out) {
  if (!m.Has("period_parts")) return {};
  YAML::Node parts = m.Node("period_parts");
  if (!parts.IsMap()) return YamlError(m.file(), parts, "'period_parts' must be a map");
  for (const auto& kv : parts) {
    CONTRASTE_ASSIGN_OR_RETURN(part, ParsePart(m.file(), kv.second, kv.second.Scalar()));
    int id = static_cast<int>(out->period_parts.size());
    if (!out->period_part_table.Add(norm.Fold(kv.first.Scalar()), id)) {
      return YamlError(m.file(), kv.first, fmt::format("phrase '{}' has no words", kv.first.Scalar()));
    }
    out->period_parts.push_back(part);
  }
  return {};
}

}  // namespace

Status LoadTemporalLexicon(const std::string& dir, TextNormalizer& norm, TemporalLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "time.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"numeric_separators", "year_links", "year_nouns", "decade_phrases",
                              "list_connectors", "relative_days", "relative_day_blockers",
                              "relative_periods", "forward_words", "backward_words", "weekday_articles",
                              "ago_words", "since_words", "period_parts", "previous_words",
                              "forward_endings", "year_cues", "loose_relative_days",
                              "month_abbreviations", "weekday_abbreviations", "weekday_plurals",
                              "recurring_articles", "day_suffixes", "day_articles", "whole_period_words",
                              "weekday_weeks"}));
  CONTRASTE_ASSIGN_OR_RETURN(seps, m.Strings("numeric_separators"));
  out->numeric_separators.insert(seps.begin(), seps.end());
  CONTRASTE_ASSIGN_OR_RETURN(links, FoldedSet(m, norm, "year_links"));
  out->year_links = std::move(links);
  CONTRASTE_ASSIGN_OR_RETURN(nouns, FoldedSet(m, norm, "year_nouns"));
  out->year_nouns = std::move(nouns);
  CONTRASTE_ASSIGN_OR_RETURN(cues, FoldedSet(m, norm, "year_cues"));
  out->year_cues = std::move(cues);
  CONTRASTE_ASSIGN_OR_RETURN(decades, m.Strings("decade_phrases"));
  CONTRASTE_RETURN_IF_ERROR(AddAll(out->decade_table, norm, file, m.Node("decade_phrases"), decades));
  CONTRASTE_ASSIGN_OR_RETURN(conn, FoldedSet(m, norm, "list_connectors"));
  out->list_connectors = std::move(conn);
  CONTRASTE_RETURN_IF_ERROR(LoadRelativeDays(m, norm, "relative_days", false, out));
  CONTRASTE_RETURN_IF_ERROR(LoadRelativeDays(m, norm, "loose_relative_days", true, out));
  CONTRASTE_ASSIGN_OR_RETURN(blockers, FoldedSet(m, norm, "relative_day_blockers"));
  out->relative_day_blockers = std::move(blockers);
  CONTRASTE_RETURN_IF_ERROR(LoadRelativePeriods(m, norm, out));
  CONTRASTE_ASSIGN_OR_RETURN(fwd, m.Strings("forward_words"));
  CONTRASTE_RETURN_IF_ERROR(AddAll(out->forward_table, norm, file, m.Node("forward_words"), fwd));
  CONTRASTE_ASSIGN_OR_RETURN(back, m.Strings("backward_words"));
  CONTRASTE_RETURN_IF_ERROR(AddAll(out->backward_table, norm, file, m.Node("backward_words"), back));
  CONTRASTE_ASSIGN_OR_RETURN(articles, FoldedSet(m, norm, "weekday_articles"));
  out->weekday_articles = std::move(articles);
  CONTRASTE_ASSIGN_OR_RETURN(ago, FoldedSet(m, norm, "ago_words"));
  out->ago_words = std::move(ago);
  CONTRASTE_ASSIGN_OR_RETURN(since, FoldedSet(m, norm, "since_words"));
  out->since_words = std::move(since);
  CONTRASTE_RETURN_IF_ERROR(LoadPeriodParts(m, norm, out));
  CONTRASTE_ASSIGN_OR_RETURN(prev, FoldedSet(m, norm, "previous_words"));
  out->previous_words = std::move(prev);
  CONTRASTE_ASSIGN_OR_RETURN(endings, m.Strings("forward_endings"));
  out->forward_endings = std::move(endings);
  CONTRASTE_ASSIGN_OR_RETURN(month_abbr, FoldedNumbers(m, norm, "month_abbreviations", 12));
  out->month_abbreviations = std::move(month_abbr);
  CONTRASTE_ASSIGN_OR_RETURN(weekday_abbr, FoldedNumbers(m, norm, "weekday_abbreviations", 7));
  out->weekday_abbreviations = std::move(weekday_abbr);
  CONTRASTE_ASSIGN_OR_RETURN(plurals, FoldedNumbers(m, norm, "weekday_plurals", 7));
  out->weekday_plurals = std::move(plurals);
  CONTRASTE_ASSIGN_OR_RETURN(recurring, FoldedSet(m, norm, "recurring_articles"));
  out->recurring_articles = std::move(recurring);
  CONTRASTE_ASSIGN_OR_RETURN(suffixes, FoldedSet(m, norm, "day_suffixes"));
  out->day_suffixes = std::move(suffixes);
  CONTRASTE_ASSIGN_OR_RETURN(day_articles, FoldedSet(m, norm, "day_articles"));
  out->day_articles = std::move(day_articles);
  CONTRASTE_ASSIGN_OR_RETURN(whole, m.Strings("whole_period_words"));
  CONTRASTE_RETURN_IF_ERROR(AddAll(out->whole_period_table, norm, file, m.Node("whole_period_words"), whole));
  CONTRASTE_ASSIGN_OR_RETURN(weeks, m.NumberMap("weekday_weeks"));
  for (const auto& [phrase, offset] : weeks) {
    if (!out->week_table.Add(norm.Fold(phrase), static_cast<int>(out->week_offsets.size()))) {
      return YamlError(file, m.Node("weekday_weeks"), fmt::format("phrase '{}' has no words", phrase));
    }
    out->week_offsets.push_back(static_cast<int>(offset));
  }
  return {};
}

}  // namespace contraste
