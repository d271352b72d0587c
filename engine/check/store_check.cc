#include "check/store_check.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace contraste {

namespace {

std::vector<std::string> Union(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// The stored documents a draft whose claims are about `participants` can be linked to, with the
// store's skipped files, read on one snapshot.
struct StoredCorpus {
  std::vector<Error> skipped;
  std::vector<DocumentAnalysis> documents;
  size_t about = 0;
};

Result<StoredCorpus> ReadCandidates(ClaimsStore& store, const std::set<std::string>& participants,
                                    const std::vector<DocumentAnalysis>& drafts, long link_window,
                                    const StoreCheckOptions& options) {
  const std::vector<DayRange> linkable = DaysWithin(drafts, 2 * link_window);
  const std::vector<DayRange> story_days = DaysWithin(drafts, options.story_days);
  StoredCorpus c;
  Status s = store.ReadConsistently([&]() -> Status {
    auto skipped = store.SkippedErrors();
    if (!skipped) return skipped.error();
    c.skipped = std::move(*skipped);
    auto about = store.DocumentsAbout({participants.begin(), participants.end()}, linkable);
    if (!about) return about.error();
    c.about = about->size();
    auto stories = store.StoriesOf(*about);
    if (!stories) return stories.error();
    auto of_stories = store.DocumentsOfStories(*stories, story_days, options.max_story_documents);
    if (!of_stories) return of_stories.error();
    const std::vector<std::string> wanted = Union(*about, *of_stories);
    if (wanted.empty()) return Status();  // an empty list would read them all
    auto docs = store.LoadDocuments(wanted);
    if (!docs) return docs.error();
    c.documents = std::move(*docs);
    return Status();
  });
  if (!s) return s.error();
  return c;
}

}  // namespace

Result<CheckResult> CheckDraftsInStore(Engine& engine, ClaimsStore& store, std::vector<Document> drafts,
                                       const StoreCheckOptions& options, StoreCheckRead* read) {
  std::set<std::string> draft_ids, participants;
  std::vector<std::string> draft_paths;
  std::vector<DocumentAnalysis> analysed;
  std::vector<Error> failed;
  for (Document& d : drafts) {
    draft_ids.insert(d.id);
    draft_paths.push_back(d.path);
    auto one = engine.AnalyzeDocument(std::move(d));
    if (!one) {
      failed.push_back(one.error());
      continue;
    }
    for (const Claim& c : one->claims) participants.insert(c.participants.begin(), c.participants.end());
    analysed.push_back(std::move(*one));
  }
  long link_window = 0;
  for (const std::string& code : engine.LanguageCodes()) {
    link_window = std::max<long>(link_window, engine.FindLanguage(code)->link_window_days);
  }
  auto corpus = ReadCandidates(store, participants, analysed, link_window, options);
  if (!corpus) return corpus.error();
  if (read) *read = {corpus->about, corpus->documents.size()};
  // A stored document with a draft's id, or the draft's own file, is replaced by the draft.
  auto is_a_draft = [&](const DocumentAnalysis& d) {
    if (draft_ids.count(d.document.id)) return true;
    for (const std::string& path : draft_paths) {
      std::error_code ec;
      if (std::filesystem::equivalent(d.document.path, path, ec) && !ec) return true;
    }
    return false;
  };
  for (DocumentAnalysis& d : corpus->documents) {
    if (!is_a_draft(d)) analysed.push_back(std::move(d));
  }
  std::sort(analysed.begin(), analysed.end(),
            [](const DocumentAnalysis& a, const DocumentAnalysis& b) { return a.document.id < b.document.id; });
  std::vector<Error> skipped = std::move(corpus->skipped);
  skipped.insert(skipped.end(), failed.begin(), failed.end());
  return JudgeDrafts(engine, engine.Combine(std::move(analysed), std::move(skipped)), draft_ids);
}

}  // namespace contraste
