#include "report/github_annotations.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>

#include "report/source_columns.h"

namespace contraste {

namespace {

const char* CommandFor(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "notice";
  }
  return "notice";
}

std::string Where(const SarifLocation& l) {
  const SourceColumns at = ColumnsAt(l.bytes, l.offset);
  return fmt::format("{}:{}:{}", l.path, at.line, at.chars);
}

}  // namespace

std::string GithubEscape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

void WriteGithubAnnotations(const SarifLog& log, std::ostream& out) {
  struct Annotation {
    const SarifResult* result;
    SourceColumns start, end;
  };
  std::vector<Annotation> annotations;
  for (const SarifResult& r : log.results) {
    if (r.locations.empty()) continue;
    const SarifLocation& l = r.locations.front();
    annotations.push_back({&r, ColumnsAt(l.bytes, l.offset), ColumnsAt(l.bytes, l.offset + l.length)});
  }
  std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation& x, const Annotation& y) {
    const std::string& px = x.result->locations.front().path;
    const std::string& py = y.result->locations.front().path;
    if (px != py) return px < py;
    if (x.start.line != y.start.line) return x.start.line < y.start.line;
    return x.start.chars < y.start.chars;
  });
  for (const SarifNotification& n : log.skipped) {
    fmt::print(out, "::warning file={},title=contraste skipped::{}\n", GithubEscape(n.path, true),
               GithubEscape(n.message, false));
  }
  for (const Annotation& a : annotations) {
    const SarifResult& r = *a.result;
    std::string message = r.message;
    for (size_t k = 1; k < r.locations.size(); ++k) {
      message.append("\n").append(Where(r.locations[k])).append(": ").append(r.locations[k].message);
    }
    fmt::print(out, "::{} file={},line={},endLine={},col={},endColumn={},title={}::{}\n", CommandFor(r.level),
               GithubEscape(r.locations.front().path, true), a.start.line, a.end.line, a.start.chars, a.end.chars,
               GithubEscape(fmt::format("contraste {}", r.rule), true), GithubEscape(message, false));
  }
}

}  // namespace contraste
