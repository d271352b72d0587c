#include "lang/number_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

Result<WordSet> FoldedWordSet(const YamlMap& m, TextNormalizer& norm, const std::string& key) {
  auto words = m.Strings(key);
  if (!words) return words.error();
  WordSet out;
  for (const auto& w : *words) out.Insert(norm.Fold(w));
  return out;
}

Result<std::unordered_set<std::string>> FoldedSet(const YamlMap& m, TextNormalizer& norm, const std::string& key) {
  auto words = m.Strings(key);
  if (!words) return words.error();
  std::unordered_set<std::string> out;
  for (const auto& w : *words) out.insert(norm.Fold(w));
  return out;
}

Result<std::vector<std::string>> FoldedList(const YamlMap& m, TextNormalizer& norm, const std::string& key) {
  auto words = m.Strings(key);
  if (!words) return words.error();
  std::vector<std::string> out;
  for (const auto& w : *words) out.push_back(norm.Fold(w));
  return out;
}

// Words in file order; a word that folds like an earlier one keeps the last value given.
Result<WordMap<double>> FoldedMap(const YamlMap& m, TextNormalizer& norm, const std::string& key, bool positive) {
  auto pairs = m.NumberMap(key);
  if (!pairs) return pairs.error();
  std::vector<std::string> order;
  std::unordered_map<std::string, double> last;
  for (const auto& [w, v] : *pairs) {
    if (positive && v <= 0) return YamlError(m.file(), m.Node(key), fmt::format("'{}' must be above 0", w));
    std::string folded = norm.Fold(w);
    if (!last.count(folded)) order.push_back(folded);
    last[folded] = v;
  }
  WordMap<double> out;
  for (const auto& w : order) out.Insert(w, last[w]);
  return out;
}

Status LoadRelative(const YamlMap& m, TextNormalizer& norm, NumberLexicon* out) {
  if (!m.Has("relative_ordinals")) return {};
  YAML::Node list = m.Node("relative_ordinals");
  if (!list.IsSequence()) return YamlError(m.file(), list, "'relative_ordinals' must be a list");
  for (const auto& item : list) {
    YamlMap r(item, m.file());
    CONTRASTE_RETURN_IF_ERROR(r.AllowOnly({"phrases", "anchor", "offset"}));
    CONTRASTE_RETURN_IF_ERROR(r.Require("phrases"));
    CONTRASTE_RETURN_IF_ERROR(r.Require("anchor"));
    CONTRASTE_RETURN_IF_ERROR(r.Require("offset"));
    CONTRASTE_ASSIGN_OR_RETURN(anchor, r.String("anchor"));
    CONTRASTE_ASSIGN_OR_RETURN(offset, r.Number("offset"));
    CONTRASTE_ASSIGN_OR_RETURN(phrases, r.Strings("phrases"));
    if (*anchor != "end" && *anchor != "current") {
      return YamlError(m.file(), r.Node("anchor"), fmt::format("unknown anchor '{}' (valid: end, current)", *anchor));
    }
    int id = static_cast<int>(out->relative.size());
    out->relative.push_back({*anchor, static_cast<int>(*offset)});
    for (const auto& p : phrases) {
      out->NoteWord(norm.Fold(p));
      if (!out->relative_table.Add(norm.Fold(p), id)) {
        return YamlError(m.file(), item, fmt::format("phrase '{}' has no words", p));
      }
    }
  }
  return {};
}

}  // namespace

uint32_t NumberLexicon::Tail(std::string_view w) {
  uint32_t tail = 0;
  for (size_t k = w.size() > 4 ? w.size() - 4 : 0; k < w.size(); ++k) tail = (tail << 8) | static_cast<unsigned char>(w[k]);
  return tail;
}

bool NumberLexicon::EndsWithOneOf(const std::vector<Ending>& endings, std::string_view word) {
  const uint32_t tail = Tail(word);
  for (const Ending& e : endings) {
    if ((tail & e.mask) == e.tail && word.size() > e.text.size() && word.ends_with(e.text)) return true;
  }
  return false;
}

void NumberLexicon::AddEnding(std::string ending, std::vector<Ending>* endings, size_t* min_bytes) {
  if (ending.empty()) return;
  *min_bytes = std::min(*min_bytes, ending.size());
  const size_t tail_bytes = std::min<size_t>(ending.size(), 4);
  const uint32_t mask = tail_bytes == 4 ? 0xffffffffu : (uint32_t{1} << (8 * tail_bytes)) - 1;
  const uint32_t tail = Tail(ending);
  endings->push_back({std::move(ending), tail, mask});
}

void NumberLexicon::AddWord(std::string_view word, WordSet* words, HashFilter* filter) {
  words->Insert(word);
  filter->Add(TokenHash(word));
}

void NumberLexicon::NoteWord(std::string_view folded_phrase) {
  std::vector<Token> tokens;
  Tokenize(folded_phrase, 0, folded_phrase.size(), &tokens);
  if (tokens.empty()) return;
  const std::string first(folded_phrase.substr(tokens[0].begin, tokens[0].end - tokens[0].begin));
  AddWord(first, &starts_, &start_filter_);
  if (!plural_ending.empty()) AddWord(first + plural_ending, &starts_, &start_filter_);
}

