#include "value_perturber.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/ascii_digits.h"

namespace contraste::bench {

namespace {

constexpr double kProbabilityDropHedge = 0.15;

// Copies the capital first letter of `original` (ASCII) onto `replacement`.
std::string KeepCapital(std::string_view original, std::string replacement) {
  if (!original.empty() && !replacement.empty() && original[0] >= 'A' && original[0] <= 'Z' &&
      replacement[0] >= 'a' && replacement[0] <= 'z') {
    replacement[0] = static_cast<char>(replacement[0] - 'a' + 'A');
  }
  return replacement;
}

uint64_t Scale(uint64_t v, SplitMix64& rng) {
  double scaled = std::round(static_cast<double>(v) * (0.5 + 1.1 * rng.Unit()));
  return std::max<uint64_t>(1, static_cast<uint64_t>(scaled));
}

std::string Grouped(uint64_t v, char separator) {
  std::string plain = std::to_string(v);
  std::string out;
  for (size_t i = 0; i < plain.size(); ++i) {
    if (i > 0 && (plain.size() - i) % 3 == 0) out.push_back(separator);
    out.push_back(plain[i]);
  }
  return out;
}

// Every digit replaced, a leading non-zero digit stays non-zero; separators kept.
std::string NewDigits(std::string_view digits, SplitMix64& rng) {
  std::string out(digits);
  for (size_t i = 0; i < out.size(); ++i) {
    if (!IsAsciiDigit(out[i])) continue;
    bool keep_nonzero = i == 0 && out[i] != '0';
    out[i] = static_cast<char>('0' + (keep_nonzero ? rng.Between(1, 9) : rng.Between(0, 9)));
  }
  return out;
}

}  // namespace

std::string PerturbDigits(std::string_view digits, SplitMix64& rng) {
  // Groups between separators, and whether they form a thousands-grouped integer.
  std::vector<std::string_view> groups;
  char separator = 0;
  bool one_separator = true;
  size_t start = 0;
  for (size_t i = 0; i <= digits.size(); ++i) {
    if (i == digits.size() || !IsAsciiDigit(digits[i])) {
      groups.push_back(digits.substr(start, i - start));
      if (i < digits.size()) {
        if (separator != 0 && digits[i] != separator) one_separator = false;
        separator = digits[i];
      }
      start = i + 1;
    }
  }
  std::string plain;
  for (std::string_view g : groups) plain.append(g);
  if (plain.size() > 15) return NewDigits(digits, rng);
  const uint64_t v = std::stoull(plain);
  if (groups.size() == 1) {
    if (plain.size() == 4 && v >= 1900 && v <= 2100) {
      return std::to_string(static_cast<int64_t>(v) + rng.Between(-3, 3));
    }
    if (plain.size() <= 2 && v >= 1 && v <= 31) {
      int64_t lo = std::max<int64_t>(1, static_cast<int64_t>(v) / 2);
      int64_t hi = std::min<int64_t>(31, static_cast<int64_t>(v + v / 2 + 1));
      return std::to_string(rng.Between(lo, hi));
    }
    if (plain[0] == '0') return NewDigits(digits, rng);
    return std::to_string(Scale(v, rng));
  }
  bool thousands = one_separator && !groups.front().empty() && groups.front().size() <= 3 &&
                   groups.front()[0] != '0' &&
                   std::all_of(groups.begin() + 1, groups.end(), [](std::string_view g) { return g.size() == 3; });
  if (thousands) return Grouped(Scale(v, rng), separator);
  return NewDigits(digits, rng);
}

std::string SwapHedge(std::string_view original, const VariationVocabulary& vocabulary, SplitMix64& rng) {
  if (vocabulary.hedge_phrases.empty() || rng.Chance(kProbabilityDropHedge)) return "";
  const std::string& phrase = vocabulary.hedge_phrases[rng.Below(vocabulary.hedge_phrases.size())];
  return KeepCapital(original, phrase + " ");
}

std::string SwapWord(std::string_view original, const VocabularyWord& word,
                     const std::vector<VocabularyWord>& words, SplitMix64& rng) {
  std::vector<const VocabularyWord*> group = VariationVocabulary::SameGroup(words, word);
  return KeepCapital(original, group[rng.Below(group.size())]->print);
}

}  // namespace contraste::bench
