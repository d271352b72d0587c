// Categorical states an article gives an action (rules/<lang>/states.yaml, issue 14): "cierra para
// siempre" (permanent), "Cierra temporalmente" (temporary), "ha desmentido su clausura definitiva"
// (denied: temporary), "a temporary closure". Each is the value of a categorical measure
// (lang/state_lexicon.h) whose subject is the action; two articles that give one action of one
// event different categories conflict (rules/common/comparison/state-same-value.yaml).
//
//   for (const StateMention& s : FindStates(lang, tokens)) { lang.states.measures[s.measure] ... }
#pragma once

#include <string>
#include <vector>

#include "lang/language.h"
#include "text/token_range.h"

namespace contraste {

struct StateMention {
  size_t begin_token = 0;  // the action and its value, tokens [begin, end): what the claim quotes
  size_t end_token = 0;
  size_t measure = 0;      // index into lang.states.measures
  size_t value = 0;        // index into that measure's values, after any denial
  std::string action;      // the action's id ("closure")
};

// The states of one sentence, in text order. Stays silent on a statement only supposed ("podría
// cerrar definitivamente"), on a denied one whose value names no opposite, and on words set in
// quotation marks alone (the «cierre para siempre» another outlet announced is cited, not said).
std::vector<StateMention> FindStates(const Language& lang, const TokenRange& text);

}  // namespace contraste
