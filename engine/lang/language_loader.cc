// Loads rules/<language>/{numbers,number_forms,hedges,units,ranges,nouns,calendar,frames,gazetteer}.yaml.
#include <fmt/format.h>

#include <filesystem>

#include "lang/language.h"
#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

struct Ctx {
  const std::string& dir;
  TextNormalizer& norm;
  Language& lang;
  std::string Path(const char* name) const { return (std::filesystem::path(dir) / name).string(); }
};

Status AddPhrase(PhraseTable& table, Ctx& c, const std::string& file, const YAML::Node& at,
                 const std::string& phrase, int id) {
  if (!table.Add(c.norm.Fold(phrase), id)) {
    return YamlError(file, at, fmt::format("phrase '{}' has no words", phrase));
  }
  return {};
}

// `locales`: {default, conventions: [{decimal_separator, thousands_separator, locales}]}.
Status LoadNumberLocales(Ctx& c, const std::string& file, const YAML::Node& node) {
  YamlMap m(node, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"default", "conventions"}));
  CONTRASTE_RETURN_IF_ERROR(m.Require("default"));
  CONTRASTE_RETURN_IF_ERROR(m.Require("conventions"));
  NumberLocales& out = c.lang.number_locales;
  out.language = c.lang.code;
  YAML::Node list = m.Node("conventions");
  if (!list.IsSequence() || list.size() == 0) return YamlError(file, list, "'conventions' must be a non-empty list");
  for (const auto& item : list) {
    YamlMap conv(item, file);
    CONTRASTE_RETURN_IF_ERROR(conv.AllowOnly({"decimal_separator", "thousands_separator", "locales"}));
    for (const char* key : {"decimal_separator", "thousands_separator", "locales"}) {
      CONTRASTE_RETURN_IF_ERROR(conv.Require(key));
    }
    CONTRASTE_ASSIGN_OR_RETURN(dec, conv.String("decimal_separator"));
    CONTRASTE_ASSIGN_OR_RETURN(thou, conv.String("thousands_separator"));
    CONTRASTE_ASSIGN_OR_RETURN(tags, conv.Strings("locales"));
    if (dec->size() != 1 || thou->empty() || thou->find(dec->front()) != std::string::npos) {
      return YamlError(file, item, "a convention needs one decimal character and thousands characters other than it");
    }
    if (tags.empty()) return YamlError(file, item, "a convention needs at least one locale");
    for (const auto& other : out.conventions) {
      if (other.numbers.decimal_separator == *dec && other.numbers.thousands_separator == *thou) {
        return YamlError(file, item, "two conventions with the same separators: list their locales together");
      }
    }
    for (const auto& tag : tags) {
      if (out.ConventionOf(tag) >= 0) return YamlError(file, item, fmt::format("locale '{}' is listed twice", tag));
    }
    out.conventions.push_back({NumberConvention{*dec, *thou}, tags});
  }
  CONTRASTE_ASSIGN_OR_RETURN(def, m.String("default"));
  const int d = out.ConventionOf(*def);
  if (d < 0 || out.CanonicalTag(*def) != *def) {
    return YamlError(file, m.Node("default"), fmt::format("default locale '{}' is not listed in a convention", *def));
  }
  out.default_locale = *def;
  out.default_convention = static_cast<size_t>(d);
  return {};
}

