// contraste: cross-checks the factual claims of news articles against each other.
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/project_settings.h"
#include "core/allocator.h"

int main(int argc, char** argv) {
  using namespace contraste::cli;
  CLI::App app{"contraste: finds where news articles agree and where they conflict"};
  app.require_subcommand(1);
  const std::string version = "contraste 0.1.0 (" + contraste::AllocatorDescription() + ")";
  app.set_version_flag("--version", version);
  std::function<int()> run;
  // The project configuration (.contraste.yaml): flags of the app, accepted after the sub-command too.
  std::string config_path;
  bool no_config = false;
  app.fallthrough();
  app.add_option("--config", config_path, "Project configuration FILE (default: the nearest .contraste.yaml "
                                          "in the working directory or above it)")
      ->check(CLI::ExistingFile);
  app.add_flag("--no-config", no_config, "Read no .contraste.yaml");
  AddReportCommand(app, &run);
  AddClaimsCommand(app, &run);
  AddCheckCommand(app, &run);
  AddRulesCommand(app, &run);
  AddDiffCommand(app, &run);
  AddBaselineCommand(app, &run);
  AddEvalCommand(app, &run);
  AddIngestCommand(app, &run);
  AddServeCommand(app, &run);
  AddConfigCommand(app, &run);
  // No sub-command at all: the help, to stdout, as `contraste --help` gives it (issue 18).
  if (argc == 1) {
    app.name("contraste");
    std::cout << app.help();
    return kExitOk;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitError;
  }
  if (!LoadProjectSettings(config_path, no_config)) return kExitError;
  // Batch runs take memory in large pages and keep it (core/allocator.h); the server keeps the defaults.
  if (!app.got_subcommand("serve")) contraste::TuneAllocatorForBatchRun();
  return run ? run() : kExitError;
}
