#include "claims/event_linker.h"

#include "claims/ambiguous_counts.h"
#include "claims/article_sources.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "claims/date_happenings.h"
#include "claims/event_time.h"
#include "claims/figure_time.h"
#include "claims/happening_dates.h"
#include "claims/mention_keys.h"
#include "claims/story_value_agreements.h"

namespace contraste {

namespace {

constexpr long kUndated = EventTimes::kUndated;

// How event ids write participants: "a+b".
std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t k = 0; k < ids.size(); ++k) {
    if (k > 0) out += '+';
    out += ids[k];
  }
  return out;
}

// How reports show participants: the gazetteer name, else the matching words of a name of unknown
// kind ("name:real olmedo" -> "real olmedo"), joined by ", ".
std::string JoinNames(const Language& lang, const std::vector<std::string>& ids) {
  std::string out;
  for (size_t k = 0; k < ids.size(); ++k) {
    if (k > 0) out += ", ";
    const std::string& id = ids[k];
    const Entity* e = lang.FindEntity(id);
    if (e) {
      out += e->name;
    } else {
      out.append(id, id.rfind("name:", 0) == 0 ? 5 : 0, std::string::npos);
    }
  }
  return out;
}

const Frame* FrameOf(const Language& lang, std::string_view id) {
  for (const auto& f : lang.frames) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

uint64_t Pack(uint32_t hi, uint32_t lo) { return uint64_t{hi} << 32 | lo; }

struct PairHash {
  size_t operator()(const std::pair<uint32_t, long>& p) const noexcept {
    return std::hash<uint64_t>{}(uint64_t{p.first} * 0x9e3779b97f4a7c15ull ^ static_cast<uint64_t>(p.second));
  }
};

// What the linking gave one claim: its event's participants and time.
struct ClaimEvent {
  uint32_t story = 0;                  // index of the claim's story (StoryIndex)
  uint32_t root = 0;                   // MentionKeys set of the event's participants
  const std::string* when = nullptr;   // time label (owned by EventTimes, or a constant)
  long first = kUndated, last = kUndated;  // its time cluster's days
};

// A linked event, as the occasion step sees it.
struct LinkedEvent {
  uint32_t story = 0;                  // its story (StoryIndex)
  uint32_t root = 0;                   // participants (MentionKeys set)
  const std::string* when = nullptr;   // its time label
  long first = 0, last = 0;            // its time cluster's days (kUndated when undated)
  // The stated dates: every date claim overlaps every date of the other event when
  // max(lo) <= other's min(hi) and the other's max(lo) <= min(hi).
  bool dated = false;
  double max_lo = 0, min_hi = 0;
  std::vector<size_t> shared;          // claims in the slots it shares with the other frame
  size_t candidates = 0;               // events of the other frame that may be the same occasion
  size_t candidate = 0;                // the last of them
};

// Links, per frame pair of `same_occasion` (claims/event_linker.h), the events of the two frames
// that are one occasion, and gives their claims of the shared slots one event id and label.
void LinkOccasions(const Language& lang, const MentionKeys& keys, const std::vector<ClaimEvent>& linked,
                   std::vector<Claim>* claims) {
  for (const Frame& frame : lang.frames) {
    for (const SameOccasion& pair : frame.same_occasion) {
      const Frame* other = FrameOf(lang, pair.frame);
      if (!other) continue;
      auto shared_slot = [&](const std::string& slot) {
        return std::find(pair.slots.begin(), pair.slots.end(), slot) != pair.slots.end();
      };
      // Events of each frame (by event id) that state a shared slot. The ids are read from the
      // claims, which are only given their new ids once the pair is done.
      std::unordered_map<std::string_view, size_t> index_of_mine, index_of_theirs;
      std::vector<LinkedEvent> mine, theirs;
      for (size_t i = 0; i < claims->size(); ++i) {
        const Claim& c = (*claims)[i];
        const std::string_view f = keys.frames[keys.frame[i]];
        if (c.participants.empty() || (f != frame.id && f != other->id)) continue;
        const bool is_mine = f == frame.id;
        auto& events = is_mine ? mine : theirs;
        auto [it, fresh] = (is_mine ? index_of_mine : index_of_theirs).try_emplace(c.event, events.size());
        if (fresh) {
          LinkedEvent e;
          e.story = linked[i].story;
          e.root = linked[i].root;
          e.when = linked[i].when;
          e.first = linked[i].first;
          e.last = linked[i].last;
          events.push_back(std::move(e));
        }
        LinkedEvent& e = events[it->second];
        if (c.slot == "date") {
          e.max_lo = e.dated ? std::max(e.max_lo, c.interval.lo) : c.interval.lo;
          e.min_hi = e.dated ? std::min(e.min_hi, c.interval.hi) : c.interval.hi;
          e.dated = true;
        }
        if (shared_slot(c.slot)) e.shared.push_back(i);
      }
      // One occasion: one's participants contain the other's, and their times agree: every
      // stated date of one overlaps every stated date of the other (a meeting "en marzo", the
      // visit "el 21 de marzo"), or, when one states none, their time clusters overlap.
      auto same = [&](const LinkedEvent& a, const LinkedEvent& b) {
        if (a.story != b.story) return false;
        if (!keys.Includes(b.root, a.root) && !keys.Includes(a.root, b.root)) return false;
        if (a.dated && b.dated) return a.max_lo <= b.min_hi && b.max_lo <= a.min_hi;
        if (a.first == kUndated || b.first == kUndated) return false;
        return a.first <= b.last && b.first <= a.last;
      };
      // Only a pair where each is the other's only candidate links: a wide date ("el año pasado")
      // that fits several events links none, and no event chains two others.
      for (size_t x = 0; x < mine.size(); ++x) {
        if (mine[x].shared.empty()) continue;
        for (size_t y = 0; y < theirs.size(); ++y) {
          if (theirs[y].shared.empty() || !same(mine[x], theirs[y])) continue;
          ++mine[x].candidates;
          mine[x].candidate = y;
          ++theirs[y].candidates;
          theirs[y].candidate = x;
        }
      }
      std::vector<std::pair<std::string, std::string>> occasions;  // (event id, label)
      std::vector<std::pair<size_t, size_t>> renamed;                // (claim, occasion)
      for (const LinkedEvent& a : mine) {
        if (a.candidates != 1 || theirs[a.candidate].candidates != 1) continue;
        const LinkedEvent& b = theirs[a.candidate];
        const uint32_t root = keys.SizeOf(a.root) >= keys.SizeOf(b.root) ? a.root : b.root;
        const std::vector<std::string>& ids = *keys.sets[root].ids;
        occasions.emplace_back(fmt::format("{}+{}|{}|{}", frame.id, other->id, JoinIds(ids), *a.when),
                               fmt::format("{} / {}: {} ({})", frame.label, other->label, JoinNames(lang, ids), *a.when));
        for (const LinkedEvent* e : {&a, &b}) {
          for (size_t i : e->shared) renamed.emplace_back(i, occasions.size() - 1);
        }
      }
      for (const auto& [i, o] : renamed) {
        (*claims)[i].event = occasions[o].first;
        (*claims)[i].event_label = occasions[o].second;
      }
    }
  }
}

// The dates each sentence states, by (document, sentence offset): where each is (its byte offset)
// and, for a date ending more than link_window_days before its document's publication, its value
// (empty for a date that is not past).
struct StatedDate {
  size_t begin = 0, end = 0;  // its bytes in the file
  std::string past;
};
using SentenceDates = std::map<std::pair<size_t, size_t>, std::vector<StatedDate>>;
SentenceDates DatesBySentence(const Language& lang, const std::vector<Document>& docs, const std::vector<Claim>& claims) {
  SentenceDates out;
  for (const Claim& c : claims) {
    if (c.slot != "date" || !docs[c.doc].published) continue;
    const double published = static_cast<double>(docs[c.doc].published->DaysSinceEpoch());
    out[{c.doc, c.sentence_offset}].push_back({c.offset, c.offset + c.length, c.interval.hi < published - lang.link_window_days ? c.value : std::string()});
  }
  return out;
}

// The earlier occasion a figure of `c`'s sentence is of: the past date of its sentence when there
// is one; of several dates, the one nearest the figure (fewest bytes between them), the later of two
// as near ("400 millones en 2022 y 520 millones este año": the first of 2022, the second of no past
// occasion). Null: none.
const std::string* EarlierOccasion(const SentenceDates& dates, const Claim& c) {
  const auto it = dates.find({c.doc, c.sentence_offset});
  if (it == dates.end()) return nullptr;
  // A figure's own words are no other occasion of it: "construido en 1962" is the year itself.
  auto own = [&](const StatedDate& d) { return d.begin >= c.offset && d.end <= c.offset + c.length; };
  const size_t others = static_cast<size_t>(std::count_if(it->second.begin(), it->second.end(), [&](const StatedDate& d) { return !own(d); }));
  const StatedDate* nearest = nullptr;
  size_t best = SIZE_MAX;
  for (const StatedDate& d : it->second) {
    if (own(d)) continue;
    const size_t distance = others == 1 ? 0 : c.BytesTo(d.begin, d.end);
    if (distance <= best) {
      best = distance;
      nearest = &d;
    }
  }
  return nearest && !nearest->past.empty() ? &nearest->past : nullptr;
}

// Events of one story, frame (not the fallback) and time cluster whose participants are all names of unknown kind
// ("Nordic and Baltic", "Kadriorg Palace": no person the gazetteer or the text knows) are one event
// told with other words: they are joined into one, and into the only event of the cluster with
// known participants when there is exactly one. With two or more such events (Putin and Kim,
// Shoigu and Kim) the nameless ones stay apart: which one they belong to is unsaid.
void JoinNamelessEvents(const MentionKeys& keys, const std::vector<const Frame*>& frame_of, std::vector<ClaimEvent>* linked,
                        std::vector<Claim>* claims) {
  struct Event {
    std::string_view id;
    size_t first_claim = 0, claims = 0;
    bool nameless = true;
    bool dated = false;          // it has date claims, whose intersection is [max_lo, min_hi]
    double max_lo = 0, min_hi = 0;
    uint32_t root = 0;           // its participants (MentionKeys set)
  };
  auto nameless = [&](uint32_t root) {
    const std::vector<std::string>* ids = keys.sets[root].ids;
    return ids && !ids->empty() && std::all_of(ids->begin(), ids->end(), [](const std::string& id) { return id.rfind("name:", 0) == 0; });
  };
  // (story, frame, first day) -> its events, in order of first claim; each event's place there by
  // its cluster and id, so that a claim finds its event in constant time.
  std::map<std::tuple<uint32_t, uint32_t, long>, std::vector<Event>> clusters;
  std::unordered_map<std::string_view, size_t> index_of_event;  // event id -> index in its cluster
  for (size_t i = 0; i < claims->size(); ++i) {
    const ClaimEvent& e = (*linked)[i];
    // The fallback frame ("hecho") is every kind of happening: two of them are not one told twice.
    const Frame* frame = frame_of[keys.frame[i]];
    if (!e.when || e.first == kUndated || !frame || frame->fallback) continue;
    auto& events = clusters[{e.story, keys.frame[i], e.first}];
    // An event id names its frame, participants and time cluster, so it lies in one cluster only.
    auto [slot, fresh] = index_of_event.try_emplace((*claims)[i].event, events.size());
    if (fresh) events.push_back({(*claims)[i].event, i, 0, nameless(e.root), false, 0, 0, e.root});
    Event* it = &events[slot->second];
    ++it->claims;
    const Claim& c = (*claims)[i];
    if (c.slot == "date") {
      it->max_lo = it->dated ? std::max(it->max_lo, c.interval.lo) : c.interval.lo;
      it->min_hi = it->dated ? std::min(it->min_hi, c.interval.hi) : c.interval.hi;
      it->dated = true;
    }
  }
  // Two events that state dates join only when every date of one overlaps every date of the other
  // (GM's announcement "on Wednesday" and another "today", five days on, are two).
  auto dates_agree = [](const Event& a, const Event& b) {
    return !a.dated || !b.dated || (a.max_lo <= b.min_hi && b.max_lo <= a.min_hi);
  };
  // Two nameless events where every word of one's names stands in the other's ("Baltic leaders",
  // "the eight Nordic and Baltic leaders") name one group: they are one event whatever days they
  // state, and days that differ are then its conflict, not two events.
  // Each participant set's name words, taken once (a cluster's target meets every other event).
  std::unordered_map<uint32_t, std::vector<std::string_view>> words_of_root;
  auto name_words = [&](uint32_t root) -> const std::vector<std::string_view>& {
    auto [cached, fresh] = words_of_root.try_emplace(root);
    if (!fresh) return cached->second;
    std::vector<std::string_view>& words = cached->second;
    for (const std::string& id : *keys.sets[root].ids) {
      std::string_view rest = std::string_view(id).substr(5);  // after "name:"
      while (!rest.empty()) {
        const size_t space = rest.find(' ');
        words.push_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
  };
  auto one_group = [&](const Event& a, const Event& b) {
    if (!a.nameless || !b.nameless) return false;
    const std::vector<std::string_view>& x = name_words(a.root);
    const std::vector<std::string_view>& y = name_words(b.root);
    return std::includes(x.begin(), x.end(), y.begin(), y.end()) || std::includes(y.begin(), y.end(), x.begin(), x.end());
  };
  std::unordered_map<std::string, size_t> target_of;  // a nameless event's id -> the claim whose event it joins
  for (const auto& [key, events] : clusters) {
    if (events.size() < 2) continue;
    const Event* target = nullptr;
    size_t known = 0;
    for (const Event& e : events) {
      if (e.nameless) continue;
      ++known;
      target = &e;
    }
    if (known > 1) continue;
    if (known == 0) {
      for (const Event& e : events) {
        if (!target || e.claims > target->claims || (e.claims == target->claims && e.id < target->id)) target = &e;
      }
    }
    for (const Event& e : events) {
      if (e.nameless && &e != target && (dates_agree(e, *target) || one_group(e, *target))) {
        target_of.emplace(std::string(e.id), target->first_claim);
      }
    }
  }
  if (target_of.empty()) return;
  // The targets' ids and labels, copied before any claim changes.
  std::unordered_map<size_t, std::pair<std::string, std::string>> text_of;
  for (const auto& [id, t] : target_of) text_of.try_emplace(t, (*claims)[t].event, (*claims)[t].event_label);
  for (size_t i = 0; i < claims->size(); ++i) {
    Claim& c = (*claims)[i];
    auto it = target_of.find(c.event);
    if (it == target_of.end() || !(*linked)[i].when) continue;
    const auto& [id, label] = text_of.at(it->second);
    c.event = id;
    c.event_label = label;
    (*linked)[i].root = (*linked)[it->second].root;
  }
}

}  // namespace

void LinkEvents(const Language& lang, const std::vector<Document>& docs, std::vector<Claim>* claims) {
  const size_t n = claims->size();
  // What each date is the date of waits until the events are linked (claims/happening_dates.h).
  const std::vector<std::string> happening = TakeDateHappenings(claims);
  // Every figure gets its time and what it counts over time (claims/figure_time.h).
  MarkFigureTimes(lang, docs, claims);
  // A general count one article gives two figures of names more than one set (claims/ambiguous_counts.h).
  SetAsideAmbiguousCounts(lang, claims);
  // A figure given without a source where the article gives it with one elsewhere is the source's
  // (claims/article_sources.h).
  ShareSourcesWithinArticles(claims);
  // Sentences that state a date before their article's time window (another, earlier occasion:
  // "la DANA de 2024" in a 2026 article): their figures are not this story's.
  const SentenceDates dates = DatesBySentence(lang, docs, *claims);
  // Frames and participant sets as small integers (claims/mention_keys.h).
  const MentionKeys keys = InternMentionKeys(*claims);
  std::vector<const Frame*> frame_of(keys.frames.size());
  for (size_t f = 0; f < keys.frames.size(); ++f) frame_of[f] = FrameOf(lang, keys.frames[f]);
  // 1. Time cluster of every claim, per frame: the date its sentence states for the event, else
  // its publication date (claims/event_time.h).
  const EventTimes times = ClusterEventTimes(lang, docs, *claims, keys);
  // Claims of different stories are never one event: events are linked within (story, frame)
  // groups, numbered story by story.
  std::vector<uint32_t> story(n);
  std::unordered_map<std::string_view, uint32_t> story_index;
  for (size_t i = 0; i < n; ++i) {
    story[i] = story_index.try_emplace((*claims)[i].story, static_cast<uint32_t>(story_index.size())).first->second;
  }
  const uint32_t frame_count = static_cast<uint32_t>(keys.frames.size());
  const uint32_t group_count = static_cast<uint32_t>(std::max<size_t>(story_index.size(), 1)) * frame_count;
  auto group_of = [&](size_t i) { return story[i] * frame_count + keys.frame[i]; };

  // 2. Participant sets per bucket (frame, time cluster), with how many claims mention each.
  struct Entry {
    uint32_t set = 0;
    size_t count = 0;
    uint32_t root = 0;  // the set it joins (step 3)
  };
  struct Bucket {
    uint32_t group = 0;           // story and frame (group_of)
    long day = kUndated;          // the time cluster's first day
    std::vector<Entry> entries;   // in the order of the sets (MentionKeys::PeopleSet::rank)
  };
  std::vector<Bucket> buckets;
  std::unordered_map<std::pair<uint32_t, long>, uint32_t, PairHash> bucket_index;
  std::vector<uint32_t> bucket_of(n, 0);
  std::unordered_map<uint64_t, uint32_t> entry_index;  // (bucket, set) -> count, then -> entry
  for (size_t i = 0; i < n; ++i) {
    if ((*claims)[i].participants.empty()) continue;
    auto [b, fresh] = bucket_index.try_emplace({group_of(i), times.first[i]}, static_cast<uint32_t>(buckets.size()));
    if (fresh) buckets.push_back({group_of(i), times.first[i], {}});
    bucket_of[i] = b->second;
    ++entry_index[Pack(b->second, keys.people[i])];
  }
  for (const auto& [key, count] : entry_index) {
    buckets[key >> 32].entries.push_back({static_cast<uint32_t>(key), count, 0});
  }
  std::vector<size_t> order;
  std::vector<const Entry*> roots;
  for (uint32_t b = 0; b < buckets.size(); ++b) {
    auto& entries = buckets[b].entries;
    std::sort(entries.begin(), entries.end(),
              [&](const Entry& x, const Entry& y) { return keys.sets[x.set].rank < keys.sets[y.set].rank; });
    for (uint32_t e = 0; e < entries.size(); ++e) entry_index[Pack(b, entries[e].set)] = e;
    // 3. Each set joins the most-mentioned strict superset that is itself a root: larger sets
    // first, then the more mentioned, then in the order of the sets.
    order.resize(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      const Entry& a = entries[x];
      const Entry& c = entries[y];
      if (keys.SizeOf(a.set) != keys.SizeOf(c.set)) return keys.SizeOf(a.set) > keys.SizeOf(c.set);
      if (a.count != c.count) return a.count > c.count;
      return keys.sets[a.set].rank < keys.sets[c.set].rank;
    });
    roots.clear();
    for (size_t x : order) {
      Entry& e = entries[x];
      const Entry* best = nullptr;
      for (const Entry* r : roots) {
        if (keys.SizeOf(r->set) > keys.SizeOf(e.set) && keys.Includes(r->set, e.set) && (!best || r->count > best->count)) {
          best = r;
        }
      }
      e.root = best ? best->set : e.set;
      if (!best) roots.push_back(&e);
    }
  }
  auto entry_of = [&](uint32_t bucket, uint32_t set) -> const Entry& {
    return buckets[bucket].entries[entry_index.at(Pack(bucket, set))];
  };

  // 4. Undated documents: join the dated bucket of the same story and frame whose root fits best. The search
  // scans every bucket of the frame, so its answer is kept per (frame, participants): undated
  // claims then cost one scan per distinct participant set, not one per claim.
  std::vector<std::vector<uint32_t>> dated_buckets;  // per group, by day; built when first needed
  std::unordered_map<uint64_t, std::pair<long, uint32_t>> undated_answers;  // -> (day, root)
  auto resolve_undated = [&](size_t i) -> std::pair<long, uint32_t> {
    const uint32_t group = group_of(i);
    const uint32_t set = keys.people[i];
    if (dated_buckets.empty()) {
      dated_buckets.resize(group_count);
      for (uint32_t b = 0; b < buckets.size(); ++b) {
        if (buckets[b].day != kUndated) dated_buckets[buckets[b].group].push_back(b);
      }
      for (auto& list : dated_buckets) {
        std::sort(list.begin(), list.end(), [&](uint32_t x, uint32_t y) { return buckets[x].day < buckets[y].day; });
      }
    }
    size_t best_count = 0;
    const Bucket* found = nullptr;
    for (uint32_t b : dated_buckets[group]) {
      for (const Entry& e : buckets[b].entries) {
        if (keys.Includes(e.set, set) && e.count > best_count) {
          best_count = e.count;
          found = &buckets[b];
        }
      }
    }
    if (!found) return {kUndated, entry_of(bucket_of[i], set).root};
    // The root of the most-mentioned superset in that bucket.
    const Entry* best = nullptr;
    for (const Entry& e : found->entries) {
      if (keys.Includes(e.set, set) && (!best || e.count > best->count)) best = &e;
    }
    return {found->day, best->root};
  };
  // The day and root of claim i's event.
  auto resolve = [&](size_t i) -> std::pair<long, uint32_t> {
    if (times.first[i] != kUndated) return {times.first[i], entry_of(bucket_of[i], keys.people[i]).root};
    auto [known, fresh] = undated_answers.try_emplace(Pack(group_of(i), keys.people[i]));
    if (fresh) known->second = resolve_undated(i);
    return known->second;
  };
  // The time cluster of (frame, first day), for an undated claim that joined a dated bucket.
  std::unordered_map<std::pair<uint32_t, long>, uint32_t, PairHash> cluster_at;
  auto cluster_of = [&](size_t i, long day) -> uint32_t {
    if (day == times.first[i]) return times.cluster[i];
    if (cluster_at.empty()) {
      for (size_t j = 0; j < n; ++j) {
        if (times.cluster[j] != EventTimes::kNoCluster) cluster_at.try_emplace({keys.frame[j], times.first[j]}, times.cluster[j]);
      }
    }
    return cluster_at.at({keys.frame[i], day});
  };

  // Event ids ("frame|a+b|when") and labels ("Frame: A, B (when)"), made once per event.
  static const std::string kUndatedLabel = "undated";
  struct EventText {
    std::string id, label;
  };
  std::vector<EventText> texts;
  std::vector<std::unordered_map<uint64_t, uint32_t>> text_index(group_count);  // (root, cluster)
  // The story of each event id made: the same frame, participants and time in two stories are two
  // events, the second's id and label naming its story.
  std::unordered_map<std::string, uint32_t> story_of_id;
  std::vector<int64_t> root_text(keys.sets.size(), -1);  // index into root_texts
  std::vector<std::pair<std::string, std::string>> root_texts;  // (ids, names)
  std::vector<ClaimEvent> linked(n);
  for (size_t i = 0; i < n; ++i) {
    Claim& c = (*claims)[i];
    const Frame* frame = frame_of[keys.frame[i]];
    const std::string& frame_label = frame ? frame->label : c.frame;
    const std::string& doc_id = docs[c.doc].id;
    // A count of a cumulative measure in the fallback frame (a toll) is the story's figure, whoever
    // stands around it: one event per story, apart from figures of an earlier occasion.
    if (!c.measure.empty() && frame && frame->fallback) {
      const std::string* earlier = EarlierOccasion(dates, c);
      c.event.clear();
      c.event.append(c.frame).append("|story:").append(c.story);
      c.event_label.clear();
      c.event_label.append(frame_label).append(": ").append(c.story);
      if (earlier) {
        c.event.append("|").append(*earlier);
        c.event_label.append(" (").append(*earlier).append(")");
      }
      continue;
    }
    if (c.participants.empty()) {
      // Nothing to link by: an event of this document alone.
      c.event.clear();
      c.event.append(c.frame).append("|doc:").append(doc_id).append("|");
      c.event.append(c.local_event.empty() ? std::to_string(c.sentence_offset) : c.local_event);
      c.event_label.clear();
      c.event_label.append(frame_label).append(" (no participants; ").append(doc_id).append(")");
      continue;
    }
    const auto [day, root] = resolve(i);
    const uint32_t cluster = day == kUndated ? EventTimes::kNoCluster : cluster_of(i, day);
    const std::string& when = day == kUndated ? kUndatedLabel : times.clusters[cluster].label;
    auto [t, fresh] = text_index[group_of(i)].try_emplace(Pack(root, cluster), static_cast<uint32_t>(texts.size()));
    if (fresh) {
      if (root_text[root] < 0) {
        root_text[root] = static_cast<int64_t>(root_texts.size());
        root_texts.emplace_back(JoinIds(*keys.sets[root].ids), JoinNames(lang, *keys.sets[root].ids));
      }
      const auto& [ids, names] = root_texts[static_cast<size_t>(root_text[root])];
      EventText text;
      text.id.append(c.frame).append("|").append(ids).append("|").append(when);
      text.label.append(frame_label).append(": ").append(names).append(" (").append(when).append(")");
      if (auto [other, first] = story_of_id.try_emplace(text.id, story[i]); !first && other->second != story[i]) {
        text.id.append("|story:").append(c.story);
        text.label.append(" [").append(c.story).append("]");
      }
      texts.push_back(std::move(text));
    }
    c.event = texts[t->second].id;
    c.event_label = texts[t->second].label;
    linked[i] = {story[i], root, &when, day, day == kUndated ? kUndated : times.clusters[cluster].last};
  }
  JoinNamelessEvents(keys, frame_of, &linked, claims);
  // 5. Events of two frames that are one occasion share the slots their frames name together.
  LinkOccasions(lang, keys, linked, claims);
  // 6. Dates of the fallback frame of one story and time cluster that tell one happening in the
  // same words, whoever their sentences name, are one event's (claims/date_happenings.h).
  std::vector<uint32_t> date_group(n, kNoDateGroup);
  std::unordered_map<std::pair<uint32_t, long>, uint32_t, PairHash> date_group_index;
  for (size_t i = 0; i < n; ++i) {
    const Frame* frame = frame_of[keys.frame[i]];
    if ((*claims)[i].slot != "date" || !frame || !frame->fallback || times.first[i] == kUndated) continue;
    date_group[i] = date_group_index.try_emplace({story[i], times.first[i]}, static_cast<uint32_t>(date_group_index.size())).first->second;
  }
  if (!date_group_index.empty()) JoinDatesOfOneHappening(lang, docs, date_group, claims);
  // 7. A place or day of the fallback frame that two articles of a story state alike, linked to
  // nothing in the other article, agrees (claims/story_value_agreements.h).
  JoinLonelyStoryValues(lang, claims);
  // 8. Dates of one named happening in two articles of a story are one event's (claims/happening_dates.h).
  JoinDatesOfNamedHappenings(lang, happening, claims);
}

}  // namespace contraste
