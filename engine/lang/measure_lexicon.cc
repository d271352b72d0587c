#include "lang/measure_lexicon.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include "lang/language.h"
#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

// Cue indices per folded phrase of one table: a phrase listed by two measures is one cue that may
// give either.
class CueIndex {
 public:
  CueIndex(MeasureLexicon* ml, PhraseTable* table) : ml_(ml), table_(table) {}
  // Adds `phrase` (folded) for measure `k`; false when it has no words.
  bool Add(const std::string& phrase, int k) {
    auto [it, fresh] = index_.try_emplace(phrase, static_cast<int>(ml_->cues.size()));
    if (fresh) {
      ml_->cues.emplace_back();
      if (table_ && !table_->Add(phrase, it->second)) return false;
    }
    std::vector<int>& measures = ml_->cues[static_cast<size_t>(it->second)];
    if (std::find(measures.begin(), measures.end(), k) == measures.end()) measures.push_back(k);
    return true;
  }
  int CueOf(const std::string& phrase) const {
    auto it = index_.find(phrase);
    return it == index_.end() ? -1 : it->second;
  }

 private:
  MeasureLexicon* ml_;
  PhraseTable* table_;  // null: the caller stores the cue itself
  std::unordered_map<std::string, int> index_;
};

struct Loader {
  const std::string& file;
  TextNormalizer& norm;
  Language& lang;
  MeasureLexicon& ml;
  CueIndex nouns{&ml, nullptr};
  CueIndex noun_phrases{&ml, &ml.noun_phrases};
  CueIndex predicates{&ml, &ml.predicates};
  CueIndex complements{&ml, &ml.complements};
  CueIndex before{&ml, &ml.before};
  CueIndex total_names{&ml, &ml.total_names};
  CueIndex context{&ml, &ml.context_words};
  CueIndex context_before{&ml, &ml.context_before_words};
  CueIndex context_not{&ml, &ml.context_not_words};
  CueIndex units{&ml, nullptr};      // keyed by unit index as text
  CueIndex durations{&ml, nullptr};  // keyed by duration unit index as text
  CueIndex any_nouns{&ml, nullptr};  // one key: the `any_noun` measures
  CueIndex pair_separators{&ml, &ml.pair_separators};

  Status Phrases(const YamlMap& m, const char* key, CueIndex& index, int k) {
    CONTRASTE_ASSIGN_OR_RETURN(phrases, m.Strings(key));
    for (size_t p = 0; p < phrases.size(); ++p) {
      const YAML::Node at = m.Node(key).IsSequence() ? m.Node(key)[p] : m.Node(key);
      if (!index.Add(norm.Fold(phrases[p]), k)) return YamlError(file, at, fmt::format("phrase '{}' has no words", phrases[p]));
    }
    return {};
  }

  // One-word nouns by their lemma (so "muerto" and "muertos" both find the measure), longer ones
  // as written.
  Status Nouns(const YamlMap& m, int k) {
    CONTRASTE_ASSIGN_OR_RETURN(phrases, m.Strings("nouns"));
    for (size_t p = 0; p < phrases.size(); ++p) {
      const YAML::Node at = m.Node("nouns").IsSequence() ? m.Node("nouns")[p] : m.Node("nouns");
      const std::string folded = norm.Fold(phrases[p]);
      if (folded.find(' ') == std::string::npos) {
        if (folded.empty()) return YamlError(file, at, fmt::format("noun '{}' has no words", phrases[p]));
        const std::string lemma = lang.Lemma(folded);
        nouns.Add(lemma, k);
        ml.noun_lemmas.Insert(lemma, nouns.CueOf(lemma));
      } else if (!noun_phrases.Add(folded, k)) {
        return YamlError(file, at, fmt::format("noun '{}' has no words", phrases[p]));
      }
    }
    return {};
  }

