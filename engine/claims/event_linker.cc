#include "claims/event_linker.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "claims/event_time.h"

namespace contraste {

namespace {

std::string JoinIds(const std::vector<std::string>& ids) { return fmt::format("{}", fmt::join(ids, "+")); }

bool IsSubset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

}  // namespace

void LinkEvents(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims) {
  constexpr long kUndated = EventTimes::kUndated;
  // 1. Time cluster of every claim, per frame: the date its sentence states for the event, else
  // its publication date (claims/event_time.h).
  const EventTimes times = ClusterEventTimes(lang, docs, *claims);
  auto cluster_of = [&](const Claim& c) { return times.cluster[static_cast<size_t>(&c - claims->data())]; };
  std::map<std::pair<std::string, long>, std::string> label_of;  // (frame, cluster) -> date label
  for (size_t i = 0; i < claims->size(); ++i) label_of.emplace(std::make_pair((*claims)[i].frame, times.cluster[i]), times.label[i]);

  // 2. Participant sets per (frame, cluster), with how many claims mention each.
  using Bucket = std::pair<std::string, long>;
  std::map<Bucket, std::map<std::vector<std::string>, size_t>> sets;
  for (const Claim& c : *claims) {
    if (!c.participants.empty()) sets[{c.frame, cluster_of(c)}][c.participants]++;
  }
  // 3. Each set joins the most-mentioned strict superset that is itself a root.
  std::map<Bucket, std::map<std::vector<std::string>, std::vector<std::string>>> root_of;
  for (auto& [bucket, counts] : sets) {
    std::vector<std::pair<std::vector<std::string>, size_t>> order(counts.begin(), counts.end());
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
      if (a.first.size() != b.first.size()) return a.first.size() > b.first.size();
      return a.second > b.second;
    });
    std::vector<std::pair<std::vector<std::string>, size_t>> roots;
    auto& roots_here = root_of[bucket];
    for (const auto& [set, count] : order) {
      const std::pair<std::vector<std::string>, size_t>* best = nullptr;
      for (const auto& r : roots) {
        if (r.first.size() > set.size() && IsSubset(set, r.first) && (!best || r.second > best->second)) best = &r;
      }
      if (best) {
        roots_here[set] = best->first;
      } else {
        roots_here[set] = set;
        roots.emplace_back(set, count);
      }
    }
  }
  // 4. Undated documents: join the dated bucket of the same frame whose root fits best. The search
  // scans every bucket of the frame, so its answer is kept per (frame, participants): undated
  // claims then cost one scan per distinct participant set, not one per claim.
  using UndatedKey = std::pair<std::string, std::vector<std::string>>;
  std::map<UndatedKey, std::pair<long, std::vector<std::string>>> undated_answers;
  auto resolve_undated = [&](const Claim& c, long* cluster) -> std::vector<std::string> {
    *cluster = cluster_of(c);
    if (*cluster == kUndated) {
      size_t best_count = 0;
      for (const auto& [bucket, counts] : sets) {
        if (bucket.first != c.frame || bucket.second == kUndated) continue;
        for (const auto& [set, count] : counts) {
          if (IsSubset(c.participants, set) && count > best_count) {
            best_count = count;
            *cluster = bucket.second;
          }
        }
      }
      if (*cluster != kUndated) {
        // Take the root of the most-mentioned superset in that bucket.
        const auto& counts = sets[{c.frame, *cluster}];
        const std::vector<std::string>* best = nullptr;
        size_t n = 0;
        for (const auto& [set, count] : counts) {
          if (IsSubset(c.participants, set) && count > n) {
            n = count;
            best = &set;
          }
        }
        if (best) return root_of[{c.frame, *cluster}][*best];
      }
    }
    return root_of[{c.frame, *cluster}][c.participants];
  };
  auto resolve = [&](const Claim& c, long* cluster) -> std::vector<std::string> {
    *cluster = cluster_of(c);
    if (*cluster != kUndated) return root_of[{c.frame, *cluster}][c.participants];
    UndatedKey key{c.frame, c.participants};
    auto known = undated_answers.find(key);
    if (known == undated_answers.end()) {
      long found = kUndated;
      std::vector<std::string> root = resolve_undated(c, &found);
      known = undated_answers.emplace(std::move(key), std::make_pair(found, std::move(root))).first;
    }
    *cluster = known->second.first;
    return known->second.second;
  };

  for (Claim& c : *claims) {
    const Frame* frame = nullptr;
    for (const auto& f : lang.frames) {
      if (f.id == c.frame) frame = &f;
    }
    if (c.participants.empty()) {
      // Nothing to link by: an event of this document alone.
      c.event = c.local_event.empty() ? fmt::format("{}|doc:{}|{}", c.frame, docs[c.doc].id, c.sentence_offset)
                                      : fmt::format("{}|doc:{}|{}", c.frame, docs[c.doc].id, c.local_event);
      c.event_label = fmt::format("{} (no participants; {})", frame ? frame->label : c.frame, docs[c.doc].id);
      continue;
    }
    long cluster = 0;
    std::vector<std::string> root = resolve(c, &cluster);
    std::string when = "undated";
    if (cluster != kUndated) {
      when = label_of[{c.frame, cluster}];
    }
    std::vector<std::string> names;
    for (const auto& id : root) {
      const Entity* e = lang.FindEntity(id);
      // A name of unknown kind shows its matching words ("name:real olmedo" -> "real olmedo").
      names.push_back(e ? e->name : (id.rfind("name:", 0) == 0 ? id.substr(5) : id));
    }
    c.event = fmt::format("{}|{}|{}", c.frame, JoinIds(root), when);
    c.event_label = fmt::format("{}: {} ({})", frame ? frame->label : c.frame, fmt::join(names, ", "), when);
  }
}

}  // namespace contraste
