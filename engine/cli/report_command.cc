// contraste report [PATH...] [--format md|json|html] [-o FILE]
#include "cli/commands.h"
#include "report/report_writers.h"

namespace contraste::cli {

void AddReportCommand(CLI::App& app, std::function<int()>* run) {
  auto opts = std::make_shared<CommonOptions>();
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("report", "Discrepancy report over articles (files or directories)");
  cmd->add_option("paths", *paths, "Articles or directories (default: corpus/)");
  opts->format = "md";
  cmd->add_option("--format,-f", opts->format, "Output format")->check(CLI::IsMember({"md", "json", "html"}));
  cmd->add_option("-o,--output", opts->output, "Write to FILE instead of stdout");
  AddRulesOption(cmd, opts.get());
  cmd->callback([=]() {
    *run = [=]() {
      auto engine = LoadEngineOrReport(opts->rules_dir);
      if (!engine) return kExitError;
      std::vector<std::string> in = paths->empty() ? std::vector<std::string>{"corpus"} : *paths;
      Analysis a = RunPipeline(*engine, in);
      bool ok = WithOutput(opts->output, [&](std::ostream& out) {
        if (opts->format == "json") {
          WriteJsonReport(a, out);
        } else if (opts->format == "html") {
          WriteHtmlReport(a, out);
        } else {
          WriteMarkdownReport(a, out);
        }
      });
      if (!ok) return kExitError;
      return a.skipped.empty() ? kExitOk : kExitError;
    };
  });
}

}  // namespace contraste::cli
