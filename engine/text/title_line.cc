#include "text/title_line.h"

#include <cctype>

namespace contraste {

namespace {

// Where a sentence ends inside `line`: '.', '!' or '?' then spaces, then something that starts a
// sentence (not a lowercase ASCII letter, not a digit: "p. ej.", "1.500" and "3.5" go on).
int SentenceBreaks(std::string_view line) {
  int breaks = 0;
  for (size_t i = 0; i + 2 < line.size(); ++i) {
    if (line[i] != '.' && line[i] != '!' && line[i] != '?') continue;
    size_t j = i + 1;
    if (line[j] != ' ' && line[j] != '\t') continue;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    if (j == line.size()) break;
    const unsigned char next = static_cast<unsigned char>(line[j]);
    if (std::islower(next) || std::isdigit(next)) continue;
    ++breaks;
  }
  return breaks;
}

std::string_view Trimmed(std::string_view line) {
  if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  return line;
}

}  // namespace

bool ReadsAsHeadline(std::string_view line) { return line.size() <= kMaxTitleBytes && SentenceBreaks(line) < 2; }

std::string TitleLine(std::string_view body) {
  std::string_view first;
  int seen = 0;
  for (size_t pos = 0; pos < body.size() && seen < kTitleLines;) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) eol = body.size();
    const std::string_view line = Trimmed(body.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    if (seen++ == 0) first = line;
    if (ReadsAsHeadline(line)) return std::string(line);
  }
  return std::string(first);
}

}  // namespace contraste
