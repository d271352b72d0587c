#include "text/document.h"

namespace contraste {

void DocumentMetadata::MergeFrom(const DocumentMetadata& over) {
  if (over.title) title = over.title;
  if (over.language) language = over.language;
  if (over.published) {
    published = over.published;
    published_minute = over.published_minute;
  }
  if (over.outlet) outlet = over.outlet;
  if (over.locale) locale = over.locale;
  if (over.url) url = over.url;
  if (over.format) format = over.format;
}

const char* LocaleSourceName(LocaleSource source) {
  switch (source) {
    case LocaleSource::kDeclared: return "declared";
    case LocaleSource::kInferred: return "inferred";
    case LocaleSource::kAssumed: return "assumed";
  }
  return "assumed";
}

}  // namespace contraste
