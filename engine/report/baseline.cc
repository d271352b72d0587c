#include "report/baseline.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/calendar.h"
#include "lang/yaml_reader.h"

namespace contraste {

namespace {

constexpr const char* kBaselineSchema = "contraste.baseline/1";

std::string Field(const ReportJson& f, const char* key) {
  auto it = f.find(key);
  return it != f.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<std::string> RequiredString(const YamlMap& m, const std::string& key) {
  if (Status s = m.Require(key); !s) return s.error();
  auto v = m.String(key);
  if (!v) return v.error();
  if ((*v)->empty()) return YamlError(m.file(), m.Node(key), fmt::format("'{}' must not be empty", key));
  return **v;
}

// sides: [{values: [..], docs: [..]}, ...]
Result<std::vector<AcknowledgedSide>> ParseSides(const YamlMap& entry, const std::string& file) {
  std::vector<AcknowledgedSide> sides;
  if (!entry.Has("sides")) return sides;
  YAML::Node list = entry.Node("sides");
  if (!list.IsSequence()) return YamlError(file, list, "'sides' must be a list of {values, docs}");
  for (const auto& item : list) {
    YamlMap m(item, file);
    if (Status s = m.AllowOnly({"values", "docs"}); !s) return s.error();
    AcknowledgedSide side;
    for (auto [key, field] : {std::pair{"values", &side.values}, std::pair{"docs", &side.docs}}) {
      if (Status s = m.Require(key); !s) return s.error();
      auto v = m.Strings(key);
      if (!v) return v.error();
      *field = *v;
      std::sort(field->begin(), field->end());
      field->erase(std::unique(field->begin(), field->end()), field->end());
    }
    sides.push_back(std::move(side));
  }
  return sides;
}

Result<BaselineEntry> ParseEntry(const YAML::Node& node, const std::string& file) {
  YamlMap m(node, file);
  if (Status s = m.AllowOnly({"id", "kind", "rule", "event", "who", "when", "why", "sides"}); !s) return s.error();
  BaselineEntry e;
  e.line = node.Mark().line + 1;
  auto id = RequiredString(m, "id");
  if (!id) return id.error();
  e.id = *id;
  for (auto [key, field] : {std::pair{"who", &e.who}, std::pair{"when", &e.when}, std::pair{"why", &e.why}}) {
    auto v = RequiredString(m, key);
    if (!v) return v.error();
    *field = *v;
  }
  if (!CivilDate::Parse(e.when)) {
    return YamlError(file, m.Node("when"), fmt::format("'when' must be a date YYYY-MM-DD, got '{}'", e.when));
  }
  for (auto [key, field] : {std::pair{"kind", &e.kind}, std::pair{"rule", &e.rule}, std::pair{"event", &e.event}}) {
    auto v = m.String(key);
    if (!v) return v.error();
    *field = v->value_or("");
  }
  auto sides = ParseSides(m, file);
  if (!sides) return sides.error();
  e.sides = std::move(*sides);
  return e;
}

ReportJson SidesJson(const std::vector<AcknowledgedSide>& sides) {
  ReportJson list = ReportJson::array();
  for (const AcknowledgedSide& s : sides) list.push_back({{"values", s.values}, {"docs", s.docs}});
  return list;
}

ReportJson ChangesJson(const std::vector<SideChange>& changes) {
  ReportJson list = ReportJson::array();
  for (const SideChange& c : changes) {
    ReportJson j;
    j["what"] = ChangeKindName(c.kind);
    if (c.kind == SideChange::Kind::kSides) {
      j["acknowledged"] = c.acknowledged;
      j["now"] = c.now;
    } else {
      j[c.kind == SideChange::Kind::kValue ? "value" : "doc"] = c.item;
    }
    j["text"] = DescribeChange(c);
    list.push_back(std::move(j));
  }
  return list;
}

std::string ChangesText(const std::vector<SideChange>& changes) {
  std::vector<std::string> parts;
  for (const SideChange& c : changes) parts.push_back(DescribeChange(c));
  return fmt::format("{}", fmt::join(parts, "; "));
}

ReportJson EntryJson(const BaselineEntry& e) {
  ReportJson j;
  j["id"] = e.id;
  j["kind"] = e.kind;
  j["rule"] = e.rule;
  j["event"] = e.event;
  j["who"] = e.who;
  j["when"] = e.when;
  j["why"] = e.why;
  j["sides"] = SidesJson(e.sides);
  return j;
}

}  // namespace

Result<Baseline> ParseBaseline(const std::string& text, const std::string& label) {
  auto doc = YamlFile::Parse(text, label);
  if (!doc) return doc.error();
  YamlMap m(doc->root, label);
  if (Status s = m.AllowOnly({"schema", "acknowledged"}); !s) return s.error();
  auto schema = RequiredString(m, "schema");
  if (!schema) return schema.error();
  if (*schema != kBaselineSchema) {
    return YamlError(label, m.Node("schema"), fmt::format("unknown schema '{}' (expected {})", *schema, kBaselineSchema));
  }
  Baseline b;
  b.path = label;
  if (!m.Has("acknowledged")) return b;
  YAML::Node list = m.Node("acknowledged");
  if (list.IsNull()) return b;
  if (!list.IsSequence()) return YamlError(label, list, "'acknowledged' must be a list of entries");
  std::map<std::string, int> seen;
  for (const auto& item : list) {
    auto e = ParseEntry(item, label);
    if (!e) return e.error();
    auto [it, fresh] = seen.emplace(e->id, e->line);
    if (!fresh) return YamlError(label, item, fmt::format("duplicate id '{}' (also at line {})", e->id, it->second));
    b.entries.push_back(*e);
  }
  std::sort(b.entries.begin(), b.entries.end(), [](const auto& x, const auto& y) { return x.id < y.id; });
  return b;
}

Result<Baseline> LoadBaseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot open baseline");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseBaseline(ss.str(), path);
}

Baseline BaselineFromReport(const LoadedReport& report, const Acknowledgement& ack, const Baseline& previous,
                            const std::vector<std::string>& only, const std::string& kind,
                            std::vector<std::string>* reacknowledged) {
  std::map<std::string, const BaselineEntry*> before;
  for (const auto& e : previous.entries) before[e.id] = &e;
  Baseline b;
  for (const auto& f : report.root["findings"]) {
    BaselineEntry e;
    e.id = Field(f, "id");
    e.kind = Field(f, "kind");
    if (!only.empty() && std::find(only.begin(), only.end(), e.id) == only.end()) continue;
    if (!kind.empty() && e.kind != kind) continue;
    e.rule = Field(f, "rule");
    e.event = Field(f, "event");
    e.sides = SidesOfReportFinding(f);
    auto it = before.find(e.id);
    const bool same = it != before.end() && !it->second->sides.empty() && ChangesSince(it->second->sides, e.sides).empty();
    if (same) {
      e.who = it->second->who;
      e.when = it->second->when;
      e.why = it->second->why;
      e.sides = it->second->sides;
    } else {
      if (it != before.end() && reacknowledged) reacknowledged->push_back(e.id);
      e.who = ack.who;
      e.when = ack.when;
      e.why = ack.why;
    }
    b.entries.push_back(e);
  }
  std::sort(b.entries.begin(), b.entries.end(), [](const auto& x, const auto& y) { return x.id < y.id; });
  return b;
}

void WriteBaselineYaml(const Baseline& b, std::ostream& out) {
  out << "# Findings acknowledged by an editor. `contraste report --baseline FILE` hides them and lists\n"
         "# the entries that no longer match any finding as stale. kind, rule and event are for reading;\n"
         "# sides are what was acknowledged: a finding that gains a side, a value or a document is shown again.\n";
  YAML::Emitter y;
  y << YAML::BeginMap;
  y << YAML::Key << "schema" << YAML::Value << kBaselineSchema;
  y << YAML::Key << "acknowledged" << YAML::Value << YAML::BeginSeq;
  for (const auto& e : b.entries) {
    y << YAML::BeginMap;
    for (auto [key, value] : {std::pair{"id", &e.id}, std::pair{"kind", &e.kind}, std::pair{"rule", &e.rule},
                              std::pair{"event", &e.event}, std::pair{"who", &e.who}, std::pair{"when", &e.when},
                              std::pair{"why", &e.why}}) {
      y << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << *value;
    }
    if (!e.sides.empty()) {
      y << YAML::Key << "sides" << YAML::Value << YAML::BeginSeq;
      for (const AcknowledgedSide& side : e.sides) {
        y << YAML::BeginMap;
        for (auto [key, list] : {std::pair{"values", &side.values}, std::pair{"docs", &side.docs}}) {
          y << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
          for (const std::string& item : *list) y << YAML::DoubleQuoted << item;
          y << YAML::EndSeq;
        }
        y << YAML::EndMap;
      }
      y << YAML::EndSeq;
    }
    y << YAML::EndMap;
  }
  y << YAML::EndSeq << YAML::EndMap;
  out << y.c_str() << "\n";
}

const BaselineChange* BaselineOutcome::Changed(const std::string& finding_id) const {
  for (const BaselineChange& c : changed) {
    if (c.entry.id == finding_id) return &c;
  }
  return nullptr;
}

BaselineOutcome ApplyBaseline(const Baseline& baseline, std::vector<Finding>* findings, const std::vector<Claim>& claims,
                              const std::vector<Document>& docs) {
  BaselineOutcome o;
  o.path = baseline.path;
  std::map<std::string, const BaselineEntry*> by_id;
  for (const auto& e : baseline.entries) by_id[e.id] = &e;
  std::set<std::string> matched;
  std::vector<Finding> kept;
  for (Finding& f : *findings) {
    if (auto it = by_id.find(f.id); it != by_id.end()) {
      matched.insert(f.id);
      std::vector<SideChange> news = ChangesSince(it->second->sides, SidesOfFinding(f, claims, docs));
      if (news.empty()) continue;
      o.changed.push_back({*it->second, std::move(news)});
    }
    kept.push_back(std::move(f));
  }
  *findings = std::move(kept);
  for (const auto& e : baseline.entries) {
    if (!matched.count(e.id)) {
      o.stale.push_back(e);
    } else if (!o.Changed(e.id)) {
      o.hidden.push_back(e);
      if (e.sides.empty()) ++o.unrecorded;
    }
  }
  return o;
}

BaselineOutcome ApplyBaseline(const Baseline& baseline, Analysis* a) {
  return ApplyBaseline(baseline, &a->findings, a->claims, a->documents);
}

std::string DescribeBaselineChange(const BaselineChange& c) {
  return fmt::format("{}{} changed since acknowledged by {} on {}: {}", c.entry.id,
                     c.entry.line > 0 ? fmt::format(" (line {})", c.entry.line) : "", c.entry.who, c.entry.when,
                     ChangesText(c.changes));
}

void AddBaselineToReportJson(const BaselineOutcome& o, ReportJson* report) {
  ReportJson section;
  section["file"] = o.path;
  section["hidden"] = o.hidden.size();
  ReportJson ids = ReportJson::array();
  for (const auto& e : o.hidden) ids.push_back(e.id);
  section["acknowledged"] = ids;
  ReportJson changed = ReportJson::array();
  for (const auto& c : o.changed) {
    ReportJson j = EntryJson(c.entry);
    j["changes"] = ChangesJson(c.changes);
    changed.push_back(std::move(j));
  }
  section["changed"] = changed;
  section["unrecorded"] = o.unrecorded;
  ReportJson stale = ReportJson::array();
  for (const auto& e : o.stale) stale.push_back(EntryJson(e));
  section["stale"] = stale;
  ReportJson out;
  for (auto it = report->begin(); it != report->end(); ++it) {
    out[it.key()] = it.value();
    if (it.key() == "summary") out["baseline"] = section;
  }
  if (!out.contains("baseline")) out["baseline"] = section;
  if (out.contains("findings") && out["findings"].is_array()) {
    for (ReportJson& f : out["findings"]) {
      const BaselineChange* c = f.is_object() && f.contains("id") && f["id"].is_string() ? o.Changed(f["id"].get<std::string>()) : nullptr;
      if (!c) continue;
      f["baseline"] = {{"status", "changed"}, {"who", c->entry.who}, {"when", c->entry.when}, {"why", c->entry.why},
                       {"acknowledged_sides", SidesJson(c->entry.sides)}, {"changes", ChangesJson(c->changes)}};
    }
  }
  *report = std::move(out);
}

void WriteJsonReportWithBaseline(const Analysis& a, const BaselineOutcome& o, std::ostream& out) {
  std::ostringstream plain;
  WriteJsonReport(a, plain);
  ReportJson report = ReportJson::parse(plain.str());
  AddBaselineToReportJson(o, &report);
  out << report.dump(2, ' ', false, ReportJson::error_handler_t::replace) << "\n";
}

}  // namespace contraste