Status LoadNumbers(Ctx& c) {
  const std::string file = c.Path("numbers.yaml");
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"locales", "connector", "group_connectors", "noun_links", "half_before_unit", "cardinals", "ordinals",
                                         "vague", "years"}));
  CONTRASTE_RETURN_IF_ERROR(m.Require("locales"));
  CONTRASTE_RETURN_IF_ERROR(LoadNumberLocales(c, file, m.Node("locales")));
  CONTRASTE_ASSIGN_OR_RETURN(conn, m.Strings("connector"));
  for (const auto& w : conn) c.lang.connectors.Insert(c.norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(group, m.Strings("group_connectors"));
  for (const auto& w : group) c.lang.group_connectors.Insert(c.norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(noun_links, m.Strings("noun_links"));
  for (const auto& w : noun_links) c.lang.noun_links.Insert(c.norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(half_before_unit, m.Bool("half_before_unit"));
  c.lang.half_before_unit = half_before_unit && *half_before_unit;
  CONTRASTE_RETURN_IF_ERROR(m.Require("cardinals"));
  YamlMap card(m.Node("cardinals"), file);
  CONTRASTE_RETURN_IF_ERROR(card.AllowOnly({"unit", "teen", "tens", "hundreds", "multiplier", "one", "articles", "half"}));
  const std::pair<const char*, NumberRole> roles[] = {{"unit", NumberRole::kUnit},
                                                      {"teen", NumberRole::kTeen},
                                                      {"tens", NumberRole::kTens},
                                                      {"hundreds", NumberRole::kHundreds},
                                                      {"multiplier", NumberRole::kMultiplier}};
  std::unordered_map<std::string, NumberWord> cardinals;  // a word listed twice keeps its last role
  for (const auto& [key, role] : roles) {
    CONTRASTE_ASSIGN_OR_RETURN(words, card.NumberMap(key));
    for (const auto& [w, v] : words) cardinals[c.norm.Fold(w)] = {v, role};
  }
  CONTRASTE_ASSIGN_OR_RETURN(ones, card.Strings("one"));
  for (const auto& w : ones) cardinals[c.norm.Fold(w)] = {1, NumberRole::kOne};
  CONTRASTE_ASSIGN_OR_RETURN(articles, card.Strings("articles"));
  for (const auto& w : articles) {
    cardinals[c.norm.Fold(w)] = {1, NumberRole::kOne};
    c.lang.article_ones.Insert(c.norm.Fold(w));
  }
  CONTRASTE_ASSIGN_OR_RETURN(halves, card.Strings("half"));
  for (const auto& w : halves) cardinals[c.norm.Fold(w)] = {0.5, NumberRole::kHalf};
  for (const auto& [w, v] : cardinals) c.lang.number_words.Insert(w, v);

  if (m.Has("ordinals")) {
    YamlMap ord(m.Node("ordinals"), file);
    CONTRASTE_RETURN_IF_ERROR(ord.AllowOnly({"words", "digit_suffixes"}));
    CONTRASTE_ASSIGN_OR_RETURN(words, ord.NumberMap("words"));
    std::unordered_map<std::string, int> ordinals;  // a word listed twice keeps its last value
    for (const auto& [w, v] : words) ordinals[c.norm.Fold(w)] = static_cast<int>(v);
    for (const auto& [w, v] : ordinals) c.lang.ordinal_words.Insert(w, v);
    CONTRASTE_ASSIGN_OR_RETURN(suffixes, ord.Strings("digit_suffixes"));
    for (const auto& s : suffixes) c.lang.ordinal_suffixes.Insert(c.norm.Fold(s));
  }
  if (m.Has("vague")) {
    YAML::Node list = m.Node("vague");
    if (!list.IsSequence()) return YamlError(file, list, "'vague' must be a list");
    for (const auto& item : list) {
      YamlMap v(item, file);
      CONTRASTE_RETURN_IF_ERROR(v.AllowOnly({"phrase", "min", "max"}));
      CONTRASTE_RETURN_IF_ERROR(v.Require("phrase"));
      CONTRASTE_RETURN_IF_ERROR(v.Require("min"));
      CONTRASTE_RETURN_IF_ERROR(v.Require("max"));
      CONTRASTE_ASSIGN_OR_RETURN(phrase, v.String("phrase"));
      CONTRASTE_ASSIGN_OR_RETURN(lo, v.Number("min"));
      CONTRASTE_ASSIGN_OR_RETURN(hi, v.Number("max"));
      if (*hi < *lo) return YamlError(file, item, "'max' is below 'min'");
      int id = static_cast<int>(c.lang.vague.size());
      c.lang.vague.push_back({*phrase, Interval::Between(*lo, *hi)});
      CONTRASTE_RETURN_IF_ERROR(AddPhrase(c.lang.vague_table, c, file, item, *phrase, id));
    }
  }
  if (m.Has("years")) {
    YamlMap y(m.Node("years"), file);
    CONTRASTE_RETURN_IF_ERROR(y.AllowOnly({"min", "max"}));
    CONTRASTE_ASSIGN_OR_RETURN(lo, y.Number("min"));
    CONTRASTE_ASSIGN_OR_RETURN(hi, y.Number("max"));
    if (lo) c.lang.year_min = static_cast<int>(*lo);
    if (hi) c.lang.year_max = static_cast<int>(*hi);
  }
  CONTRASTE_RETURN_IF_ERROR(LoadNumberLexicon(c.dir, c.norm, &c.lang.number_forms));
  for (const auto& [w, v] : c.lang.number_words) c.lang.number_forms.NoteWord(w);
  for (const auto& [w, v] : c.lang.ordinal_words) c.lang.number_forms.NoteWord(w);
  for (const auto& v : c.lang.vague) c.lang.number_forms.NoteWord(c.norm.Fold(v.phrase));
  return {};
}

Status LoadHedges(Ctx& c) {
  const std::string file = c.Path("hedges.yaml");
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"hedges"}));
  YAML::Node list = m.Node("hedges");
  if (!list.IsSequence()) return YamlError(file, doc.root, "'hedges' must be a list");
  const std::pair<const char*, HedgeShape> shapes[] = {
      {"approx", HedgeShape::kApprox},   {"above", HedgeShape::kAbove},
      {"at_least", HedgeShape::kAtLeast}, {"below", HedgeShape::kBelow},
      {"at_most", HedgeShape::kAtMost},  {"slightly_above", HedgeShape::kSlightlyAbove},
      {"nearly", HedgeShape::kNearly}};
  for (const auto& item : list) {
    YamlMap h(item, file);
    CONTRASTE_RETURN_IF_ERROR(h.AllowOnly({"id", "shape", "relative", "phrases"}));
    CONTRASTE_RETURN_IF_ERROR(h.Require("id"));
    CONTRASTE_RETURN_IF_ERROR(h.Require("shape"));
    CONTRASTE_ASSIGN_OR_RETURN(id, h.String("id"));
    CONTRASTE_ASSIGN_OR_RETURN(shape, h.String("shape"));
    CONTRASTE_ASSIGN_OR_RETURN(rel, h.Number("relative"));
    CONTRASTE_ASSIGN_OR_RETURN(phrases, h.Strings("phrases"));
    Hedge hedge;
    hedge.id = *id;
    hedge.relative = rel ? *rel : 0;
    bool known = false;
    std::vector<std::string> names;
    for (const auto& [name, s] : shapes) {
      names.emplace_back(name);
      if (*shape == name) {
        hedge.shape = s;
        known = true;
      }
    }
    if (!known) {
      return YamlError(file, h.Node("shape"),
                       fmt::format("unknown shape '{}' (valid: {})", *shape, fmt::join(names, ", ")));
    }
    int index = static_cast<int>(c.lang.hedges.size());
    c.lang.hedges.push_back(hedge);
    for (const auto& p : phrases) CONTRASTE_RETURN_IF_ERROR(AddPhrase(c.lang.hedge_table, c, file, item, p, index));
  }
  return {};
}