void NumberLexicon::BuildFilters() {
  for (const auto& [form, value] : ordinal_multipliers) {
    AddEnding(form, &glued_endings_, &min_glued_bytes_);
    AddEnding(form + plural_ending, &glued_endings_, &min_glued_bytes_);
    AddEnding(form, &denominator_endings_, &min_denominator_ending_bytes_);
    AddEnding(form + plural_ending, &denominator_endings_, &min_denominator_ending_bytes_);
  }
  for (const std::string& ending : denominator_endings) {
    AddEnding(ending, &denominator_endings_, &min_denominator_ending_bytes_);
    AddEnding(ending + plural_ending, &denominator_endings_, &min_denominator_ending_bytes_);
  }
  for (const auto* words : {&denominators, &ordinal_multipliers}) {
    for (const auto& [w, v] : *words) {
      AddWord(w, &denominator_words_, &denominator_filter_);
      AddWord(w + plural_ending, &denominator_words_, &denominator_filter_);
    }
  }
}

Status LoadNumberLexicon(const std::string& dir, TextNormalizer& norm, NumberLexicon* out) {
  const std::string file = (std::filesystem::path(dir) / "number_forms.yaml").string();
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"negative_sign", "negative_words", "fraction_joiners", "one_pronoun_after", "fraction_slash", "clock_separator", "decimal_words",
                                         "decimal_or_fraction_words", "over_words", "exponent_markers",
                                         "power_markers", "digit_multipliers", "glued_multipliers", "money_multipliers", "fraction_characters",
                                         "fraction_words", "denominators", "denominator_endings",
                                         "elided_stem_endings", "stem_joiner", "ordinal_multipliers",
                                         "plural_ending", "relative_ordinals"}));
  CONTRASTE_ASSIGN_OR_RETURN(sign, m.String("negative_sign"));
  CONTRASTE_ASSIGN_OR_RETURN(slash, m.String("fraction_slash"));
  CONTRASTE_ASSIGN_OR_RETURN(clock, m.String("clock_separator"));
  CONTRASTE_ASSIGN_OR_RETURN(joiner, m.String("stem_joiner"));
  CONTRASTE_ASSIGN_OR_RETURN(plural, m.String("plural_ending"));
  if (sign) out->negative_sign = norm.Fold(*sign);
  if (slash) out->fraction_slash = norm.Fold(*slash);
  if (clock) out->clock_separator = *clock;
  if (joiner) out->stem_joiner = norm.Fold(*joiner);
  if (plural) out->plural_ending = norm.Fold(*plural);
  CONTRASTE_ASSIGN_OR_RETURN(decimal, FoldedWordSet(m, norm, "decimal_words"));
  CONTRASTE_ASSIGN_OR_RETURN(with, FoldedWordSet(m, norm, "decimal_or_fraction_words"));
  CONTRASTE_ASSIGN_OR_RETURN(over, FoldedWordSet(m, norm, "over_words"));
  CONTRASTE_ASSIGN_OR_RETURN(exponent, FoldedSet(m, norm, "exponent_markers"));
  CONTRASTE_ASSIGN_OR_RETURN(power, FoldedWordSet(m, norm, "power_markers"));
  CONTRASTE_ASSIGN_OR_RETURN(negatives, FoldedWordSet(m, norm, "negative_words"));
  CONTRASTE_ASSIGN_OR_RETURN(joiners, FoldedWordSet(m, norm, "fraction_joiners"));
  CONTRASTE_ASSIGN_OR_RETURN(pronoun, FoldedWordSet(m, norm, "one_pronoun_after"));
  out->negative_words = std::move(negatives);
  out->fraction_joiners = std::move(joiners);
  out->one_pronoun_after = std::move(pronoun);
  out->decimal_words = std::move(decimal);
  out->decimal_or_fraction_words = std::move(with);
  out->over_words = std::move(over);
  out->exponent_markers = std::move(exponent);
  out->power_markers = std::move(power);
  CONTRASTE_ASSIGN_OR_RETURN(mult, FoldedMap(m, norm, "digit_multipliers", true));
  CONTRASTE_ASSIGN_OR_RETURN(chars, FoldedMap(m, norm, "fraction_characters", true));
  CONTRASTE_ASSIGN_OR_RETURN(fwords, FoldedMap(m, norm, "fraction_words", true));
  CONTRASTE_ASSIGN_OR_RETURN(dens, FoldedMap(m, norm, "denominators", true));
  CONTRASTE_ASSIGN_OR_RETURN(ords, FoldedMap(m, norm, "ordinal_multipliers", true));
  out->digit_multipliers = std::move(mult);
  CONTRASTE_ASSIGN_OR_RETURN(glued, FoldedMap(m, norm, "glued_multipliers", true));
  out->glued_multipliers = std::move(glued);
  CONTRASTE_ASSIGN_OR_RETURN(money, FoldedMap(m, norm, "money_multipliers", true));
  out->money_multipliers = std::move(money);
  out->fraction_characters = std::move(chars);
  out->fraction_words = std::move(fwords);
  out->denominators = std::move(dens);
  out->ordinal_multipliers = std::move(ords);
  for (const auto* words : {&out->fraction_words, &out->ordinal_multipliers}) {
    for (const auto& [w, v] : *words) out->NoteWord(w);
  }
  CONTRASTE_ASSIGN_OR_RETURN(negative_list, FoldedList(m, norm, "negative_words"));
  for (const std::string& w : negative_list) out->NoteWord(w);
  CONTRASTE_ASSIGN_OR_RETURN(endings, FoldedList(m, norm, "denominator_endings"));
  CONTRASTE_ASSIGN_OR_RETURN(elided, FoldedList(m, norm, "elided_stem_endings"));
  out->denominator_endings = std::move(endings);
  out->elided_stem_endings = std::move(elided);
  out->BuildFilters();
  return LoadRelative(m, norm, out);
}

}  // namespace contraste
