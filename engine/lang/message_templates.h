// The sentences that explain a finding or a check verdict in one language, read from
// rules/<lang>/messages.yaml: a finding's sentence by rule id and finding kind (with `default`
// for the rules not listed), the check's verdict sentences, how a quote is marked, how the
// values of sides, steps and lists are joined, and what a place's kind is called.
//
//   MessageTemplates m;
//   if (Status s = LoadMessageTemplates("rules/es", &m); !s) { /* file:line:col */ }
//   const std::string* t = m.FindingTemplate("duration-interval", "conflict");
//   FillTemplate(*t, {{"values", m.Quote("unos 90 minutos")}});   // "... «unos 90 minutos»."
//
// A language without messages.yaml has none (`empty()`): its findings keep the rule files'
// sentences (rules/common/comparison/*.yaml), and check speaks the fallback language's.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace contraste {

struct MessageTemplates {
  std::string file;                       // where they were read; empty when there is no file
  std::string quoted = "\"{quote}\"";     // a quote as explanations show it
  std::string sides_joiner = " vs ";      // between the sides of a conflict or a dispute
  std::string steps_joiner = " -> ";      // between the steps of a revision
  std::string list_joiner = ", ";         // between the values of an agreement
  // rule id (or "default") -> finding kind (conflict, agreement, revision, dispute) -> sentence.
  std::map<std::string, std::map<std::string, std::string>> findings;
  std::map<std::string, std::string> verdicts;     // verdict sentence key (VerdictKeys) -> sentence
  std::map<std::string, std::string> place_kinds;  // gazetteer kind id -> its name; unlisted: the id

  bool empty() const { return file.empty(); }
  // The rule's sentence for `kind`, else the default one for `kind`; null when neither is given.
  const std::string* FindingTemplate(const std::string& rule, const std::string& kind) const;
  // The verdict sentence `key`; the key itself when there is none.
  std::string Verdict(const std::string& key) const;
  // `quote` marked as a quote.
  std::string Quote(std::string_view quote) const;
  // What the place kind `kind` is called; the id when not listed.
  std::string PlaceKind(const std::string& kind) const;
};

// The keys of the verdict sentences, each required in a messages.yaml, with the placeholders
// each may use.
const std::vector<std::pair<std::string, std::vector<std::string>>>& VerdictKeys();
// The placeholders a finding's sentence may use.
const std::vector<std::string>& FindingPlaceholders();

// `templ` with each {name} replaced by its value (one pass: a value is never read again).
std::string FillTemplate(std::string_view templ, const std::vector<std::pair<std::string, std::string>>& values);

// Reads `text` (the contents of `file`); errors at file:line:col. A rule id that names no rule of
// the rule set is not an error (a rule set may leave out rules a language has sentences for);
// tests/report/explanation_language_test.cc holds the shipped files to the shipped rules.
Result<MessageTemplates> ParseMessageTemplates(const std::string& text, const std::string& file);
// Reads `dir`/messages.yaml; a missing file leaves `out` empty.
Status LoadMessageTemplates(const std::string& dir, MessageTemplates* out);

}  // namespace contraste
