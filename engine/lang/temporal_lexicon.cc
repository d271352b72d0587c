#include "lang/temporal_lexicon.h"

#include <fmt/format.h>

#include <filesystem>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

// Adds a folded phrase to `table` with `id` and its first word to `first` of the classes.
Status AddPhrase(PhraseTable& table, int id, uint64_t first, TextNormalizer& norm, const std::string& file,
                 const YAML::Node& at, const std::string& phrase, TemporalLexicon* out) {
  const std::string folded = norm.Fold(phrase);
  if (!table.Add(folded, id)) return YamlError(file, at, fmt::format("phrase '{}' has no words", phrase));
  out->classes.AddFirstWord(folded, first);
  return {};
}

Status AddAll(PhraseTable& table, uint64_t first, TextNormalizer& norm, const std::string& file,
              const YAML::Node& at, const std::vector<std::string>& phrases, TemporalLexicon* out) {
  for (const auto& p : phrases) CONTRASTE_RETURN_IF_ERROR(AddPhrase(table, 0, first, norm, file, at, p, out));
  return {};
}

// The folded words of list `key` get class `word_class`.
Status AddClass(const YamlMap& m, TextNormalizer& norm, const std::string& key, uint64_t word_class,
                TemporalLexicon* out) {
  CONTRASTE_ASSIGN_OR_RETURN(words, m.Strings(key));
  for (const auto& w : words) out->classes.Add(norm.Fold(w), word_class);
  return {};
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
    CONTRASTE_RETURN_IF_ERROR(
        AddPhrase(out->relative_day_table, id, kRelativeDayFirst, norm, m.file(), m.Node(key), phrase, out));
    out->relative_day_offsets.push_back(static_cast<int>(offset));
    out->relative_day_loose.push_back(loose);
  }
  return {};
}

// A map of folded word -> number in [1, max] (the last of two spellings that fold alike wins);
// its words get class `word_class`.
Status FoldedNumbers(const YamlMap& m, TextNormalizer& norm, const std::string& key, int max, uint64_t word_class,
                     WordMap<int>* into, TemporalLexicon* out) {
  CONTRASTE_ASSIGN_OR_RETURN(entries, m.NumberMap(key));
  std::unordered_map<std::string, int> folded;
  std::vector<std::string> order;
  for (const auto& [word, n] : entries) {
    if (n < 1 || n > max || n != static_cast<int>(n)) {
      return YamlError(m.file(), m.Node(key), fmt::format("'{}' must map to a whole number from 1 to {}", word, max));
    }
    std::string w = norm.Fold(word);
    if (folded.emplace(w, 0).second) order.push_back(w);
    folded[w] = static_cast<int>(n);
  }
  for (const auto& w : order) {
    into->Insert(w, folded[w]);
    out->classes.Add(w, word_class);
  }
  return {};
}

Status LoadRelativePeriods(const YamlMap& m, TextNormalizer& norm, TemporalLexicon* out) {
  if (!m.Has("relative_periods")) return {};
  YAML::Node periods = m.Node("relative_periods");
  if (!periods.IsMap()) return YamlError(m.file(), periods, "'relative_periods' must be a map");
  for (const auto& kv : periods) {
    YamlMap p(kv.second, m.file());
    CONTRASTE_RETURN_IF_ERROR(p.AllowOnly({"unit", "offset", "back", "loose"}));
    CONTRASTE_RETURN_IF_ERROR(p.Require("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit_name, p.String("unit"));
    CONTRASTE_ASSIGN_OR_RETURN(unit, ParseUnit(m.file(), p.Node("unit"), *unit_name));
    CONTRASTE_ASSIGN_OR_RETURN(offset, p.Number("offset"));
    CONTRASTE_ASSIGN_OR_RETURN(back, p.Number("back"));
    CONTRASTE_ASSIGN_OR_RETURN(loose, p.Bool("loose"));
    RelativePeriod rp{unit, offset ? static_cast<int>(*offset) : 0, back ? static_cast<int>(*back) : 0, loose && *loose};
    int id = static_cast<int>(out->relative_periods.size());
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(out->relative_period_table, id, kRelativePeriodFirst, norm, m.file(),
                                        kv.first, kv.first.Scalar(), out));
    out->relative_periods.push_back(rp);
  }
  return {};
}

Status LoadCountedFrom(const YamlMap& m, TextNormalizer& norm, TemporalLexicon* out) {
  if (!m.Has("counted_from")) return {};
  YAML::Node phrases = m.Node("counted_from");
  if (!phrases.IsMap()) return YamlError(m.file(), phrases, "'counted_from' must be a map");
  for (const auto& kv : phrases) {
    YamlMap p(kv.second, m.file());
    CONTRASTE_RETURN_IF_ERROR(p.AllowOnly({"direction", "from", "day_follows", "after_span_word"}));
    CONTRASTE_RETURN_IF_ERROR(p.Require("direction"));
    CONTRASTE_ASSIGN_OR_RETURN(direction, p.Number("direction"));
    CONTRASTE_ASSIGN_OR_RETURN(from, p.Number("from"));
    CONTRASTE_ASSIGN_OR_RETURN(day_follows, p.Bool("day_follows"));
    CONTRASTE_ASSIGN_OR_RETURN(after_span_word, p.Bool("after_span_word"));
    if (*direction != 1 && *direction != -1) {
      return YamlError(m.file(), p.Node("direction"), "'direction' must be 1 or -1");
    }
    int id = static_cast<int>(out->counted_from.size());
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(out->counted_from_table, id, kCountedFromFirst, norm, m.file(), kv.first,
                                        kv.first.Scalar(), out));
    out->counted_from.push_back({static_cast<int>(*direction), from ? static_cast<int>(*from) : 0,
                                 day_follows && *day_follows, after_span_word && *after_span_word});
  }
  return {};
}

