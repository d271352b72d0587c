#include "eval/group_evaluation.h"

#include <fmt/format.h>

#include <set>

#include "eval/matcher.h"

namespace contraste {

Result<GroupScores> EvaluateGroup(Engine& engine, const GoldGroup& group) {
  CONTRASTE_ASSIGN_OR_RETURN(corpus, LoadGoldCorpus(group));
  std::vector<Document> analysable;
  std::vector<std::string> skipped_language;
  std::set<std::string> skipped_ids;
  for (Document& d : corpus.documents) {
    if (engine.FindLanguage(d.language)) {
      analysable.push_back(std::move(d));
    } else {
      skipped_language.push_back(fmt::format("{} (language {})", d.path, d.language));
      skipped_ids.insert(d.id);
    }
  }
  std::vector<LocatedItem> set_aside;
  const std::vector<LocatedItem> items = WithoutDocuments(std::move(corpus.items), skipped_ids, &set_aside);
  const Analysis analysis = engine.Analyze(std::move(analysable));
  GroupScores scores = ScoreGroup(analysis, items, MatchFindings(analysis, items));
  for (const LocatedItem& item : set_aside) scores.set_aside.push_back(RefOf(item));
  scores.dir = group.dir;
  for (const GoldFile& f : group.files) scores.gold_files.push_back(f.path);
  scores.documents = analysis.documents.size();
  scores.skipped_language = std::move(skipped_language);
  for (const Error& e : corpus.unreadable) scores.unreadable.push_back(e.ToString());
  for (const Error& e : analysis.skipped) scores.unreadable.push_back(e.ToString());
  return scores;
}

}  // namespace contraste