Status LoadUnits(Ctx& c) {
  const std::string file = c.Path("units.yaml");
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"durations", "measures", "minor_links"}));
  CONTRASTE_ASSIGN_OR_RETURN(minor_links, m.Strings("minor_links"));
  for (const auto& w : minor_links) c.lang.minor_links.Insert(c.norm.Fold(w));
  for (const auto& item : m.Node("durations")) {
    YamlMap u(item, file);
    CONTRASTE_RETURN_IF_ERROR(u.AllowOnly({"id", "seconds", "iso", "time", "factor", "phrases"}));
    CONTRASTE_RETURN_IF_ERROR(u.Require("id"));
    CONTRASTE_RETURN_IF_ERROR(u.Require("seconds"));
    CONTRASTE_RETURN_IF_ERROR(u.Require("iso"));
    CONTRASTE_ASSIGN_OR_RETURN(id, u.String("id"));
    CONTRASTE_ASSIGN_OR_RETURN(seconds, u.Number("seconds"));
    CONTRASTE_ASSIGN_OR_RETURN(iso, u.String("iso"));
    CONTRASTE_ASSIGN_OR_RETURN(time, u.Bool("time"));
    CONTRASTE_ASSIGN_OR_RETURN(factor, u.Number("factor"));
    CONTRASTE_ASSIGN_OR_RETURN(phrases, u.Strings("phrases"));
    if (iso->size() != 1 || std::string("YMWDHS").find((*iso)[0]) == std::string::npos) {
      return YamlError(file, u.Node("iso"), "'iso' must be one of Y M W D H S");
    }
    DurationUnit d;
    d.id = *id;
    d.seconds = *seconds;
    d.iso = (*iso)[0];
    d.time_part = (time && *time) || d.iso == 'H' || d.iso == 'S';
    d.iso_factor = factor ? *factor : 1;
    int index = static_cast<int>(c.lang.duration_units.size());
    c.lang.duration_units.push_back(d);
    for (const auto& p : phrases) CONTRASTE_RETURN_IF_ERROR(AddPhrase(c.lang.duration_table, c, file, item, p, index));
  }
  struct Minor {
    int major;
    std::string unit;
    double per;
    YAML::Node node;
  };
  std::vector<Minor> minors;
  for (const auto& item : m.Node("measures")) {
    YamlMap u(item, file);
    CONTRASTE_RETURN_IF_ERROR(u.AllowOnly({"id", "kind", "name", "phrases", "prefixes", "glued", "minor"}));
    CONTRASTE_ASSIGN_OR_RETURN(name, u.String("name"));
    CONTRASTE_RETURN_IF_ERROR(u.Require("id"));
    CONTRASTE_ASSIGN_OR_RETURN(id, u.String("id"));
    CONTRASTE_ASSIGN_OR_RETURN(kind, u.String("kind"));
    CONTRASTE_ASSIGN_OR_RETURN(phrases, u.Strings("phrases"));
    int index = static_cast<int>(c.lang.measure_units.size());
    c.lang.measure_units.push_back({*id, kind ? *kind : "", name ? *name : *id});
    for (const auto& p : phrases) CONTRASTE_RETURN_IF_ERROR(AddPhrase(c.lang.measure_table, c, file, item, p, index));
    CONTRASTE_ASSIGN_OR_RETURN(prefixes, u.Strings("prefixes"));
    for (const auto& p : prefixes) CONTRASTE_RETURN_IF_ERROR(AddPhrase(c.lang.measure_prefix_table, c, file, item, p, index));
    CONTRASTE_ASSIGN_OR_RETURN(glued, u.Strings("glued"));
    for (const auto& p : glued) CONTRASTE_RETURN_IF_ERROR(AddPhrase(c.lang.measure_glued_table, c, file, item, p, index));
    if (u.Has("minor")) {
      YamlMap minor(u.Node("minor"), file);
      CONTRASTE_RETURN_IF_ERROR(minor.AllowOnly({"unit", "per"}));
      CONTRASTE_RETURN_IF_ERROR(minor.Require("unit"));
      CONTRASTE_RETURN_IF_ERROR(minor.Require("per"));
      CONTRASTE_ASSIGN_OR_RETURN(unit, minor.String("unit"));
      CONTRASTE_ASSIGN_OR_RETURN(per, minor.Number("per"));
      if (*per <= 1) return YamlError(file, minor.Node("per"), "'per' must be more than 1");
      minors.push_back({index, *unit, *per, minor.Node("unit")});
    }
  }
  // The smaller coin may be listed after the unit it divides ("dollar" before "cent").
  for (const auto& minor : minors) {
    MeasureUnit& major = c.lang.measure_units[static_cast<size_t>(minor.major)];
    for (size_t k = 0; k < c.lang.measure_units.size(); ++k) {
      if (c.lang.measure_units[k].id == minor.unit) major.minor = static_cast<int>(k);
    }
    if (major.minor < 0) return YamlError(file, minor.node, fmt::format("no unit '{}' in 'measures'", minor.unit));
    major.minor_per = minor.per;
  }
  return {};
}

