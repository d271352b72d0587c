// The heading of one side of a finding, for the pages people read: a conflict's sides are numbered;
// a revision's are the steps of a timeline, in time order, each with the day its first article
// gives it; a dispute's are its sources.
//
//   SideTitle(analysis, finding, 0)  // "Side 1", "Step 1 · 2026-07-20", "Source: Guardia Civil"
#pragma once

#include <string>

#include "findings/finding.h"
#include "pipeline/engine.h"
#include "report/ui_text.h"

namespace contraste {

// In `ui`'s words and dates ("Paso 1 · 20 de julio de 2026"); without it, in the Markdown
// report's fixed English.
std::string SideTitle(const Analysis& a, const Finding& f, int side, const UiText* ui = nullptr);

}  // namespace contraste
