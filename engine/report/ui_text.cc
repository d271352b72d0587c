#include "report/ui_text.h"

#include <fmt/format.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "lang/yaml_reader.h"
#include "text/document.h"

namespace contraste {

namespace {

// "P1Y2M3W4DT5H6M7.5S": each number with its designator ("TH" for hours, "TM" for minutes...).
std::vector<std::pair<std::string, std::string>> DurationParts(std::string_view iso) {
  std::vector<std::pair<std::string, std::string>> parts;
  if (iso.size() < 3 || iso[0] != 'P') return {};
  bool time = false;
  std::string number;
  for (size_t i = 1; i < iso.size(); ++i) {
    const char c = iso[i];
    if (c == 'T' && number.empty() && !time) {
      time = true;
    } else if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
      number += c;
    } else if (!number.empty() && std::isupper(static_cast<unsigned char>(c))) {
      parts.emplace_back((time ? "T" : "") + std::string(1, c), number);
      number.clear();
    } else {
      return {};
    }
  }
  return number.empty() ? parts : std::vector<std::pair<std::string, std::string>>{};
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "one" or "many" of a pair read from YAML ([one, many]).
Result<std::pair<std::string, std::string>> Pair(const std::string& file, const YAML::Node& node, const std::string& key) {
  if (!node.IsSequence() || node.size() != 2 || !node[0].IsScalar() || !node[1].IsScalar()) {
    return YamlError(file, node, fmt::format("'{}' must be [one, many]", key));
  }
  return std::make_pair(node[0].Scalar(), node[1].Scalar());
}

// A map of ids to names ("slots": slot id -> what it is called).
Result<std::map<std::string, std::string>> Names(const std::string& file, const YAML::Node& node, const std::string& key,
                                                 const std::string& what) {
  if (!node.IsMap()) return YamlError(file, node, fmt::format("'{}' must map {} ids to names", key, what));
  std::map<std::string, std::string> names;
  for (const auto& kv : node) {
    if (!kv.second.IsScalar()) return YamlError(file, kv.second, fmt::format("a {}'s name must be a string", what));
    names[kv.first.Scalar()] = kv.second.Scalar();
  }
  return names;
}

// `text` with its first letter in upper case ("revisión" -> "Revisión", "árbitro" -> "Árbitro").
std::string UpperFirst(const std::string& text) {
  if (text.empty()) return text;
  int32_t at = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), c);
  if (c < 0) return text;
  const UChar32 upper = u_toupper(c);
  if (upper == c) return text;
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(bytes), length, U8_MAX_LENGTH, upper, error);
  if (error) return text;
  return std::string(bytes, static_cast<size_t>(length)) + text.substr(static_cast<size_t>(at));
}

}  // namespace

const std::vector<std::string>& UiLabelKeys() {
  static const std::vector<std::string> keys = {
      "report_title", "report_summary", "no_findings", "check_title", "check_summary", "filter_kind",
      "filter_slot", "col_kind", "col_findings", "col_by_slot", "slot_of", "rule", "finding", "no_rule",
      "stated_by", "side", "step", "step_dated", "source", "agreements_folded", "agreements_counted",
      "nothing_found", "line_column", "value", "date_unknown", "documents", "doc_id", "doc_title",
      "doc_published", "doc_outlet", "doc_numbers", "doc_assumed", "unknown", "skipped", "draft",
      "draft_heading", "draft_and_compatible", "corpus_side", "against_draft", "against_draft_n", "no_claims",
      "filters",
      // The Markdown pages (report, check, baseline) and the documents' numbers column.
      "summary", "outlet_unknown", "doc_story", "according_to", "same_source", "place_within", "agreements_heading",
      "agreements_one_line", "claim_subject", "corpus", "compatible_with_draft", "locale_declared",
      "locale_inferred", "locale_assumed", "baseline_heading", "baseline_hidden", "baseline_changed",
      "baseline_changed_word", "acknowledged_by", "baseline_now", "change_sides", "change_value",
      "change_document", "baseline_unrecorded", "baseline_no_stale", "baseline_stale"};
  return keys;
}

std::string UiText::Label(const std::string& key) const {
  auto it = labels_.find(key);
  return it == labels_.end() ? key : it->second;
}

