#include "eval/eval_report.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace contraste {

namespace {

using Json = nlohmann::ordered_json;

struct Overall {
  Fraction precision, recall, agreement, revision, dispute;
  std::map<std::string, LanguageScore> languages;
  size_t documents = 0;
  size_t gold_files = 0;
  size_t skipped = 0;
};

Overall SumOf(const std::vector<GroupScores>& groups) {
  Overall o;
  for (const GroupScores& g : groups) {
    o.precision += g.conflict_precision;
    o.recall += g.conflict_recall;
    o.agreement += g.agreement_recall;
    o.revision += g.revision_recall;
    o.dispute += g.dispute_recall;
    o.documents += g.documents;
    o.gold_files += g.gold_files.size();
    o.skipped += g.skipped_language.size();
    for (const LanguageScore& l : g.languages) {
      LanguageScore& sum = o.languages[l.languages];
      sum.languages = l.languages;
      sum.precision += l.precision;
      sum.recall += l.recall;
    }
  }
  return o;
}

std::string Figure(std::optional<double> v) { return v ? fmt::format("{:.3f}", *v) : "n/a"; }

std::string Figure(const Fraction& f) { return Figure(f.Value()); }

std::string Counted(const Fraction& f, const char* of_what) {
  return fmt::format("{} ({} of {} {})", Figure(f), f.hits, f.total, of_what);
}

std::string ConflictLine(const Fraction& precision, const Fraction& recall) {
  return fmt::format("precision {}, recall {}, F1 {}", Counted(precision, "reported"), Counted(recall, "items"),
                     Figure(F1(precision, recall)));
}

std::string RecallLine(const Fraction& agreement, const Fraction& revision, const Fraction& dispute) {
  return fmt::format("recall: agreements {}, revisions {}, disputes {}", Counted(agreement, "items"),
                     Counted(revision, "items"), Counted(dispute, "items"));
}

Fraction Of(size_t hits, size_t total) { return Fraction{hits, total}; }

const LanguageScore& LanguageOf(const LanguageScore& l) { return l; }
const LanguageScore& LanguageOf(const std::pair<const std::string, LanguageScore>& l) { return l.second; }

void WriteRuleTable(const GroupScores& g, std::ostream& out) {
  if (g.rules.empty()) return;
  size_t width = 4;
  for (const RuleScore& r : g.rules) width = std::max(width, r.rule.size());
  out << fmt::format("\n  {:<{}}  {:>8}  {:>7}  {:>9}  {:>11}\n", "rule", width, "reported", "correct", "precision",
                     "items found");
  for (const RuleScore& r : g.rules) {
    out << fmt::format("  {:<{}}  {:>8}  {:>7}  {:>9}  {:>11}\n", r.rule, width, r.reported, r.correct,
                       Figure(Of(r.correct, r.reported)), r.items_found);
  }
}

// Conflicts by the languages of their articles: "en", "es", "en+es" (a cross-language pair).
template <typename Languages>
void WriteLanguageLines(const Languages& languages, const std::string& indent, std::ostream& out) {
  for (const auto& entry : languages) {
    const LanguageScore& l = LanguageOf(entry);
    out << fmt::format("{}conflicts in {}: {}\n", indent, l.languages, ConflictLine(l.precision, l.recall));
  }
}

void WriteMeasureTable(const GroupScores& g, std::ostream& out) {
  if (g.measures.empty()) return;
  size_t width = 7;
  for (const MeasureScore& m : g.measures) width = std::max(width, m.measure.size());
  out << fmt::format("\n  {:<{}}  {:>5}  {:>5}  {:>6}  {:>7}  {:>5}  {:>9}\n", "measure", width, "items", "found",
                     "recall", "correct", "false", "precision");
  for (const MeasureScore& m : g.measures) {
    out << fmt::format("  {:<{}}  {:>5}  {:>5}  {:>6}  {:>7}  {:>5}  {:>9}\n", m.measure, width, m.items, m.found,
                       Figure(Of(m.found, m.items)), m.correct, m.false_conflicts,
                       Figure(Of(m.correct, m.correct + m.false_conflicts)));
  }
}

std::string QuotedList(const std::vector<QuotedClaim>& side) {
  std::string s;
  for (const QuotedClaim& c : side) {
    if (!s.empty()) s += "; ";
    s += c.line > 0 ? fmt::format("{}:{}:{} \"{}\"", c.doc, c.line, c.column, c.quote)
                    : fmt::format("{} \"{}\"", c.doc, c.quote);
  }
  return s;
}

void WriteSides(const std::vector<std::vector<QuotedClaim>>& sides, std::ostream& out) {
  for (size_t s = 0; s < sides.size(); ++s) out << fmt::format("      side {}: {}\n", s + 1, QuotedList(sides[s]));
}

void WriteFailures(const GroupScores& g, std::ostream& out) {
  out << fmt::format("\n  missed conflict items ({}):\n", g.missed.size());
  for (const MissedItem& m : g.missed) {
    out << fmt::format("    {}:{}: {} [{}]\n", m.item.file, m.item.line, m.item.id, m.item.measure);
    WriteSides(m.sides, out);
  }
  out << fmt::format("\n  missed agreement, revision and dispute items ({}):\n", g.missed_other.size());
  for (const MissedItem& m : g.missed_other) {
    out << fmt::format("    {}:{}: {} {} [{}]\n", m.item.file, m.item.line, m.item.kind, m.item.id, m.item.measure);
    WriteSides(m.sides, out);
  }
  out << fmt::format("\n  false conflicts ({}):\n", g.false_conflicts.size());
  for (const FalseConflict& f : g.false_conflicts) {
    std::string what = f.unit.empty() ? f.slot : f.slot + ":" + f.unit;
    out << fmt::format("    {} {} {} (event {})\n", f.finding, f.rule, what, f.event);
    WriteSides(f.sides, out);
    for (const ItemRef& hit : f.hits) out << fmt::format("      hits {} {}:{}: {}\n", hit.kind, hit.file, hit.line, hit.id);
  }
}

Json FractionJson(const Fraction& f) {
  auto v = f.Value();
  return v ? Json(std::round(*v * 1000.0) / 1000.0) : Json(nullptr);
}

Json ConflictsJson(const Fraction& precision, const Fraction& recall) {
  auto f1 = F1(precision, recall);
  return Json{{"reported", precision.total}, {"correct", precision.hits},   {"precision", FractionJson(precision)},
              {"items", recall.total},       {"found", recall.hits},        {"recall", FractionJson(recall)},
              {"f1", f1 ? Json(std::round(*f1 * 1000.0) / 1000.0) : Json(nullptr)}};
}

Json RecallJson(const Fraction& f) { return Json{{"items", f.total}, {"found", f.hits}, {"recall", FractionJson(f)}}; }

Json SidesJson(const std::vector<std::vector<QuotedClaim>>& sides) {
  Json out = Json::array();
  for (const auto& side : sides) {
    Json claims = Json::array();
    for (const QuotedClaim& c : side) {
      Json j{{"doc", c.doc}, {"quote", c.quote}};
      if (c.line > 0) {
        j["line"] = c.line;
        j["column"] = c.column;
      }
      claims.push_back(std::move(j));
    }
    out.push_back(std::move(claims));
  }
  return out;
}

Json ItemJson(const ItemRef& r) {
  return Json{{"file", r.file}, {"line", r.line}, {"id", r.id}, {"kind", r.kind}, {"measure", r.measure}};
}

Json GroupJson(const GroupScores& g) {
  Json j;
  j["dir"] = g.dir;
  j["gold_files"] = g.gold_files;
  j["documents"] = g.documents;
  j["skipped_language"] = g.skipped_language;
  j["unreadable"] = g.unreadable;
  Json set_aside = Json::array();
  for (const ItemRef& r : g.set_aside) set_aside.push_back(ItemJson(r));
  j["set_aside"] = std::move(set_aside);
  j["conflicts"] = ConflictsJson(g.conflict_precision, g.conflict_recall);
  j["agreements"] = RecallJson(g.agreement_recall);
  j["revisions"] = RecallJson(g.revision_recall);
  j["disputes"] = RecallJson(g.dispute_recall);
  Json rules = Json::array();
  for (const RuleScore& r : g.rules) {
    rules.push_back({{"rule", r.rule},
                     {"reported", r.reported},
                     {"correct", r.correct},
                     {"precision", FractionJson(Of(r.correct, r.reported))},
                     {"items_found", r.items_found}});
  }
  j["rules"] = std::move(rules);
  Json measures = Json::array();
  for (const MeasureScore& m : g.measures) {
    measures.push_back({{"measure", m.measure},
                        {"items", m.items},
                        {"found", m.found},
                        {"recall", FractionJson(Of(m.found, m.items))},
                        {"correct", m.correct},
                        {"false_conflicts", m.false_conflicts},
                        {"precision", FractionJson(Of(m.correct, m.correct + m.false_conflicts))}});
  }
  j["measures"] = std::move(measures);
  Json languages = Json::array();
  for (const LanguageScore& l : g.languages) {
    Json entry = ConflictsJson(l.precision, l.recall);
    entry["languages"] = l.languages;
    languages.push_back(std::move(entry));
  }
  j["languages"] = std::move(languages);
  auto missed_json = [](const std::vector<MissedItem>& items) {
    Json out = Json::array();
    for (const MissedItem& m : items) {
      Json item = ItemJson(m.item);
      item["sides"] = SidesJson(m.sides);
      out.push_back(std::move(item));
    }
    return out;
  };
  j["missed"] = missed_json(g.missed);
  j["missed_other"] = missed_json(g.missed_other);
  Json false_conflicts = Json::array();
  for (const FalseConflict& f : g.false_conflicts) {
    Json hits = Json::array();
    for (const ItemRef& h : f.hits) hits.push_back(ItemJson(h));
    Json fc{{"finding", f.finding}, {"rule", f.rule}, {"slot", f.slot}};
    if (!f.unit.empty()) fc["unit"] = f.unit;
    fc["event"] = f.event;
    fc["sides"] = SidesJson(f.sides);
    fc["hits"] = std::move(hits);
    false_conflicts.push_back(std::move(fc));
  }
  j["false_conflicts"] = std::move(false_conflicts);
  return j;
}

}  // namespace

