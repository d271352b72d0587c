#include "report/locale_text.h"

#include <fmt/format.h>

namespace contraste {

std::string LocaleText(const DocumentLocale& locale) {
  if (locale.source == LocaleSource::kInferred && locale.evidence) {
    const LocaleEvidence& e = *locale.evidence;
    return fmt::format("{} (inferred from {}; {} of {} numbers)", locale.tag, e.quote, e.agreeing,
                       e.agreeing + e.disagreeing);
  }
  return fmt::format("{} ({})", locale.tag, LocaleSourceName(locale.source));
}

}  // namespace contraste
