// A seed article prepared for variation: its body, its paragraphs, and the spans the corpus
// generator may rewrite (digit runs anywhere; hedges, number words and ordinal words inside the
// quotes of the claims the engine finds in it).
//
//   auto t = BuildSeedTemplate(engine, seed_document, vocabulary);
//   for (const Edit& e : t->edits) { t->body.substr(e.begin, e.end - e.begin) ... }
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "pipeline/engine.h"
#include "text/document.h"
#include "variation_vocabulary.h"

namespace contraste::bench {

enum class EditKind {
  kDigits,       // a run of ASCII digits with inner '.' or ',' ("10.000", "1,5", "2024")
  kHedge,        // a hedge phrase and the space after it ("unos ")
  kNumberWord,   // a cardinal in words ("dos")
  kOrdinalWord,  // an ordinal in words ("primera")
};

struct Edit {
  size_t begin = 0;  // byte span in the template's body
  size_t end = 0;
  EditKind kind = EditKind::kDigits;
  const VocabularyWord* word = nullptr;  // for kNumberWord and kOrdinalWord
};

struct Paragraph {
  size_t begin = 0;  // byte span of one line of the body, blank lines after it included
  size_t end = 0;
};

struct SeedTemplate {
  std::string seed_id;
  std::string language;
  int published_year = 0;            // the seed's publication year (0 when it has none)
  std::string body;                  // the seed's bytes after its front matter
  std::vector<Paragraph> paragraphs;  // cover the body; the first is the title
  std::vector<Edit> edits;           // sorted, not overlapping
};

// The template of one seed document; the engine supplies the claims whose quotes locate hedges
// and words. Fails when the seed yields no claim (variations of it would measure little).
Result<SeedTemplate> BuildSeedTemplate(Engine& engine, const Document& seed, const VariationVocabulary& vocabulary);

}  // namespace contraste::bench
