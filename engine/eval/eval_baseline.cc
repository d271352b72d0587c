#include "eval/eval_baseline.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

namespace contraste {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string>& FigureNames() {
  static const std::vector<std::string> names = {"conflict_precision", "conflict_recall", "agreement_recall",
                                                 "revision_recall", "dispute_recall"};
  return names;
}

size_t FigureRank(const std::string& figure) {
  const auto& names = FigureNames();
  return static_cast<size_t>(std::find(names.begin(), names.end(), figure) - names.begin());
}

std::optional<long> Thousandths(const Fraction& f) {
  auto v = f.Value();
  if (!v) return std::nullopt;
  return std::lround(*v * 1000.0);
}

// "0.750" -> 750; "-" -> undefined; anything else -> error.
Result<std::optional<long>> ParseValue(const std::string& text, const std::string& path, int line) {
  if (text == "-") return std::optional<long>();
  const bool shape = text.size() == 5 && std::isdigit(static_cast<unsigned char>(text[0])) && text[1] == '.' &&
                     std::all_of(text.begin() + 2, text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!shape || (text[0] != '0' && text != "1.000")) {
    return MakeFileError(ErrorCode::kBadGold, path, line, 3,
                         fmt::format("value '{}' must be a fraction with three decimals (0.000 to 1.000) or -", text));
  }
  return std::optional<long>(std::stol(text.substr(0, 1)) * 1000 + std::stol(text.substr(2)));
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t pos = 0;
  for (size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', pos)) {
    out.push_back(line.substr(pos, tab - pos));
    pos = tab + 1;
  }
  out.push_back(line.substr(pos));
  return out;
}

const BaselineFigure* Find(const std::vector<BaselineFigure>& figures, const BaselineFigure& like) {
  for (const BaselineFigure& f : figures) {
    if (f.group == like.group && f.figure == like.figure) return &f;
  }
  return nullptr;
}

}  // namespace

std::string BaselineGroupKey(const std::string& group_dir, const std::string& baseline_path) {
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(group_dir, ec);
  fs::path base = fs::weakly_canonical(fs::absolute(baseline_path, ec).parent_path(), ec);
  std::string key = ec ? group_dir : dir.lexically_relative(base).generic_string();
  return key.empty() ? group_dir : key;
}

std::vector<BaselineFigure> RecordedFigures(const GroupScores& scores, const std::string& group_key) {
  return {{group_key, "conflict_precision", Thousandths(scores.conflict_precision)},
          {group_key, "conflict_recall", Thousandths(scores.conflict_recall)},
          {group_key, "agreement_recall", Thousandths(scores.agreement_recall)},
          {group_key, "revision_recall", Thousandths(scores.revision_recall)},
          {group_key, "dispute_recall", Thousandths(scores.dispute_recall)}};
}

std::string FormatThousandths(std::optional<long> thousandths) {
  if (!thousandths) return "-";
  return fmt::format("{}.{:03}", *thousandths / 1000, *thousandths % 1000);
}

Result<std::vector<BaselineFigure>> ReadEvalBaseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot open baseline file");
  std::vector<BaselineFigure> figures;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> cells = SplitTabs(line);
    if (cells.size() != 3) {
      return MakeFileError(ErrorCode::kBadGold, path, n, 1, "expected three tab-separated cells: group, figure, value");
    }
    if (FigureRank(cells[1]) == FigureNames().size()) {
      return MakeFileError(ErrorCode::kBadGold, path, n, 1,
                           fmt::format("unknown figure '{}' (valid: {})", cells[1], fmt::join(FigureNames(), ", ")));
    }
    CONTRASTE_ASSIGN_OR_RETURN(value, ParseValue(cells[2], path, n));
    BaselineFigure f{cells[0], cells[1], value};
    if (Find(figures, f)) {
      return MakeFileError(ErrorCode::kBadGold, path, n, 1,
                           fmt::format("figure {} of group {} is recorded twice", f.figure, f.group));
    }
    figures.push_back(std::move(f));
  }
  return figures;
}

std::vector<BaselineFall> FallsBelow(const std::vector<BaselineFigure>& recorded,
                                     const std::vector<BaselineFigure>& measured) {
  std::vector<BaselineFall> falls;
  for (const BaselineFigure& m : measured) {
    const BaselineFigure* r = Find(recorded, m);
    if (r && r->thousandths && m.thousandths && *m.thousandths < *r->thousandths) {
      falls.push_back({*r, *m.thousandths});
    }
  }
  return falls;
}

std::vector<BaselineFigure> MissingFromBaseline(const std::vector<BaselineFigure>& recorded,
                                                const std::vector<BaselineFigure>& measured) {
  std::vector<BaselineFigure> missing;
  for (const BaselineFigure& m : measured) {
    if (!Find(recorded, m)) missing.push_back(m);
  }
  return missing;
}

std::vector<BaselineFigure> MergeBaseline(const std::vector<BaselineFigure>& recorded,
                                          const std::vector<BaselineFigure>& measured) {
  std::set<std::string> replaced;
  for (const BaselineFigure& m : measured) replaced.insert(m.group);
  std::vector<BaselineFigure> out;
  for (const BaselineFigure& r : recorded) {
    if (!replaced.count(r.group)) out.push_back(r);
  }
  out.insert(out.end(), measured.begin(), measured.end());
  std::stable_sort(out.begin(), out.end(), [](const BaselineFigure& a, const BaselineFigure& b) {
    if (a.group != b.group) return a.group < b.group;
    return FigureRank(a.figure) < FigureRank(b.figure);
  });
  return out;
}

Status WriteEvalBaseline(const std::string& path, const std::vector<BaselineFigure>& figures) {
  const std::string temp = fmt::format("{}.tmp.{}", path, ::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return MakeFileError(ErrorCode::kIo, temp, 0, 0, "cannot write baseline file");
    out << "# contraste eval: figures per gold group (directory relative to this file); CI fails when one\n"
           "# falls below the value recorded here: the figures only go up. `-`: nothing to count.\n"
           "# group\tfigure\tvalue\n";
    for (const BaselineFigure& f : figures) {
      out << f.group << '\t' << f.figure << '\t' << FormatThousandths(f.thousandths) << '\n';
    }
    out.close();
    if (!out) {
      std::error_code ignored;
      fs::remove(temp, ignored);
      return MakeFileError(ErrorCode::kIo, temp, 0, 0, "cannot write baseline file");
    }
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return MakeFileError(ErrorCode::kIo, path, 0, 0, fmt::format("cannot replace baseline file: {}", ec.message()));
  }
  return {};
}

}  // namespace contraste
