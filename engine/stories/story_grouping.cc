#include "stories/story_grouping.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <unordered_map>
#include <utility>

#include "core/ordered_parallel.h"

namespace contraste {

namespace {

// Union-find whose root is the smallest index of a set: the result does not depend on the order
// of the unions.
struct Components {
  std::vector<size_t> parent;
  explicit Components(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), size_t{0}); }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

struct Posting {
  uint32_t doc = 0;
  double weight = 0;  // the term's tf-idf weight in that document
};

struct LinkingTerm {
  uint32_t term = 0;      // index into the postings
  uint32_t position = 0;  // the document's place in that term's postings
  double weight = 0;      // its tf-idf weight in the document
};

}  // namespace

StoryGrouping GroupStories(const StoryLexicon& lex, const std::vector<Document>& docs,
                           const std::vector<StoryTerms>& terms, size_t threads) {
  const size_t n = docs.size();
  StoryGrouping out;
  out.story_of_doc.assign(n, 0);
  // Document frequency of every term, then each term's postings (documents in ascending order).
  std::unordered_map<uint64_t, uint32_t> term_index;
  std::vector<uint32_t> df;
  std::vector<std::vector<uint32_t>> index_of(n);  // per document, the index of each of its terms
  for (size_t d = 0; d < n && d < terms.size(); ++d) {
    index_of[d].reserve(terms[d].terms.size());
    for (const StoryTerm& t : terms[d].terms) {
      auto [it, fresh] = term_index.try_emplace(t.key, static_cast<uint32_t>(df.size()));
      if (fresh) df.push_back(0);
      ++df[it->second];
      index_of[d].push_back(it->second);
    }
  }
  std::vector<double> idf(df.size());
  // Terms are rare as if the corpus had at least `background_documents` documents
  // (lang/story_lexicon.h): a small corpus of one story keeps the names it shares rare.
  const double corpus = static_cast<double>(std::max(n, static_cast<size_t>(std::max(lex.background_documents, 0))));
  for (size_t t = 0; t < df.size(); ++t) {
    idf[t] = std::log((1.0 + corpus) / (1.0 + df[t])) + 1.0;
  }
  // Each term's postings in document order; a document pairs through a term with the next
  // `band` documents of its postings only, so a term of every document costs `band` steps per
  // document, not a step per pair (a rare term pairs all its documents).
  const size_t band = static_cast<size_t>(lex.max_documents_per_term);
  std::vector<std::vector<Posting>> postings(df.size());
  std::vector<double> norm(n, 0);
  std::vector<std::vector<LinkingTerm>> linking(n);  // per document: its shared terms
  for (size_t d = 0; d < n && d < terms.size(); ++d) {
    for (size_t j = 0; j < terms[d].terms.size(); ++j) {
      const StoryTerm& t = terms[d].terms[j];
      const uint32_t k = index_of[d][j];
      const double w = t.weight * idf[k];
      norm[d] += w * w;
      if (df[k] < 2) continue;
      linking[d].push_back({k, static_cast<uint32_t>(postings[k].size()), w});
      postings[k].push_back({static_cast<uint32_t>(d), w});
    }
  }
  for (double& x : norm) x = std::sqrt(x);
  // Publication days, computed once per document rather than once per pair met.
  std::vector<long> day(n, 0);
  std::vector<char> dated(n, 0);
  for (size_t d = 0; d < n; ++d) {
    if (!docs[d].published) continue;
    day[d] = docs[d].published->DaysSinceEpoch();
    dated[d] = 1;
  }
  // Dot products of each document with the later documents it meets in a band, summed in a dense
  // array (touched entries reset after each document). Runs of documents are scored on `threads`
  // threads, each with arrays of its own; a document's sums are added in the same order on any
  // thread, and the components do not depend on the order of the unions.
  Components comp(n);
  constexpr size_t kRun = 512;  // documents scored per piece of work
  const size_t runs = (n + kRun - 1) / kRun;
  std::vector<std::vector<double>> dots(std::min(std::max<size_t>(threads, 1), std::max<size_t>(runs, 1)));
  std::vector<std::vector<uint32_t>> touches(dots.size());
  auto score = [&](size_t worker, size_t run) {
    std::vector<double>& dot = dots[worker];
    std::vector<uint32_t>& touched = touches[worker];
    if (dot.empty()) dot.assign(n, 0);
    std::vector<std::pair<uint32_t, uint32_t>> joined;  // pairs of one story
    for (size_t a = run * kRun; a < std::min(n, (run + 1) * kRun); ++a) {
      touched.clear();
      for (const LinkingTerm& p : linking[a]) {
        const std::vector<Posting>& list = postings[p.term];
        const size_t end = std::min(list.size(), static_cast<size_t>(p.position) + 1 + band);
        for (size_t k = p.position + 1; k < end; ++k) {
          const Posting& q = list[k];
          if (dot[q.doc] == 0) touched.push_back(q.doc);
          dot[q.doc] += p.weight * q.weight;
        }
      }
      for (uint32_t b : touched) {
        const double cosine = norm[a] > 0 && norm[b] > 0 ? dot[b] / (norm[a] * norm[b]) : 0;
        dot[b] = 0;
        const bool far = dated[a] && dated[b] && std::labs(day[a] - day[b]) > lex.near_days;
        if (cosine >= (far ? lex.min_similarity_far : lex.min_similarity)) joined.emplace_back(a, b);
      }
    }
    return joined;
  };
  OrderedParallel<std::vector<std::pair<uint32_t, uint32_t>>>(runs, dots.size(), 2 * dots.size(), score,
                                                              [&](size_t, const std::vector<std::pair<uint32_t, uint32_t>>& joined) {
                                                                for (const auto& [a, b] : joined) comp.Join(a, b);
                                                                return true;
                                                              });
  // Stories in the order of their first document.
  std::vector<int64_t> story_of_root(n, -1);
  for (size_t d = 0; d < n; ++d) {
    const size_t r = comp.Find(d);
    if (story_of_root[r] < 0) {
      story_of_root[r] = static_cast<int64_t>(out.stories.size());
      out.stories.push_back({docs[d].id, "", {}});
    }
    out.story_of_doc[d] = static_cast<uint32_t>(story_of_root[r]);
    Story& s = out.stories[static_cast<size_t>(story_of_root[r])];
    s.docs.push_back(d);
    if (docs[d].id < s.id) s.id = docs[d].id;
  }
  // Labels: the three terms of the greatest summed weight in the story's documents, names first.
  // Summed in dense arrays by term index (the entries a story touched reset after it).
  std::vector<double> sum(df.size(), 0);
  std::vector<const StoryTerm*> last(df.size(), nullptr);  // the term as the story's last document has it
  std::vector<uint32_t> used;
  std::vector<std::pair<double, const StoryTerm*>> ranked;
  for (Story& s : out.stories) {
    used.clear();
    for (size_t d : s.docs) {
      if (d >= terms.size()) continue;
      for (size_t j = 0; j < terms[d].terms.size(); ++j) {
        const StoryTerm& t = terms[d].terms[j];
        const uint32_t k = index_of[d][j];
        if (!last[k]) used.push_back(k);
        sum[k] += t.weight * idf[k];
        last[k] = &t;
      }
    }
    ranked.clear();
    for (uint32_t k : used) {
      ranked.emplace_back(sum[k], last[k]);
      sum[k] = 0;
      last[k] = nullptr;
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
      if (x.second->name != y.second->name) return x.second->name;
      if (x.first != y.first) return x.first > y.first;
      return x.second->text < y.second->text;
    });
    for (size_t k = 0; k < ranked.size() && k < 3; ++k) {
      if (k > 0) s.label += ", ";
      s.label += ranked[k].second->text;
    }
  }
  return out;
}

}  // namespace contraste
