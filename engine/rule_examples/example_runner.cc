#include "rule_examples/example_runner.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "text/corpus_loader.h"

namespace contraste {

namespace {

bool Fires(const std::string& expect) {
  return expect == "conflict" || expect == "agreement" || expect == "revision" || expect == "dispute";
}

std::string Quoted(const std::vector<std::string>& quotes) {
  std::vector<std::string> q;
  for (const auto& s : quotes) q.push_back(fmt::format("\"{}\"", s));
  return fmt::format("[{}]", fmt::join(q, ", "));
}

std::vector<std::string> FindingQuotes(const Analysis& a, const Finding& f) {
  std::vector<std::string> q;
  for (const FindingClaim& fc : f.claims) q.push_back(a.claims[fc.claim].quote);
  return q;
}

// What the pipeline made of an example, for the failure message: the rule's findings, else the claims.
std::string Describe(const Analysis& a, const std::string& rule_id) {
  std::vector<std::string> parts;
  for (const Finding& f : a.findings) {
    if (f.rule == rule_id) parts.push_back(fmt::format("{} {}", f.kind, Quoted(FindingQuotes(a, f))));
  }
  if (!parts.empty()) return fmt::format("found: {}", fmt::join(parts, "; "));
  for (const Claim& c : a.claims) {
    parts.push_back(fmt::format("{} \"{}\" {} [{}]", a.documents[c.doc].id, c.quote, c.slot, c.event_label));
  }
  if (parts.empty()) return "found: no finding by this rule and no claim";
  return fmt::format("found: no finding by this rule; claims: {}", fmt::join(parts, "; "));
}

// The articles of an example are in its `language`; without one, the engine tells each article's
// language from its words (Engine::SetLanguage), as for any document that does not say it.
Result<std::vector<Document>> ExampleDocuments(const RuleExample& ex) {
  std::vector<Document> docs;
  for (size_t i = 0; i < ex.articles.size(); ++i) {
    DocumentMetadata meta;
    if (!ex.language.empty()) meta.language = ex.language;
    std::string date = i < ex.published.size() && !ex.published[i].empty() ? ex.published[i]
                       : !ex.default_published.empty()                     ? ex.default_published
                                                                           : kExampleDefaultPublished;
    // "2026-03-10T18:05": the minute of the day too, as a manifest gives it.
    if (date.size() == 16 && date[10] == 'T' && date[13] == ':') {
      const int h = std::atoi(date.substr(11, 2).c_str()), m = std::atoi(date.substr(14, 2).c_str());
      if (h >= 0 && h < 24 && m >= 0 && m < 60) meta.published_minute = h * 60 + m;
      date = date.substr(0, 10);
    }
    meta.published = CivilDate::Parse(date);
    if (!meta.published) {
      return MakeError(ErrorCode::kBadRule, fmt::format("'{}' is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)", date));
    }
    auto doc = DocumentFromBytes(ex.articles[i], fmt::format("ex{}", i + 1), meta);
    if (!doc) return doc.error();
    docs.push_back(std::move(*doc));
  }
  return docs;
}

}  // namespace

size_t ExampleRun::Passed() const {
  return static_cast<size_t>(std::count_if(results.begin(), results.end(),
                                           [](const ExampleResult& r) { return r.verdict == ExampleVerdict::kPassed; }));
}

size_t ExampleRun::Failed() const {
  return static_cast<size_t>(std::count_if(results.begin(), results.end(),
                                           [](const ExampleResult& r) { return r.verdict == ExampleVerdict::kFailed; }));
}

size_t ExampleRun::Todo() const {
  return static_cast<size_t>(std::count_if(results.begin(), results.end(),
                                           [](const ExampleResult& r) { return r.verdict == ExampleVerdict::kTodo; }));
}

ExampleResult RunRuleExample(Engine& engine, const RuleSpec& spec, const RuleExample& example) {
  ExampleResult r;
  r.rule = spec.id;
  r.file = spec.file;
  r.line = example.line;
  r.name = example.name;
  r.expect = example.expect;
  r.todo = example.todo;
  auto docs = ExampleDocuments(example);
  if (!docs) {
    r.verdict = ExampleVerdict::kFailed;
    r.detail = docs.error().ToString();
    return r;
  }
  Analysis a = engine.Analyze(std::move(*docs));
  if (!a.skipped.empty()) {
    r.verdict = ExampleVerdict::kFailed;
    r.detail = fmt::format("an article could not be analysed: {}", a.skipped.front().ToString());
    return r;
  }
  bool met = false;
  std::string want;
  if (Fires(example.expect)) {
    std::vector<std::string> expected = example.quotes;
    std::sort(expected.begin(), expected.end());
    for (const Finding& f : a.findings) {
      if (f.rule != spec.id || f.kind != example.expect) continue;
      std::vector<std::string> got = FindingQuotes(a, f);
      std::sort(got.begin(), got.end());
      met = met || got == expected;
    }
    want = fmt::format("expected {} {} citing exactly {}", example.expect == "agreement" ? "an" : "a", example.expect,
                       Quoted(example.quotes));
  } else {
    met = std::none_of(a.findings.begin(), a.findings.end(),
                       [&](const Finding& f) { return f.rule == spec.id && f.kind == "conflict"; });
    want = "expected no conflict";
  }
  if (example.todo) {
    r.verdict = met ? ExampleVerdict::kFailed : ExampleVerdict::kTodo;
    r.detail = met ? "a todo example now passes: remove its 'todo' mark"
                   : fmt::format("known miss: {}; {}", want, Describe(a, spec.id));
  } else {
    r.verdict = met ? ExampleVerdict::kPassed : ExampleVerdict::kFailed;
    if (!met) r.detail = fmt::format("{}; {}", want, Describe(a, spec.id));
  }
  return r;
}

std::vector<ExampleResult> CheckExampleCoverage(const RuleSpec& spec) {
  bool fires = false, silent = false;
  for (const RuleExample& ex : spec.examples) {
    if (ex.todo) continue;
    fires = fires || Fires(ex.expect);
    silent = silent || ex.expect == "no_conflict";
  }
  std::vector<ExampleResult> out;
  auto missing = [&](const char* what, const char* hint) {
    ExampleResult r;
    r.rule = spec.id;
    r.file = spec.file;
    r.name = what;
    r.verdict = ExampleVerdict::kFailed;
    r.detail = hint;
    out.push_back(r);
  };
  if (!fires) missing("rule has no firing example", "add an example with expect: conflict or agreement (not todo)");
  if (!silent) missing("rule has no silent example", "add an example with expect: no_conflict (not todo)");
  return out;
}

ExampleRun RunAllRuleExamples(Engine& engine) {
  ExampleRun run;
  for (const auto& rule : engine.rules()) {
    const RuleSpec& spec = rule->spec();
    for (ExampleResult& r : CheckExampleCoverage(spec)) run.results.push_back(std::move(r));
    for (const RuleExample& ex : spec.examples) run.results.push_back(RunRuleExample(engine, spec, ex));
  }
  std::stable_sort(run.results.begin(), run.results.end(), [](const ExampleResult& a, const ExampleResult& b) {
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.line < b.line;
  });
  return run;
}

std::string FormatExampleResult(const ExampleResult& r) {
  const char* tag = r.verdict == ExampleVerdict::kPassed ? "PASS" : r.verdict == ExampleVerdict::kTodo ? "TODO" : "FAIL";
  std::string where = r.line > 0 ? fmt::format("{}:{}", r.file, r.line) : r.file;
  std::string what = r.expect.empty() ? r.name : fmt::format("{} ({}{})", r.name, r.todo ? "todo " : "", r.expect);
  std::string out = fmt::format("{}  {}  {}\n", tag, where, what);
  if (!r.detail.empty()) out += fmt::format("      {}\n", r.detail);
  return out;
}

std::string SummaryLine(const ExampleRun& run) {
  return fmt::format("{} passed, {} failed", run.Passed(), run.Failed());
}

}  // namespace contraste
