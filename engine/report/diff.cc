#include "report/diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace contraste {

namespace {

constexpr const char* kReportSchema = "contraste.report/2";
constexpr const char* kReportSchemaV1 = "contraste.report/1";  // conflicts and agreements only

Error ReportError(const std::string& file, std::string message) {
  return MakeFileError(ErrorCode::kBadMetadata, file, 0, 0, std::move(message));
}

std::string Str(const ReportJson& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The claims of a finding without their sides, to tell "other claims" from "same claims, regrouped".
ReportJson WithoutSides(const ReportJson& claims) {
  ReportJson out = ReportJson::array();
  for (ReportJson c : claims) {
    c.erase("side");
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<std::string> WhatChanged(const ReportJson& a, const ReportJson& b) {
  std::vector<std::string> what;
  const ReportJson& ca = a.contains("claims") ? a["claims"] : ReportJson::array();
  const ReportJson& cb = b.contains("claims") ? b["claims"] : ReportJson::array();
  if (WithoutSides(ca) != WithoutSides(cb)) {
    what.push_back("claims");
  } else if (ca != cb) {
    what.push_back("sides");
  }
  if (Str(a, "event") != Str(b, "event") || Str(a, "event_id") != Str(b, "event_id")) what.push_back("event");
  if (Str(a, "explanation") != Str(b, "explanation")) what.push_back("explanation");
  if (Str(a, "unit") != Str(b, "unit")) what.push_back("unit");
  ReportJson rest_a = a, rest_b = b;
  for (const char* k : {"claims", "event", "event_id", "explanation", "unit"}) {
    rest_a.erase(k);
    rest_b.erase(k);
  }
  if (rest_a != rest_b) what.push_back("other");
  std::sort(what.begin(), what.end());
  return what;
}

std::string Heading(const char* change, const ReportJson& f) {
  std::string unit = Str(f, "unit");
  return fmt::format("{} {} {} [{}] {}: {}{}\n", change, Str(f, "kind"), Str(f, "id"), Str(f, "rule"), Str(f, "event"),
                     Str(f, "slot"), unit.empty() ? "" : " (" + unit + ")");
}

std::string ClaimLine(const char* mark, const ReportJson& c) {
  // Whole numbers (ParseJsonReport checked them); as 64-bit integers, whatever their size.
  auto whole = [&](const char* key) -> int64_t {
    auto it = c.find(key);
    return it != c.end() && it->is_number_integer() ? it->get<int64_t>() : 0;
  };
  const int64_t side = whole("side"), line = whole("line"), col = whole("column");
  return fmt::format("    {} side {}: {}:{}:{} \"{}\" = {}\n", mark, side, Str(c, "doc"), line, col, Str(c, "quote"),
                     Str(c, "value"));
}

void WriteFinding(const char* mark, const ReportJson& f, std::ostream& out) {
  out << fmt::format("    {}\n", Str(f, "explanation"));
  if (!f.contains("claims")) return;
  for (const auto& c : f["claims"]) out << ClaimLine(mark, c);
}

// A finding's claims, when given, are a list of objects whose positions and side are whole numbers:
// what the diff reads of them.
Status CheckClaims(const ReportJson& finding, size_t index) {
  auto it = finding.find("claims");
  if (it == finding.end()) return {};
  if (!it->is_array()) return MakeError(ErrorCode::kBadMetadata, fmt::format("finding {}: 'claims' is not a list", index));
  size_t k = 0;
  for (const auto& c : *it) {
    if (!c.is_object()) {
      return MakeError(ErrorCode::kBadMetadata, fmt::format("finding {}: claim {} is not an object", index, k));
    }
    for (const char* key : {"line", "column", "offset", "length", "side"}) {
      auto v = c.find(key);
      if (v != c.end() && !v->is_number_integer()) {
        return MakeError(ErrorCode::kBadMetadata,
                         fmt::format("finding {}: claim {}: '{}' is not a whole number", index, k, key));
      }
    }
    ++k;
  }
  return {};
}

}  // namespace

Result<LoadedReport> ParseJsonReport(const std::string& text, const std::string& label) {
  LoadedReport r;
  r.path = label;
  try {
    r.root = ReportJson::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    Error err = ReportError(label, fmt::format("not valid JSON: {}", e.what()));
    err.offset = e.byte > 0 ? e.byte - 1 : 0;
    return err;
  } catch (const nlohmann::json::exception& e) {  // a number out of range ("1e400"), ...
    return ReportError(label, fmt::format("not valid JSON: {}", e.what()));
  }
  if (!r.root.is_object() || (Str(r.root, "schema") != kReportSchema && Str(r.root, "schema") != kReportSchemaV1)) {
    return ReportError(label, fmt::format("not a contraste report (expected \"schema\": \"{}\")", kReportSchema));
  }
  if (!r.root.contains("findings") || !r.root["findings"].is_array()) {
    return ReportError(label, "the report has no 'findings' list");
  }
  std::set<std::string> ids;
  size_t index = 0;
  for (const auto& f : r.root["findings"]) {
    if (!f.is_object() || !f.contains("id") || !f["id"].is_string()) {
      return ReportError(label, fmt::format("finding {} has no string 'id'", index));
    }
    if (!ids.insert(f["id"].get<std::string>()).second) {
      return ReportError(label, fmt::format("finding id '{}' appears twice", f["id"].get<std::string>()));
    }
    if (Status claims = CheckClaims(f, index); !claims) return ReportError(label, claims.error().message);
    ++index;
  }
  return r;
}

Result<LoadedReport> LoadJsonReport(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot open report");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseJsonReport(ss.str(), path);
}

ReportDiff DiffReports(const LoadedReport& old_report, const LoadedReport& new_report) {
  ReportDiff d;
  d.old_path = old_report.path;
  d.new_path = new_report.path;
  std::map<std::string, const ReportJson*> old_by_id, new_by_id;
  for (const auto& f : old_report.root["findings"]) old_by_id[f["id"].get<std::string>()] = &f;
  for (const auto& f : new_report.root["findings"]) new_by_id[f["id"].get<std::string>()] = &f;
  for (const auto& f : old_report.root["findings"]) {
    if (!new_by_id.count(f["id"].get<std::string>())) d.removed.push_back(f);
  }
  for (const auto& f : new_report.root["findings"]) {
    const std::string id = f["id"].get<std::string>();
    auto it = old_by_id.find(id);
    if (it == old_by_id.end()) {
      d.added.push_back(f);
    } else if (*it->second != f) {
      d.changed.push_back({id, WhatChanged(*it->second, f), *it->second, f});
    } else {
      ++d.unchanged;
    }
  }
  return d;
}

void WriteDiffText(const ReportDiff& d, std::ostream& out) {
  out << fmt::format("--- {}\n+++ {}\n", d.old_path, d.new_path);
  for (const auto& f : d.added) {
    out << Heading("added", f);
    WriteFinding("+", f, out);
  }
  for (const auto& f : d.removed) {
    out << Heading("removed", f);
    WriteFinding("-", f, out);
  }
  for (const auto& c : d.changed) {
    out << Heading("changed", c.after);
    out << fmt::format("    what: {}\n", fmt::join(c.what, ", "));
    if (Str(c.before, "explanation") != Str(c.after, "explanation")) {
      out << fmt::format("    - {}\n    + {}\n", Str(c.before, "explanation"), Str(c.after, "explanation"));
    }
    // Claims only in one of the two versions (a claim whose side moved shows on both).
    const ReportJson& before = c.before.contains("claims") ? c.before["claims"] : ReportJson::array();
    const ReportJson& after = c.after.contains("claims") ? c.after["claims"] : ReportJson::array();
    for (const auto& claim : before) {
      if (std::find(after.begin(), after.end(), claim) == after.end()) out << ClaimLine("-", claim);
    }
    for (const auto& claim : after) {
      if (std::find(before.begin(), before.end(), claim) == before.end()) out << ClaimLine("+", claim);
    }
  }
  out << fmt::format("{} added, {} removed, {} changed\n", d.added.size(), d.removed.size(), d.changed.size());
}

void WriteDiffJson(const ReportDiff& d, std::ostream& out) {
  ReportJson root;
  root["schema"] = "contraste.diff/1";
  root["old"] = d.old_path;
  root["new"] = d.new_path;
  root["summary"] = {{"added", d.added.size()},
                     {"removed", d.removed.size()},
                     {"changed", d.changed.size()},
                     {"unchanged", d.unchanged}};
  root["added"] = ReportJson(d.added);
  root["removed"] = ReportJson(d.removed);
  ReportJson changed = ReportJson::array();
  for (const auto& c : d.changed) {
    ReportJson j;
    j["id"] = c.id;
    j["what"] = c.what;
    j["old"] = c.before;
    j["new"] = c.after;
    changed.push_back(j);
  }
  root["changed"] = changed;
  // Paths are bytes: one that is not UTF-8 is written with U+FFFD in place of the bad bytes.
  out << root.dump(2, ' ', false, ReportJson::error_handler_t::replace) << "\n";
}

}  // namespace contraste
