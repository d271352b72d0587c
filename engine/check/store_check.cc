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

}  // namespace

Result<CheckResult> CheckDraftsInStore(Engine& engine, ClaimsStore& store, std::vector<Document> drafts,
                                       const StoreCheckOptions& options, StoreCheckRead* read) {
  auto skipped = store.SkippedErrors();
  if (!skipped) return skipped.error();
  std::set<std::string> draft_ids, participants;
  std::vector<std::string> draft_paths;
  std::vector<DocumentAnalysis> analysed;
  for (Document& d : drafts) {
    draft_ids.insert(d.id);
    draft_paths.push_back(d.path);
    auto one = engine.AnalyzeDocument(std::move(d));
    if (!one) {
      skipped->push_back(one.error());
      continue;
    }
    for (const Claim& c : one->claims) participants.insert(c.participants.begin(), c.participants.end());
    analysed.push_back(std::move(*one));
  }
  auto about = store.DocumentsAbout({participants.begin(), participants.end()});
  if (!about) return about.error();
  auto stories = store.StoriesOf(*about);
  if (!stories) return stories.error();
  auto of_stories = store.DocumentsOfStories(*stories, options.max_story_documents);
  if (!of_stories) return of_stories.error();
  const std::vector<std::string> wanted = Union(*about, *of_stories);
  Result<std::vector<DocumentAnalysis>> corpus = std::vector<DocumentAnalysis>{};
  if (!wanted.empty()) corpus = store.LoadDocuments(wanted);  // an empty list would read them all
  if (!corpus) return corpus.error();
  if (read) *read = {about->size(), corpus->size()};
  // A stored document with a draft's id, or the draft's own file, is replaced by the draft.
  auto is_a_draft = [&](const DocumentAnalysis& d) {
    if (draft_ids.count(d.document.id)) return true;
    for (const std::string& path : draft_paths) {
      std::error_code ec;
      if (std::filesystem::equivalent(d.document.path, path, ec) && !ec) return true;
    }
    return false;
  };
  for (DocumentAnalysis& d : *corpus) {
    if (!is_a_draft(d)) analysed.push_back(std::move(d));
  }
  std::sort(analysed.begin(), analysed.end(),
            [](const DocumentAnalysis& a, const DocumentAnalysis& b) { return a.document.id < b.document.id; });
  return JudgeDrafts(engine, engine.Combine(std::move(analysed), std::move(*skipped)), draft_ids);
}

}  // namespace contraste
