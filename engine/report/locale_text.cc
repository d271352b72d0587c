#include "report/locale_text.h"

namespace contraste {

std::string LocaleText(const DocumentLocale& locale, const UiText& ui) {
  if (locale.source == LocaleSource::kInferred && locale.evidence) {
    const LocaleEvidence& e = *locale.evidence;
    return ui.Format("locale_inferred", {{"tag", locale.tag},
                                         {"quote", e.quote},
                                         {"agreeing", ui.Number(std::to_string(e.agreeing))},
                                         {"numbers", ui.Number(std::to_string(e.agreeing + e.disagreeing))}});
  }
  const char* key = locale.source == LocaleSource::kDeclared ? "locale_declared" : "locale_assumed";
  return ui.Format(key, {{"tag", locale.tag}});
}

}  // namespace contraste
