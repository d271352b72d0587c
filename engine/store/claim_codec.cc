#include "store/claim_codec.h"

#include <cmath>
#include <limits>

#include "core/calendar.h"

namespace contraste {

using nlohmann::json;

json NumberToJson(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return v;
}

double NumberFromJson(const json& j) {
  if (j.is_string()) {
    const std::string s = j.get<std::string>();
    if (s == "inf") return std::numeric_limits<double>::infinity();
    if (s == "-inf") return -std::numeric_limits<double>::infinity();
    if (s == "nan") return std::numeric_limits<double>::quiet_NaN();
  }
  return j.get<double>();
}

json EntityRefToJson(const EntityRef& r) { return json::array({r.id, r.name, r.kind, r.level}); }

EntityRef EntityRefFromJson(const json& j) {
  return {j.at(0).get<std::string>(), j.at(1).get<std::string>(), j.at(2).get<std::string>(), j.at(3).get<std::string>()};
}

namespace {

json RefsToJson(const std::vector<EntityRef>& refs) {
  json out = json::array();
  for (const EntityRef& r : refs) out.push_back(EntityRefToJson(r));
  return out;
}

std::vector<EntityRef> RefsFromJson(const json& j) {
  std::vector<EntityRef> out;
  for (const json& r : j) out.push_back(EntityRefFromJson(r));
  return out;
}

}  // namespace

json ClaimToJson(const Claim& c) {
  return json{{"quote", c.quote},
              {"offset", c.offset},
              {"length", c.length},
              {"sentence_offset", c.sentence_offset},
              {"sentence_length", c.sentence_length},
              {"line", c.line},
              {"column", c.column},
              {"frame", c.frame},
              {"participants", c.participants},
              {"event", c.event},
              {"local_event", c.local_event},
              {"event_label", c.event_label},
              {"story", c.story},
              {"slot", c.slot},
              {"unit", c.unit},
              {"value", c.value},
              {"hedge", c.hedge},
              {"vague", c.vague},
              {"interval",
               json::array({NumberToJson(c.interval.lo), NumberToJson(c.interval.hi), c.interval.lo_open, c.interval.hi_open})},
              {"measure", c.measure},
              {"subject", c.subject},
              {"scope", c.scope},
              {"compared", c.compared},
              {"stated_day", c.stated_day == Claim::kUnknownTime ? json(nullptr) : json(c.stated_day)},
              {"stated_minute", c.stated_minute},
              {"corrects", c.corrects},
              {"changed", c.changed},
              {"venue", RefsToJson(c.venue)},
              {"attribution", RefsToJson(c.attribution)}};
}

Result<Claim> ClaimFromJson(const json& j) {
  Claim c;
  const char* field = "";
  try {
    auto text = [&](const char* name, std::string* out) {
      field = name;
      *out = j.at(name).get<std::string>();
    };
    auto count = [&](const char* name, size_t* out) {
      field = name;
      *out = IntegerFromJson<size_t>(j.at(name));
    };
    text("quote", &c.quote);
    count("offset", &c.offset);
    count("length", &c.length);
    count("sentence_offset", &c.sentence_offset);
    count("sentence_length", &c.sentence_length);
    field = "line";
    c.line = IntegerFromJson<int>(j.at("line"));
    field = "column";
    c.column = IntegerFromJson<int>(j.at("column"));
    text("frame", &c.frame);
    field = "participants";
    c.participants = j.at("participants").get<std::vector<std::string>>();
    text("event", &c.event);
    text("local_event", &c.local_event);
    text("event_label", &c.event_label);
    text("story", &c.story);
    text("slot", &c.slot);
    text("unit", &c.unit);
    text("value", &c.value);
    text("hedge", &c.hedge);
    field = "vague";
    c.vague = j.at("vague").get<bool>();
    field = "interval";
    const json& in = j.at("interval");
    c.interval = {NumberFromJson(in.at(0)), NumberFromJson(in.at(1)), in.at(2).get<bool>(), in.at(3).get<bool>()};
    text("measure", &c.measure);
    text("subject", &c.subject);
    text("scope", &c.scope);
    field = "compared";
    c.compared = j.at("compared").get<bool>();
    // Claims stored before figures had stated moments read as having none.
    field = "stated_day";
    if (j.contains("stated_day") && !j.at("stated_day").is_null()) {
      c.stated_day = IntegerFromJson<int64_t>(j.at("stated_day"));
      // The days <chrono> can name (years -32767..32767): the moment arithmetic stays in range.
      if (c.stated_day < -kFarthestDay || c.stated_day > kFarthestDay) throw std::out_of_range("not a day of the calendar");
    }
    field = "stated_minute";
    if (j.contains("stated_minute")) {
      c.stated_minute = IntegerFromJson<int>(j.at("stated_minute"));
      if (c.stated_minute < -1 || c.stated_minute >= 24 * 60) throw std::out_of_range("not a minute of the day");
    }
    field = "corrects";
    if (j.contains("corrects")) c.corrects = j.at("corrects").get<bool>();
    field = "changed";
    if (j.contains("changed")) c.changed = j.at("changed").get<bool>();
    field = "venue";
    c.venue = RefsFromJson(j.at("venue"));
    field = "attribution";
    c.attribution = RefsFromJson(j.at("attribution"));
  } catch (const std::exception& e) {  // json::exception, or std::out_of_range from IntegerFromJson
    return MakeError(ErrorCode::kIo, std::string("stored claim: field '") + field + "': " + e.what());
  }
  return c;
}

}  // namespace contraste