Status LoadNouns(Ctx& c) {
  const std::string file = c.Path("nouns.yaml");
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"lemma", "not_nouns", "min_noun_letters"}));
  if (m.Has("lemma")) {
    YamlMap l(m.Node("lemma"), file);
    CONTRASTE_RETURN_IF_ERROR(l.AllowOnly({"exceptions", "suffixes"}));
    for (const auto& kv : l.Node("exceptions")) {
      c.lang.lemma_exceptions[c.norm.Fold(kv.first.Scalar())] = c.norm.Fold(kv.second.Scalar());
    }
    for (const auto& item : l.Node("suffixes")) {
      YamlMap s(item, file);
      CONTRASTE_RETURN_IF_ERROR(s.AllowOnly({"suffix", "replace", "after"}));
      CONTRASTE_RETURN_IF_ERROR(s.Require("suffix"));
      CONTRASTE_ASSIGN_OR_RETURN(suffix, s.String("suffix"));
      CONTRASTE_ASSIGN_OR_RETURN(replace, s.String("replace"));
      CONTRASTE_ASSIGN_OR_RETURN(after, s.String("after"));
      c.lang.lemma_suffixes.push_back({c.norm.Fold(*suffix), replace ? c.norm.Fold(*replace) : "",
                                       after ? c.norm.Fold(*after) : ""});
    }
  }
  CONTRASTE_ASSIGN_OR_RETURN(stop, m.Strings("not_nouns"));
  for (const auto& w : stop) c.lang.not_nouns.insert(c.norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(min_letters, m.Number("min_noun_letters"));
  if (min_letters) c.lang.min_noun_letters = static_cast<size_t>(*min_letters);
  return {};
}