std::string UiText::Format(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string text = Label(key);
  if (!labels_.count(key)) {  // no ui.yaml: the key and its values, still readable
    for (const auto& [name, value] : values) text += " " + value;
    return text;
  }
  for (const auto& [name, value] : values) {
    const std::string brace = "{" + name + "}";
    for (size_t at = text.find(brace); at != std::string::npos; at = text.find(brace, at + value.size())) {
      text.replace(at, brace.size(), value);
    }
  }
  return text;
}

std::string UiText::Kind(const std::string& kind, size_t count) const {
  auto it = kinds_.find(kind);
  if (it == kinds_.end()) return kind;
  return count == 1 ? it->second.first : it->second.second;
}

std::string UiText::Slot(const std::string& slot) const {
  auto it = slots_.find(slot);
  return it == slots_.end() ? slot : it->second;
}

std::string UiText::SlotOf(const std::string& slot, const std::string& unit) const {
  return unit.empty() ? Slot(slot) : Format("slot_of", {{"slot", Slot(slot)}, {"unit", unit}});
}

std::string UiText::Hedge(const std::string& hedge) const {
  auto it = hedges_.find(hedge);
  return it == hedges_.end() ? hedge : it->second;
}

std::string UiText::Outlet(const std::string& outlet) const {
  return outlet == kOutletNotGiven ? Label("outlet_unknown") : outlet;
}

std::string UiText::KindTitle(const std::string& kind) const { return UpperFirst(Kind(kind)); }

std::string UiText::Date(const CivilDate& d) const {
  if (date_.empty() || months_.size() != 12 || d.month < 1 || d.month > 12) return d.ToString();
  std::string text = date_;
  auto put = [&](const std::string& brace, const std::string& value) {
    if (size_t at = text.find(brace); at != std::string::npos) text.replace(at, brace.size(), value);
  };
  put("{day}", std::to_string(d.day));
  put("{month}", months_[static_cast<size_t>(d.month - 1)]);
  put("{year}", std::to_string(d.year));
  return text;
}

std::string UiText::Number(std::string_view digits) const {
  std::string_view whole = digits, fraction;
  if (size_t dot = digits.find('.'); dot != std::string_view::npos) {
    whole = digits.substr(0, dot);
    fraction = digits.substr(dot + 1);
  }
  bool negative = !whole.empty() && whole[0] == '-';
  if (negative) whole.remove_prefix(1);
  if (!IsDigits(whole) || (!fraction.empty() && !IsDigits(fraction))) return std::string(digits);
  std::string out;
  const bool grouped = !group_.empty() && whole.size() >= group_from_digits_;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (grouped && i > 0 && (whole.size() - i) % 3 == 0) out += group_;
    out += whole[i];
  }
  if (!fraction.empty()) out += decimal_ + std::string(fraction);
  return (negative ? "-" : "") + out;
}

std::string UiText::Duration(std::string_view iso) const {
  const auto parts = DurationParts(iso);
  if (parts.empty()) return std::string(iso);
  std::vector<std::string> words;
  for (const auto& [designator, number] : parts) {
    auto it = durations_.find(designator);
    if (it == durations_.end()) return std::string(iso);
    words.push_back(Number(number) + " " + (number == "1" ? it->second.first : it->second.second));
  }
  return fmt::format("{}", fmt::join(words, " "));
}

std::string UiText::Value(const std::string& slot, const std::string& value) const {
  if (!value.empty() && value[0] == 'P') {
    std::string d = Duration(value);
    if (d != value) return d;
  }
  if (auto date = CivilDate::Parse(value)) return Date(*date);
  // A month: "2024-06".
  if (value.size() == 7 && value[4] == '-' && IsDigits(value.substr(0, 4)) && IsDigits(value.substr(5)) &&
      !month_year_.empty() && months_.size() == 12) {
    const int month = std::stoi(value.substr(5));
    if (month >= 1 && month <= 12) {
      std::string text = month_year_;
      if (size_t at = text.find("{month}"); at != std::string::npos) text.replace(at, 7, months_[static_cast<size_t>(month - 1)]);
      if (size_t at = text.find("{year}"); at != std::string::npos) text.replace(at, 6, value.substr(0, 4));
      return text;
    }
  }
  if (slot == "quantity") {  // "10000 contenedor": the number as the language writes it
    const size_t space = value.find(' ');
    return Number(std::string_view(value).substr(0, space)) + (space == std::string::npos ? "" : value.substr(space));
  }
  return value;
}

