// contraste baseline REPORT.json --who NAME --why TEXT [--when DATE] [--id ID]... [--kind K]
//                    [--update FILE] [-o FILE]
// Writes a baseline (YAML) acknowledging the findings of a JSON report; `report --baseline FILE`
// then hides them and lists the entries that went stale.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "core/calendar.h"
#include "report/baseline.h"

namespace contraste::cli {

namespace {

std::string TodayUtc() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

}  // namespace

void AddBaselineCommand(CLI::App& app, std::function<int()>* run) {
  auto opts = std::make_shared<CommonOptions>();
  auto report_path = std::make_shared<std::string>();
  auto ack = std::make_shared<Acknowledgement>();
  auto ids = std::make_shared<std::vector<std::string>>();
  auto kind = std::make_shared<std::string>();
  auto update = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("baseline", "Write a baseline acknowledging the findings of a JSON report");
  cmd->add_option("report", *report_path, "The JSON report (contraste report --format json)")->required();
  cmd->add_option("--who", ack->who, "Who acknowledges the findings")->required();
  cmd->add_option("--why", ack->why, "Why they need not be shown again (one sentence)")->required();
  cmd->add_option("--when", ack->when, "Date of the acknowledgement, YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("--id", *ids, "Only this finding (repeatable; default: all findings)");
  cmd->add_option("--kind", *kind, "Only findings of this kind")->check(CLI::IsMember({"conflict", "agreement"}));
  cmd->add_option("--update", *update, "An existing baseline: its entries keep who/when/why; stale ones are dropped");
  cmd->add_option("-o,--output", opts->output, "Write to FILE instead of stdout");
  cmd->callback([=]() {
    *run = [=]() {
      Acknowledgement a = *ack;
      if (a.when.empty()) a.when = TodayUtc();
      if (!CivilDate::Parse(a.when)) {
        std::cerr << fmt::format("contraste: --when '{}' is not a date YYYY-MM-DD\n", a.when);
        return kExitError;
      }
      auto report = LoadJsonReport(*report_path);
      if (!report) {
        std::cerr << "contraste: " << report.error().ToString() << "\n";
        return kExitError;
      }
      Baseline previous;
      if (!update->empty()) {
        auto loaded = LoadBaseline(*update);
        if (!loaded) {
          std::cerr << "contraste: " << loaded.error().ToString() << "\n";
          return kExitError;
        }
        previous = std::move(*loaded);
      }
      std::vector<std::string> reacknowledged;
      Baseline b = BaselineFromReport(*report, a, previous, *ids, *kind, &reacknowledged);
      for (const auto& id : reacknowledged) {
        std::cerr << fmt::format("contraste: {} changed since it was acknowledged (or recorded no sides): acknowledged "
                                 "anew by {}\n", id, a.who);
      }
      for (const auto& want : *ids) {
        bool found = std::any_of(b.entries.begin(), b.entries.end(), [&](const auto& e) { return e.id == want; });
        if (!found) {
          std::cerr << fmt::format("contraste: no finding '{}'{} in {}\n", want, kind->empty() ? "" : " of kind " + *kind,
                                   *report_path);
          return kExitError;
        }
      }
      for (const auto& old : previous.entries) {
        bool kept = std::any_of(b.entries.begin(), b.entries.end(), [&](const auto& e) { return e.id == old.id; });
        if (!kept) std::cerr << fmt::format("contraste: dropped stale entry {} ({}: {})\n", old.id, old.who, old.why);
      }
      bool ok = WithOutput(opts->output, [&](std::ostream& out) { WriteBaselineYaml(b, out); });
      return ok ? kExitOk : kExitError;
    };
  });
}

}  // namespace contraste::cli
