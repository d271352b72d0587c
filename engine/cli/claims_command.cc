// contraste claims PATH... [--format json|tsv] [-o FILE]
#include "cli/commands.h"
#include "report/report_writers.h"

namespace contraste::cli {

void AddClaimsCommand(CLI::App& app, std::function<int()>* run) {
  auto opts = std::make_shared<CommonOptions>();
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("claims", "Every claim with its typed value, hedge and quote (for rule authors)");
  cmd->add_option("paths", *paths, "Articles or directories")->required();
  opts->format = "tsv";
  cmd->add_option("--format,-f", opts->format, "Output format")->check(CLI::IsMember({"json", "tsv"}));
  cmd->add_option("-o,--output", opts->output, "Write to FILE instead of stdout");
  AddRulesOption(cmd, opts.get());
  cmd->callback([=]() {
    *run = [=]() {
      auto engine = LoadEngineOrReport(opts->rules_dir);
      if (!engine) return kExitError;
      if (!NamedPathsExist(*paths)) return kExitError;
      Analysis a = RunPipeline(*engine, *paths, Engine::Depth::kClaims);  // claims need no findings
      bool ok = WithOutput(opts->output, [&](std::ostream& out) {
        if (opts->format == "json") {
          WriteClaimsJson(a, out);
        } else {
          WriteClaimsTsv(a, out);
        }
      });
      if (!ok) return kExitError;
      return a.skipped.empty() ? kExitOk : kExitSkipped;  // named on stderr
    };
  });
}

}  // namespace contraste::cli
