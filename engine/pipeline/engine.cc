#include "pipeline/engine.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <thread>

#include "claims/calendar_checks.h"
#include "claims/article_sources.h"
#include "claims/bare_amounts.h"
#include "claims/claim_builder.h"
#include "claims/figure_changes.h"
#include "claims/date_claims.h"
#include "claims/event_linker.h"
#include "claims/home_scope.h"
#include "claims/source_names.h"
#include "claims/story_names.h"
#include "claims/measure_finder.h"
#include "claims/rewrite_moments.h"
#include "claims/self_contradicting_keys.h"
#include "extract/time/date_mentions.h"
#include "extract/mention_extractor.h"
#include "findings/findings_on_threads.h"
#include "graph/claim_graph_on_threads.h"
#include "extract/numbers/number_locale.h"
#include "extract/names/name_finder.h"
#include "text/analyzed_text.h"

namespace contraste {

namespace fs = std::filesystem;

Result<std::unique_ptr<Engine>> Engine::Load(const std::string& rules_dir) {
  std::unique_ptr<Engine> e(new Engine());
  std::error_code ec;
  if (!fs::is_directory(rules_dir, ec)) {
    return MakeFileError(ErrorCode::kBadRule, rules_dir, 0, 0, "rules directory not found");
  }
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(rules_dir, ec)) {
    if (entry.is_directory() && entry.path().filename() != "common") dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  for (const auto& d : dirs) {
    std::string code = d.filename().string();
    auto lang = LoadLanguage(d.string(), code, e->normalizer_);
    if (!lang) return lang.error();
    auto splitter = SentenceSplitter::Create(code);
    if (!splitter) return splitter.error();
    e->languages_.emplace(code, std::move(*lang));
    e->splitters_.emplace(code, std::move(*splitter));
  }
  if (e->languages_.empty()) {
    return MakeFileError(ErrorCode::kBadRule, rules_dir, 0, 0, "no language directories (e.g. es/)");
  }
  std::vector<std::string> fallbacks;  // function_words.yaml `fallback: true`
  for (const auto& [code, lang] : e->languages_) {
    if (lang.function_words.fallback) fallbacks.push_back(code);
  }
  if (fallbacks.size() > 1) {
    return MakeFileError(ErrorCode::kBadRule, rules_dir, 0, 0,
                         fmt::format("several languages are the fallback language ({}): function_words.yaml "
                                     "'fallback: true' may be given by one only",
                                     fmt::join(fallbacks, ", ")));
  }
  std::vector<std::string> slots;  // a rule may only name a slot some language defines
  for (const auto& [code, lang] : e->languages_) {
    for (const auto& cue : lang.slot_cues) slots.push_back(cue.slot);
  }
  std::sort(slots.begin(), slots.end());
  slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
  // Rules named by a measure (measures.yaml `rule`) compare that measure's claims only.
  std::vector<const Measure*> measures;
  std::vector<std::string> measure_rules;
  for (const auto& [code, lang] : e->languages_) {
    for (const Measure& m : lang.measures.measures) {
      measures.push_back(&m);
      measure_rules.push_back(m.rule);
    }
  }
  auto rules = LoadComparisonRules(rules_dir, slots, measure_rules);
  if (!rules) return rules.error();
  e->rules_ = std::move(*rules);
  for (const Measure* m : measures) {
    ComparisonRule* rule = nullptr;
    std::vector<std::string> ids;
    for (auto& r : e->rules_) {
      ids.push_back(r->spec().id);
      if (r->spec().id == m->rule) rule = r.get();
    }
    if (!rule) {
      return MakeFileError(ErrorCode::kBadRule, m->file, m->line, m->column,
                           fmt::format("measure '{}' names unknown rule '{}' (valid: {})", m->id, m->rule, fmt::join(ids, ", ")));
    }
    if (!rule->AppliesTo(m->slot)) {
      return MakeFileError(ErrorCode::kBadRule, m->file, m->line, m->column,
                           fmt::format("measure '{}' fills slot '{}', which its rule '{}' does not compare (its slots: {})",
                                       m->id, m->slot, m->rule, fmt::join(rule->spec().slots, ", ")));
    }
    if (std::find(rule->measures().begin(), rule->measures().end(), m->id) == rule->measures().end()) rule->AddMeasure(m->id);
  }
  return e;
}

Result<std::unique_ptr<Engine>> Engine::SharingRulesOf(const Engine& first) {
  std::unique_ptr<Engine> e(new Engine());
  e->rules_of_ = first.rules_of_ ? first.rules_of_ : &first;
  for (const auto& [code, lang] : e->languages()) {
    auto splitter = SentenceSplitter::Create(code);
    if (!splitter) return splitter.error();
    e->splitters_.emplace(code, std::move(*splitter));
  }
  return e;
}

const MessageTemplates& Engine::Messages(const std::string& code) const {
  static const MessageTemplates kNone;
  const Language* lang = FindLanguage(code);
  return lang ? lang->messages : kNone;
}

const Language* Engine::FindLanguage(const std::string& code) const {
  auto it = languages().find(code);
  return it == languages().end() ? nullptr : &it->second;
}

std::vector<std::string> Engine::LanguageCodes() const {
  std::vector<std::string> codes;
  for (const auto& [code, lang] : languages()) codes.push_back(code);
  return codes;
}

void Engine::SetLanguage(Document* doc) {
  if (!doc->language.empty()) return;
  // The opening of the body is enough to tell a language by its function words.
  constexpr size_t kGuessBytes = 16384;
  const std::string& text = doc->reading.empty() ? doc->bytes : doc->reading;  // Markdown without its markup
  std::string_view body = std::string_view(text).substr(std::min(doc->body_offset, text.size()));
  size_t cut = std::min(body.size(), kGuessBytes);
  while (cut < body.size() && cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
  const std::string folded = normalizer_.Fold(body.substr(0, cut));
  std::vector<std::pair<std::string, const FunctionWords*>> candidates;
  for (const auto& [code, lang] : languages()) {
    if (!lang.function_words.empty()) candidates.emplace_back(code, &lang.function_words);
  }
  const LanguageGuess g = GuessLanguage(candidates, folded);
  if (!g.code.empty()) {
    doc->language = g.code;
    doc->assumptions.push_back(fmt::format("language not given: guessed '{}' from its function words ({} of {} words; "
                                           "{} for the next language)", g.code, g.hits, g.words, g.runner_up));
  } else if (languages().size() == 1) {
    doc->language = languages().begin()->first;
    doc->assumptions.push_back(fmt::format("language not given: assumed '{}', the rule set's only language", doc->language));
  }
}

void Engine::SetLanguagesOfCorpus(std::vector<Document>* documents) {
  for (auto& doc : *documents) SetLanguage(&doc);
  if (std::none_of(documents->begin(), documents->end(), [](const Document& d) { return d.language.empty(); })) return;
  // A document too short to tell ("Cáritas atendió a 4.000 personas.") is in the language of the
  // rest of the corpus, else in the rule set's fallback language (function_words.yaml).
  // One wording for both, so that a document analysed alone (the claims store) and within its
  // corpus says the same.
  std::string code;
  if (std::any_of(documents->begin(), documents->end(), [&](const Document& d) { return FindLanguage(d.language); })) {
    code = CorpusLanguage(*documents).code;
  } else {
    for (const auto& [c, lang] : languages()) {
      if (lang.function_words.fallback) code = c;
    }
  }
  if (code.empty()) return;
  for (auto& doc : *documents) {
    if (!doc.language.empty()) continue;
    doc.language = code;
    doc.assumptions.push_back(fmt::format("language not given, and its words do not tell which: assumed '{}'", code));
  }
}

const Language& Engine::CorpusLanguage(const std::vector<Document>& documents) const {
  std::map<std::string, size_t> count;
  for (const Document& d : documents) {
    if (languages().count(d.language)) ++count[d.language];
  }
  auto best = languages().begin();
  size_t most = 0;
  for (auto it = languages().begin(); it != languages().end(); ++it) {
    if (count[it->first] > most) {
      most = count[it->first];
      best = it;
    }
  }
  return best->second;
}

Result<std::vector<Claim>> Engine::ExtractClaims(const Document& doc, size_t doc_index, size_t* mentions,
                                                 PlaceBook* places, StoryTerms* terms, DocumentLocale* locale) {
  const Language* lang = FindLanguage(doc.language);
  if (!lang) {
    std::vector<std::string> known;
    for (const auto& [code, l] : languages()) known.push_back(code);
    Error err = MakeError(ErrorCode::kBadMetadata,
                          doc.language.empty()
                              ? fmt::format("language not given, and its words do not tell which (available: {})",
                                            fmt::join(known, ", "))
                              : fmt::format("no rules for language '{}' (available: {})", doc.language, fmt::join(known, ", ")));
    err.file = doc.path;
    return err;
  }
  AnalyzedText text = AnalyzeText(doc, normalizer_, *splitters_.at(doc.language));
  auto chosen = ChooseNumberLocale(*lang, doc, &text);  // how its digits are written
  if (!chosen) return chosen.error();
  const std::string locale_tag = chosen->tag;
  if (locale) *locale = std::move(*chosen);
  std::vector<std::vector<Mention>> per_sentence;
  per_sentence.reserve(text.sentences.size());
  size_t count = 0;
  const NameContext names = NameContextOf(doc, text);
  for (const Sentence& s : text.sentences) {
    per_sentence.push_back(ExtractMentions(*lang, text.SentenceTokens(s)));
    AddUnknownNames(*lang, names, s, &per_sentence.back());
  }
  // A bare "52 millones" is money in the article's currency when a money measure takes it
  // (claims/bare_amounts.h).
  const std::string currency = ArticleCurrency(*lang, locale_tag, per_sentence);
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    const TokenRange tokens = text.SentenceTokens(text.sentences[si]);
    const BareAmounts bare = GiveBareAmountsCurrency(*lang, tokens, currency, &per_sentence[si]);
    FindMeasures(*lang, tokens, &per_sentence[si]);  // claims/measure_finder.h
    KeepMeasuredBareAmounts(bare, &per_sentence[si]);
    count += per_sentence[si].size();
  }
  if (mentions) *mentions += count;
  ResolveDateMentions(*lang, doc, text, &per_sentence);  // extract/date_mentions.h
  if (places) {
    for (size_t si = 0; si < text.sentences.size(); ++si) places->Learn(text.SentenceTokens(text.sentences[si]), per_sentence[si]);
  }
  if (terms) *terms = CollectStoryTerms(*lang, text, per_sentence);  // stories/story_terms.h
  std::vector<Claim> claims = BuildClaims(*lang, doc, doc_index, text, per_sentence);
  AddCalendarChecks(*lang, doc, doc_index, text, per_sentence, &claims);  // claims/calendar_checks.h
  return claims;
}

Result<DocumentAnalysis> Engine::AnalyzeDocument(Document document) {
  if (document.language.empty()) {  // alone (the claims store): no corpus to take a language from
    std::vector<Document> one;
    one.push_back(std::move(document));
    SetLanguagesOfCorpus(&one);
    document = std::move(one.front());
  }
  DocumentAnalysis d;
  const Language* lang = FindLanguage(document.language);
  std::optional<PlaceBook> book;
  if (lang) book.emplace(*lang);
  DocumentLocale locale;
  auto claims = ExtractClaims(document, 0, &d.mentions, book ? &*book : nullptr, &d.terms, &locale);
  if (!claims) return claims.error();
  document.locale = std::move(locale);
  NoteUnresolvedDates(0, &document, &*claims);  // claims/date_claims.h
  d.document = std::move(document);
  d.claims = std::move(*claims);
  if (book) d.places = book->notes();
  return d;
}

Analysis Engine::Analyze(std::vector<Document> documents, std::vector<Error> skipped, Depth depth) {
  SetLanguagesOfCorpus(&documents);
  std::vector<DocumentAnalysis> analysed;
  analysed.reserve(documents.size());
  for (auto& doc : documents) {
    auto one = AnalyzeDocument(std::move(doc));
    if (!one) {
      skipped.push_back(one.error());
      continue;
    }
    analysed.push_back(std::move(*one));
  }
  return Combine(std::move(analysed), std::move(skipped), depth);
}

Analysis Engine::Combine(std::vector<DocumentAnalysis> analysed, std::vector<Error> skipped, Depth depth,
                         size_t threads) {
  Analysis a;
  a.skipped = std::move(skipped);
  a.documents.reserve(analysed.size());
  // Each document's claims are kept apart until all are known, then moved once into a.claims
  // sized for them: a Claim is large, and a growing vector would move each one again and again.
  std::vector<std::vector<Claim>> per_doc;
  per_doc.reserve(analysed.size());
  size_t total = 0;
  // What the corpus says about its places, per language, learned from every document before any
  // venue claim is settled (claims/place_book.h).
  std::map<std::string, PlaceBook> places;
  std::vector<StoryTerms> terms;
  terms.reserve(analysed.size());
  for (auto& d : analysed) {
    if (const Language* lang = FindLanguage(d.document.language)) {
      places.try_emplace(d.document.language, *lang).first->second.Merge(d.places);
    }
    for (Claim& c : d.claims) c.doc = a.documents.size();
    a.mentions += d.mentions;
    a.documents.push_back(std::move(d.document));
    terms.push_back(std::move(d.terms));
    total += d.claims.size();
    per_doc.push_back(std::move(d.claims));
  }
  std::vector<DocumentAnalysis>().swap(analysed);
  for (auto& [code, book] : places) book.Settle();
  for (size_t d = 0; d < per_doc.size(); ++d) {
    auto book = places.find(a.documents[d].language);
    if (book != places.end()) book->second.ResolveVenues(&per_doc[d]);
  }
  // Stories: grouped with the thresholds of the corpus's language (the terms were taken with each
  // document's own language data). On several threads the claims are gathered on one of them
  // while the others group the stories: neither step reads what the other writes.
  auto gather_claims = [&] {
    a.claims.reserve(total);
    for (auto& claims : per_doc) {
      a.claims.insert(a.claims.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
      std::vector<Claim>().swap(claims);
    }
  };
  std::thread gatherer;
  if (threads > 1) {
    gatherer = std::thread(gather_claims);
  } else {
    gather_claims();
  }
  if (!a.documents.empty()) {
    a.stories = GroupStories(CorpusLanguage(a.documents).stories, a.documents, terms, std::max<size_t>(threads, 2) - 1);
  }
  if (gatherer.joinable()) gatherer.join();
  for (Claim& c : a.claims) c.story = a.stories.stories[a.stories.story_of_doc[c.doc]].id;
  ClearHomeScopes(a.documents, places, &a.claims);  // claims/home_scope.h
  JoinShortSubjectNames(&a.claims);                 // claims/story_names.h
  {
    std::vector<const WordSet*> function_words(a.documents.size(), nullptr);
    for (size_t d = 0; d < a.documents.size(); ++d) {
      if (const Language* lang = FindLanguage(a.documents[d].language)) function_words[d] = &lang->function_words.words;
    }
    JoinSourceNames(a.documents, function_words, &a.claims);  // claims/source_names.h
  }
  // Event linking: frame, slot, entity and measure ids are the same in every language, so the
  // claims of all documents are linked together, with the frame data of the corpus's language
  // (its labels name the events): an English article and its Spanish rewrite share events.
  if (!a.documents.empty()) LinkEvents(CorpusLanguage(a.documents), a.documents, &a.claims);
  CarryChanges(&a.claims);           // claims/figure_changes.h
  AlignRewriteMoments(&a.claims);    // claims/rewrite_moments.h
  ShareSourcesAcrossArticles(&a.claims);  // claims/article_sources.h
  SetAsideBridgingDates(&a.claims);  // claims/date_claims.h
  SetAsideSelfContradictingKeys(&a.claims);  // claims/self_contradicting_keys.h
  if (depth == Depth::kClaims) return a;
  ClaimGraph graph = BuildClaimGraphOnThreads(a.claims, rules(), threads);
  a.comparisons = graph.comparisons;
  a.findings = BuildFindingsOnThreads(a.documents, a.claims, graph, threads);
  return a;
}

}  // namespace contraste
