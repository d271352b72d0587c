#include "report/explanation_text.h"

#include <cctype>

#include "core/ascii_digits.h"

namespace contraste {

namespace {

// "2024-06-19" or "2024-06".
bool IsIsoDateOrMonth(std::string_view s) {
  if (s.size() != 10 && s.size() != 7) return false;
  if (!IsAsciiDigits(s.substr(0, 4)) || s[4] != '-' || !IsAsciiDigits(s.substr(5, 2))) return false;
  return s.size() == 7 || (s[7] == '-' && IsAsciiDigits(s.substr(8, 2)));
}

}  // namespace

std::string EventTitle(const std::string& label, const UiText& ui) {
  std::string out;
  size_t done = 0;
  for (size_t open = label.find('('); open != std::string::npos; open = label.find('(', open + 1)) {
    const size_t close = label.find(')', open);
    if (close == std::string::npos) break;
    const std::string_view inside = std::string_view(label).substr(open + 1, close - open - 1);
    if (!IsIsoDateOrMonth(inside)) continue;
    out.append(label, done, open + 1 - done).append(ui.Value("date", std::string(inside)));
    done = close;
  }
  return out.append(label, done, std::string::npos);
}

std::string ExplanationIn(const Finding& f, const MessageTemplates& m, const UiText& ui) {
  const std::string* sentence = m.FindingTemplate(f.rule, f.kind);
  if (!sentence || f.values.empty()) return f.explanation;
  const std::string& joiner = f.kind == "agreement" ? m.list_joiner : f.kind == "revision" ? m.steps_joiner : m.sides_joiner;
  std::string values;
  for (size_t k = 0; k < f.values.size(); ++k) {
    const ExplainedValue& v = f.values[k];
    if (k > 0) values += joiner;
    values += m.Quote(v.quote);
    if (!v.place_kind.empty()) values += " (" + m.PlaceKind(v.place_kind) + ")";
    if (!v.source.empty()) values += " (" + v.source + ")";
  }
  return FillTemplate(*sentence, {{"values", values},
                                  {"event", EventTitle(f.event_label, ui)},
                                  {"slot", ui.Slot(f.slot)},
                                  {"unit", f.unit}});
}

void SayFindingsIn(Analysis* a, const MessageTemplates& m, const UiText& ui) {
  for (Finding& f : a->findings) {
    f.explanation = ExplanationIn(f, m, ui);
    f.event_label = EventTitle(f.event_label, ui);
  }
  for (Claim& c : a->claims) c.event_label = EventTitle(c.event_label, ui);
}

}  // namespace contraste
