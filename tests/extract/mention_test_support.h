// Runs the recognizers over a text the way the pipeline does (normalize, split, tokenize, extract
// per sentence) and describes each value mention by what a reader can check: its kind, the exact
// source bytes it covers, its normalized value and its interval.
//
//   auto ms = contraste::testing::ValueMentionsOf("La cumbre duró unos 90 minutos.");
//   CHECK(ms[0].kind == "duration"); CHECK(ms[0].quote == "unos 90 minutos");
//   const ValueMention* d = FindQuote(ms, "unos 90 minutos");   // nullptr when absent
#pragma once

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "extract/mention_extractor.h"
#include "test_support.h"
#include "text/analyzed_text.h"

namespace contraste::testing {

// A value mention (entities and triggers left out) as seen from outside.
struct ValueMention {
  std::string kind;        // MentionKindName: "number", "duration", ...
  std::string quote;       // original bytes [offset, offset + length)
  size_t offset = 0;
  std::string normalized;  // "PT1H30M", "10000 contenedor"
  std::string unit;
  std::string hedge;
  bool vague = false;
  Interval interval;
};

// The Spanish language of the repository's rules.
inline const Language& Spanish() {
  const Language* lang = SharedEngine().FindLanguage("es");
  if (!lang) throw std::runtime_error("no Spanish language data under rules/");
  return *lang;
}

inline SentenceSplitter& SpanishSplitter() {
  static std::unique_ptr<SentenceSplitter> splitter = [] {
    auto s = SentenceSplitter::Create("es");
    if (!s) throw std::runtime_error(s.error().ToString());
    return std::move(*s);
  }();
  return *splitter;
}

inline bool IsValueKind(MentionKind k) { return k != MentionKind::kEntity && k != MentionKind::kTrigger; }

// Weak mentions ("un" alone, "la última") are read but never claimed: tables see them only when
// they ask for their kind ("weak_number", "weak_ordinal").
inline bool IsWeakKind(MentionKind k) { return k == MentionKind::kWeakNumber || k == MentionKind::kWeakOrdinal; }
inline bool NamesWeakKind(const char* kind) { return std::string_view(kind).starts_with("weak_"); }

// Every value mention of an analysed document (weak ones only `with_weak`), in text order, each
// with its quote cut from the original bytes. Digits are read as `a.numbers` says.
inline std::vector<ValueMention> ValueMentionsOf(const Document& doc, const AnalyzedText& a, bool with_weak) {
  std::vector<ValueMention> out;
  for (const Sentence& s : a.sentences) {
    for (const Mention& m : ExtractMentions(Spanish(), a.SentenceTokens(s))) {
      if (!IsValueKind(m.kind) || (!with_weak && IsWeakKind(m.kind))) continue;
      ValueMention v;
      v.kind = MentionKindName(m.kind);
      v.offset = a.OrigBegin(m.begin_token);
      size_t end = a.OrigEnd(m.end_token - 1);
      v.quote = doc.bytes.substr(v.offset, end - v.offset);
      v.normalized = m.normalized;
      v.unit = m.unit;
      v.hedge = m.hedge;
      v.vague = m.vague;
      v.interval = m.interval;
      out.push_back(v);
    }
  }
  return out;
}

// Every value mention of `text`, read with the language's default number convention.
inline std::vector<ValueMention> ValueMentionsOf(const std::string& text, bool with_weak = false) {
  Document doc = Doc("t", text);
  AnalyzedText a = AnalyzeText(doc, SharedEngine().normalizer(), SpanishSplitter());
  return ValueMentionsOf(doc, a, with_weak);
}

inline const ValueMention* FindQuote(const std::vector<ValueMention>& ms, const std::string& quote) {
  for (const ValueMention& m : ms) {
    if (m.quote == quote) return &m;
  }
  return nullptr;
}

// "kind «quote» = normalized [interval]" lines, for CAPTURE and for failure messages.
inline std::string Describe(const std::vector<ValueMention>& ms) {
  std::string s;
  for (const ValueMention& m : ms) {
    s += fmt::format("{} «{}» = {} {} hedge={}\n", m.kind, m.quote, m.normalized, m.interval.ToString(), m.hedge);
  }
  return s.empty() ? "(no value mentions)" : s;
}

constexpr double kAny = -1;  // in an expectation table: do not check this bound
constexpr double kInf = Interval::kInf;

inline bool Near(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b));
}

// One row of a recognizer table: in `sentence`, a mention of `kind` quoting exactly `quote`, with
// `normalized` (unless empty) and interval [lo, hi] (unless kAny).
struct Expect {
  const char* sentence;
  const char* kind;
  const char* quote;
  const char* normalized;
  double lo;
  double hi;
};

