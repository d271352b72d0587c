#include "report/baseline_sides.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace contraste {

namespace {

// side number -> (values, docs), turned into sorted unique lists in side order.
using SideSets = std::map<long long, std::pair<std::set<std::string>, std::set<std::string>>>;

std::vector<AcknowledgedSide> FromSets(const SideSets& sets) {
  std::vector<AcknowledgedSide> sides;
  for (const auto& [number, contents] : sets) {
    AcknowledgedSide s;
    s.values.assign(contents.first.begin(), contents.first.end());
    s.docs.assign(contents.second.begin(), contents.second.end());
    sides.push_back(std::move(s));
  }
  return sides;
}

std::string StringField(const ReportJson& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::vector<AcknowledgedSide> SidesOfFinding(const Finding& f, const std::vector<Claim>& claims,
                                             const std::vector<Document>& docs) {
  SideSets sets;
  for (const FindingClaim& fc : f.claims) {
    if (fc.claim >= claims.size()) continue;
    const Claim& c = claims[fc.claim];
    auto& side = sets[fc.side];
    side.first.insert(c.value);
    if (c.doc < docs.size()) side.second.insert(docs[c.doc].id);
  }
  return FromSets(sets);
}

std::vector<AcknowledgedSide> SidesOfReportFinding(const ReportJson& finding) {
  SideSets sets;
  auto claims = finding.find("claims");
  if (claims == finding.end() || !claims->is_array()) return {};
  for (const ReportJson& c : *claims) {
    if (!c.is_object()) continue;
    auto side_it = c.find("side");
    const long long number = side_it != c.end() && side_it->is_number_integer() ? side_it->get<long long>() : 0;
    auto& side = sets[number];
    side.first.insert(StringField(c, "value"));
    side.second.insert(StringField(c, "doc"));
  }
  return FromSets(sets);
}

std::vector<SideChange> ChangesSince(const std::vector<AcknowledgedSide>& acknowledged,
                                     const std::vector<AcknowledgedSide>& now) {
  std::vector<SideChange> changes;
  if (acknowledged.empty()) return changes;
  std::set<std::string> values, docs, new_values, new_docs;
  for (const AcknowledgedSide& s : acknowledged) {
    values.insert(s.values.begin(), s.values.end());
    docs.insert(s.docs.begin(), s.docs.end());
  }
  for (const AcknowledgedSide& s : now) {
    for (const std::string& v : s.values) {
      if (!values.count(v)) new_values.insert(v);
    }
    for (const std::string& d : s.docs) {
      if (!docs.count(d)) new_docs.insert(d);
    }
  }
  if (now.size() > acknowledged.size()) {
    SideChange c;
    c.kind = SideChange::Kind::kSides;
    c.acknowledged = acknowledged.size();
    c.now = now.size();
    changes.push_back(c);
  }
  for (const std::string& v : new_values) changes.push_back({SideChange::Kind::kValue, v, 0, 0});
  for (const std::string& d : new_docs) changes.push_back({SideChange::Kind::kDocument, d, 0, 0});
  return changes;
}

const char* ChangeKindName(SideChange::Kind kind) {
  switch (kind) {
    case SideChange::Kind::kSides: return "sides";
    case SideChange::Kind::kValue: return "value";
    case SideChange::Kind::kDocument: return "document";
  }
  return "value";
}

std::string DescribeChange(const SideChange& c) {
  switch (c.kind) {
    case SideChange::Kind::kSides: return fmt::format("sides: {} acknowledged, {} now", c.acknowledged, c.now);
    case SideChange::Kind::kValue: return fmt::format("new value {}", c.item);
    case SideChange::Kind::kDocument: return fmt::format("new document {}", c.item);
  }
  return c.item;
}

}  // namespace contraste
