// The whole pipeline behind one call: documents in, claims and findings out.
//
//   auto engine = Engine::Load("rules");           // languages and comparison rules
//   if (!engine) { std::cerr << engine.error().ToString(); return 2; }
//   Analysis a = (*engine)->Analyze(std::move(documents));
//   WriteJsonReport(a, std::cout);
//
// document -> normalized text and sentences -> typed mentions -> claims -> linked events ->
// claim graph -> rule verdicts -> findings.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "claims/claim.h"
#include "claims/place_book.h"
#include "core/error.h"
#include "graph/claim_graph.h"
#include "lang/language.h"
#include "pipeline/document_analysis.h"
#include "findings/finding.h"
#include "rules/rule_loader.h"
#include "stories/story_grouping.h"
#include "text/document.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"

namespace contraste {

struct Analysis {
  std::vector<Document> documents;  // the documents analysed, sorted by id
  std::vector<Error> skipped;       // documents that could not be analysed, with why
  std::vector<Claim> claims;        // in document order, then text order
  StoryGrouping stories;            // the story of each document (stories/story_grouping.h)
  std::vector<Finding> findings;    // sorted
  size_t mentions = 0;              // typed mentions found (all kinds)
  size_t comparisons = 0;           // rule evaluations in the claim graph
};

class Engine {
 public:
  // Loads every language directory under `rules_dir` (rules/es, rules/en, ...) and the
  // comparison rules of rules/common/comparison.
  static Result<std::unique_ptr<Engine>> Load(const std::string& rules_dir);
  // An engine for another thread: it reads `first`'s languages and comparison rules (read only once
  // loaded; borrowed, so `first` must outlive it) and has a normalizer and sentence splitters of its
  // own (their caches and ICU iterators are not shared between threads). Nothing is read again.
  static Result<std::unique_ptr<Engine>> SharingRulesOf(const Engine& first);

  // How far Analyze goes: every stage, or only as far as claims linked to events (no claim graph,
  // no findings: what `contraste claims` lists).
  enum class Depth { kClaims, kFindings };

  // Runs the pipeline. Documents whose language has no data (or whose declared locale it does not
  // list) are moved to `skipped`; the others get the locale their digits were read with.
  Analysis Analyze(std::vector<Document> documents, std::vector<Error> skipped = {}, Depth depth = Depth::kFindings);

  // The two halves of Analyze. AnalyzeDocument: what one document gives alone (an error for a
  // language without rules). Combine: the corpus steps over documents analysed alone, in the order
  // given (callers sort by id): places settled, stories grouped, events linked, then findings.
  // Analyze(docs) equals Combine of AnalyzeDocument of each. `threads` share the corpus steps
  // that can be shared (story grouping's pair scores): the same Analysis for any number.
  Result<DocumentAnalysis> AnalyzeDocument(Document document);
  Analysis Combine(std::vector<DocumentAnalysis> analysed, std::vector<Error> skipped = {},
                   Depth depth = Depth::kFindings, size_t threads = 1);

  // Stage by stage, for `claims`, tests and the benchmark: the claims of one document, before
  // event linking. `mentions` (optional) receives the number of mentions found; `places`
  // (optional) learns what the document says about places (claims/place_book.h), and its venue
  // claims are left for PlaceBook::ResolveVenues to settle; `terms` (optional) receives what the
  // document is about, for story grouping (stories/story_terms.h); `locale` (optional) receives the
  // locale its digits were read with (extract/numbers/number_locale.h).
  Result<std::vector<Claim>> ExtractClaims(const Document& doc, size_t doc_index, size_t* mentions = nullptr,
                                           PlaceBook* places = nullptr, StoryTerms* terms = nullptr,
                                           DocumentLocale* locale = nullptr);

  // A document whose metadata names no language gets the one its function words point to
  // (lang/language_guess.h), or the rule set's only language, and an assumption saying so; when
  // nothing decides, its language stays empty and Analyze skips it. Analyze calls it.
  void SetLanguage(Document* doc);
  // SetLanguage for each document; those it leaves without a language take the corpus's language
  // (CorpusLanguage), else the rule set's fallback language (function_words.yaml `fallback`).
  void SetLanguagesOfCorpus(std::vector<Document>* documents);

  // The language whose frame data links the events of a corpus (frame and slot ids, entity ids
  // and measure ids are the same in every language, so claims of different languages are linked
  // and compared together): the language of most documents, the first code on a tie.
  const Language& CorpusLanguage(const std::vector<Document>& documents) const;

  const RuleList& rules() const { return rules_of_ ? rules_of_->rules_ : rules_; }
  const Language* FindLanguage(const std::string& code) const;
  // The sentences of findings and verdicts in language `code` (rules/<code>/messages.yaml); empty
  // when the language has none or is not loaded.
  const MessageTemplates& Messages(const std::string& code) const;
  // Codes of the languages loaded ("es", ...), sorted.
  std::vector<std::string> LanguageCodes() const;
  TextNormalizer& normalizer() { return normalizer_; }

 private:
  Engine() = default;
  // The languages, this engine's or (SharingRulesOf) the first engine's.
  const std::map<std::string, Language>& languages() const { return rules_of_ ? rules_of_->languages_ : languages_; }
  TextNormalizer normalizer_;
  std::map<std::string, Language> languages_;  // empty when rules_of_ is set
  std::map<std::string, std::unique_ptr<SentenceSplitter>> splitters_;
  RuleList rules_;                             // empty when rules_of_ is set
  const Engine* rules_of_ = nullptr;           // whose languages and rules this engine reads
};

}  // namespace contraste