// True when `e` holds; `why` says what differed.
inline bool Holds(const Expect& e, std::string* why) {
  auto ms = ValueMentionsOf(e.sentence, NamesWeakKind(e.kind));
  // A number and a range may quote the same words ("más de 450"): prefer the expected kind.
  const ValueMention* m = FindQuote(ms, e.quote);
  for (const ValueMention& other : ms) {
    if (other.quote == e.quote && other.kind == e.kind) m = &other;
  }
  if (!m) {
    *why = fmt::format("no mention quoting «{}»; found:\n{}", e.quote, Describe(ms));
    return false;
  }
  if (m->kind != e.kind) {
    *why = fmt::format("«{}» is a {} not a {}", e.quote, m->kind, e.kind);
    return false;
  }
  if (*e.normalized && m->normalized != e.normalized) {
    *why = fmt::format("«{}» normalized {} not {}", e.quote, m->normalized, e.normalized);
    return false;
  }
  if ((e.lo != kAny && !Near(m->interval.lo, e.lo)) || (e.hi != kAny && !Near(m->interval.hi, e.hi))) {
    *why = fmt::format("«{}» interval {} not [{}, {}]", e.quote, m->interval.ToString(), e.lo, e.hi);
    return false;
  }
  return true;
}

// Checks every row; each failure names its sentence.
inline void CheckTable(const std::vector<Expect>& rows) {
  for (const Expect& e : rows) {
    std::string sentence = e.sentence;
    CAPTURE(sentence);
    std::string why;
    bool ok = Holds(e, &why);
    CHECK_MESSAGE(ok, why);
  }
}

// Known misses: each row must still fail. When one starts passing, move it to its real table.
inline void CheckStillMissed(const std::vector<Expect>& rows) {
  for (const Expect& e : rows) {
    std::string sentence = e.sentence;
    CAPTURE(sentence);
    std::string why;
    bool ok = Holds(e, &why);
    CHECK_MESSAGE(!ok, "known miss now passes: move it to its table");
  }
}

// No value mention of any of `kinds` covers `quote` (or, when `quote` is empty, none at all).
struct Absent {
  const char* sentence;
  const char* word;  // a word of the sentence that must not start or be inside a value mention of `kind`
  const char* kind;  // "" for any value kind
};

inline bool AbsentHolds(const Absent& a, std::string* why) {
  std::string s = a.sentence;
  size_t at = s.find(a.word);
  if (at == std::string::npos) {
    *why = fmt::format("test bug: «{}» not in the sentence", a.word);
    return false;
  }
  size_t end = at + std::string(a.word).size();
  for (const ValueMention& m : ValueMentionsOf(s, NamesWeakKind(a.kind))) {
    bool kind_matches = !*a.kind || m.kind == a.kind;
    bool covers = m.offset < end && m.offset + m.quote.size() > at;
    if (kind_matches && covers) {
      *why = fmt::format("«{}» is inside {} «{}» = {}", a.word, m.kind, m.quote, m.normalized);
      return false;
    }
  }
  return true;
}

inline void CheckAbsent(const std::vector<Absent>& rows) {
  for (const Absent& a : rows) {
    std::string sentence = a.sentence;
    CAPTURE(sentence);
    std::string why;
    bool ok = AbsentHolds(a, &why);
    CHECK_MESSAGE(ok, why);
  }
}

// Every mention of one of `kinds` in an English text (rules/en), in text order:
// "quote=normalized".
inline std::vector<std::string> EnglishMentionsOf(const std::string& text, std::initializer_list<MentionKind> kinds) {
  static std::unique_ptr<SentenceSplitter> splitter = [] {
    auto s = SentenceSplitter::Create("en");
    if (!s) throw std::runtime_error(s.error().ToString());
    return std::move(*s);
  }();
  const Language* en = SharedEngine().FindLanguage("en");
  REQUIRE(en != nullptr);
  Document doc = DocIn("en", "t", text);
  AnalyzedText a = AnalyzeText(doc, SharedEngine().normalizer(), *splitter);
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) {
    for (const Mention& m : ExtractMentions(*en, a.SentenceTokens(s))) {
      if (std::find(kinds.begin(), kinds.end(), m.kind) == kinds.end()) continue;
      const size_t begin = a.OrigBegin(m.begin_token), end = a.OrigEnd(m.end_token - 1);
      out.push_back(doc.bytes.substr(begin, end - begin) + "=" + m.normalized);
    }
  }
  return out;
}

}  // namespace contraste::testing