  Status Units(const YamlMap& m, int k) {
    CONTRASTE_ASSIGN_OR_RETURN(ids, m.Strings("units"));
    for (size_t p = 0; p < ids.size(); ++p) {
      const YAML::Node at = m.Node("units").IsSequence() ? m.Node("units")[p] : m.Node("units");
      auto it = std::find_if(lang.measure_units.begin(), lang.measure_units.end(),
                             [&](const MeasureUnit& u) { return u.id == ids[p]; });
      if (it == lang.measure_units.end()) {
        return YamlError(file, at, fmt::format("unknown unit '{}' (units.yaml `measures` ids)", ids[p]));
      }
      AddUnit(static_cast<size_t>(it - lang.measure_units.begin()), k);
    }
    CONTRASTE_ASSIGN_OR_RETURN(kinds, m.Strings("unit_kinds"));
    for (size_t p = 0; p < kinds.size(); ++p) {
      bool any = false;
      for (size_t u = 0; u < lang.measure_units.size(); ++u) {
        if (lang.measure_units[u].kind != kinds[p]) continue;
        AddUnit(u, k);
        any = true;
      }
      if (!any) {
        const YAML::Node at = m.Node("unit_kinds").IsSequence() ? m.Node("unit_kinds")[p] : m.Node("unit_kinds");
        return YamlError(file, at, fmt::format("no unit of units.yaml has kind '{}'", kinds[p]));
      }
    }
    CONTRASTE_ASSIGN_OR_RETURN(durs, m.Strings("durations"));
    for (size_t p = 0; p < durs.size(); ++p) {
      auto it = std::find_if(lang.duration_units.begin(), lang.duration_units.end(),
                             [&](const DurationUnit& u) { return u.id == durs[p]; });
      if (it == lang.duration_units.end()) {
        const YAML::Node at = m.Node("durations").IsSequence() ? m.Node("durations")[p] : m.Node("durations");
        return YamlError(file, at, fmt::format("unknown duration unit '{}' (units.yaml `durations` ids)", durs[p]));
      }
      const size_t u = static_cast<size_t>(it - lang.duration_units.begin());
      durations.Add(std::to_string(u), k);
      ml.duration_cue[u] = durations.CueOf(std::to_string(u));
    }
    return {};
  }

  void AddUnit(size_t u, int k) {
    units.Add(std::to_string(u), k);
    ml.unit_cue[u] = units.CueOf(std::to_string(u));
  }

  Status Subject(const YamlMap& m, Measure* measure) {
    if (!m.Has("subject")) return {};
    YamlMap s(m.Node("subject"), file);
    CONTRASTE_RETURN_IF_ERROR(s.AllowOnly({"kinds", "nouns", "after", "nearby", "required", "places"}));
    CONTRASTE_ASSIGN_OR_RETURN(kinds, s.Strings("kinds"));
    for (size_t p = 0; p < kinds.size(); ++p) {
      if (!lang.kinds.Has(kinds[p])) {
        const YAML::Node at = s.Node("kinds").IsSequence() ? s.Node("kinds")[p] : s.Node("kinds");
        return YamlError(file, at, fmt::format("unknown entity kind '{}' (gazetteer.yaml `kinds`)", kinds[p]));
      }
    }
    measure->subject_kinds = kinds;
    CONTRASTE_ASSIGN_OR_RETURN(words, s.Strings("nouns"));
    for (const auto& w : words) measure->subject_nouns.Insert(lang.Lemma(norm.Fold(w)));
    CONTRASTE_ASSIGN_OR_RETURN(after, s.Strings("after"));
    for (size_t p = 0; p < after.size(); ++p) {
      if (!measure->subject_after.Add(norm.Fold(after[p]), 0)) {
        const YAML::Node at = s.Node("after").IsSequence() ? s.Node("after")[p] : s.Node("after");
        return YamlError(file, at, fmt::format("phrase '{}' has no words", after[p]));
      }
    }
    CONTRASTE_ASSIGN_OR_RETURN(nearby, s.Strings("nearby"));
    for (const auto& w : nearby) measure->subject_nearby.Insert(lang.Lemma(norm.Fold(w)));
    CONTRASTE_ASSIGN_OR_RETURN(required, s.Bool("required"));
    measure->subject_required = required && *required;
    CONTRASTE_ASSIGN_OR_RETURN(places, s.Bool("places"));
    measure->subject_places = places && *places;
    return {};
  }

