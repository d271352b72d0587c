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

#define TEMPORAL_TRY(var, expr)                   \
  auto var##_result = (expr);                     \
  if (!var##_result) return var##_result.error(); \
  auto var = std::move(*var##_result)

#define TEMPORAL_CHECK(expr)                               \
  do {                                                     \
    if (Status st_ = (expr); !st_) return st_.error();     \
  } while (0)

Status LoadRelativeDays(const YamlMap& m, TextNormalizer& norm, TemporalLexicon* out) {
  TEMPORAL_TRY(days, m.NumberMap("relative_days"));
  for (const auto& [phrase, offset] : days) {
    int id = static_cast<int>(out->relative_day_offsets.size());
    if (!out->relative_day_table.Add(norm.Fold(phrase), id)) {
      return YamlError(m.file(), m.Node("relative_days"), fmt::format("phrase '{}' has no words", phrase));
    }
    out->relative_day_offsets.push_back(static_cast<int>(offset));
  }
  return {};
}

Status LoadRelativePeriods(const YamlMap& m, TextNormalizer& norm, TemporalLexicon* out) {
  if (!m.Has("relative_periods")) return {};
  YAML::Node periods = m.Node("relative_periods");
  if (!periods.IsMap()) return YamlError(m.file(), periods, "'relative_periods' must be a map");
  for (const auto& kv : periods) {
    YamlMap p(kv.second, m.file());
    TEMPORAL_CHECK(p.AllowOnly({"unit", "offset", "back"}));
    TEMPORAL_CHECK(p.Require("unit"));
    TEMPORAL_TRY(unit_name, p.String("unit"));
    TEMPORAL_TRY(unit, ParseUnit(m.file(), p.Node("unit"), *unit_name));
    TEMPORAL_TRY(offset, p.Number("offset"));
    TEMPORAL_TRY(back, p.Number("back"));
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
    TEMPORAL_TRY(part, ParsePart(m.file(), kv.second, kv.second.Scalar()));
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
  TEMPORAL_TRY(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  TEMPORAL_CHECK(m.AllowOnly({"numeric_separators", "year_links", "year_nouns", "decade_phrases",
                              "list_connectors", "relative_days", "relative_day_blockers",
                              "relative_periods", "forward_words", "backward_words", "weekday_articles",
                              "ago_words", "since_words", "period_parts", "previous_words",
                              "forward_endings", "year_cues"}));
  TEMPORAL_TRY(seps, m.Strings("numeric_separators"));
  out->numeric_separators.insert(seps.begin(), seps.end());
  TEMPORAL_TRY(links, FoldedSet(m, norm, "year_links"));
  out->year_links = std::move(links);
  TEMPORAL_TRY(nouns, FoldedSet(m, norm, "year_nouns"));
  out->year_nouns = std::move(nouns);
  TEMPORAL_TRY(cues, FoldedSet(m, norm, "year_cues"));
  out->year_cues = std::move(cues);
  TEMPORAL_TRY(decades, m.Strings("decade_phrases"));
  TEMPORAL_CHECK(AddAll(out->decade_table, norm, file, m.Node("decade_phrases"), decades));
  TEMPORAL_TRY(conn, FoldedSet(m, norm, "list_connectors"));
  out->list_connectors = std::move(conn);
  TEMPORAL_CHECK(LoadRelativeDays(m, norm, out));
  TEMPORAL_TRY(blockers, FoldedSet(m, norm, "relative_day_blockers"));
  out->relative_day_blockers = std::move(blockers);
  TEMPORAL_CHECK(LoadRelativePeriods(m, norm, out));
  TEMPORAL_TRY(fwd, m.Strings("forward_words"));
  TEMPORAL_CHECK(AddAll(out->forward_table, norm, file, m.Node("forward_words"), fwd));
  TEMPORAL_TRY(back, m.Strings("backward_words"));
  TEMPORAL_CHECK(AddAll(out->backward_table, norm, file, m.Node("backward_words"), back));
  TEMPORAL_TRY(articles, FoldedSet(m, norm, "weekday_articles"));
  out->weekday_articles = std::move(articles);
  TEMPORAL_TRY(ago, FoldedSet(m, norm, "ago_words"));
  out->ago_words = std::move(ago);
  TEMPORAL_TRY(since, FoldedSet(m, norm, "since_words"));
  out->since_words = std::move(since);
  TEMPORAL_CHECK(LoadPeriodParts(m, norm, out));
  TEMPORAL_TRY(prev, FoldedSet(m, norm, "previous_words"));
  out->previous_words = std::move(prev);
  TEMPORAL_TRY(endings, m.Strings("forward_endings"));
  out->forward_endings = std::move(endings);
  return {};
}

}  // namespace contraste
