// GitHub Actions workflow commands, one annotation per result of the log SARIF is written from
// (report/sarif.h), so a CI step's findings appear on the pull request's lines:
//
//   WriteGithubAnnotations(log, std::cout);
//   // ::error file=corpus/001.txt,line=7,endLine=7,col=61,endColumn=86,title=contraste duration-interval::...
//
// `error`, `warning` or `notice` by severity; `col` and `endColumn` count Unicode characters like
// the line format (`endColumn` just after the quote); the other locations follow the message on
// lines of their own (path:line:col: what). Properties and message are escaped as the runner
// expects ('%', CR, LF; ',' and ':' in properties), so a quote cannot end or forge a command.
// Annotations are sorted by file, line and column, after one ::warning per skipped file.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "report/sarif.h"

namespace contraste {

// The escapes of a workflow command's message, and of a property's value (`property` true).
std::string GithubEscape(std::string_view text, bool property);

void WriteGithubAnnotations(const SarifLog& log, std::ostream& out);

}  // namespace contraste