Status LoadCalendar(Ctx& c) {
  const std::string file = c.Path("calendar.yaml");
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"months", "weekdays", "day_month_link"}));
  CONTRASTE_ASSIGN_OR_RETURN(months, m.NumberMap("months"));
  for (const auto& [w, v] : months) c.lang.months[c.norm.Fold(w)] = static_cast<int>(v);
  CONTRASTE_ASSIGN_OR_RETURN(weekdays, m.NumberMap("weekdays"));
  for (const auto& [w, v] : weekdays) c.lang.weekdays[c.norm.Fold(w)] = static_cast<int>(v);
  CONTRASTE_ASSIGN_OR_RETURN(link, m.String("day_month_link"));
  if (link) c.lang.day_month_link = c.norm.Fold(*link);
  CONTRASTE_RETURN_IF_ERROR(LoadTemporalLexicon(c.dir, c.norm, &c.lang.temporal));
  AddCalendarWords(c.lang.months, c.lang.weekdays, c.lang.day_month_link, &c.lang.temporal);
  return {};
}

// A frame's `same_occasion`: a map of other frame id to the slots both frames take in which their
// events are compared ({meeting: [date]}).
Status LoadSameOccasion(const Language& lang, const std::string& file, const YAML::Node& node, Frame* frame) {
  if (!node.IsMap()) return YamlError(file, node, "'same_occasion' must be a map of frame id to a list of slots");
  std::vector<std::string> frame_ids;
  for (const Frame& f : lang.frames) frame_ids.push_back(f.id);
  for (const auto& kv : node) {
    const std::string other_id = kv.first.Scalar();
    const Frame* other = nullptr;
    for (const Frame& f : lang.frames) {
      if (f.id == other_id) other = &f;
    }
    if (!other) {
      return YamlError(file, kv.first, fmt::format("frame '{}' names unknown frame '{}' in same_occasion (valid: {})",
                                                   frame->id, other_id, fmt::join(frame_ids, ", ")));
    }
    if (other->id == frame->id) {
      return YamlError(file, kv.first, fmt::format("frame '{}' names itself in same_occasion", frame->id));
    }
    YamlMap holder(node, file);
    CONTRASTE_ASSIGN_OR_RETURN(slots, holder.Strings(other_id));
    if (slots.empty()) {
      return YamlError(file, kv.second, fmt::format("same_occasion of frame '{}' with '{}' names no slot", frame->id, other_id));
    }
    for (size_t k = 0; k < slots.size(); ++k) {
      const std::string& s = slots[k];
      const YAML::Node at = kv.second.IsSequence() ? kv.second[k] : kv.second;
      for (const Frame* f : {static_cast<const Frame*>(frame), other}) {
        if (!f->Accepts(s)) {
          return YamlError(file, at,
                           fmt::format("same_occasion of frame '{}' with '{}' names slot '{}', which frame '{}' does "
                                       "not take (its slots: {})",
                                       frame->id, other_id, s, f->id, fmt::join(f->slots, ", ")));
        }
      }
    }
    frame->same_occasion.push_back({other_id, slots});
  }
  return {};
}

