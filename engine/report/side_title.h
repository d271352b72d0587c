// The heading of one side of a finding, for the pages people read: a conflict's sides are numbered;
// a revision's are the steps of a timeline, in time order, each with the day its first article
// gives it; a dispute's are its sources.
//
//   SideTitle(analysis, finding, 0, ui)  // "Versión 1", "Paso 1 · 20 de julio de 2026", "Fuente: Guardia Civil"
#pragma once

#include <string>

#include "findings/finding.h"
#include "pipeline/engine.h"
#include "report/ui_text.h"

namespace contraste {

// In `ui`'s words and dates (rules/<lang>/ui.yaml: side, step, step_dated, source).
std::string SideTitle(const Analysis& a, const Finding& f, int side, const UiText& ui);

}  // namespace contraste
