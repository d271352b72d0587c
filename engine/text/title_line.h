// The title of a document that states none (no metadata `title`, no Markdown heading): its first
// line that reads as a headline. A plain-text article as scraped often opens with a photo's
// caption ("In this pool photograph distributed by ... (Photo by ... / AFP) / -- Editor's note :
// ... --") before its headline; a caption is running text, a headline is not:
//
//   TitleLine("Putin, at left, greets Kim in Pyongyang on June 19, 2024. Putin enjoyed a red carpet "
//             "welcome. (Photo by X / AFP)\nMira el encuentro de Putin con Kim\n...")
//   // "Mira el encuentro de Putin con Kim"
//
// A line is no headline when it holds three sentences or more, or is longer than kMaxTitleBytes
// ("China acaba de construir un hospital en 10 días. Así lo logró" is one). Only the first
// kTitleLines non-empty lines are looked at; when none reads as a headline, the first is the title.
// Punctuation only: no word of any language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace contraste {

inline constexpr size_t kMaxTitleBytes = 300;
inline constexpr int kTitleLines = 3;

std::string TitleLine(std::string_view body);

// Whether `line` (trimmed) reads as a headline: at most two sentences and kMaxTitleBytes bytes.
bool ReadsAsHeadline(std::string_view line);

}  // namespace contraste