Status LoadFrames(Ctx& c) {
  const std::string file = c.Path("frames.yaml");
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"participant_window", "max_trigger_distance", "link_window_days", "frames", "slots",
                                          "back_references"}));
  CONTRASTE_ASSIGN_OR_RETURN(back, m.Strings("back_references"));
  for (const auto& w : back) c.lang.back_references.Insert(c.norm.Fold(w));
  CONTRASTE_ASSIGN_OR_RETURN(window, m.Number("participant_window"));
  CONTRASTE_ASSIGN_OR_RETURN(dist, m.Number("max_trigger_distance"));
  CONTRASTE_ASSIGN_OR_RETURN(days, m.Number("link_window_days"));
  if (window) c.lang.participant_window = static_cast<int>(*window);
  if (dist) c.lang.max_trigger_distance = static_cast<int>(*dist);
  if (days) c.lang.link_window_days = static_cast<int>(*days);
  CONTRASTE_RETURN_IF_ERROR(m.Require("slots"));
  YAML::Node slots = m.Node("slots");
  if (!slots.IsMap()) return YamlError(file, slots, "'slots' must be a map");
  std::vector<std::string> slot_names;
  for (const auto& kv : slots) {
    YamlMap s(kv.second, file);
    CONTRASTE_RETURN_IF_ERROR(s.AllowOnly({"value", "preceded_by", "not_after", "needs_ordinal_before", "slot"}));
    CONTRASTE_ASSIGN_OR_RETURN(not_after, s.Strings("not_after"));
    CONTRASTE_RETURN_IF_ERROR(s.Require("value"));
    CONTRASTE_ASSIGN_OR_RETURN(value, s.String("value"));
    // `category`: a value of a categorical measure (states.yaml: "para siempre", "temporalmente").
    if (*value != "duration" && *value != "quantity" && *value != "ordinal" && *value != "date" && *value != "place" &&
        *value != "since_date" && *value != "category") {
      return YamlError(file, s.Node("value"),
                       fmt::format("unknown value kind '{}' (valid: duration, quantity, ordinal, date, place, since_date, "
                                   "category)",
                                   *value));
    }
    CONTRASTE_ASSIGN_OR_RETURN(preceded, s.Strings("preceded_by"));
    CONTRASTE_ASSIGN_OR_RETURN(needs, s.Bool("needs_ordinal_before"));
    // `slot`: the slot this entry fills when its key is only a name for a second way of filling
    // it ("since_previous_from_date: {slot: since_previous, value: since_date}").
    CONTRASTE_ASSIGN_OR_RETURN(fills, s.String("slot"));
    SlotCue cue;
    cue.slot = fills ? *fills : kv.first.Scalar();
    cue.value_kind = *value;
    for (const auto& w : preceded) cue.preceded_by.Insert(c.norm.Fold(w));
    for (const auto& w : not_after) cue.not_after.Insert(c.norm.Fold(w));
    cue.needs_ordinal_before = needs && *needs;
    slot_names.push_back(cue.slot);
    c.lang.slot_cues.push_back(std::move(cue));
  }
  CONTRASTE_RETURN_IF_ERROR(m.Require("frames"));
  std::vector<std::pair<size_t, YAML::Node>> same_occasion;  // frame index, its `same_occasion`
  YAML::Node frames = m.Node("frames");
  if (!frames.IsMap()) return YamlError(file, frames, "'frames' must be a map of frame id to frame");
  for (const auto& kv : frames) {
    YamlMap f(kv.second, file);
    CONTRASTE_RETURN_IF_ERROR(f.AllowOnly({"label", "triggers", "participants", "slots", "fallback", "same_occasion"}));
    CONTRASTE_ASSIGN_OR_RETURN(fallback, f.Bool("fallback"));
    CONTRASTE_ASSIGN_OR_RETURN(label, f.String("label"));
    CONTRASTE_ASSIGN_OR_RETURN(triggers, f.Strings("triggers"));
    CONTRASTE_ASSIGN_OR_RETURN(kinds, f.Strings("participants"));
    CONTRASTE_ASSIGN_OR_RETURN(fslots, f.Strings("slots"));
    Frame frame;
    frame.id = kv.first.Scalar();
    frame.label = label ? *label : frame.id;
    frame.participant_kinds = kinds;
    for (const auto& s : fslots) {
      if (std::find(slot_names.begin(), slot_names.end(), s) == slot_names.end()) {
        return YamlError(file, f.Node("slots"),
                         fmt::format("frame '{}' names unknown slot '{}' (valid: {})", frame.id, s,
                                     fmt::join(slot_names, ", ")));
      }
    }
    frame.slots = fslots;
    frame.fallback = fallback && *fallback;
    int index = static_cast<int>(c.lang.frames.size());
    if (frame.fallback) {
      if (!triggers.empty()) {
        return YamlError(file, f.Node("triggers"),
                         fmt::format("frame '{}' is the fallback frame and takes no triggers", frame.id));
      }
      if (c.lang.fallback_frame >= 0) {
        return YamlError(file, f.Node("fallback"),
                         fmt::format("frame '{}' is a second fallback frame (the first is '{}')", frame.id,
                                     c.lang.frames[static_cast<size_t>(c.lang.fallback_frame)].id));
      }
      c.lang.fallback_frame = index;
    }
    if (f.Has("same_occasion")) same_occasion.emplace_back(c.lang.frames.size(), f.Node("same_occasion"));
    c.lang.frames.push_back(frame);
    for (const auto& t : triggers) CONTRASTE_RETURN_IF_ERROR(AddPhrase(c.lang.trigger_table, c, file, kv.second, t, index));
  }
  // Checked once every frame is known: a frame may name one defined after it.
  for (const auto& [index, node] : same_occasion) {
    CONTRASTE_RETURN_IF_ERROR(LoadSameOccasion(c.lang, file, node, &c.lang.frames[index]));
  }
  return {};
}

