// One article as read from disk: its unchanged bytes, where the body starts, and its metadata.
//
// Offsets everywhere in contraste are byte offsets into `bytes`, i.e. into the file as it is on
// disk, front matter included, so that a report quote can be checked with `dd` or `cut -b`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"

namespace contraste {

// Where a document's locale (its number convention) came from.
enum class LocaleSource {
  kDeclared,  // the manifest or the front matter (`locale: es-MX`)
  kInferred,  // numbers of the text that only one convention reads (see `locale_evidence`)
  kAssumed,   // nothing decided it: the language's default locale
};

// "declared", "inferred", "assumed": as the reports write it.
const char* LocaleSourceName(LocaleSource source);

// The numbers that decided an inferred locale.
struct LocaleEvidence {
  std::string quote;   // the first number only the chosen convention reads, as written ("1,250,300")
  size_t offset = 0;   // its byte offset in `bytes`
  size_t agreeing = 0;     // numbers only the chosen convention reads
  size_t disagreeing = 0;  // numbers only another convention reads
};

// The locale a document's digits are read with, and where it came from.
struct DocumentLocale {
  std::string tag;  // "es-ES", "es-MX"; empty until chosen (extract/numbers/number_locale.h)
  LocaleSource source = LocaleSource::kAssumed;
  std::optional<LocaleEvidence> evidence;  // set when inferred
};

// The outlet of a document whose metadata names none: a token of the JSON report and the store,
// which the pages for people show in their own words (ui.yaml "outlet_unknown").
inline constexpr const char* kOutletNotGiven = "unknown";

struct Document {
  std::string id;        // path relative to the directory given, without extension; or the stem
  std::string path;      // path as it was found
  std::string bytes;     // the file, byte for byte
  size_t body_offset = 0;  // first byte after front matter (0 when there is none)
  // Markdown (text/markdown_text.h): the bytes as the text stage reads them, the same size as
  // `bytes` (so every offset is the file's), markup blanked to spaces. Empty for plain text, which
  // is read as it is.
  std::string reading;
  // The metadata's title, else (Markdown) the first heading, else the first non-empty line of the body.
  std::string title;
  std::string url;       // where the article was published, when the metadata says; else empty
  std::string language;  // BCP 47 code, e.g. "es"; empty until the engine guesses it from the text
  std::optional<CivilDate> published;
  // Minutes after midnight of the publication, when the metadata gives a time ("2024-10-30T21:40").
  std::optional<int> published_minute;
  std::string outlet;  // kOutletNotGiven when the metadata names none
  // The locale whose number convention the digits were read with: declared (the tag as given,
  // until the pipeline checks it), else inferred, else assumed.
  DocumentLocale locale;
  // What was not given and had to be assumed, one sentence each (shown in the report).
  std::vector<std::string> assumptions;
};

// Metadata that a manifest, front matter or the command line can give; unset fields stay empty.
struct DocumentMetadata {
  std::optional<std::string> title;
  std::optional<std::string> language;
  std::optional<CivilDate> published;
  std::optional<int> published_minute;  // set with `published` when it carries a time
  std::optional<std::string> outlet;
  std::optional<std::string> locale;  // as written: "es-MX"
  std::optional<std::string> url;     // the published article's address
  // "markdown" or "text"; unset: Markdown for a .md or .markdown file, text otherwise.
  std::optional<std::string> format;

  // Fields set in `over` replace those here.
  void MergeFrom(const DocumentMetadata& over);
};

}  // namespace contraste