void WriteEvalText(const std::vector<GroupScores>& groups, bool show_failures, std::ostream& out) {
  const Overall o = SumOf(groups);
  out << fmt::format("contraste eval: {} gold group{}, {} gold files, {} articles analysed, {} skipped (no rules for their language)\n",
                     groups.size(), groups.size() == 1 ? "" : "s", o.gold_files, o.documents, o.skipped);
  out << fmt::format("overall conflicts: {}\n", ConflictLine(o.precision, o.recall));
  out << fmt::format("overall {}\n", RecallLine(o.agreement, o.revision, o.dispute));
  WriteLanguageLines(o.languages, "overall ", out);
  for (const GroupScores& g : groups) {
    out << fmt::format("\n== {}: {} gold files, {} articles analysed, {} skipped (no rules for their language)\n",
                       g.dir, g.gold_files.size(), g.documents, g.skipped_language.size());
    for (const std::string& s : g.skipped_language) out << fmt::format("  skipped: {}\n", s);
    for (const std::string& s : g.unreadable) out << fmt::format("  unreadable: {}\n", s);
    for (const ItemRef& r : g.set_aside) {
      out << fmt::format("  set aside (its articles were skipped): {}:{}: {} ({})\n", r.file, r.line, r.id, r.kind);
    }
    out << fmt::format("  conflicts: {}\n", ConflictLine(g.conflict_precision, g.conflict_recall));
    out << fmt::format("  {}\n", RecallLine(g.agreement_recall, g.revision_recall, g.dispute_recall));
    WriteLanguageLines(g.languages, "  ", out);
    WriteRuleTable(g, out);
    WriteMeasureTable(g, out);
    if (show_failures) WriteFailures(g, out);
  }
}

void WriteEvalJson(const std::vector<GroupScores>& groups, std::ostream& out) {
  const Overall o = SumOf(groups);
  Json j;
  j["schema"] = "contraste.eval/1";
  j["overall"] = Json{{"conflicts", ConflictsJson(o.precision, o.recall)},
                      {"agreements", RecallJson(o.agreement)},
                      {"revisions", RecallJson(o.revision)},
                      {"disputes", RecallJson(o.dispute)}};
  Json list = Json::array();
  for (const GroupScores& g : groups) list.push_back(GroupJson(g));
  j["groups"] = std::move(list);
  out << j.dump(2) << "\n";
}

}  // namespace contraste
