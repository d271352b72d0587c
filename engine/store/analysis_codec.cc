#include "store/analysis_codec.h"

#include <cmath>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/fingerprint.h"
#include "store/claim_codec.h"
#include "store/compact_analysis.h"

namespace contraste {

using nlohmann::json;

namespace {

const char* kLocaleSources[] = {"declared", "inferred", "assumed"};

json LocaleToJson(const DocumentLocale& l) {
  json j{{"tag", l.tag}, {"source", kLocaleSources[static_cast<int>(l.source)]}};
  if (l.evidence) {
    j["evidence"] = {{"quote", l.evidence->quote}, {"offset", l.evidence->offset},
                     {"agreeing", l.evidence->agreeing}, {"disagreeing", l.evidence->disagreeing}};
  }
  return j;
}

DocumentLocale LocaleFromJson(const json& j) {
  DocumentLocale l;
  l.tag = j.at("tag").get<std::string>();
  const std::string source = j.at("source").get<std::string>();
  l.source = source == "declared" ? LocaleSource::kDeclared : source == "inferred" ? LocaleSource::kInferred
                                                                                  : LocaleSource::kAssumed;
  if (j.contains("evidence")) {
    const json& e = j.at("evidence");
    l.evidence = LocaleEvidence{e.at("quote").get<std::string>(), IntegerFromJson<size_t>(e.at("offset")),
                                IntegerFromJson<size_t>(e.at("agreeing")), IntegerFromJson<size_t>(e.at("disagreeing"))};
  }
  return l;
}

json DocumentToJson(const Document& d) {
  json j{{"id", d.id},         {"path", d.path},         {"body_offset", d.body_offset},
         {"title", d.title},   {"language", d.language}, {"outlet", d.outlet},
         {"locale", LocaleToJson(d.locale)}, {"assumptions", d.assumptions}};
  if (d.published) j["published"] = d.published->ToString();
  if (d.published_minute) j["published_minute"] = *d.published_minute;
  if (!d.url.empty()) j["url"] = d.url;
  return j;
}

Document DocumentFromJson(const json& j, std::string bytes) {
  Document d;
  d.id = j.at("id").get<std::string>();
  d.path = j.at("path").get<std::string>();
  d.bytes = std::move(bytes);
  d.body_offset = IntegerFromJson<size_t>(j.at("body_offset"));
  d.title = j.at("title").get<std::string>();
  d.language = j.at("language").get<std::string>();
  d.outlet = j.at("outlet").get<std::string>();
  d.locale = LocaleFromJson(j.at("locale"));
  d.assumptions = j.at("assumptions").get<std::vector<std::string>>();
  if (j.contains("published")) {
    d.published = CivilDate::Parse(j.at("published").get<std::string>());
    if (!d.published) throw std::runtime_error("published: not a date");
  }
  if (j.contains("published_minute")) {
    d.published_minute = IntegerFromJson<int>(j.at("published_minute"));
    if (*d.published_minute < 0 || *d.published_minute >= 24 * 60) throw std::out_of_range("published_minute: not a minute of the day");
  }
  if (j.contains("url")) d.url = j.at("url").get<std::string>();
  return d;
}

json TermsToJson(const StoryTerms& t) {
  json out = json::array();
  for (const StoryTerm& term : t.terms) out.push_back(json::array({term.key, NumberToJson(term.weight), term.text, term.name}));
  return out;
}

StoryTerms TermsFromJson(const json& j) {
  StoryTerms t;
  for (const json& term : j) {
    t.terms.push_back({IntegerFromJson<uint64_t>(term.at(0)), NumberFromJson(term.at(1)), term.at(2).get<std::string>(),
                       term.at(3).get<bool>()});
  }
  return t;
}

json PlacesToJson(const PlaceNotes& p) {
  json names = json::object();
  for (const auto& [id, ref] : p.names) names[id] = EntityRefToJson(ref);
  json facts = json::array();
  for (const auto& f : p.facts) facts.push_back(json::array({f.place, f.container, f.kind, f.needs_noun}));
  return json{{"names", names}, {"noun_kind", p.noun_kind}, {"media", p.media}, {"facts", facts}};
}

PlaceNotes PlacesFromJson(const json& j) {
  PlaceNotes p;
  for (const auto& [id, ref] : j.at("names").items()) p.names.emplace(id, EntityRefFromJson(ref));
  p.noun_kind = j.at("noun_kind").get<std::map<std::string, std::string>>();
  p.media = j.at("media").get<std::set<std::string>>();
  for (const json& f : j.at("facts")) {
    p.facts.push_back({f.at(0).get<std::string>(), f.at(1).get<std::string>(), f.at(2).get<std::string>(),
                       f.at(3).get<bool>()});
  }
  return p;
}

// Every span of a stored analysis lies in the document's bytes and every quote is those bytes, and
// every date claim's days are days of the calendar: a row that says otherwise (a damaged or
// hand-edited store) is refused, never read past the text nor cast out of range.
Status CheckSpans(const DocumentAnalysis& d) {
  const std::string& bytes = d.document.bytes;
  const auto inside = [&](size_t offset, size_t length) { return offset <= bytes.size() && length <= bytes.size() - offset; };
  if (d.document.body_offset > bytes.size()) {
    return MakeError(ErrorCode::kIo, "stored analysis of a document: document: the body starts past the text");
  }
  for (size_t i = 0; i < d.claims.size(); ++i) {
    const Claim& c = d.claims[i];
    if (!inside(c.offset, c.length) || !inside(c.sentence_offset, c.sentence_length) ||
        bytes.compare(c.offset, c.length, c.quote) != 0) {
      return MakeError(ErrorCode::kIo,
                       fmt::format("stored analysis of a document: claims: claim {} does not quote the document's text", i));
    }
    const auto on_calendar = [](double day) { return std::isfinite(day) && std::fabs(day) <= kFarthestDay; };
    if (c.slot == "date" && (!on_calendar(c.interval.lo) || !on_calendar(c.interval.hi))) {
      return MakeError(ErrorCode::kIo,
                       fmt::format("stored analysis of a document: claims: claim {} is a date past the calendar", i));
    }
  }
  return Status();
}

}  // namespace

std::string EncodeDocumentAnalysis(const DocumentAnalysis& d) { return EncodeCompactAnalysis(d); }

std::string EncodeDocumentAnalysisJson(const DocumentAnalysis& d) {
  json claims = json::array();
  for (const Claim& c : d.claims) claims.push_back(ClaimToJson(c));
  const json j{{"document", DocumentToJson(d.document)}, {"claims", std::move(claims)},
               {"terms", TermsToJson(d.terms)},          {"places", PlacesToJson(d.places)},
               {"mentions", d.mentions}};
  return j.dump();
}

Result<DocumentAnalysis> DecodeDocumentAnalysis(std::string_view text, std::string bytes) {
  if (!text.empty() && text.front() == kCompactAnalysisMark) {
    auto d = DecodeCompactAnalysis(text, std::move(bytes));
    if (!d) return d.error();
    if (Status s = CheckSpans(*d); !s) return s.error();
    return d;
  }
  DocumentAnalysis d;
  std::string part = "document";
  try {
    const json j = json::parse(text);
    d.document = DocumentFromJson(j.at("document"), std::move(bytes));
    part = "claims";
    for (const json& c : j.at("claims")) {
      auto claim = ClaimFromJson(c);
      if (!claim) return claim.error();
      d.claims.push_back(std::move(*claim));
    }
    part = "terms";
    d.terms = TermsFromJson(j.at("terms"));
    part = "places";
    d.places = PlacesFromJson(j.at("places"));
    part = "mentions";
    d.mentions = IntegerFromJson<size_t>(j.at("mentions"));
  } catch (const std::exception& e) {
    return MakeError(ErrorCode::kIo, fmt::format("stored analysis of a document: {}: {}", part, e.what()));
  }
  if (Status s = CheckSpans(d); !s) return s.error();
  return d;
}

std::string EncodeError(const Error& e) {
  json j{{"code", ErrorCodeName(e.code)}, {"message", e.message}, {"file", e.file},
         {"line", e.line},                {"column", e.column}};
  if (e.offset) j["offset"] = *e.offset;
  return j.dump();
}

Status DecodeError(std::string_view text, Error* out) {
  try {
    const json j = json::parse(text);
    Error& e = *out;
    const std::string code = j.at("code").get<std::string>();
    for (int c = 0; c <= static_cast<int>(ErrorCode::kInternal); ++c) {
      if (code == ErrorCodeName(static_cast<ErrorCode>(c))) e.code = static_cast<ErrorCode>(c);
    }
    e.message = j.at("message").get<std::string>();
    e.file = j.at("file").get<std::string>();
    e.line = IntegerFromJson<int>(j.at("line"));
    e.column = IntegerFromJson<int>(j.at("column"));
    if (j.contains("offset")) e.offset = IntegerFromJson<size_t>(j.at("offset"));
    return Status();
  } catch (const std::exception& ex) {
    return MakeError(ErrorCode::kIo, fmt::format("stored skipped file: {}", ex.what()));
  }
}

std::string ContentHash(const Document& d) {
  Fnv1a64Hasher h;
  h.Add(d.bytes).Add("\x1f").Add(d.path).Add("\x1f").Add(d.title).Add("\x1f").Add(d.language).Add("\x1f").Add(d.outlet);
  h.Add("\x1f").Add(d.published ? d.published->ToString() : "").Add("\x1f");
  h.Add(d.published_minute ? std::to_string(*d.published_minute) : "").Add("\x1f").Add(d.locale.tag);
  return fmt::format("{:016x}", h.value());
}

}  // namespace contraste
