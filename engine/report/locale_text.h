// How the Markdown and HTML pages say which locale a document's digits were read with, in the
// words of rules/<lang>/ui.yaml ("locale_declared", "locale_inferred", "locale_assumed"):
// "es-MX (declarado)", "es-MX (inferred from 1,250,300; 3 of 3 numbers)", "es-ES (supuesto)".
#pragma once

#include <string>

#include "report/ui_text.h"
#include "text/document.h"

namespace contraste {

std::string LocaleText(const DocumentLocale& locale, const UiText& ui);

}  // namespace contraste
