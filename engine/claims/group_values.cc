#include "claims/group_values.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace contraste {

namespace {

bool IsWhole(double v) { return v >= 0 && v == std::floor(v); }

}  // namespace

ValueList FindValueList(const Language& lang, const TokenRange& t, const std::vector<Mention>& ms, const Mention& m) {
  ValueList list;
  list.begin = m.begin_token;
  list.values.push_back(m.amount);
  list.exact = m.hedge.empty() && !m.vague;
  const WordSet& links = lang.measures.list_links;
  if (links.empty()) return list;
  for (size_t at = m.begin_token; at > t.begin + 1;) {
    const size_t link = at - 1;
    if (!links.Contains(t, link) && t.Text(link) != ",") break;
    const Mention* before = nullptr;
    for (const Mention& n : ms) {
      if (n.end_token == link && n.kind == MentionKind::kNumber) before = &n;
    }
    if (!before) break;
    list.values.insert(list.values.begin(), before->amount);
    if (!before->hedge.empty() || before->vague) list.exact = false;
    list.begin = before->begin_token;
    at = before->begin_token;
  }
  return list;
}

bool ApplyGroup(const TokenRange& t, const std::vector<Mention>& ms, const Mention& m, const ValueList& list,
                size_t subject_noun, Claim* c) {
  (void)t;
  (void)m;
  // The count of the group: a number whose counted noun is the subject ("dos niñas").
  double count = 0;
  if (subject_noun != std::numeric_limits<size_t>::max()) {
    for (const Mention& q : ms) {
      if (q.kind == MentionKind::kQuantity && q.end_token == subject_noun + 1 && q.hedge.empty() && !q.vague &&
          IsWhole(q.amount) && q.amount >= 2) {
        count = q.amount;
      }
    }
  }
  const size_t listed = list.values.size();
  if (count == 0 && listed == 1) return false;  // one person's figure
  if (subject_noun == std::numeric_limits<size_t>::max() || !list.exact ||
      (count != 0 && listed > 1 && count != static_cast<double>(listed))) {
    c->compared = false;
    return false;
  }
  const size_t size = count != 0 ? static_cast<size_t>(count) : listed;
  std::vector<double> members = listed > 1 ? list.values : std::vector<double>(std::min(size, kMaxGroupSize + 1), list.values[0]);
  if (size > kMaxGroupSize ||
      std::any_of(members.begin(), members.end(), [](double v) { return !IsWhole(v) || v >= kGroupValueBase; })) {
    c->compared = false;
    return false;
  }
  std::sort(members.begin(), members.end());
  double code = 0;
  std::string shown;
  for (size_t k = members.size(); k-- > 0;) code = code * kGroupValueBase + members[k];
  for (double v : members) shown += fmt::format("{}{}", shown.empty() ? "" : "+", v);
  c->subject = fmt::format("{}*{}", c->subject, size);
  c->value = c->unit.empty() ? shown : fmt::format("{} {}", shown, c->unit);
  c->interval = Interval::Point(code);
  return true;
}

}  // namespace contraste
