// Chooses the locale a document's digits are read with (es-ES "1.250.300,5", es-MX
// "1,250,300.5") and records why in the document: the locale its manifest or front matter
// declares; else the convention of the numbers in its text that only one convention reads
// ("1,250,300", "1.250.300", "32,72", "42.91", "$1,200.50"; "3,500" and "10.000" are read by both
// and decide nothing; clock times and web addresses are no numbers), by majority, the first such
// number kept as evidence; else the language's default locale (numbers.yaml `locales`).
//
//   AnalyzedText text = AnalyzeText(doc, normalizer, splitter);
//   auto locale = ChooseNumberLocale(lang, doc, &text);  // text.numbers is set for the parser
//   if (!locale) { /* a declared locale the language does not list */ }
#pragma once

#include <string_view>

#include "core/error.h"
#include "lang/language.h"
#include "text/analyzed_text.h"
#include "text/document.h"

namespace contraste {

// The locale to read `doc` with (a declared tag made canonical: "es_mx" -> "es-MX") and why; sets
// text->numbers to its convention (owned by `lang`). A declared locale the language does not list
// is an error naming the document and the locales the language knows.
Result<DocumentLocale> ChooseNumberLocale(const Language& lang, const Document& doc, AnalyzedText* text);

// True when `digits` (ASCII digits with inner '.' or ',') is written as `numbers` writes a number:
// groups of three after a first group of one to three digits (not a lone zero) and, after the
// decimal separator, digits only; or digits with no group at all.
bool WrittenAs(const NumberConvention& numbers, std::string_view digits);

}  // namespace contraste
