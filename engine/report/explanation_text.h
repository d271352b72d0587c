// Findings as a reader of one language reads them, for the pages for people (Markdown, HTML): each
// explanation in the sentences of rules/<lang>/messages.yaml (by rule id and finding kind), and
// each event's date in the words of rules/<lang>/ui.yaml. The JSON, line and SARIF outputs keep
// the rule files' English sentences and ISO dates.
//
//   SayFindingsIn(&analysis, engine.Messages("es"), ui);
//   // "The articles disagree on how long it lasted: ..." ->
//   // "Los artículos no coinciden en cuánto duró: «unos 90 minutos» frente a «aproximadamente dos horas»."
//   EventTitle("reunión: Kim Jong Un, Vladímir Putin (2024-06-19)", ui);
//   // "reunión: Kim Jong Un, Vladímir Putin (19 de junio de 2024)"
#pragma once

#include <string>

#include "lang/message_templates.h"
#include "pipeline/engine.h"
#include "report/ui_text.h"

namespace contraste {

// `label` with every date or month written in parentheses ("(2024-06-19)", "(2024-06)") as the
// language of `ui` writes it; the rest as it is.
std::string EventTitle(const std::string& label, const UiText& ui);

// `f`'s explanation from the sentence `m` gives for its rule and kind (else `m`'s default for the
// kind), its values quoted and joined as `m` says; the rule file's sentence when `m` has none.
std::string ExplanationIn(const Finding& f, const MessageTemplates& m, const UiText& ui);

// Every finding's explanation (ExplanationIn) and every event label (EventTitle, of findings and
// claims) of `a` said in the language of `m` and `ui`.
void SayFindingsIn(Analysis* a, const MessageTemplates& m, const UiText& ui);

}  // namespace contraste
