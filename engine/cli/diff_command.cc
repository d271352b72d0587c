// contraste diff OLD.json NEW.json [--format text|json] [-o FILE]
// Findings added, removed and changed between two JSON reports; exit 0 equal, 1 differ, 2 error.
#include <iostream>

#include "cli/commands.h"
#include "report/diff.h"

namespace contraste::cli {

void AddDiffCommand(CLI::App& app, std::function<int()>* run) {
  auto opts = std::make_shared<CommonOptions>();
  auto old_path = std::make_shared<std::string>();
  auto new_path = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "diff", "Findings added, removed and changed between two JSON reports (exit 0 equal, 1 differ, 2 error)");
  cmd->add_option("old", *old_path, "The earlier report (JSON), e.g. reports/seed.json")->required();
  cmd->add_option("new", *new_path, "The later report (JSON)")->required();
  opts->format = "text";
  cmd->add_option("--format,-f", opts->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("-o,--output", opts->output, "Write to FILE instead of stdout");
  cmd->callback([=]() {
    *run = [=]() {
      auto before = LoadJsonReport(*old_path);
      if (!before) {
        std::cerr << "contraste: " << before.error().ToString() << "\n";
        return kExitError;
      }
      auto after = LoadJsonReport(*new_path);
      if (!after) {
        std::cerr << "contraste: " << after.error().ToString() << "\n";
        return kExitError;
      }
      ReportDiff d = DiffReports(*before, *after);
      bool ok = WithOutput(opts->output, [&](std::ostream& out) {
        if (opts->format == "json") {
          WriteDiffJson(d, out);
        } else {
          WriteDiffText(d, out);
        }
      });
      if (!ok) return kExitError;
      return d.Empty() ? kExitOk : kExitFindings;
    };
  });
}

}  // namespace contraste::cli
