#include "lang/iso_places.h"

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>
#include <unordered_map>

#include "lang/entity_data.h"
#include "lang/language.h"
#include "lang/mo_catalog.h"
#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

using Catalog = std::unordered_map<std::string, std::string>;

struct IsoPlace {
  std::string code;     // "MX", "ES-MU"
  std::string country;  // "MX" for both
  std::string parent;   // full code of the parent subdivision, or empty
  std::vector<std::string> names;  // in the language of the rules first, without repeats
  int entity = -1;
};

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '*')) s.pop_back();
  size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

// The names one iso-codes name stands for: "Catalunya [Cataluña]" is two, "Alacant*" one,
// "Murcia, Región de" is "Región de Murcia", "Bícol (Región V)" is also "Bícol", "A / B" two.
void AddNameForms(const std::string& raw, std::vector<std::string>* out) {
  auto add = [&](std::string n) {
    n = Trim(std::move(n));
    if (!n.empty() && std::find(out->begin(), out->end(), n) == out->end()) out->push_back(std::move(n));
  };
  std::vector<std::string> parts;
  std::string s = raw;
  if (size_t open = s.find(" ["); open != std::string::npos && s.back() == ']') {
    parts.push_back(s.substr(0, open));
    parts.push_back(s.substr(open + 2, s.size() - open - 3));
  } else {
    for (size_t at = 0;;) {
      size_t slash = s.find(" / ", at);
      parts.push_back(s.substr(at, slash == std::string::npos ? std::string::npos : slash - at));
      if (slash == std::string::npos) break;
      at = slash + 3;
    }
  }
  for (std::string p : parts) {
    if (size_t paren = p.find(" ("); paren != std::string::npos && p.back() == ')') p = p.substr(0, paren);
    p = Trim(p);
    if (size_t comma = p.find(", "); comma != std::string::npos) {
      add(p.substr(comma + 2) + " " + p.substr(0, comma));
    } else {
      add(p);
    }
  }
}

void AddTranslated(const Catalog& catalog, const std::string& original, std::vector<std::string>* out) {
  if (original.empty()) return;
  auto it = catalog.find(original);
  if (it != catalog.end()) AddNameForms(it->second, out);
}

std::string IcuCountryName(const std::string& code, const std::string& language) {
  icu::UnicodeString name;
  icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale(language.c_str()), name);
  std::string out;
  name.toUTF8String(out);
  return out == code ? "" : out;
}

Result<nlohmann::json> ReadJson(const std::string& path, const char* key) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return MakeFileError(ErrorCode::kBadRule, path, 0, 0, "cannot read (install the Debian package iso-codes)");
  }
  nlohmann::json doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.contains(key) || !doc[key].is_array()) {
    return MakeFileError(ErrorCode::kBadRule, path, 0, 0, fmt::format("not an iso-codes file (no '{}' list)", key));
  }
  return doc[key];
}

std::string Field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// The fields of one entry of an iso-codes list that LoadIsoPlaces reads ("" when absent).
struct IsoRecord {
  std::string alpha_2, common_name, name;  // ISO 3166-1
  std::string code, parent;                // ISO 3166-2
};
using IsoRecords = std::vector<IsoRecord>;

// The entries of list `key` of the iso-codes file `path`, read once per process for each version
// of the file (its size and time of change): every language of a rule set reads the same two
// files, and the subdivisions' JSON (500 kB) took as long to parse as the rest of a language's
// places to load.
Result<std::shared_ptr<const IsoRecords>> ReadIsoRecords(const std::string& path, const char* key) {
  std::error_code size_error, time_error;
  const auto size = std::filesystem::file_size(path, size_error);
  const auto changed = std::filesystem::last_write_time(path, time_error);
  const bool cacheable = !size_error && !time_error;
  using Version = std::tuple<std::string, std::string, std::uintmax_t, std::filesystem::file_time_type>;
  const Version version{path, key, cacheable ? size : 0, cacheable ? changed : std::filesystem::file_time_type{}};
  static std::mutex mutex;
  static std::map<Version, std::shared_ptr<const IsoRecords>> read;
  std::lock_guard<std::mutex> lock(mutex);
  if (cacheable) {
    if (auto it = read.find(version); it != read.end()) return it->second;
  }
  CONTRASTE_ASSIGN_OR_RETURN(list, ReadJson(path, key));
  auto records = std::make_shared<IsoRecords>();
  records->reserve(list.size());
  for (const auto& j : list) {
    records->push_back({Field(j, "alpha_2"), Field(j, "common_name"), Field(j, "name"), Field(j, "code"), Field(j, "parent")});
  }
  std::shared_ptr<const IsoRecords> out = std::move(records);
  if (cacheable) read.emplace(version, out);
  return out;
}

}  // namespace

