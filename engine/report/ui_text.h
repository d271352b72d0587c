// The words of the pages an editor opens (the HTML and Markdown report and check pages), read from
// rules/<lang>/ui.yaml: labels, finding kinds and slots by name, and how the language writes a
// date, a duration and a number. No label is written in the engine; without a ui.yaml the pages
// show each label's key.
//
//   auto ui = LoadUiText("rules/es/ui.yaml", "es");
//   ui->Label("documents");                          // "Documentos"
//   ui->Format("line_column", {{"line", "3"}, {"column", "12"}});   // "línea 3, col. 12"
//   ui->Value("duration", "PT1H30M");               // "1 h 30 min"
//   ui->Date(*CivilDate::Parse("2024-06-18"));      // "18 de junio de 2024"
//   ui->Value("quantity", "10000 contenedor");      // "10.000 contenedor"
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/calendar.h"
#include "core/error.h"

namespace contraste {

class UiText {
 public:
  // The language the labels are in ("es"), for the page's lang attribute; empty for the keys alone.
  const std::string& language() const { return language_; }

  // The label for `key`; the key itself when there is none.
  std::string Label(const std::string& key) const;
  // The label for `key` with each {name} replaced by its value.
  std::string Format(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const;
  // A finding kind or verdict ("conflict"), one or several of them (`count` decides).
  std::string Kind(const std::string& kind, size_t count = 1) const;
  // The kind's name in one, first letter in upper case, for a heading ("Conflicto", "Revisión").
  std::string KindTitle(const std::string& kind) const;
  // What a slot is called ("duración"); its id when ui.yaml does not name it.
  std::string Slot(const std::string& slot) const;
  // What a slot of a unit is called ("cantidad de contenedor"); the slot's name without a unit.
  std::string SlotOf(const std::string& slot, const std::string& unit) const;
  // What a hedge id of rules/<lang>/hedges.yaml is called ("approx" -> "aproximado"); the id when
  // ui.yaml does not name it.
  std::string Hedge(const std::string& hedge) const;

  // The document's outlet, or the words for none (kOutletNotGiven).
  std::string Outlet(const std::string& outlet) const;
  // "18 de junio de 2024".
  std::string Date(const CivilDate& date) const;
  // A number with the language's decimal mark and thousands grouping: "10.000", "1,5".
  std::string Number(std::string_view digits) const;
  // A claim's normalized value as an editor reads it: durations ("PT1H30M" -> "1 h 30 min", "P24Y"
  // -> "24 años"), dates and months, the number of a quantity; other values as they are.
  std::string Value(const std::string& slot, const std::string& value) const;

 private:
  friend Result<UiText> ParseUiText(const std::string& text, const std::string& file, const std::string& language);
  std::string Duration(std::string_view iso) const;
  std::string language_;
  std::map<std::string, std::string> labels_;
  std::map<std::string, std::pair<std::string, std::string>> kinds_;  // one, many
  std::map<std::string, std::string> slots_;
  std::map<std::string, std::string> hedges_;
  std::vector<std::string> months_;
  std::string date_, month_year_;
  std::map<std::string, std::pair<std::string, std::string>> durations_;  // "Y", "TH"... -> one, many
  std::string decimal_ = ".", group_;
  size_t group_from_digits_ = 4;
};

// Reads a ui.yaml: every key known and present (errors at file:line:col).
Result<UiText> ParseUiText(const std::string& text, const std::string& file, const std::string& language);
Result<UiText> LoadUiText(const std::string& file, const std::string& language);

// The labels' keys, every one a ui.yaml must give.
const std::vector<std::string>& UiLabelKeys();

}  // namespace contraste
