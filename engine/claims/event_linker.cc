#include "claims/event_linker.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "claims/event_time.h"

namespace contraste {

namespace {

std::string JoinIds(const std::vector<std::string>& ids) { return fmt::format("{}", fmt::join(ids, "+")); }

bool IsSubset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

// How reports show participants: the gazetteer name, else the matching words of a name of unknown
// kind ("name:real olmedo" -> "real olmedo").
std::vector<std::string> NamesOf(const Language& lang, const std::vector<std::string>& ids) {
  std::vector<std::string> names;
  for (const auto& id : ids) {
    const Entity* e = lang.FindEntity(id);
    names.push_back(e ? e->name : (id.rfind("name:", 0) == 0 ? id.substr(5) : id));
  }
  return names;
}

const Frame* FrameOf(const Language& lang, const std::string& id) {
  for (const auto& f : lang.frames) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

// What the linking gave one claim: its event's participants and time.
struct ClaimEvent {
  const std::vector<std::string>* root = nullptr;  // participants, sorted (owned by LinkEvents' tables)
  std::string when;               // time label
  long first = EventTimes::kUndated, last = EventTimes::kUndated;  // its time cluster's days
};

// A linked event, as the occasion step sees it.
struct LinkedEvent {
  std::vector<std::string> root;  // participants, sorted
  std::string when;               // its time label
  long first = 0, last = 0;       // its time cluster's days (kUndated when undated)
  // The stated dates: every date claim overlaps every date of the other event when
  // max(lo) <= other's min(hi) and the other's max(lo) <= min(hi).
  bool dated = false;
  double max_lo = 0, min_hi = 0;
  std::vector<size_t> shared;     // claims in the slots it shares with the other frame
};

// Links, per frame pair of `same_occasion` (claims/event_linker.h), the events of the two frames
// that are one occasion, and gives their claims of the shared slots one event id and label.
void LinkOccasions(const Language& lang, const std::vector<ClaimEvent>& linked, std::vector<Claim>* claims) {
  for (const Frame& frame : lang.frames) {
    for (const SameOccasion& pair : frame.same_occasion) {
      const Frame* other = FrameOf(lang, pair.frame);
      if (!other) continue;
      auto shared_slot = [&](const std::string& slot) {
        return std::find(pair.slots.begin(), pair.slots.end(), slot) != pair.slots.end();
      };
      // Events of each frame (keyed by event id) that state a shared slot.
      std::map<std::string, LinkedEvent> mine, theirs;
      for (size_t i = 0; i < claims->size(); ++i) {
        const Claim& c = (*claims)[i];
        if (c.participants.empty() || (c.frame != frame.id && c.frame != other->id)) continue;
        auto& events = c.frame == frame.id ? mine : theirs;
        auto [it, fresh] = events.try_emplace(c.event);
        LinkedEvent& e = it->second;
        if (fresh) {
          e.root = *linked[i].root;
          e.when = linked[i].when;
          e.first = linked[i].first;
          e.last = linked[i].last;
        }
        if (c.slot == "date") {
          e.max_lo = e.dated ? std::max(e.max_lo, c.interval.lo) : c.interval.lo;
          e.min_hi = e.dated ? std::min(e.min_hi, c.interval.hi) : c.interval.hi;
          e.dated = true;
        }
        if (shared_slot(c.slot)) e.shared.push_back(i);
      }
      std::erase_if(mine, [](const auto& kv) { return kv.second.shared.empty(); });
      std::erase_if(theirs, [](const auto& kv) { return kv.second.shared.empty(); });
      // One occasion: one's participants contain the other's, and their times agree: every
      // stated date of one overlaps every stated date of the other (a meeting "en marzo", the
      // visit "el 21 de marzo"), or, when one states none, their time clusters overlap.
      auto same = [&](const LinkedEvent& a, const LinkedEvent& b) {
        if (!IsSubset(a.root, b.root) && !IsSubset(b.root, a.root)) return false;
        if (a.dated && b.dated) return a.max_lo <= b.min_hi && b.max_lo <= a.min_hi;
        if (a.first == EventTimes::kUndated || b.first == EventTimes::kUndated) return false;
        return a.first <= b.last && b.first <= a.last;
      };
      // Only a pair where each is the other's only candidate links: a wide date ("el año pasado")
      // that fits several events links none, and no event chains two others.
      std::map<std::string, std::vector<std::string>> candidates_of_mine, candidates_of_theirs;
      for (const auto& [a_id, a] : mine) {
        for (const auto& [b_id, b] : theirs) {
          if (!same(a, b)) continue;
          candidates_of_mine[a_id].push_back(b_id);
          candidates_of_theirs[b_id].push_back(a_id);
        }
      }
      for (const auto& [a_id, bs] : candidates_of_mine) {
        if (bs.size() != 1 || candidates_of_theirs[bs.front()].size() != 1) continue;
        const LinkedEvent& a = mine[a_id];
        const LinkedEvent& b = theirs[bs.front()];
        const std::vector<std::string>& root = a.root.size() >= b.root.size() ? a.root : b.root;
        const std::string id = fmt::format("{}+{}|{}|{}", frame.id, other->id, JoinIds(root), a.when);
        const std::string label = fmt::format("{} / {}: {} ({})", frame.label, other->label,
                                              fmt::join(NamesOf(lang, root), ", "), a.when);
        for (const LinkedEvent* e : {&a, &b}) {
          for (size_t i : e->shared) {
            (*claims)[i].event = id;
            (*claims)[i].event_label = label;
          }
        }
      }
    }
  }
}

}  // namespace

void LinkEvents(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims) {
  constexpr long kUndated = EventTimes::kUndated;
  // 1. Time cluster of every claim, per frame: the date its sentence states for the event, else
  // its publication date (claims/event_time.h).
  const EventTimes times = ClusterEventTimes(lang, docs, *claims);
  auto cluster_of = [&](const Claim& c) { return times.cluster[static_cast<size_t>(&c - claims->data())]; };
  // Every claim of a time cluster (a frame's clusters have distinct first days) has the cluster's
  // label and last day, so a claim in its own cluster reads them from `times`. An undated claim
  // that joins a dated cluster (step 4) reads them from a claim of that cluster: the table of one
  // claim per (frame, cluster) is built the first time that happens.
  std::map<std::pair<std::string_view, long>, size_t> claim_in_cluster;
  auto time_source = [&](size_t i, long cluster) -> size_t {
    if (cluster == times.cluster[i]) return i;
    if (claim_in_cluster.empty()) {
      for (size_t j = 0; j < claims->size(); ++j) {
        claim_in_cluster.emplace(std::make_pair(std::string_view((*claims)[j].frame), times.cluster[j]), j);
      }
    }
    return claim_in_cluster.at({std::string_view((*claims)[i].frame), cluster});
  };

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
  auto resolve_undated = [&](const Claim& c, long* cluster) -> const std::vector<std::string>& {
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
  // The root of claim `c`'s participants, owned by root_of or undated_answers (map nodes stay put).
  auto resolve = [&](const Claim& c, long* cluster) -> const std::vector<std::string>& {
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

  // How a root is written in event ids ("a+b") and labels ("A, B"), once per distinct root (roots
  // live in map nodes, so their address names them).
  struct RootText {
    std::string ids, names;
  };
  std::unordered_map<const std::vector<std::string>*, RootText> root_texts;
  auto text_of = [&](const std::vector<std::string>& root) -> const RootText& {
    auto [it, fresh] = root_texts.try_emplace(&root);
    if (fresh) it->second = {JoinIds(root), fmt::format("{}", fmt::join(NamesOf(lang, root), ", "))};
    return it->second;
  };
  std::vector<ClaimEvent> linked(claims->size());
  for (Claim& c : *claims) {
    const Frame* frame = FrameOf(lang, c.frame);
    if (c.participants.empty()) {
      // Nothing to link by: an event of this document alone.
      c.event = c.local_event.empty() ? fmt::format("{}|doc:{}|{}", c.frame, docs[c.doc].id, c.sentence_offset)
                                      : fmt::format("{}|doc:{}|{}", c.frame, docs[c.doc].id, c.local_event);
      c.event_label = fmt::format("{} (no participants; {})", frame ? frame->label : c.frame, docs[c.doc].id);
      continue;
    }
    long cluster = 0;
    const std::vector<std::string>& root = resolve(c, &cluster);
    const size_t index = static_cast<size_t>(&c - claims->data());
    const size_t dated_by = cluster == kUndated ? index : time_source(index, cluster);
    std::string when = cluster == kUndated ? std::string("undated") : times.label[dated_by];
    const RootText& text = text_of(root);
    c.event = fmt::format("{}|{}|{}", c.frame, text.ids, when);
    c.event_label = fmt::format("{}: {} ({})", frame ? frame->label : c.frame, text.names, when);
    ClaimEvent& e = linked[index];
    e.root = &root;
    e.when = std::move(when);
    e.first = cluster;
    e.last = cluster == kUndated ? kUndated : times.last[dated_by];
  }
  // 5. Events of two frames that are one occasion share the slots their frames name together.
  LinkOccasions(lang, linked, claims);
}

}  // namespace contraste