Result<UiText> ParseUiText(const std::string& text, const std::string& file, const std::string& language) {
  CONTRASTE_ASSIGN_OR_RETURN(yaml, YamlFile::Parse(text, file));
  YamlMap top(yaml.root, file);
  const std::vector<std::string> sections = {"date",   "month_year", "months", "durations", "numbers",
                                             "labels", "kinds",      "slots",  "hedges"};
  CONTRASTE_RETURN_IF_ERROR(top.AllowOnly(sections));
  for (const std::string& key : sections) {
    CONTRASTE_RETURN_IF_ERROR(top.Require(key));
  }
  UiText ui;
  ui.language_ = language;
  CONTRASTE_ASSIGN_OR_RETURN(date, top.String("date"));
  CONTRASTE_ASSIGN_OR_RETURN(month_year, top.String("month_year"));
  CONTRASTE_ASSIGN_OR_RETURN(months, top.Strings("months"));
  if (months.size() != 12) return YamlError(file, top.Node("months"), "'months' must list the twelve months from January");
  ui.date_ = *date;
  ui.month_year_ = *month_year;
  ui.months_ = months;
  YamlMap durations(top.Node("durations"), file);
  const std::vector<std::string> designators = {"Y", "M", "W", "D", "TH", "TM", "TS"};
  CONTRASTE_RETURN_IF_ERROR(durations.AllowOnly(designators));
  for (const std::string& d : designators) {
    CONTRASTE_RETURN_IF_ERROR(durations.Require(d));
    CONTRASTE_ASSIGN_OR_RETURN(words, Pair(file, durations.Node(d), d));
    ui.durations_[d] = words;
  }
  YamlMap numbers(top.Node("numbers"), file);
  CONTRASTE_RETURN_IF_ERROR(numbers.AllowOnly({"decimal", "group", "group_from_digits"}));
  CONTRASTE_ASSIGN_OR_RETURN(decimal, numbers.String("decimal"));
  CONTRASTE_ASSIGN_OR_RETURN(group, numbers.String("group"));
  CONTRASTE_ASSIGN_OR_RETURN(from, numbers.Number("group_from_digits"));
  if (!decimal || !group || !from || *from < 1) {
    return YamlError(file, top.Node("numbers"), "'numbers' needs decimal, group and group_from_digits (1 or more)");
  }
  ui.decimal_ = *decimal;
  ui.group_ = *group;
  ui.group_from_digits_ = static_cast<size_t>(*from);
  YamlMap labels(top.Node("labels"), file);
  CONTRASTE_RETURN_IF_ERROR(labels.AllowOnly(UiLabelKeys()));
  for (const std::string& key : UiLabelKeys()) {
    CONTRASTE_RETURN_IF_ERROR(labels.Require(key));
    CONTRASTE_ASSIGN_OR_RETURN(label, labels.String(key));
    ui.labels_[key] = *label;
  }
  YamlMap kinds(top.Node("kinds"), file);
  const std::vector<std::string> kind_ids = {"conflict", "agreement", "revision", "dispute",
                                             "contradicted", "disputed", "confirmed", "unchecked"};
  CONTRASTE_RETURN_IF_ERROR(kinds.AllowOnly(kind_ids));
  for (const std::string& k : kind_ids) {
    CONTRASTE_RETURN_IF_ERROR(kinds.Require(k));
    CONTRASTE_ASSIGN_OR_RETURN(words, Pair(file, kinds.Node(k), k));
    ui.kinds_[k] = words;
  }
  CONTRASTE_ASSIGN_OR_RETURN(slots, Names(file, top.Node("slots"), "slots", "slot"));
  CONTRASTE_ASSIGN_OR_RETURN(hedges, Names(file, top.Node("hedges"), "hedges", "hedge"));
  ui.slots_ = std::move(slots);
  ui.hedges_ = std::move(hedges);
  return ui;
}

Result<UiText> LoadUiText(const std::string& file, const std::string& language) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kBadRule, file, 0, 0, "cannot open ui file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseUiText(ss.str(), file, language);
}

}  // namespace contraste
