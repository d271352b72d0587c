// Categorical measures (rules/<lang>/states.yaml, issue 14): a value that is a category, not a
// number. An action ("cierra", "suspensión", "closure") said to be permanent or temporary ("para
// siempre", "temporalmente", "a temporary closure"): two articles that give it different
// categories cannot both be right. The words that state each category, the actions they qualify,
// and the words that deny or only suppose the statement are language data.
//
//   StateLexicon lex;
//   if (Status s = LoadStateLexicon("rules/es", norm, &lex); !s) { /* file:line:col */ }
//   lex.actions.LongestAt(tokens, i, &match)   // match.id indexes lex.action_refs
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "lang/phrase_table.h"

namespace contraste {

class TextNormalizer;

struct StateMeasure {
  std::string id;                   // the claims' measure id, shared by every language: "permanence"
  std::vector<std::string> values;  // category ids: "permanent", "temporary"
  // Per value: the index of the value its denial states ("no es un cierre definitivo" is
  // temporary), or -1 (a denied statement then states nothing).
  std::vector<int> negated;
};

struct StateLexicon {
  std::vector<StateMeasure> measures;
  // An action word and what it is: the measure whose values qualify it and the action's id
  // ("closure": "cierra", "cierre", "clausura", "closed" are one action in every language).
  struct ActionRef {
    size_t measure;
    std::string action;
  };
  std::vector<ActionRef> action_refs;
  PhraseTable actions;  // id = index into action_refs
  // A value's words, by where they stand from the action: id = index into value_refs.
  struct ValueRef {
    size_t measure;
    size_t value;
  };
  std::vector<ValueRef> value_refs;
  PhraseTable near_words;    // `phrases`: within `window` words after the action, or right before it
  PhraseTable right_after;   // only right after the action ("cierre definitivo")
  PhraseTable right_before;  // only right before it ("a permanent closure")
  int window = 4;
  // Before the action in its clause, within `negation_window` words: a negation or a denial ("no
  // es un cierre definitivo", "ha desmentido su clausura definitiva") turns the value into its
  // `negated` one; a hypothetical ("podría cerrar definitivamente") states nothing (id 0 both).
  PhraseTable negations;
  PhraseTable hypotheticals;
  int negation_window = 5;
  // Words that end the reach of a negation or a hypothetical before the action ("no pudo más y
  // cierra para siempre": the negation is of another verb).
  PhraseTable coordinators;
  bool empty() const { return measures.empty(); }
};

// Reads `dir`/states.yaml; a missing file leaves `out` empty.
Status LoadStateLexicon(const std::string& dir, TextNormalizer& norm, StateLexicon* out);

}  // namespace contraste