// ranges.yaml: extract/range_lexicon.h.
Status LoadRanges(Ctx& c) {
  for (const auto& [word, value] : c.lang.number_words) c.lang.ranges.number_words.Add(word, 0);
  return LoadRangeLexicon(c.dir, c.norm, &c.lang.ranges);
}

// gazetteer.yaml and the files that go with it (names, venues, attribution): extract/entity_data.h.
Status LoadDatePeriods(Ctx& c) {
  CONTRASTE_RETURN_IF_ERROR(LoadDatePeriodLexicon(c.dir, c.norm, &c.lang.date_periods));
  c.lang.temporal.classes.AddAll(c.lang.date_periods.classes);  // one lookup per token
  return {};
}

Status LoadGazetteer(Ctx& c) { return LoadEntityData(c.dir, c.norm, c.lang); }

// measures.yaml: lang/measure_lexicon.h (after units, nouns and the gazetteer's kinds).
Status LoadMeasures(Ctx& c) { return LoadMeasureLexicon(c.dir, c.norm, &c.lang); }

Status LoadStories(Ctx& c) { return LoadStoryLexicon(c.dir, c.norm, &c.lang.stories); }

Status LoadStates(Ctx& c) { return LoadStateLexicon(c.dir, c.norm, &c.lang.states); }

