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
}

}  // namespace contraste
