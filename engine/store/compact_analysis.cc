#include "store/compact_analysis.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <type_traits>

#include <fmt/format.h>

#include "core/calendar.h"

namespace contraste {

namespace {

constexpr char kVersion = '1';

class RowWriter {
 public:
  void Text(std::string_view s) {
    Number(s.size(), ':');
    out_.append(s);
  }
  template <typename T>
  void Number(T v, char end = ';') {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
    out_.push_back(end);
  }
  void Flag(bool b) { out_.push_back(b ? '1' : '0'); }
  void Refs(const std::vector<EntityRef>& refs) {
    Number(refs.size());
    for (const EntityRef& r : refs) Ref(r);
  }
  void Ref(const EntityRef& r) {
    Text(r.id);
    Text(r.name);
    Text(r.kind);
    Text(r.level);
  }
  void Texts(const std::vector<std::string>& v) {
    Number(v.size());
    for (const std::string& s : v) Text(s);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Throws std::runtime_error at the first byte that does not fit the form; never reads past the row.
class RowReader {
 public:
  explicit RowReader(std::string_view row) : row_(row) {}

  std::string Text() {
    const size_t n = Number<size_t>(':');
    if (n > row_.size() - pos_) throw std::runtime_error("a string runs past the row");
    std::string s(row_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  template <typename T>
  T Number(char end = ';') {
    T v{};
    const char* first = row_.data() + pos_;
    const char* last = row_.data() + row_.size();
    std::from_chars_result r;
    if constexpr (std::is_floating_point_v<T>) {
      r = std::from_chars(first, last, v, std::chars_format::general);
      // from_chars reads "inf" and "nan" only without a sign for NaN's payload; the writer's forms suffice.
    } else {
      r = std::from_chars(first, last, v);
    }
    if (r.ec != std::errc() || r.ptr == last || *r.ptr != end) throw std::runtime_error("a malformed number");
    pos_ = static_cast<size_t>(r.ptr - row_.data()) + 1;
    return v;
  }
  bool Flag() {
    if (pos_ >= row_.size() || (row_[pos_] != '0' && row_[pos_] != '1')) throw std::runtime_error("a malformed flag");
    return row_[pos_++] == '1';
  }
  // A count of items that each take at least one byte: a damaged count cannot reserve the memory.
  size_t Count() {
    const size_t n = Number<size_t>();
    if (n > row_.size() - pos_) throw std::runtime_error("a count larger than the row");
    return n;
  }
  EntityRef Ref() {
    EntityRef r;
    r.id = Text();
    r.name = Text();
    r.kind = Text();
    r.level = Text();
    return r;
  }
  std::vector<EntityRef> Refs() {
    std::vector<EntityRef> out(Count());
    for (EntityRef& r : out) r = Ref();
    return out;
  }
  std::vector<std::string> Texts() {
    std::vector<std::string> out(Count());
    for (std::string& s : out) s = Text();
    return out;
  }
  bool AtEnd() const { return pos_ == row_.size(); }

 private:
  std::string_view row_;
  size_t pos_ = 0;
};

void WriteDocument(RowWriter& w, const Document& d) {
  w.Text(d.id);
  w.Text(d.path);
  w.Number(d.body_offset);
  w.Text(d.title);
  w.Text(d.language);
  w.Text(d.outlet);
  w.Text(d.locale.tag);
  w.Number(static_cast<int>(d.locale.source));
  w.Flag(d.locale.evidence.has_value());
  if (d.locale.evidence) {
    w.Text(d.locale.evidence->quote);
    w.Number(d.locale.evidence->offset);
    w.Number(d.locale.evidence->agreeing);
    w.Number(d.locale.evidence->disagreeing);
  }
  w.Texts(d.assumptions);
  w.Text(d.published ? d.published->ToString() : "");
  w.Number(d.published_minute ? *d.published_minute : -1);
  w.Text(d.url);
}

Document ReadDocument(RowReader& r, std::string bytes) {
  Document d;
  d.id = r.Text();
  d.path = r.Text();
  d.bytes = std::move(bytes);
  d.body_offset = r.Number<size_t>();
  d.title = r.Text();
  d.language = r.Text();
  d.outlet = r.Text();
  d.locale.tag = r.Text();
  const int source = r.Number<int>();
  if (source < static_cast<int>(LocaleSource::kDeclared) || source > static_cast<int>(LocaleSource::kAssumed)) {
    throw std::runtime_error("not a locale source");
  }
  d.locale.source = static_cast<LocaleSource>(source);
  if (r.Flag()) {
    LocaleEvidence e;
    e.quote = r.Text();
    e.offset = r.Number<size_t>();
    e.agreeing = r.Number<size_t>();
    e.disagreeing = r.Number<size_t>();
    d.locale.evidence = std::move(e);
  }
  d.assumptions = r.Texts();
  const std::string published = r.Text();
  if (!published.empty()) {
    d.published = CivilDate::Parse(published);
    if (!d.published) throw std::runtime_error("published: not a date");
  }
  const int minute = r.Number<int>();
  if (minute < -1 || minute >= 24 * 60) throw std::runtime_error("published_minute: not a minute of the day");
  if (minute >= 0) d.published_minute = minute;
  d.url = r.Text();
  return d;
}

void WriteClaim(RowWriter& w, const Claim& c) {
  w.Text(c.quote);
  w.Number(c.offset);
  w.Number(c.length);
  w.Number(c.sentence_offset);
  w.Number(c.sentence_length);
  w.Number(c.line);
  w.Number(c.column);
  w.Text(c.frame);
  w.Texts(c.participants);
  w.Text(c.event);
  w.Text(c.local_event);
  w.Text(c.event_label);
  w.Text(c.story);
  w.Text(c.slot);
  w.Text(c.unit);
  w.Text(c.value);
  w.Text(c.hedge);
  w.Flag(c.vague);
  w.Number(c.interval.lo);
  w.Number(c.interval.hi);
  w.Flag(c.interval.lo_open);
  w.Flag(c.interval.hi_open);
  w.Text(c.measure);
  w.Text(c.subject);
  w.Text(c.scope);
  w.Flag(c.compared);
  w.Number(c.stated_day);
  w.Number(c.stated_minute);
  w.Flag(c.corrects);
  w.Flag(c.changed);
  w.Refs(c.venue);
  w.Refs(c.attribution);
}

Claim ReadClaim(RowReader& r) {
  Claim c;
  c.quote = r.Text();
  c.offset = r.Number<size_t>();
  c.length = r.Number<size_t>();
  c.sentence_offset = r.Number<size_t>();
  c.sentence_length = r.Number<size_t>();
  c.line = r.Number<int>();
  c.column = r.Number<int>();
  c.frame = r.Text();
  c.participants = r.Texts();
  c.event = r.Text();
  c.local_event = r.Text();
  c.event_label = r.Text();
  c.story = r.Text();
  c.slot = r.Text();
  c.unit = r.Text();
  c.value = r.Text();
  c.hedge = r.Text();
  c.vague = r.Flag();
  c.interval.lo = r.Number<double>();
  c.interval.hi = r.Number<double>();
  c.interval.lo_open = r.Flag();
  c.interval.hi_open = r.Flag();
  c.measure = r.Text();
  c.subject = r.Text();
  c.scope = r.Text();
  c.compared = r.Flag();
  c.stated_day = r.Number<decltype(c.stated_day)>();
  // The days <chrono> can name (years -32767..32767): the moment arithmetic stays in range.
  if (c.stated_day != Claim::kUnknownTime && (c.stated_day < -kFarthestDay || c.stated_day > kFarthestDay)) {
    throw std::runtime_error("stated_day: not a day of the calendar");
  }
  c.stated_minute = r.Number<int>();
  if (c.stated_minute < -1 || c.stated_minute >= 24 * 60) throw std::runtime_error("stated_minute: not a minute of the day");
  c.corrects = r.Flag();
  c.changed = r.Flag();
  c.venue = r.Refs();
  c.attribution = r.Refs();
  return c;
}

}  // namespace

std::string EncodeCompactAnalysis(const DocumentAnalysis& d) {
  RowWriter w;
  w.Text(std::string{kCompactAnalysisMark, kVersion});
  WriteDocument(w, d.document);
  w.Number(d.claims.size());
  for (const Claim& c : d.claims) WriteClaim(w, c);
  w.Number(d.terms.terms.size());
  for (const StoryTerm& t : d.terms.terms) {
    w.Number(t.key);
    w.Number(t.weight);
    w.Text(t.text);
    w.Flag(t.name);
  }
  w.Number(d.places.names.size());
  for (const auto& [id, ref] : d.places.names) {
    w.Text(id);
    w.Ref(ref);
  }
  w.Number(d.places.noun_kind.size());
  for (const auto& [id, kind] : d.places.noun_kind) {
    w.Text(id);
    w.Text(kind);
  }
  w.Texts({d.places.media.begin(), d.places.media.end()});
  w.Number(d.places.facts.size());
  for (const PlaceNotes::Fact& f : d.places.facts) {
    w.Text(f.place);
    w.Text(f.container);
    w.Text(f.kind);
    w.Flag(f.needs_noun);
  }
  w.Number(d.mentions);
  std::string row = w.Take();
  // The mark is the row's first byte: drop the length prefix written before it.
  return row.substr(row.find(':') + 1);
}

Result<DocumentAnalysis> DecodeCompactAnalysis(std::string_view row, std::string bytes) {
  DocumentAnalysis d;
  const char* part = "mark";
  try {
    if (row.size() < 2 || row[0] != kCompactAnalysisMark || row[1] != kVersion) {
      throw std::runtime_error("not a compact analysis of this version");
    }
    RowReader r(row.substr(2));
    part = "document";
    d.document = ReadDocument(r, std::move(bytes));
    part = "claims";
    d.claims.resize(r.Count());
    for (Claim& c : d.claims) c = ReadClaim(r);
    part = "terms";
    d.terms.terms.resize(r.Count());
    for (StoryTerm& t : d.terms.terms) {
      t.key = r.Number<uint64_t>();
      t.weight = r.Number<double>();
      t.text = r.Text();
      t.name = r.Flag();
    }
    part = "places";
    for (size_t n = r.Count(); n > 0; --n) {
      std::string id = r.Text();
      d.places.names.emplace(std::move(id), r.Ref());
    }
    for (size_t n = r.Count(); n > 0; --n) {
      std::string id = r.Text();
      d.places.noun_kind.emplace(std::move(id), r.Text());
    }
    for (std::string& m : r.Texts()) d.places.media.insert(std::move(m));
    d.places.facts.resize(r.Count());
    for (PlaceNotes::Fact& f : d.places.facts) {
      f.place = r.Text();
      f.container = r.Text();
      f.kind = r.Text();
      f.needs_noun = r.Flag();
    }
    part = "mentions";
    d.mentions = r.Number<size_t>();
    if (!r.AtEnd()) throw std::runtime_error("bytes after the end");
  } catch (const std::exception& e) {
    return MakeError(ErrorCode::kIo, fmt::format("stored analysis of a document: {}: {}", part, e.what()));
  }
  return d;
}

}  // namespace contraste
