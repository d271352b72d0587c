// The JSON writers stream their output (report/json_stream.h): a report of a large corpus is
// never held in memory as a tree.
#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "claims/attribution_finder.h"
#include "core/calendar.h"
#include "core/ordered_parallel.h"
#include "report/json_stream.h"
#include "report/report_writers.h"

namespace contraste {

namespace {

// The findings list claims in an order that is not the order they are stored in, so each listing
// starts with cache misses: the claim, then its document, then its sentence. Reading ahead hides
// them: before listing k, the claim of listing k+3 is fetched, the document of listing k+2 (its
// claim arrived one step earlier) and the sentence and quote of listing k+1. Only hints: nothing
// here changes what is written.
class ListingPrefetch {
 public:
  // For the listings of findings [begin, end).
  ListingPrefetch(const Analysis& a, size_t begin, size_t end) : a_(a) {
    size_t listings = 0;
    for (size_t k = begin; k < end; ++k) listings += a.findings[k].claims.size();
    order_.reserve(listings);
    for (size_t k = begin; k < end; ++k) {
      for (const FindingClaim& fc : a.findings[k].claims) order_.push_back(fc.claim);
    }
  }

  // Call once before writing each listing, in the order of order_.
  void Next() {
    const size_t k = next_++;
    if (k + 3 < order_.size()) FetchClaim(a_.claims[order_[k + 3]]);
    if (k + 2 < order_.size()) FetchDocument(a_.claims[order_[k + 2]]);
    if (k + 1 < order_.size()) FetchText(a_.claims[order_[k + 1]]);
  }

 private:
  static void Fetch(const void* p) { __builtin_prefetch(p); }
  static void FetchClaim(const Claim& c) {
    const char* p = reinterpret_cast<const char*>(&c);
    for (size_t at = 0; at < sizeof(Claim); at += 64) Fetch(p + at);
  }
  void FetchDocument(const Claim& c) const {
    const Document& d = a_.documents[c.doc];
    Fetch(&d.id);
    Fetch(&d.bytes);
  }
  void FetchText(const Claim& c) const {
    const Document& d = a_.documents[c.doc];
    const char* sentence = d.bytes.data() + c.sentence_offset;
    for (size_t at = 0; at < std::min<size_t>(c.sentence_length, 512); at += 64) Fetch(sentence + at);
    Fetch(c.quote.data());
    Fetch(c.value.data());
    if (!c.attribution.empty()) Fetch(c.attribution.data());
  }

