// Report JSON through `diff` (against itself and against the seed's golden report) and through
// `baseline` (an acknowledgement of every finding, written and read back): errors are values,
// nothing throws, the output is valid.
#include <sstream>

#include "fuzz_support.h"
#include "report/baseline.h"
#include "report/diff.h"

namespace {

const contraste::LoadedReport& Golden() {
  static const contraste::LoadedReport golden = [] {
    auto r = contraste::LoadJsonReport(contraste::fuzz::SourcePath("reports/seed.json"));
    if (!r) contraste::fuzz::Broken(r.error().ToString());
    return *r;
  }();
  return golden;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace contraste;
  using namespace contraste::fuzz;
  auto report = ParseJsonReport(std::string(Bytes(data, size)), "fuzz.json");
  if (!report) return 0;
  ReportDiff self = DiffReports(*report, *report);
  if (!self.Empty()) Broken("a report differs from itself");
  for (const ReportDiff& d : {DiffReports(Golden(), *report), DiffReports(*report, Golden())}) {
    std::ostringstream text, json;
    WriteDiffText(d, text);
    WriteDiffJson(d, json);
    if (!nlohmann::json::accept(json.str())) Broken("diff --format json wrote invalid JSON");
  }
  Acknowledgement ack;
  ack.who = "fuzz";
  ack.why = "fuzz";
  ack.when = "2026-01-01";
  Baseline b = BaselineFromReport(*report, ack, Baseline{}, {});
  std::ostringstream yaml;
  WriteBaselineYaml(b, yaml);
  auto back = ParseBaseline(yaml.str(), "baseline.yaml");
  if (!back) Broken("a baseline written is not read back: " + back.error().ToString());
  if (back->entries.size() != b.entries.size()) Broken("a baseline read back has other entries");
  return 0;
}
