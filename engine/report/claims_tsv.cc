#include <fmt/format.h>
#include <fmt/ostream.h>

#include "report/report_writers.h"

namespace contraste {

namespace {
// TSV cells hold no tabs or line breaks.
std::string Cell(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}
}  // namespace

void WriteClaimsTsv(const Analysis& a, std::ostream& out) {
  out << "doc\tstory\tline\tcolumn\toffset\tlength\tframe\tevent\tslot\tunit\tvalue\thedge\tinterval\tquote\tmeasure"
         "\tsubject\tscope\tcompared\n";
  auto or_dash = [](const std::string& s) { return s.empty() ? std::string("-") : Cell(s); };
  for (const Claim& c : a.claims) {
    fmt::print(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", Cell(a.documents[c.doc].id),
               Cell(c.story), c.line, c.column, c.offset, c.length, c.frame, Cell(c.event_label), c.slot, Cell(c.unit),
               Cell(c.value), c.hedge.empty() ? "-" : c.hedge, c.interval.ToString(), Cell(c.quote), or_dash(c.measure),
               or_dash(c.subject), or_dash(c.scope), c.compared ? "yes" : "no");
  }
}

}  // namespace contraste