Status LoadPartBounds(const YamlMap& m, TemporalLexicon* out) {
  if (!m.Has("part_bounds")) return {};
  YamlMap units(m.Node("part_bounds"), m.file());
  CONTRASTE_RETURN_IF_ERROR(units.AllowOnly({"week", "month", "year"}));
  const std::pair<const char*, PartBound*> kUnits[] = {{"week", out->part_bounds.week},
                                                        {"month", out->part_bounds.month},
                                                        {"year", out->part_bounds.year}};
  const int kMost[] = {7, 31, 12};
  for (size_t u = 0; u < 3; ++u) {
    if (!units.Has(kUnits[u].first)) continue;
    YAML::Node parts = units.Node(kUnits[u].first);
    if (!parts.IsMap()) return YamlError(m.file(), parts, "a unit of 'part_bounds' must map parts to [first, last]");
    for (const auto& kv : parts) {
      CONTRASTE_ASSIGN_OR_RETURN(part, ParsePart(m.file(), kv.first, kv.first.Scalar()));
      if (!kv.second.IsSequence() || kv.second.size() != 2) {
        return YamlError(m.file(), kv.second, "a part's bounds are [first, last]");
      }
      const int first = kv.second[0].as<int>(0), last = kv.second[1].as<int>(0);
      if (first < 1 || last < first || last > kMost[u]) {
        return YamlError(m.file(), kv.second, fmt::format("bounds must be 1 <= first <= last <= {}", kMost[u]));
      }
      kUnits[u].second[static_cast<size_t>(part)] = {first, last};
    }
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
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(out->period_part_table, id, kPeriodPartFirst, norm, m.file(), kv.first,
                                        kv.first.Scalar(), out));
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
                              "short_decade_phrases",
                              "list_connectors", "relative_days", "relative_day_blockers",
                              "relative_periods", "forward_words", "backward_words", "weekday_articles",
                              "ago_words", "since_words", "period_parts", "previous_words",
                              "forward_endings", "year_cues", "loose_relative_days",
                              "month_abbreviations", "weekday_abbreviations", "weekday_plurals",
                              "recurring_articles", "day_suffixes", "day_articles", "whole_period_words",
                              "weekday_weeks", "month_before_day", "numeric_month_first", "ago_after_amount", "decade_suffixes",
                              "counted_from", "week_weekday_links", "part_bounds"}));
  CONTRASTE_ASSIGN_OR_RETURN(numeric_month_first, m.Bool("numeric_month_first"));
  out->numeric_month_first = numeric_month_first && *numeric_month_first;
  CONTRASTE_ASSIGN_OR_RETURN(month_first, m.Bool("month_before_day"));
  out->month_before_day = month_first && *month_first;
  CONTRASTE_ASSIGN_OR_RETURN(ago_after, m.Bool("ago_after_amount"));
  out->ago_after_amount = ago_after && *ago_after;
  CONTRASTE_ASSIGN_OR_RETURN(seps, m.Strings("numeric_separators"));
  for (const auto& sep : seps) out->classes.Add(sep, kNumericSeparatorWord);
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "year_links", kYearLinkWord, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "year_nouns", kYearNounWord, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "year_cues", kYearCueWord, out));
  CONTRASTE_ASSIGN_OR_RETURN(decades, m.Strings("decade_phrases"));
  CONTRASTE_RETURN_IF_ERROR(AddAll(out->decade_table, kDecadeFirst, norm, file, m.Node("decade_phrases"), decades, out));
  // Short forms ("los 70") get id 1: TemporalReader::Decade reads them only where no noun follows.
  CONTRASTE_ASSIGN_OR_RETURN(short_decades, m.Strings("short_decade_phrases"));
  for (const auto& p : short_decades) {
    CONTRASTE_RETURN_IF_ERROR(
        AddPhrase(out->decade_table, 1, kDecadeFirst, norm, file, m.Node("short_decade_phrases"), p, out));
  }
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "decade_suffixes", kDecadeSuffixWord, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "list_connectors", kListConnectorWord, out));
  CONTRASTE_RETURN_IF_ERROR(LoadRelativeDays(m, norm, "relative_days", false, out));
  CONTRASTE_RETURN_IF_ERROR(LoadRelativeDays(m, norm, "loose_relative_days", true, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "relative_day_blockers", kRelativeDayBlockerWord, out));
  CONTRASTE_RETURN_IF_ERROR(LoadRelativePeriods(m, norm, out));
  CONTRASTE_ASSIGN_OR_RETURN(fwd, m.Strings("forward_words"));
  CONTRASTE_RETURN_IF_ERROR(AddAll(out->forward_table, kForwardFirst, norm, file, m.Node("forward_words"), fwd, out));
  CONTRASTE_ASSIGN_OR_RETURN(back, m.Strings("backward_words"));
  CONTRASTE_RETURN_IF_ERROR(AddAll(out->backward_table, kBackwardFirst, norm, file, m.Node("backward_words"), back, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "weekday_articles", kWeekdayArticleWord, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "ago_words", kAgoWord, out));
  CONTRASTE_RETURN_IF_ERROR(LoadCountedFrom(m, norm, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "week_weekday_links", kWeekWeekdayLinkWord, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "since_words", kSinceWord, out));
  CONTRASTE_RETURN_IF_ERROR(LoadPeriodParts(m, norm, out));
  CONTRASTE_RETURN_IF_ERROR(LoadPartBounds(m, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "previous_words", kPreviousWord, out));
  CONTRASTE_ASSIGN_OR_RETURN(endings, m.Strings("forward_endings"));
  out->forward_endings = std::move(endings);
  CONTRASTE_RETURN_IF_ERROR(
      FoldedNumbers(m, norm, "month_abbreviations", 12, kMonthAbbreviationWord, &out->month_abbreviations, out));
  CONTRASTE_RETURN_IF_ERROR(
      FoldedNumbers(m, norm, "weekday_abbreviations", 7, kWeekdayAbbreviationWord, &out->weekday_abbreviations, out));
  CONTRASTE_RETURN_IF_ERROR(FoldedNumbers(m, norm, "weekday_plurals", 7, kWeekdayPluralWord, &out->weekday_plurals, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "recurring_articles", kRecurringArticleWord, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "day_suffixes", kDaySuffixWord, out));
  CONTRASTE_RETURN_IF_ERROR(AddClass(m, norm, "day_articles", kDayArticleWord, out));
  CONTRASTE_ASSIGN_OR_RETURN(whole, m.Strings("whole_period_words"));
  CONTRASTE_RETURN_IF_ERROR(AddAll(out->whole_period_table, 0, norm, file, m.Node("whole_period_words"), whole, out));
  CONTRASTE_ASSIGN_OR_RETURN(weeks, m.NumberMap("weekday_weeks"));
  for (const auto& [phrase, offset] : weeks) {
    CONTRASTE_RETURN_IF_ERROR(AddPhrase(out->week_table, static_cast<int>(out->week_offsets.size()), kWeekFirst, norm,
                                        file, m.Node("weekday_weeks"), phrase, out));
    out->week_offsets.push_back(static_cast<int>(offset));
  }
  return {};
}

void AddCalendarWords(const std::unordered_map<std::string, int>& months,
                      const std::unordered_map<std::string, int>& weekdays, const std::string& day_month_link,
                      TemporalLexicon* out) {
  for (const auto& [w, v] : months) {
    out->months.Insert(w, v);
    out->classes.Add(w, kMonthWord);
  }
  for (const auto& [w, v] : weekdays) {
    out->weekdays.Insert(w, v);
    out->classes.Add(w, kWeekdayWord);
  }
  if (!day_month_link.empty()) out->classes.Add(day_month_link, kDayMonthLinkWord);
}

}  // namespace contraste