  Status One(const YAML::Node& item, std::vector<std::string>* ids) {
    YamlMap m(item, file);
    CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"id", "family", "slot", "rule", "cumulative", "current", "scoped", "subject", "nouns",
                                           "predicates", "complements", "before", "units", "unit_kinds", "durations",
                                           "context", "context_before", "context_not", "fallback_only", "counts_as", "any_noun", "pairs",
                                           "totals", "compared", "default_unit", "share_of", "groups", "noun_subject"}));
    CONTRASTE_RETURN_IF_ERROR(m.Require("id"));
    CONTRASTE_RETURN_IF_ERROR(m.Require("rule"));
    Measure measure;
    CONTRASTE_ASSIGN_OR_RETURN(id, m.String("id"));
    if (std::find(ids->begin(), ids->end(), *id) != ids->end()) {
      return YamlError(file, m.Node("id"), fmt::format("measure '{}' is defined twice", *id));
    }
    ids->push_back(*id);
    measure.id = *id;
    CONTRASTE_ASSIGN_OR_RETURN(counts_as, m.String("counts_as"));
    measure.counts_as = counts_as ? *counts_as : *id;
    if (counts_as && std::find(ids->begin(), ids->end(), *counts_as) == ids->end()) {
      return YamlError(file, m.Node("counts_as"),
                       fmt::format("measure '{}' counts as '{}', which is not a measure defined before it", *id, *counts_as));
    }
    CONTRASTE_ASSIGN_OR_RETURN(share_of, m.String("share_of"));
    if (share_of) {
      const auto whole = std::find(ids->begin(), ids->end(), *share_of);
      if (whole == ids->end() || *whole == *id) {
        return YamlError(file, m.Node("share_of"),
                         fmt::format("measure '{}' is a share of '{}', which is not a measure defined before it", *id, *share_of));
      }
      measure.share_of = static_cast<int>(whole - ids->begin());
    }
    CONTRASTE_ASSIGN_OR_RETURN(family, m.String("family"));
    measure.family = family ? *family : *id;
    CONTRASTE_ASSIGN_OR_RETURN(slot, m.String("slot"));
    if (slot) {
      if (*slot != "quantity" && *slot != "duration") {
        return YamlError(file, m.Node("slot"), fmt::format("unknown slot '{}' (valid: quantity, duration)", *slot));
      }
      measure.slot = *slot;
    }
    CONTRASTE_ASSIGN_OR_RETURN(rule, m.String("rule"));
    measure.rule = *rule;
    CONTRASTE_ASSIGN_OR_RETURN(cumulative, m.Bool("cumulative"));
    measure.cumulative = cumulative && *cumulative;
    CONTRASTE_ASSIGN_OR_RETURN(current, m.Bool("current"));
    measure.current = current && *current;
    if (measure.cumulative && measure.current) {
      return YamlError(file, m.Node("current"), fmt::format("measure '{}' is both cumulative (only grows) and current (moves either way)", *id));
    }
    CONTRASTE_ASSIGN_OR_RETURN(scoped, m.Bool("scoped"));
    measure.scoped = !scoped || *scoped;
    CONTRASTE_ASSIGN_OR_RETURN(fallback_only, m.Bool("fallback_only"));
    measure.fallback_only = fallback_only && *fallback_only;
    CONTRASTE_ASSIGN_OR_RETURN(compared, m.Bool("compared"));
    measure.compared = !compared || *compared;
    CONTRASTE_ASSIGN_OR_RETURN(groups, m.Bool("groups"));
    measure.groups = groups && *groups;
    CONTRASTE_ASSIGN_OR_RETURN(default_unit, m.String("default_unit"));
    if (default_unit) {
      const bool known = std::any_of(lang.measure_units.begin(), lang.measure_units.end(),
                                     [&](const MeasureUnit& u) { return u.id == *default_unit; });
      if (!known) {
        return YamlError(file, m.Node("default_unit"), fmt::format("unknown unit '{}' (units.yaml `measures` ids)", *default_unit));
      }
      if (measure.slot != "quantity") {
        return YamlError(file, m.Node("default_unit"), fmt::format("measure '{}' has a default unit but no quantity slot", *id));
      }
      measure.default_unit = *default_unit;
    }
    measure.file = file;
    measure.line = static_cast<int>(m.Node("rule").Mark().line) + 1;
    measure.column = static_cast<int>(m.Node("rule").Mark().column) + 1;
    CONTRASTE_RETURN_IF_ERROR(Subject(m, &measure));
    if (measure.groups && measure.subject_nouns.empty()) {
      // The group is the counted noun that is the subject ("dos niñas de 12 años").
      return YamlError(file, m.Node("groups"), fmt::format("measure '{}' has groups, so it needs subject 'nouns'", *id));
    }
    CONTRASTE_ASSIGN_OR_RETURN(any_noun, m.Bool("any_noun"));
    measure.any_noun = any_noun && *any_noun;
    CONTRASTE_ASSIGN_OR_RETURN(noun_subject, m.Bool("noun_subject"));
    measure.noun_subject = !noun_subject || *noun_subject;
    if (noun_subject && !measure.any_noun) {
      return YamlError(file, m.Node("noun_subject"), fmt::format("measure '{}' has noun_subject but no any_noun", *id));
    }
    if (measure.any_noun && !m.Has("context") && !m.Has("context_before") &&
        !(measure.noun_subject && !measure.subject_after.empty() && m.Has("context_not"))) {
      // Precision first: "200 coches" is some count of something; only the words around it say what.
      // The general count takes it with no context: then the noun phrase is the subject, read with
      // the complements `subject.after` opens, and `context_not` keeps parts and comparisons out.
      return YamlError(file, m.Node("any_noun"),
                       fmt::format("measure '{}' takes any counted noun, so it needs 'context' (or, as the general "
                                   "count, 'subject: {{after}}' and 'context_not')",
                                   *id));
    }
    if (measure.any_noun && (m.Has("nouns") || m.Has("units") || m.Has("unit_kinds") || m.Has("durations"))) {
      return YamlError(file, m.Node("any_noun"), fmt::format("measure '{}' takes any counted noun: it lists no nouns or units", *id));
    }
    measure.pairs = m.Has("pairs");
    if (measure.pairs && !m.Has("context") && !m.Has("context_before")) {
      // "de 3 a 5 años", "2-1" in an address: only the words around say it is a score.
      return YamlError(file, m.Node("pairs"), fmt::format("measure '{}' reads pairs, so it needs 'context'", *id));
    }
    const int k = static_cast<int>(ml.measures.size());
    ml.measures.push_back(std::move(measure));
    CONTRASTE_RETURN_IF_ERROR(Nouns(m, k));
    if (ml.measures[static_cast<size_t>(k)].any_noun) {
      any_nouns.Add("*", k);
      ml.any_noun_cue = any_nouns.CueOf("*");
    }
    CONTRASTE_RETURN_IF_ERROR(Phrases(m, "predicates", predicates, k));
    CONTRASTE_RETURN_IF_ERROR(Phrases(m, "pairs", pair_separators, k));
    CONTRASTE_RETURN_IF_ERROR(Phrases(m, "complements", complements, k));
    CONTRASTE_RETURN_IF_ERROR(Phrases(m, "before", before, k));
    CONTRASTE_RETURN_IF_ERROR(Phrases(m, "totals", total_names, k));
    CONTRASTE_RETURN_IF_ERROR(Units(m, k));
    CONTRASTE_RETURN_IF_ERROR(Phrases(m, "context_not", context_not, k));
    for (const char* key : {"context", "context_before"}) {
      CONTRASTE_ASSIGN_OR_RETURN(ctx, m.Strings(key));
      if (!m.Has(key)) continue;
      if (ctx.empty()) return YamlError(file, m.Node(key), fmt::format("'{}' lists no word", key));
      ml.measures[static_cast<size_t>(k)].needs_context = true;
      CONTRASTE_RETURN_IF_ERROR(Phrases(m, key, std::string(key) == "context" ? context : context_before, k));
    }
    Measure& added = ml.measures[static_cast<size_t>(k)];
    added.has_units = m.Has("units") || m.Has("unit_kinds") || m.Has("durations");
    added.needs_phrase = added.has_units && (m.Has("complements") || m.Has("before"));
    const bool any_cue = m.Has("nouns") || added.any_noun || added.pairs || m.Has("predicates") || m.Has("complements") || m.Has("before") ||
                         m.Has("totals") ||
                         m.Has("units") || m.Has("unit_kinds") || m.Has("durations");
    if (!any_cue) {
      return YamlError(file, item,
                       fmt::format("measure '{}' has no cue (nouns, any_noun, pairs, predicates, complements, before, "
                                   "totals, units, unit_kinds or durations)",
                                   *id));
    }
    return {};
  }

  // ISO 4217 alpha-3 codes as currency units (`currency_codes: {file, except}`).
  Status CurrencyCodes(const YamlMap& m) {
    if (!m.Has("currency_codes")) return {};
    YamlMap cc(m.Node("currency_codes"), file);
    CONTRASTE_RETURN_IF_ERROR(cc.AllowOnly({"file", "except"}));
    CONTRASTE_RETURN_IF_ERROR(cc.Require("file"));
    CONTRASTE_ASSIGN_OR_RETURN(path, cc.String("file"));
    CONTRASTE_ASSIGN_OR_RETURN(except, cc.Strings("except"));
    std::ifstream in(*path);
    if (!in) {
      return YamlError(file, cc.Node("file"),
                       fmt::format("cannot read '{}' (Debian package iso-codes; scripts/setup.sh installs it)", *path));
    }
    nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.contains("4217") || !j["4217"].is_array()) {
      return YamlError(file, cc.Node("file"), fmt::format("'{}' is not iso-codes' ISO 4217 JSON", *path));
    }
    std::vector<std::string> codes;
    for (const auto& entry : j["4217"]) {
      if (!entry.contains("alpha_3") || !entry["alpha_3"].is_string()) continue;
      const std::string code = entry["alpha_3"].get<std::string>();
      if (std::find(except.begin(), except.end(), code) == except.end()) codes.push_back(code);
    }
    std::sort(codes.begin(), codes.end());
    for (const std::string& code : codes) {
      const std::string folded = norm.Fold(code);
      // A code that is already a unit's id keeps that unit.
      bool known = false;
      for (const auto& u : lang.measure_units) known = known || norm.Fold(u.id) == folded;
      if (known) continue;
      const int index = static_cast<int>(lang.measure_units.size());
      lang.measure_units.push_back({code, "currency", code});
      if (!lang.measure_table.Add(folded, index)) {
        return YamlError(file, cc.Node("file"), fmt::format("currency code '{}' has no words", code));
      }
    }
    return {};
  }

  // How a total is stated (`totals: {heads, verbs, fillers, gap, span}`); the names of each measure's total
  // are the measures' own `totals`.
  Status Totals(const YamlMap& m) {
    if (!m.Has("totals")) return {};
    YamlMap s(m.Node("totals"), file);
    CONTRASTE_RETURN_IF_ERROR(s.AllowOnly({"heads", "verbs", "fillers", "gap", "span"}));
    for (const char* key : {"heads", "verbs"}) {
      CONTRASTE_ASSIGN_OR_RETURN(phrases, s.Strings(key));
      PhraseTable& table = std::string(key) == "heads" ? ml.total_heads : ml.total_verbs;
      for (size_t p = 0; p < phrases.size(); ++p) {
        if (!table.Add(norm.Fold(phrases[p]), 0)) {
          return YamlError(file, s.Node(key)[p], fmt::format("phrase '{}' has no words", phrases[p]));
        }
      }
    }
    CONTRASTE_ASSIGN_OR_RETURN(fillers, s.Strings("fillers"));
    for (const auto& w : fillers) ml.total_fillers.Insert(norm.Fold(w));
    for (const char* key : {"gap", "span"}) {
      CONTRASTE_ASSIGN_OR_RETURN(n, s.Number(key));
      if (!n) continue;
      if (*n < 0 || *n > 30 || *n != static_cast<double>(static_cast<size_t>(*n))) {
        return YamlError(file, s.Node(key), fmt::format("{}: a whole number of words from 0 to 30", key));
      }
      (std::string(key) == "gap" ? ml.total_gap : ml.total_span) = static_cast<size_t>(*n);
    }
    return {};
  }

  Status Scope(const YamlMap& m) {
    if (!m.Has("scope")) return {};
    YamlMap s(m.Node("scope"), file);
    CONTRASTE_RETURN_IF_ERROR(s.AllowOnly({"prepositions", "articles", "links", "kinds", "opening_subject", "coordinators"}));
    CONTRASTE_ASSIGN_OR_RETURN(coordinators, s.Strings("coordinators"));
    for (const auto& w : coordinators) ml.scope_coordinators.Insert(norm.Fold(w));
    CONTRASTE_ASSIGN_OR_RETURN(opening, s.Number("opening_subject"));
    if (opening && (*opening < 1 || *opening != static_cast<double>(static_cast<size_t>(*opening)))) {
      return YamlError(file, s.Node("opening_subject"), "opening_subject: a whole number of words, 1 or more");
    }
    ml.scope_opening_words = opening ? static_cast<size_t>(*opening) : 0;
    CONTRASTE_ASSIGN_OR_RETURN(kinds, s.Strings("kinds"));
    for (size_t p = 0; p < kinds.size(); ++p) {
      if (!lang.kinds.Has(kinds[p])) {
        const YAML::Node at = s.Node("kinds").IsSequence() ? s.Node("kinds")[p] : s.Node("kinds");
        return YamlError(file, at, fmt::format("unknown entity kind '{}' (gazetteer.yaml `kinds`)", kinds[p]));
      }
    }
    ml.scope_kinds = kinds;
    CONTRASTE_ASSIGN_OR_RETURN(preps, s.Strings("prepositions"));
    for (const auto& w : preps) ml.scope_prepositions.Insert(norm.Fold(w));
    CONTRASTE_ASSIGN_OR_RETURN(articles, s.Strings("articles"));
    for (const auto& w : articles) ml.scope_articles.Insert(norm.Fold(w));
    CONTRASTE_ASSIGN_OR_RETURN(links, s.Strings("links"));
    for (size_t p = 0; p < links.size(); ++p) {
      if (!ml.scope_links.Add(norm.Fold(links[p]), 0)) {
        return YamlError(file, s.Node("links")[p], fmt::format("phrase '{}' has no words", links[p]));
      }
    }
    return {};
  }
};

}  // namespace