  const Analysis& a_;
  std::vector<size_t> order_;  // claim of each listing, in the order they are written
  size_t next_ = 0;
};

void WriteInterval(const Interval& i, JsonStream& js) {
  js.BeginObject();
  js.Key("min").Double(i.lo);
  js.Key("max");
  if (i.IsBounded()) {
    js.Double(i.hi);
  } else {
    js.Null();
  }
  js.Key("min_open").Bool(i.lo_open);
  js.Key("max_open").Bool(i.hi_open);
  js.EndObject();
}

// {"id", "name", "kind"}, left open for more members.
void BeginEntity(const EntityRef& r, JsonStream& js) {
  js.BeginObject();
  js.Key("id").String(r.id);
  js.Key("name").String(r.name);
  js.Key("kind").String(r.kind);
}

void WriteEntity(const EntityRef& r, JsonStream& js) {
  BeginEntity(r, js);
  js.EndObject();
}

// Who the article says states it, and for venues where it happened (the place, then its larger places).
void WriteWhoAndWhere(const Claim& c, JsonStream& js) {
  js.Key("attribution").BeginArray();
  for (const EntityRef& r : c.attribution) WriteEntity(r, js);
  js.EndArray();
  if (c.venue.empty()) return;
  js.Key("place");
  BeginEntity(c.venue.front(), js);
  js.Key("within").BeginArray();
  for (size_t k = 1; k < c.venue.size(); ++k) WriteEntity(c.venue[k], js);
  js.EndArray();
  js.EndObject();
}

// The members every listing of a claim has, in an object the caller opened.
void WriteClaimMembers(const Analysis& a, const Claim& c, JsonStream& js) {
  const Document& d = a.documents[c.doc];
  js.Key("doc").String(d.id);
  js.Key("quote").String(c.quote);
  js.Key("offset").UInt(c.offset);
  js.Key("length").UInt(c.length);
  js.Key("line").Int(c.line);
  js.Key("column").Int(c.column);
  js.Key("sentence").String(std::string_view(d.bytes).substr(c.sentence_offset, c.sentence_length));
  js.Key("value").String(c.value);
  js.Key("hedge");
  if (c.hedge.empty()) {
    js.Null();
  } else {
    js.String(c.hedge);
  }
  js.Key("interval");
  WriteInterval(c.interval, js);
  WriteWhoAndWhere(c, js);
}

void WriteDocuments(const Analysis& a, JsonStream& js) {
  js.Key("documents").BeginArray();
  for (size_t k = 0; k < a.documents.size(); ++k) {
    const Document& d = a.documents[k];
    js.BeginObject();
    js.Key("id").String(d.id);
    js.Key("path").String(d.path);
    js.Key("title").String(d.title);
    js.Key("language").String(d.language);
    js.Key("locale").String(d.locale.tag);
    js.Key("locale_source").String(LocaleSourceName(d.locale.source));
    if (d.locale.evidence) {
      const LocaleEvidence& e = *d.locale.evidence;
      js.Key("locale_evidence").BeginObject();
      js.Key("quote").String(e.quote);
      js.Key("offset").UInt(e.offset);
      js.Key("agreeing").UInt(e.agreeing);
      js.Key("disagreeing").UInt(e.disagreeing);
      js.EndObject();
    }
    js.Key("published");
    if (d.published) {
      js.String(d.published->ToString());
    } else {
      js.Null();
    }
    if (d.published_minute) {
      js.Key("published_time").String(fmt::format("{:02}:{:02}", *d.published_minute / 60, *d.published_minute % 60));
    }
    js.Key("outlet").String(d.outlet);
    if (!d.url.empty()) js.Key("url").String(d.url);
    if (k < a.stories.story_of_doc.size()) {
      const Story& s = a.stories.stories[a.stories.story_of_doc[k]];
      js.Key("story").String(s.id);
      js.Key("story_label").String(s.label);
    }
    js.Key("assumptions").Strings(d.assumptions);
    js.EndObject();
  }
  js.EndArray();
}

void WriteSkipped(const Analysis& a, JsonStream& js) {
  js.Key("skipped").BeginArray();
  for (const Error& e : a.skipped) {
    js.BeginObject();
    js.Key("path").String(e.file);
    js.Key("error").String(ErrorCodeName(e.code));
    js.Key("message").String(e.ToString());
    if (e.offset) js.Key("offset").UInt(*e.offset);
    js.EndObject();
  }
  js.EndArray();
}

void WriteFinding(const Analysis& a, const Finding& f, JsonStream& js, ListingPrefetch& ahead) {
  js.BeginObject();
  js.Key("id").String(f.id);
  js.Key("kind").String(f.kind);
  js.Key("rule").String(f.rule);
  js.Key("slot").String(f.slot);
  js.Key("event").String(f.event_label);
  js.Key("event_id").String(f.event);
  if (!f.unit.empty()) js.Key("unit").String(f.unit);
  if (!f.measure.empty()) js.Key("measure").String(f.measure);
  if (!f.subject.empty()) js.Key("subject").String(f.subject);
  if (!f.scope.empty()) js.Key("scope").String(f.scope);
  js.Key("explanation").String(f.explanation);
  js.Key("claims").BeginArray();
  std::vector<size_t> members;
  members.reserve(f.claims.size());
  for (const FindingClaim& fc : f.claims) {
    ahead.Next();
    js.BeginObject();
    WriteClaimMembers(a, a.claims[fc.claim], js);
    js.Key("side").Int(fc.side);
    js.EndObject();
    members.push_back(fc.claim);
  }
  js.EndArray();
  std::vector<SharedSource> shared = SharedSources(a.claims, members);
  if (!shared.empty()) {
    js.Key("shared_attribution").BeginArray();
    for (const SharedSource& s : shared) {
      js.BeginObject();
      js.Key("source");
      WriteEntity(s.source, js);
      js.Key("docs").BeginArray();
      for (size_t d : s.docs) js.String(a.documents[d].id);
      js.EndArray();
      js.EndObject();
    }
    js.EndArray();
  }
  js.EndObject();
}

// The findings from `begin` to `end` (at least one): their first starts a new line of the array.
void WriteFindingRange(const Analysis& a, size_t begin, size_t end, JsonStream& js) {
  ListingPrefetch ahead(a, begin, end);
  for (size_t k = begin; k < end; ++k) WriteFinding(a, a.findings[k], js, ahead);
}

// The findings array. On several threads, findings are written in runs of about kListings
// listings, each run into a string of its own, and the runs spliced in order: the same bytes.
void WriteFindings(const Analysis& a, JsonStream& js, size_t threads) {
  js.Key("findings").BeginArray();
  if (threads <= 1 || a.findings.empty()) {
    if (!a.findings.empty()) WriteFindingRange(a, 0, a.findings.size(), js);
    js.EndArray();
    return;
  }
  constexpr size_t kListings = 2048;
  std::vector<size_t> starts;  // the first finding of each run
  for (size_t k = 0, listed = kListings; k < a.findings.size(); ++k) {
    if (listed >= kListings) {
      starts.push_back(k);
      listed = 0;
    }
    listed += a.findings[k].claims.size() + 1;
  }
  const std::vector<uint8_t> first = js.OpenContainers(), later = js.OpenContainers(/*more=*/true);
  OrderedParallel<std::string>(
      starts.size(), threads, 4 * threads,
      [&](size_t, size_t run) {
        std::string text;
        {
          JsonStream part(&text, run == 0 ? first : later);
          WriteFindingRange(a, starts[run], run + 1 < starts.size() ? starts[run + 1] : a.findings.size(), part);
        }
        return text;
      },
      [&](size_t, std::string text) {
        js.Items(text);
        return true;
      });
  js.EndArray();
}

}  // namespace

void WriteJsonReport(const Analysis& a, std::ostream& out, size_t threads) {
  JsonStream js(out);
  js.BeginObject();
  js.Key("schema").String(kReportSchemaName);
  WriteDocuments(a, js);
  WriteSkipped(a, js);
  size_t conflicts = 0, agreements = 0, revisions = 0, disputes = 0;
  for (const Finding& f : a.findings) {
    (f.kind == "conflict" ? conflicts : f.kind == "revision" ? revisions : f.kind == "dispute" ? disputes : agreements)++;
  }
  js.Key("summary").BeginObject();
  js.Key("documents").UInt(a.documents.size());
  js.Key("claims").UInt(a.claims.size());
  js.Key("conflicts").UInt(conflicts);
  js.Key("agreements").UInt(agreements);
  js.Key("revisions").UInt(revisions);
  js.Key("disputes").UInt(disputes);
  js.EndObject();
  WriteFindings(a, js, threads);
  js.EndObject();
  js.Finish();
}

void WriteClaimsJson(const Analysis& a, std::ostream& out) {
  JsonStream js(out);
  js.BeginObject();
  js.Key("schema").String("contraste.claims/1");
  WriteDocuments(a, js);
  WriteSkipped(a, js);
  js.Key("claims").BeginArray();
  for (const Claim& c : a.claims) {
    js.BeginObject();
    WriteClaimMembers(a, c, js);
    js.Key("frame").String(c.frame);
    js.Key("event").String(c.event_label);
    js.Key("event_id").String(c.event);
    js.Key("story").String(c.story);
    js.Key("participants").Strings(c.participants);
    js.Key("slot").String(c.slot);
    js.Key("unit").String(c.unit);
    js.Key("measure").String(c.measure);
    js.Key("subject").String(c.subject);
    js.Key("scope").String(c.scope);
    js.Key("compared").Bool(c.compared);
    // When a figure that moves over time was true (claims/figure_time.h): "2027-06-06T23:45".
    if (c.cumulative && c.when != Claim::kUnknownTime) js.Key("moment").String(MinutesText(c.when, 'T'));
    js.EndObject();
  }
  js.EndArray();
  js.EndObject();
  js.Finish();
}

}  // namespace contraste
