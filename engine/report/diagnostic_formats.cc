#include "report/diagnostic_formats.h"

#include "report/github_annotations.h"
#include "report/rdjson.h"

namespace contraste {

bool IsDiagnosticFormat(std::string_view format) {
  return format == "sarif" || format == "rdjson" || format == "github";
}

void WriteDiagnostics(std::string_view format, const SarifLog& log, std::ostream& out) {
  if (format == "rdjson") {
    WriteRdjson(log, out);
  } else if (format == "github") {
    WriteGithubAnnotations(log, out);
  } else {
    WriteSarif(log, out);
  }
}

}  // namespace contraste
