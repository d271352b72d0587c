#ifndef CONTRASTE_EXTRACT_NAMES_ENTITY_ID_PREFIXES_H_
#define CONTRASTE_EXTRACT_NAMES_ENTITY_ID_PREFIXES_H_

#include <string_view>

namespace contraste {

// Entity ids of what no gazetteer entry names: a capitalised name found in the text ("name:"
// and its folded words) and a counted or attributed noun ("noun:" and its lemma or neutral id).
inline constexpr std::string_view kUnknownNameIdPrefix = "name:";
inline constexpr std::string_view kNounIdPrefix = "noun:";

}  // namespace contraste

#endif  // CONTRASTE_EXTRACT_NAMES_ENTITY_ID_PREFIXES_H_
