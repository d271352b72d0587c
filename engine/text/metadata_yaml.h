// Reads document metadata (title, language, locale, published, outlet) from YAML: the front matter
// of an article or one entry of a directory's manifest.yaml. `source` and `licence` (where the text
// came from) are accepted and not used. Unknown keys and bad dates are errors with file:line:col.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/error.h"
#include "text/document.h"

namespace YAML { class Node; }

namespace contraste {

// `first_line` is the file line where `yaml_text` starts (1 for a whole file).
Result<DocumentMetadata> ParseMetadataYaml(std::string_view yaml_text, const std::string& file,
                                           int first_line);

// manifest.yaml: a map from file name (relative to the manifest's directory) to metadata.
Result<std::map<std::string, DocumentMetadata>> ParseManifest(std::string_view yaml_text,
                                                             const std::string& file);

// Splits "---\n<yaml>\n---\n<body>": returns the yaml text and sets *body_offset; when the
// file has no front matter returns an empty view and *body_offset = 0.
std::string_view SplitFrontMatter(std::string_view bytes, size_t* body_offset);

}  // namespace contraste