Status LoadIsoPlaces(const std::string& file, const YAML::Node& node, TextNormalizer& norm, Language& lang) {
  YamlMap m(node, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"countries", "subdivisions", "translations", "display_language",
                                           "country_kind", "subdivision_kind", "part_kind", "prefer"}));
  for (const char* key : {"countries", "subdivisions", "country_kind", "subdivision_kind", "part_kind"}) {
    CONTRASTE_RETURN_IF_ERROR(m.Require(key));
  }
  CONTRASTE_ASSIGN_OR_RETURN(countries_path, m.String("countries"));
  CONTRASTE_ASSIGN_OR_RETURN(subdivisions_path, m.String("subdivisions"));
  CONTRASTE_ASSIGN_OR_RETURN(translations, m.Strings("translations"));
  CONTRASTE_ASSIGN_OR_RETURN(display, m.String("display_language"));
  CONTRASTE_ASSIGN_OR_RETURN(prefer, m.Strings("prefer"));
  std::map<std::string, std::string> kinds;
  for (const char* key : {"country_kind", "subdivision_kind", "part_kind"}) {
    CONTRASTE_ASSIGN_OR_RETURN(kind, m.String(key));
    if (!lang.kinds.Has(*kind) || !lang.kinds.IsA(*kind, "place")) {
      return YamlError(file, m.Node(key), fmt::format("'{}' is not a kind of place", *kind));
    }
    kinds[key] = *kind;
  }
  lang.places.country_kind = kinds["country_kind"];
  Catalog catalog;
  for (const std::string& path : translations) {
    CONTRASTE_ASSIGN_OR_RETURN(entries, ReadMoCatalog(path));
    catalog.insert(entries.begin(), entries.end());
  }
  CONTRASTE_ASSIGN_OR_RETURN(country_list, ReadIsoRecords(*countries_path, "3166-1"));
  CONTRASTE_ASSIGN_OR_RETURN(subdivision_list, ReadIsoRecords(*subdivisions_path, "3166-2"));

  std::vector<IsoPlace> places;
  places.reserve(country_list->size() + subdivision_list->size());
  std::unordered_map<std::string, size_t> by_code;
  for (const IsoRecord& c : *country_list) {
    IsoPlace p;
    p.code = p.country = c.alpha_2;
    if (p.code.empty()) continue;
    AddTranslated(catalog, c.common_name, &p.names);
    if (display) {
      if (std::string icu = IcuCountryName(p.code, *display); !icu.empty()) AddNameForms(icu, &p.names);
    }
    AddTranslated(catalog, c.name, &p.names);
    if (translations.empty()) {
      // No catalogue: the rules' language is the one iso-codes writes its names in (its msgids).
      AddNameForms(c.common_name, &p.names);
      AddNameForms(c.name, &p.names);
    }
    if (p.names.empty()) AddNameForms(c.name, &p.names);
    by_code.emplace(p.code, places.size());
    places.push_back(std::move(p));
  }
  const size_t country_count = places.size();
  for (const IsoRecord& s : *subdivision_list) {
    IsoPlace p;
    p.code = s.code;
    const size_t dash = p.code.find('-');
    if (dash == std::string::npos) continue;
    p.country = p.code.substr(0, dash);
    if (!s.parent.empty()) p.parent = p.country + "-" + s.parent;
    const std::string& name = s.name;
    AddTranslated(catalog, name, &p.names);
    AddNameForms(name, &p.names);
    by_code.emplace(p.code, places.size());
    places.push_back(std::move(p));
  }

  // The gazetteer entity each iso place is: named by `iso`, or a place of the same level holding
  // one of its names.
  const size_t gazetteer_count = lang.entities.size();
  std::unordered_map<std::string, int> gazetteer_iso;
  for (size_t i = 0; i < gazetteer_count; ++i) {
    if (!lang.entities[i].iso.empty()) gazetteer_iso.emplace(lang.entities[i].iso, static_cast<int>(i));
  }
  // Room for every iso place as an entity of its own, so that the entities (and their ids) are not
  // moved again each time the list doubles.
  lang.entities.reserve(gazetteer_count + places.size());
  lang.entity_by_id.reserve(lang.entity_by_id.size() + places.size());
  for (size_t i = 0; i < places.size(); ++i) {
    IsoPlace& p = places[i];
    const bool is_country = i < country_count;
    const std::string& kind = is_country ? kinds["country_kind"] : p.parent.empty() ? kinds["subdivision_kind"] : kinds["part_kind"];
    if (auto g = gazetteer_iso.find(p.code); g != gazetteer_iso.end()) {
      p.entity = g->second;
    } else {
      for (const std::string& n : p.names) {
        const int e = lang.entity_index.Find(EntityKey(norm.Fold(n)));
        if (e < 0 || static_cast<size_t>(e) >= gazetteer_count) continue;
        const Entity& known = lang.entities[static_cast<size_t>(e)];
        if (known.iso.empty() && lang.kinds.IsA(known.kind, "place") &&
            lang.kinds.LevelOf(known.kind, "place") == lang.kinds.LevelOf(kind, "place")) {
          p.entity = e;
          break;
        }
      }
    }
    if (p.entity >= 0) {
      lang.entities[static_cast<size_t>(p.entity)].iso = p.code;
      continue;
    }
    Entity e;
    e.id = "iso:" + p.code;
    e.name = p.names.empty() ? p.code : p.names.front();
    e.kind = kind;
    e.iso = p.code;
    e.capitalized_only = true;
    p.entity = static_cast<int>(lang.entities.size());
    lang.entity_by_id.emplace(e.id, lang.entities.size());
    lang.entities.push_back(std::move(e));
  }
  // Containment: a subdivision in its parent, else in its country (a gazetteer part_of stays).
  for (size_t i = country_count; i < places.size(); ++i) {
    const IsoPlace& p = places[i];
    auto parent = by_code.find(p.parent.empty() ? p.country : p.parent);
    if (parent == by_code.end()) parent = by_code.find(p.country);
    if (parent == by_code.end()) continue;
    Entity& e = lang.entities[static_cast<size_t>(p.entity)];
    if (e.part_of.empty()) e.part_of = lang.entities[static_cast<size_t>(places[parent->second].entity)].id;
  }
  // Names, in the order that settles a name two places share.
  std::unordered_map<std::string, int> rank;  // country code -> preference, lower first
  for (size_t r = 0; r < prefer.size(); ++r) rank.emplace(prefer[r], static_cast<int>(r));
  std::vector<size_t> order(places.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto group = [&](size_t i) {
    if (i < country_count) return std::make_pair(1, 0);
    auto r = rank.find(places[i].country);
    return r == rank.end() ? std::make_pair(2, 0) : std::make_pair(0, r->second);
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return group(a) < group(b); });
  std::unordered_map<std::string, std::set<std::string>> country_keys;  // country code -> its name keys
  for (size_t i = 0; i < country_count; ++i) {
    for (const std::string& n : places[i].names) country_keys[places[i].code].insert(EntityKey(norm.Fold(n)));
  }
  for (size_t i : order) {
    const IsoPlace& p = places[i];
    const auto& own_country = country_keys[p.country];
    for (const std::string& n : p.names) {
      if (i >= country_count && own_country.count(EntityKey(norm.Fold(n)))) continue;
      AddEntityAlias(norm, lang, p.entity, n);
    }
  }
  return {};
}

}  // namespace contraste
