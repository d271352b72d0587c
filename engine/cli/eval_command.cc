// contraste eval GOLD... [--show-failures] [--format text|json] [-o FILE] [--rules DIR]
//                        [--baseline FILE] [--update-baseline FILE]
// Scores the engine on gold files (tests/gold/README.md): one report per gold directory, its
// findings matched to the gold items; precision and recall overall, per group, rule and measure.
// Exit 0; 1 when a figure falls below --baseline; 2 on a bad gold file, bad rules or unreadable input.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "eval/eval_baseline.h"
#include "eval/eval_report.h"
#include "eval/gold_corpus.h"
#include "eval/group_evaluation.h"

namespace contraste::cli {

namespace {

struct EvalOptions {
  std::vector<std::string> gold;
  bool show_failures = false;
  std::string baseline;
  std::string update_baseline;
};

Result<std::vector<GoldGroup>> LoadGroups(const std::vector<std::string>& paths) {
  CONTRASTE_ASSIGN_OR_RETURN(files, ListGoldFiles(paths));
  std::vector<GoldFile> gold;
  for (const std::string& path : files) {
    CONTRASTE_ASSIGN_OR_RETURN(file, LoadGoldFile(path));
    gold.push_back(std::move(file));
  }
  return GroupGoldFiles(std::move(gold));
}

std::vector<BaselineFigure> MeasuredFigures(const std::vector<GroupScores>& scores, const std::string& baseline_path) {
  std::vector<BaselineFigure> out;
  for (const GroupScores& g : scores) {
    auto figures = RecordedFigures(g, BaselineGroupKey(g.dir, baseline_path));
    out.insert(out.end(), figures.begin(), figures.end());
  }
  return out;
}

// Compares with the recorded figures; prints each fall. Exit code: ok, findings (a fall) or error.
int CheckBaseline(const std::vector<GroupScores>& scores, const std::string& path) {
  auto recorded = ReadEvalBaseline(path);
  if (!recorded) {
    std::cerr << "contraste: " << recorded.error().ToString() << "\n";
    return kExitError;
  }
  const auto measured = MeasuredFigures(scores, path);
  for (const BaselineFigure& m : MissingFromBaseline(*recorded, measured)) {
    std::cerr << fmt::format("contraste: {}: no {} recorded for group {} (measured {}; record it with --update-baseline)\n",
                             path, m.figure, m.group, FormatThousandths(m.thousandths));
  }
  const auto falls = FallsBelow(*recorded, measured);
  for (const BaselineFall& f : falls) {
    std::cerr << fmt::format("contraste: {}: {} {} fell from {} to {}\n", path, f.recorded.group, f.recorded.figure,
                             FormatThousandths(f.recorded.thousandths), FormatThousandths(f.measured));
  }
  std::cerr << fmt::format("contraste: baseline {}: {} figures compared, {} below the recorded value\n", path,
                           measured.size(), falls.size());
  return falls.empty() ? kExitOk : kExitFindings;
}

int UpdateBaseline(const std::vector<GroupScores>& scores, const std::string& path) {
  std::vector<BaselineFigure> recorded;
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    auto old = ReadEvalBaseline(path);
    if (!old) {
      std::cerr << "contraste: " << old.error().ToString() << "\n";
      return kExitError;
    }
    recorded = std::move(*old);
  }
  const auto measured = MeasuredFigures(scores, path);
  for (const BaselineFall& f : FallsBelow(recorded, measured)) {
    std::cerr << fmt::format("contraste: note: {} {} is lowered from {} to {}\n", f.recorded.group, f.recorded.figure,
                             FormatThousandths(f.recorded.thousandths), FormatThousandths(f.measured));
  }
  if (Status st = WriteEvalBaseline(path, MergeBaseline(recorded, measured)); !st) {
    std::cerr << "contraste: " << st.error().ToString() << "\n";
    return kExitError;
  }
  std::cerr << fmt::format("contraste: wrote {} figures to {}\n", measured.size(), path);
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, std::function<int()>* run) {
  auto opts = std::make_shared<CommonOptions>();
  auto eval = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score the engine on gold files (tests/gold): conflict precision and recall per group, rule, measure");
  cmd->add_option("gold", eval->gold, "Gold files or directories of *.yaml gold files")->required();
  cmd->add_flag("--show-failures", eval->show_failures, "List every missed conflict item and every false conflict");
  opts->format = "text";
  cmd->add_option("--format,-f", opts->format, "Output format")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("-o,--output", opts->output, "Write to FILE instead of stdout");
  cmd->add_option("--baseline", eval->baseline, "Fail (exit 1) when a figure falls below the one recorded in FILE");
  cmd->add_option("--update-baseline", eval->update_baseline, "Record this run's figures in FILE (other groups kept)");
  AddRulesOption(cmd, opts.get());
  cmd->callback([=]() {
    *run = [=]() {
      auto groups = LoadGroups(eval->gold);
      if (!groups) {
        std::cerr << "contraste: " << groups.error().ToString() << "\n";
        return kExitError;
      }
      auto engine = LoadEngineOrReport(opts->rules_dir);
      if (!engine) return kExitError;
      std::vector<GroupScores> scores;
      bool unreadable = false;
      for (const GoldGroup& group : *groups) {
        auto s = EvaluateGroup(*engine, group);
        if (!s) {
          std::cerr << "contraste: " << s.error().ToString() << "\n";
          return kExitError;
        }
        for (const std::string& path : s->skipped_language) {
          std::cerr << fmt::format("contraste: skipped (no rules for its language): {}\n", path);
        }
        for (const std::string& message : s->unreadable) std::cerr << "contraste: unreadable: " << message << "\n";
        unreadable = unreadable || !s->unreadable.empty();
        scores.push_back(std::move(*s));
      }
      bool ok = WithOutput(opts->output, [&](std::ostream& out) {
        if (opts->format == "json") {
          WriteEvalJson(scores, out);
        } else {
          WriteEvalText(scores, eval->show_failures, out);
        }
      });
      if (!ok) return kExitError;
      int status = unreadable ? kExitError : kExitOk;
      if (!eval->update_baseline.empty()) {
        if (int st = UpdateBaseline(scores, eval->update_baseline); st != kExitOk) status = st;
      }
      if (!eval->baseline.empty()) {
        int st = CheckBaseline(scores, eval->baseline);
        if (st > status) status = st;
      }
      return status;
    };
  });
}

}  // namespace contraste::cli
