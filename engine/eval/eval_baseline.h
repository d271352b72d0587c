// The ratchet: the figures recorded per gold group in a TSV file (tests/gold/baseline.tsv), and
// the check that none falls below them. Figures are fractions with three decimals, kept as
// thousandths so that comparing them is exact.
//
//   # group	figure	value
//   stories	conflict_precision	0.750
//
// `group` is the gold directory relative to the baseline file's directory, so that the same file
// serves wherever the command is run from. An undefined figure (nothing to count) is written "-"
// and never compared.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "eval/scores.h"

namespace contraste {

struct BaselineFigure {
  std::string group;
  std::string figure;               // conflict_precision | conflict_recall | agreement_recall
  std::optional<long> thousandths;  // none: undefined
};

// The key of a gold directory in the baseline file at `baseline_path`.
std::string BaselineGroupKey(const std::string& group_dir, const std::string& baseline_path);

// The figures the ratchet records for one group, in a fixed order.
std::vector<BaselineFigure> RecordedFigures(const GroupScores& scores, const std::string& group_key);

// "0.750", or "-" when undefined.
std::string FormatThousandths(std::optional<long> thousandths);

// Reads a baseline file; a malformed line is an error with its line number.
Result<std::vector<BaselineFigure>> ReadEvalBaseline(const std::string& path);

struct BaselineFall {
  BaselineFigure recorded;
  long measured = 0;
};

// Measured figures below the recorded ones. Only figures both sides define are compared; groups
// and figures absent from `recorded` are not (see MissingFromBaseline).
std::vector<BaselineFall> FallsBelow(const std::vector<BaselineFigure>& recorded,
                                     const std::vector<BaselineFigure>& measured);

// Measured figures that the baseline does not record (a new group).
std::vector<BaselineFigure> MissingFromBaseline(const std::vector<BaselineFigure>& recorded,
                                                const std::vector<BaselineFigure>& measured);

// `recorded` with the rows of the measured groups replaced by `measured`, sorted by group then
// figure order.
std::vector<BaselineFigure> MergeBaseline(const std::vector<BaselineFigure>& recorded,
                                          const std::vector<BaselineFigure>& measured);

// Writes the file atomically: a temporary file beside it, renamed over it.
Status WriteEvalBaseline(const std::string& path, const std::vector<BaselineFigure>& figures);

}  // namespace contraste
