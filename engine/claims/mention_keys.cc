#include "claims/mention_keys.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace contraste {

namespace {

struct SetHash {
  size_t operator()(const std::vector<std::string>* v) const noexcept {
    size_t h = v->size();
    for (const auto& s : *v) h = h * 0x9e3779b97f4a7c15ull ^ std::hash<std::string_view>{}(s);
    return h;
  }
};

struct SetEqual {
  bool operator()(const std::vector<std::string>* a, const std::vector<std::string>* b) const { return *a == *b; }
};

}  // namespace

bool MentionKeys::Includes(uint32_t big, uint32_t small) const {
  const auto& b = sets[big].members;
  const auto& s = sets[small].members;
  return std::includes(b.begin(), b.end(), s.begin(), s.end());
}

MentionKeys InternMentionKeys(const std::vector<Claim>& claims) {
  MentionKeys k;
  k.frame.reserve(claims.size());
  k.people.reserve(claims.size());
  std::unordered_map<std::string_view, uint32_t> frame_index;
  std::unordered_map<const std::vector<std::string>*, uint32_t, SetHash, SetEqual> set_index;
  for (const Claim& c : claims) {
    auto [f, new_frame] = frame_index.try_emplace(c.frame, static_cast<uint32_t>(k.frames.size()));
    if (new_frame) k.frames.push_back(c.frame);
    k.frame.push_back(f->second);
    auto [p, new_set] = set_index.try_emplace(&c.participants, static_cast<uint32_t>(k.sets.size()));
    if (new_set) k.sets.push_back({&c.participants, {}, 0});
    k.people.push_back(p->second);
  }
  // Entities ranked in string order: sets of ranks compare and include as the sets of ids do.
  std::vector<std::string_view> entities;
  for (const auto& s : k.sets) entities.insert(entities.end(), s.ids->begin(), s.ids->end());
  std::sort(entities.begin(), entities.end());
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  for (auto& s : k.sets) {
    s.members.reserve(s.ids->size());
    for (const auto& id : *s.ids) {
      s.members.push_back(
          static_cast<uint32_t>(std::lower_bound(entities.begin(), entities.end(), id) - entities.begin()));
    }
  }
  std::vector<uint32_t> order(k.sets.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return k.sets[a].members < k.sets[b].members; });
  for (uint32_t r = 0; r < order.size(); ++r) k.sets[order[r]].rank = r;
  for (auto& s : k.sets) std::sort(s.members.begin(), s.members.end());
  return k;
}

}  // namespace contraste