Status LoadTimeline(Ctx& c) { return LoadTimelineLexicon(c.dir, c.norm, &c.lang.timeline); }

Status LoadHappenings(Ctx& c) { return LoadHappeningLexicon(c.dir, c.norm, &c.lang.happenings); }

Status LoadFunctionWordList(Ctx& c) { return LoadFunctionWords(c.dir, c.norm, &c.lang.function_words); }

Status LoadMessages(Ctx& c) { return LoadMessageTemplates(c.dir, &c.lang.messages); }

}  // namespace

Interval Hedge::Apply(double v) const {
  switch (shape) {
    case HedgeShape::kApprox: return Interval::Between(v - v * relative, v + v * relative);
    case HedgeShape::kAbove: return Interval::Above(v);
    case HedgeShape::kAtLeast: return Interval::AtLeast(v);
    case HedgeShape::kBelow: return Interval::Below(v);
    case HedgeShape::kAtMost: return Interval::AtMost(v);
    case HedgeShape::kSlightlyAbove: return {v, v + v * relative, true, false};
    case HedgeShape::kNearly: return {v - v * relative, v, false, true};
  }
  return Interval::Point(v);
}

bool Frame::Accepts(const std::string& slot) const {
  return std::find(slots.begin(), slots.end(), slot) != slots.end();
}

const Entity* Language::FindEntity(const std::string& id) const {
  auto it = entity_by_id.find(id);
  return it == entity_by_id.end() ? nullptr : &entities[it->second];
}

std::string Language::Lemma(const std::string& w) const {
  if (auto it = lemma_exceptions.find(w); it != lemma_exceptions.end()) return it->second;
  for (const auto& r : lemma_suffixes) {
    if (w.size() > r.suffix.size() + 2 && w.ends_with(r.suffix)) {
      std::string stem = w.substr(0, w.size() - r.suffix.size());
      if (!r.after.empty() && r.after.find(stem.back()) == std::string::npos) continue;
      return stem + r.replace;
    }
  }
  return w;
}

Result<Language> LoadLanguage(const std::string& dir, const std::string& code,
                              TextNormalizer& normalizer) {
  Language lang;
  lang.code = code;
  Ctx c{dir, normalizer, lang};
  if (!std::filesystem::is_directory(dir)) {
    return MakeFileError(ErrorCode::kBadRule, dir, 0, 0,
                         fmt::format("no language data for '{}' (expected a directory)", code));
  }
  for (auto* step : {&LoadNumbers, &LoadHedges, &LoadUnits, &LoadRanges, &LoadNouns, &LoadCalendar, &LoadDatePeriods,
                     &LoadFrames, &LoadGazetteer, &LoadMeasures, &LoadStories, &LoadStates, &LoadTimeline, &LoadHappenings,
                     &LoadFunctionWordList,
                     &LoadMessages}) {
    if (Status s = step(c); !s) return s.error();
  }
  return lang;
}

}  // namespace contraste