const Measure* MeasureLexicon::Find(const std::string& id) const {
  for (const Measure& m : measures) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

Status LoadMeasureLexicon(const std::string& dir, TextNormalizer& norm, Language* lang) {
  const std::string file = (std::filesystem::path(dir) / "measures.yaml").string();
  if (!std::filesystem::exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"window", "relatives", "appositions", "share_links", "others", "list_links", "scope", "partitive", "none", "totals", "currency_codes", "measures", "subject_ids", "conditional"}));
  MeasureLexicon& ml = lang->measures;
  Loader l{file, norm, *lang, ml};
  CONTRASTE_ASSIGN_OR_RETURN(window, m.Number("window"));
  if (window) ml.window = static_cast<size_t>(*window);
  CONTRASTE_ASSIGN_OR_RETURN(relatives, m.Strings("relatives"));
  for (const auto& w : relatives) ml.relatives.Insert(norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(appositions, m.Strings("appositions"));
  for (const auto& w : appositions) ml.appositions.Insert(norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(conditional, m.Strings("conditional"));
  for (const auto& w : conditional) ml.conditional.Insert(norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(others, m.Strings("others"));
  for (const auto& w : others) ml.others.Insert(norm.Fold(w));
  if (m.Has("subject_ids")) {
    const YAML::Node ids = m.Node("subject_ids");
    if (!ids.IsMap()) return YamlError(file, ids, "'subject_ids' must be a map of nouns to subject ids");
    for (const auto& kv : ids) {
      if (!kv.first.IsScalar() || !(kv.second.IsScalar() || kv.second.IsNull())) {
        return YamlError(file, kv.first, "subject_ids: each noun maps to one id (a word, or \"\" for none)");
      }
      const std::string id = kv.second.IsNull() ? "" : lang->Lemma(norm.Fold(kv.second.as<std::string>()));
      ml.subject_ids.Insert(lang->Lemma(norm.Fold(kv.first.as<std::string>())), id);
    }
  }
  CONTRASTE_ASSIGN_OR_RETURN(list_links, m.Strings("list_links"));
  for (const auto& w : list_links) ml.list_links.Insert(norm.Fold(w));
  CONTRASTE_RETURN_IF_ERROR(l.Scope(m));
  CONTRASTE_RETURN_IF_ERROR(l.Totals(m));
  CONTRASTE_RETURN_IF_ERROR(l.CurrencyCodes(m));
  CONTRASTE_ASSIGN_OR_RETURN(partitive, m.Strings("partitive"));
  for (size_t p = 0; p < partitive.size(); ++p) {
    if (!ml.partitives.Add(norm.Fold(partitive[p]), 0)) {
      return YamlError(file, m.Node("partitive")[p], fmt::format("phrase '{}' has no words", partitive[p]));
    }
  }
  CONTRASTE_ASSIGN_OR_RETURN(none, m.Strings("none"));
  for (size_t p = 0; p < none.size(); ++p) {
    if (!ml.none.Add(norm.Fold(none[p]), 0)) {
      return YamlError(file, m.Node("none")[p], fmt::format("phrase '{}' has no words", none[p]));
    }
  }
  ml.unit_cue.assign(lang->measure_units.size(), -1);
  for (size_t u = 0; u < lang->measure_units.size(); ++u) ml.unit_by_id.emplace(lang->measure_units[u].id, static_cast<int>(u));
  ml.duration_cue.assign(lang->duration_units.size(), -1);
  CONTRASTE_RETURN_IF_ERROR(m.Require("measures"));
  YAML::Node list = m.Node("measures");
  if (!list.IsSequence()) return YamlError(file, list, "'measures' must be a list");
  std::vector<std::string> ids;
  for (const auto& item : list) CONTRASTE_RETURN_IF_ERROR(l.One(item, &ids));
  for (size_t k = 0; k < ml.measures.size(); ++k) {
    const int whole = ml.measures[k].share_of;
    if (whole < 0) continue;
    if (ml.share_measure.empty()) ml.share_measure.assign(ml.measures.size(), -1);
    if (ml.share_measure[static_cast<size_t>(whole)] >= 0) {
      return YamlError(file, list[k]["share_of"], fmt::format("two measures are a share of '{}'", ml.measures[static_cast<size_t>(whole)].id));
    }
    ml.share_measure[static_cast<size_t>(whole)] = static_cast<int>(k);
  }
  CONTRASTE_ASSIGN_OR_RETURN(share_links, m.Strings("share_links"));
  for (size_t p = 0; p < share_links.size(); ++p) {
    if (!ml.share_links.Add(norm.Fold(share_links[p]), 0)) {
      return YamlError(file, m.Node("share_links")[p], fmt::format("phrase '{}' has no words", share_links[p]));
    }
  }
  return {};
}

}  // namespace contraste
