// How the Markdown and HTML reports say which locale a document's digits were read with:
// "es-MX (declared)", "es-MX (inferred from 1,250,300; 3 of 3 numbers)", "es-ES (assumed)".
#pragma once

#include <string>

#include "text/document.h"

namespace contraste {

std::string LocaleText(const DocumentLocale& locale);

}  // namespace contraste
