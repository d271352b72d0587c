// The report for editors' tools: the line format (one line per finding at its first claim) and
// the log SARIF, rdjson and GitHub annotations are written from (one result per finding, its
// other claims as related locations).
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>

#include "report/findings_outputs.h"
#include "report/source_columns.h"

namespace contraste {

std::string OneLine(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  std::replace(s.begin(), s.end(), '\r', ' ');
  return s;
}

namespace {

std::string Subject(const Finding& f) {
  return fmt::format("{}{} of {}", f.slot, f.unit.empty() ? "" : " of " + f.unit, f.event_label);
}

}  // namespace

void WriteLineReport(const Analysis& a, Severity min, std::ostream& out) {
  struct Line {
    const Finding* f;
    const Claim* first;
    SourceColumns at;
  };
  std::vector<Line> lines;
  for (const Finding& f : a.findings) {
    if (f.claims.empty() || !AtLeast(FindingSeverity(f), min)) continue;
    const Claim& c = a.claims[f.claims.front().claim];
    lines.push_back({&f, &c, ColumnsAt(a.documents[c.doc].bytes, c.offset)});
  }
  std::stable_sort(lines.begin(), lines.end(), [&](const Line& x, const Line& y) {
    const std::string& px = a.documents[x.first->doc].path;
    const std::string& py = a.documents[y.first->doc].path;
    if (px != py) return px < py;
    if (x.at.line != y.at.line) return x.at.line < y.at.line;
    if (x.at.chars != y.at.chars) return x.at.chars < y.at.chars;
    return x.f->id < y.f->id;
  });
  for (const Line& l : lines) {
    fmt::print(out, "{}:{}:{}: {}: {}: {}: {} [{}] ({})\n", a.documents[l.first->doc].path, l.at.line, l.at.chars,
               SeverityName(FindingSeverity(*l.f)), l.f->kind, OneLine(Subject(*l.f)), OneLine(l.f->explanation),
               l.f->rule.empty() ? "no-rule" : l.f->rule, l.f->id);
  }
}

SarifLog FindingsLog(const Analysis& a, const RuleList& rules, Severity min) {
  SarifLog log;
  log.rules = RulesForSarif(rules);
  for (const Finding& f : a.findings) {
    if (f.claims.empty() || !AtLeast(FindingSeverity(f), min)) continue;
    SarifResult& r = log.results.emplace_back();
    r.rule = f.rule.empty() ? "no-rule" : f.rule;
    r.level = FindingSeverity(f);
    r.message = fmt::format("{}: {}", Subject(f), f.explanation);
    r.fingerprint = f.id;
    r.properties["kind"] = f.kind;
    r.properties["slot"] = f.slot;
    r.properties["event"] = f.event_label;
    for (const FindingClaim& fc : f.claims) {
      const Claim& c = a.claims[fc.claim];
      const Document& d = a.documents[c.doc];
      r.locations.push_back({d.path, d.bytes, c.offset, c.length,
                             fmt::format("side {}: \"{}\" ({}, value {})", fc.side + 1, c.quote, d.id, c.value)});
    }
  }
  AddSkipped(a.skipped, min, &log);
  return log;
}

}  // namespace contraste
