// Phrase lists of a rules file into a PhraseTable: the one loader the lexicons share.
//
//   CONTRASTE_RETURN_IF_ERROR(AddYamlPhrases(m, "links", norm, &out->links));
//
// Each phrase of the string list (or single string) under `key` is folded by the language's
// normalizer and added with `id`. A missing key adds nothing; a phrase that folds to no words is an
// error at its own line and column.
#ifndef CONTRASTE_LANG_YAML_PHRASES_H_
#define CONTRASTE_LANG_YAML_PHRASES_H_

#include <string>

#include "core/error.h"
#include "lang/phrase_table.h"
#include "lang/yaml_reader.h"

namespace contraste {

class TextNormalizer;

Status AddYamlPhrases(const YamlMap& m, const std::string& key, TextNormalizer& norm, PhraseTable* table, int id = 0);

}  // namespace contraste

#endif  // CONTRASTE_LANG_YAML_PHRASES_H_
