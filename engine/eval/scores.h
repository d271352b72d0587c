// Figures of one gold group from the findings' matches: conflict precision and recall, agreement,
// revision and dispute recall, per rule and per measure, and the failures (missed conflict items,
// false conflicts with the trap or other item they hit).
//
//   auto matches = MatchFindings(analysis, corpus.items);
//   GroupScores s = ScoreGroup(analysis, corpus.items, matches);
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "eval/gold_corpus.h"
#include "pipeline/engine.h"

namespace contraste {

// hits of total; undefined (no value) when total is 0.
struct Fraction {
  size_t hits = 0;
  size_t total = 0;
  std::optional<double> Value() const;
  Fraction& operator+=(const Fraction& o);
};

// 2PR / (P + R); undefined when either is.
std::optional<double> F1(const Fraction& precision, const Fraction& recall);

struct RuleScore {
  std::string rule;
  size_t reported = 0;     // conflicts the rule reported
  size_t correct = 0;      // of which match a conflict item
  size_t items_found = 0;  // conflict items matched by the rule's correct conflicts
};

struct MeasureScore {
  std::string measure;         // the item's measure; for a false conflict hitting no item, slot[:unit]
  size_t items = 0;            // conflict items
  size_t found = 0;            // of which matched
  size_t correct = 0;          // reported conflicts matching a conflict item of this measure
  size_t false_conflicts = 0;  // reported conflicts counted against this measure
};

// Conflict precision and recall of the findings and items whose quotes are all in articles of the
// given languages ("en", "es", "en+es": the languages of their articles, sorted, joined by "+").
struct LanguageScore {
  std::string languages;
  Fraction precision;  // reported conflicts of these languages matching a conflict item / reported
  Fraction recall;     // conflict items of these languages matched / conflict items
};

// A quote in a failure listing, with its line and column in the article.
struct QuotedClaim {
  std::string doc;
  std::string quote;
  int line = 0;
  int column = 0;
};

struct ItemRef {
  std::string file;
  int line = 0;
  std::string id;
  std::string kind;
  std::string measure;
};

// How the listings name an item.
ItemRef RefOf(const LocatedItem& item);

struct MissedItem {
  ItemRef item;
  std::vector<std::vector<QuotedClaim>> sides;
};

struct FalseConflict {
  std::string finding;  // the finding's id
  std::string rule;
  std::string slot;
  std::string unit;
  std::string event;    // the event's label
  std::vector<std::vector<QuotedClaim>> sides;
  std::vector<ItemRef> hits;  // trap, revision or dispute items it matches (empty: none)
};

struct GroupScores {
  std::string dir;                      // the gold files' directory
  std::vector<std::string> gold_files;
  size_t documents = 0;                 // analysed
  std::vector<std::string> skipped_language;  // "path (language xx)": no rules for their language
  std::vector<std::string> unreadable;        // error messages
  std::vector<ItemRef> set_aside;       // items left with nothing to score once those articles are skipped
  Fraction conflict_precision;          // reported conflicts matching a conflict item / reported
  Fraction conflict_recall;             // conflict items matched / conflict items
  Fraction agreement_recall;
  Fraction revision_recall;             // by findings of kind "revision"
  Fraction dispute_recall;              // by findings of kind "dispute"
  std::vector<RuleScore> rules;         // sorted by rule
  std::vector<MeasureScore> measures;   // sorted by measure
  std::vector<LanguageScore> languages; // sorted by languages
  std::vector<MissedItem> missed;       // conflict items no conflict matched, in file order
  std::vector<MissedItem> missed_other; // agreement, revision and dispute items not found, in file order
  std::vector<FalseConflict> false_conflicts;  // in report order
};

// Scores one group; `matches` is MatchFindings(analysis, items).
GroupScores ScoreGroup(const Analysis& analysis, const std::vector<LocatedItem>& items,
                       const std::vector<std::vector<size_t>>& matches);

}  // namespace contraste
