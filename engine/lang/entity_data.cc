#include "lang/entity_data.h"

#include <fmt/format.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <deque>
#include <filesystem>
#include <memory>

#include "lang/language.h"
#include "lang/place_data.h"
#include "lang/yaml_reader.h"
#include "text/normalizer.h"

namespace contraste {

namespace {

bool IsAscii(std::string_view word) {
  unsigned char any = 0;  // no early exit: words are short, and this loop has no branch per byte
  for (char c : word) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

// The Latin-ASCII of a folded word that is not ASCII, whose TokenHash is `hash`: transliterated
// once and cached ("łukasz" -> "lukasz"). The cache is found by the token's hash, so a word seen
// before costs one probe. Cache and transliterator are per thread (engines analyse documents on
// several threads at once: pipeline/parallel_analysis.h, the service's workers).
std::string_view TransliteratedWord(std::string_view word, uint32_t hash) {
  thread_local WordMap<size_t> cache_index;       // word -> index into `cache`
  thread_local std::deque<std::string> cache;     // a deque: views of its strings stay valid
  thread_local std::unique_ptr<icu::Transliterator> latin_ascii = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  if (const size_t* k = cache_index.Find(word, hash)) return cache[*k];
  std::string out;
  if (latin_ascii) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    latin_ascii->transliterate(u);
    u.toLower();
    u.toUTF8String(out);
  } else {
    out = std::string(word);
  }
  cache_index.Insert(word, cache.size());
  cache.push_back(std::move(out));
  return cache.back();
}

// Latin-ASCII of one folded word whose TokenHash is `hash`: an ASCII word is its own ("serguei");
// others are transliterated (TransliteratedWord).
inline std::string_view AsciiWord(std::string_view word, uint32_t hash) {
  return IsAscii(word) ? word : TransliteratedWord(word, hash);
}

std::string_view AsciiWord(std::string_view word) { return AsciiWord(word, TokenHash(word)); }

// FNV-1a over more bytes: the running hash of a key as its words are joined.
constexpr uint64_t kKeyHashStart = 14695981039346656037ull;
uint64_t ContinueKeyHash(uint64_t h, std::string_view bytes) {
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

bool IsJoiner(std::string_view token) { return token == "-"; }

// The bits of each EntityIndex filter for `hashes` hashes: about 8 per hash, so that few tokens
// pass by a false positive, but no more than 2^18 (32 KiB): the start filter is tested at every
// token of an article, and a filter too large for the near caches costs more in misses than the
// walks its false positives start (2^22 bits made LongestAt's two bit tests its hottest lines).
constexpr size_t kFilterBitsPerHash = 8;
constexpr size_t kMaxFilterBits = size_t{1} << 18;
size_t FilterBitsFor(size_t hashes) {
  size_t bits = BitFilter::kMinBits;
  while (bits < hashes * kFilterBitsPerHash && bits < kMaxFilterBits) bits *= 2;
  return bits;
}

}  // namespace

std::string EntityKey(std::string_view folded) {
  // ASCII text (most names and words): every byte the tokenizer does not skip (spaces, line
  // breaks) is in some token, and each token is its own Latin-ASCII, so the key is the text
  // without those and without the hyphens (each a joiner token of its own), in one pass and no
  // token list.
  if (IsAscii(folded)) {
    std::string key;
    key.reserve(folded.size());
    for (char c : folded) {
      if (c != ' ' && c != '\n' && c != '\r' && c != '-') key += c;
    }
    return key;
  }
  std::vector<Token> toks;
  Tokenize(folded, 0, folded.size(), &toks);
  std::string key;
  for (const Token& t : toks) {
    std::string_view w = folded.substr(t.begin, t.end - t.begin);
    if (t.kind == TokenKind::kPunct && IsJoiner(w)) continue;
    key += AsciiWord(w);
  }
  return key;
}

bool KindTree::IsA(const std::string& kind, const std::string& ancestor) const {
  // Walks the parents in place: no copy of a kind.
  const std::string* k = &kind;
  for (size_t steps = 0; steps <= parent.size() && !k->empty(); ++steps) {
    if (*k == ancestor) return true;
    auto it = parent.find(*k);
    if (it == parent.end()) return false;
    k = &it->second;
  }
  return false;
}

std::string KindTree::LevelOf(const std::string& kind, const std::string& root) const {
  const std::string* k = &kind;
  for (size_t steps = 0; steps <= parent.size() && !k->empty(); ++steps) {
    auto it = parent.find(*k);
    if (it == parent.end()) return "";
    if (it->second == root) return *k;
    k = &it->second;
  }
  return "";
}

int EntityIndex::Find(const std::string& key) const {
  const HashSlot* slot = FindSlot(ContinueKeyHash(kKeyHashStart, key));
  if (!slot) return -1;
  for (uint32_t k = slot->first_key; k != kNone; k = keys_[k].next_same_hash) {
    if (keys_[k].text == key) return keys_[k].entity;
  }
  return -1;
}

const EntityIndex::HashSlot* EntityIndex::FindSlot(uint64_t hash) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t s = static_cast<size_t>(hash ^ (hash >> 32)) & mask;; s = (s + 1) & mask) {
    const HashSlot& slot = slots_[s];
    if (!slot.used) return nullptr;
    if (slot.hash == hash) return &slot;
  }
}

EntityIndex::HashSlot& EntityIndex::SlotFor(uint64_t hash) {
  if ((used_slots_ + 1) * 2 > slots_.size()) {
    std::vector<HashSlot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, HashSlot{});
    const size_t mask = slots_.size() - 1;
    for (const HashSlot& o : old) {
      if (!o.used) continue;
      size_t s = static_cast<size_t>(o.hash ^ (o.hash >> 32)) & mask;
      while (slots_[s].used) s = (s + 1) & mask;
      slots_[s] = o;
    }
  }
  const size_t mask = slots_.size() - 1;
  size_t s = static_cast<size_t>(hash ^ (hash >> 32)) & mask;
  while (slots_[s].used && slots_[s].hash != hash) s = (s + 1) & mask;
  if (!slots_[s].used) {
    slots_[s].used = true;
    slots_[s].hash = hash;
    ++used_slots_;
    running_filter_.Set(RunningBit(hash));
  }
  return slots_[s];
}

void EntityIndex::Add(const std::string& key, int entity, size_t tokens) {
  if (key.empty()) return;
  max_tokens_ = std::max(max_tokens_, tokens);
  const uint64_t h = ContinueKeyHash(kKeyHashStart, key);
  if (const HashSlot* slot = FindSlot(h)) {
    for (uint32_t k = slot->first_key; k != kNone; k = keys_[k].next_same_hash) {
      if (keys_[k].text == key) return;  // the first entity listed keeps a shared alias
    }
  }
  // Chained at the end, so that keys of one hash keep the order they were added in.
  const uint32_t index = static_cast<uint32_t>(keys_.size());
  keys_.push_back({key, entity});
  HashSlot& whole = SlotFor(h);
  if (whole.first_key == kNone) {
    whole.first_key = index;
  } else {
    uint32_t k = whole.first_key;
    while (keys_[k].next_same_hash != kNone) k = keys_[k].next_same_hash;
    keys_[k].next_same_hash = index;
  }
  uint64_t running = kKeyHashStart;
  for (size_t n = 1; n < key.size(); ++n) {
    running = ContinueKeyHash(running, std::string_view(key.data() + n - 1, 1));
    SlotFor(running).prefix = true;
  }
  filter_hashes_ += key.size();
  if (filter_hashes_ > 2 * filter_hashes_at_size_ && FilterBitsFor(filter_hashes_) > start_filter_.bits()) {
    RebuildFilters();
  } else {
    AddToFilters(key);
  }
}

void EntityIndex::AddToFilters(std::string_view key) {
  whole_filter_.Set(TokenHash(key));
  for (size_t n = 1; n <= key.size(); ++n) {
    const uint32_t prefix_hash = TokenHash(key.substr(0, n));
    start_filter_.Set(prefix_hash);
    if (n < key.size()) split_filter_.Set(SplitBit(prefix_hash, key[n]));
  }
}

void EntityIndex::RebuildFilters() {
  const size_t bits = FilterBitsFor(2 * filter_hashes_);
  filter_hashes_at_size_ = filter_hashes_;
  for (BitFilter* f : {&start_filter_, &whole_filter_, &split_filter_, &running_filter_}) f->Reset(bits);
  for (const Key& k : keys_) AddToFilters(k.text);
  for (const HashSlot& slot : slots_) {
    if (slot.used) running_filter_.Set(RunningBit(slot.hash));
  }
}

bool EntityIndex::JoinedKeyIs(std::string_view key, const TokenRange& text, size_t i, size_t end) {
  for (size_t j = i; j < end; ++j) {
    if (text.At(j).kind == TokenKind::kPunct) continue;
    const std::string_view w = AsciiWord(text.Text(j), text.Hash(j));
    if (!key.starts_with(w)) return false;
    key.remove_prefix(w.size());
  }
  return key.empty();
}

bool EntityIndex::MayStartAt(const TokenRange& text, size_t i, uint32_t first_hash) const {
  if (!start_filter_.Test(first_hash)) return false;
  if (whole_filter_.Test(first_hash)) return true;
  // The next word, as LongestAt reaches it: right after, or after one joiner.
  size_t n = i + 1;
  if (n < text.end && text.At(n).kind == TokenKind::kPunct) {
    if (!IsJoiner(text.Text(n))) return false;
    ++n;
  }
  if (n >= text.end || text.At(n).kind == TokenKind::kPunct) return false;
  const std::string_view next = AsciiWord(text.Text(n), text.Hash(n));
  return next.empty() || split_filter_.Test(SplitBit(first_hash, next[0]));
}

bool EntityIndex::LongestAt(const TokenRange& text, size_t i, bool filtered, Match* out) const {
  if (i >= text.end || text.At(i).kind == TokenKind::kPunct) return false;
  const std::string_view word = text.Text(i);
  const bool ascii = IsAscii(word);
  const std::string_view first = ascii ? word : TransliteratedWord(word, text.Hash(i));
  const uint32_t first_hash = ascii ? text.Hash(i) : TokenHash(first);
  // Most tokens begin no key: that first bit test is made here, before the call.
  if (filtered && (!start_filter_.Test(first_hash) || !MayStartAt(text, i, first_hash))) return false;
  uint64_t h = kKeyHashStart;
  bool found = false;
  size_t words = 0;
  // Spacing variants may split an alias into more tokens than it has ("Pyong Yang").
  const size_t limit = max_tokens_ + 2;
  for (size_t j = i; j < text.end && words < limit; ++j) {
    const Token& t = text.At(j);
    if (t.kind == TokenKind::kPunct) {
      if (IsJoiner(text.Text(j)) && j > i && j + 1 < text.end && text.At(j + 1).kind != TokenKind::kPunct) continue;
      break;
    }
    h = ContinueKeyHash(h, j == i ? first : AsciiWord(text.Text(j), text.Hash(j)));
    ++words;
    if (filtered && !running_filter_.Test(RunningBit(h))) break;  // no slot has this hash
    const HashSlot* slot = FindSlot(h);
    if (!slot) break;
    for (uint32_t k = slot->first_key; k != kNone; k = keys_[k].next_same_hash) {
      if (JoinedKeyIs(keys_[k].text, text, i, j + 1)) {
        *out = {keys_[k].entity, j + 1};
        found = true;
      }
    }
    if (!slot->prefix) break;
  }
  return found;
}

namespace {

bool Exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

WordSet FoldedWordSet(TextNormalizer& norm, const std::vector<std::string>& words) {
  WordSet out;
  for (const auto& w : words) out.Insert(norm.Fold(w));
  return out;
}

Status LoadKinds(const std::string& file, const YAML::Node& node, KindTree* kinds) {
  if (!node.IsMap()) return YamlError(file, node, "'kinds' must map each kind to its parent kind (or null)");
  for (const auto& kv : node) {
    if (!kv.second.IsNull() && !kv.second.IsScalar()) {
      return YamlError(file, kv.second, fmt::format("parent of kind '{}' must be a kind or null", kv.first.Scalar()));
    }
    kinds->parent[kv.first.Scalar()] = kv.second.IsNull() ? "" : kv.second.Scalar();
  }
  for (const auto& kv : node) {
    const std::string& p = kinds->parent[kv.first.Scalar()];
    if (!p.empty() && !kinds->Has(p)) {
      return YamlError(file, kv.second, fmt::format("kind '{}' has unknown parent '{}'", kv.first.Scalar(), p));
    }
    // A walk longer than the number of kinds is a cycle.
    std::string k = kv.first.Scalar();
    for (size_t steps = 0; !k.empty(); ++steps) {
      if (steps > kinds->parent.size()) {
        return YamlError(file, kv.first, fmt::format("kind '{}' is its own ancestor", kv.first.Scalar()));
      }
      k = kinds->parent[k];
    }
  }
  return {};
}

// A stands_for or part_of reference, checked once every entity (the iso-codes places too) is known.
struct EntityReference {
  std::string id;
  YAML::Node at;
  const char* what;
  std::string file;
};

Status LoadGazetteerFile(const std::string& dir, TextNormalizer& norm, Language& lang,
                         std::vector<EntityReference>* refs) {
  const std::string file = (std::filesystem::path(dir) / "gazetteer.yaml").string();
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"kinds", "entities"}));
  CONTRASTE_RETURN_IF_ERROR(m.Require("kinds"));
  CONTRASTE_RETURN_IF_ERROR(m.Require("entities"));
  CONTRASTE_RETURN_IF_ERROR(LoadKinds(file, m.Node("kinds"), &lang.kinds));
  YAML::Node list = m.Node("entities");
  if (!list.IsSequence()) return YamlError(file, list, "'entities' must be a list");
  for (const auto& item : list) {
    YamlMap e(item, file);
    CONTRASTE_RETURN_IF_ERROR(e.AllowOnly({"id", "name", "kind", "stands_for", "part_of", "aliases", "iso"}));
    CONTRASTE_RETURN_IF_ERROR(e.Require("id"));
    CONTRASTE_RETURN_IF_ERROR(e.Require("kind"));
    CONTRASTE_ASSIGN_OR_RETURN(id, e.String("id"));
    CONTRASTE_ASSIGN_OR_RETURN(name, e.String("name"));
    CONTRASTE_ASSIGN_OR_RETURN(kind, e.String("kind"));
    CONTRASTE_ASSIGN_OR_RETURN(stands, e.String("stands_for"));
    CONTRASTE_ASSIGN_OR_RETURN(part_of, e.String("part_of"));
    CONTRASTE_ASSIGN_OR_RETURN(iso, e.String("iso"));
    CONTRASTE_ASSIGN_OR_RETURN(aliases, e.Strings("aliases"));
    if (lang.FindEntity(*id)) return YamlError(file, e.Node("id"), fmt::format("duplicate entity id '{}'", *id));
    if (!lang.kinds.Has(*kind)) {
      return YamlError(file, e.Node("kind"), fmt::format("entity '{}' has unknown kind '{}'", *id, *kind));
    }
    Entity ent;
    ent.id = *id;
    ent.name = name ? *name : *id;
    ent.kind = *kind;
    ent.stands_for = stands ? *stands : "";
    ent.part_of = part_of ? *part_of : "";
    ent.iso = iso ? *iso : "";
    if (stands) refs->push_back({*stands, e.Node("stands_for"), "stands_for", file});
    if (part_of) refs->push_back({*part_of, e.Node("part_of"), "part_of", file});
    int index = static_cast<int>(lang.entities.size());
    lang.entity_by_id.emplace(ent.id, lang.entities.size());
    lang.entities.push_back(ent);
    std::vector<std::string> phrases = {ent.name};
    phrases.insert(phrases.end(), aliases.begin(), aliases.end());
    for (const auto& p : phrases) {
      if (!AddEntityAlias(norm, lang, index, p)) return YamlError(file, item, fmt::format("alias '{}' has no words", p));
    }
  }
  return {};
}

Status CheckEntityReferences(const std::vector<EntityReference>& refs, const Language& lang) {
  for (const EntityReference& r : refs) {
    if (!lang.FindEntity(r.id)) return YamlError(r.file, r.at, fmt::format("{} names unknown entity '{}'", r.what, r.id));
  }
  // part_of must not loop: a place cannot lie inside itself.
  for (const Entity& e : lang.entities) {
    const Entity* p = &e;
    for (size_t steps = 0; p && !p->part_of.empty(); ++steps) {
      if (steps > lang.entities.size()) {
        const std::string file = refs.empty() ? std::string("gazetteer.yaml") : refs.front().file;
        return MakeFileError(ErrorCode::kBadRule, file, 1, 1, fmt::format("entity '{}' lies inside itself (part_of)", e.id));
      }
      p = lang.FindEntity(p->part_of);
    }
  }
  return {};
}

Status LoadNames(const std::string& dir, TextNormalizer& norm, Language& lang) {
  const std::string file = (std::filesystem::path(dir) / "names.yaml").string();
  if (!Exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"connectors", "max_connectors", "not_starts"}));
  CONTRASTE_ASSIGN_OR_RETURN(conn, m.Strings("connectors"));
  CONTRASTE_ASSIGN_OR_RETURN(not_starts, m.Strings("not_starts"));
  lang.names.not_starts = FoldedWordSet(norm, not_starts);
  CONTRASTE_ASSIGN_OR_RETURN(max_conn, m.Number("max_connectors"));
  lang.names.connectors = FoldedWordSet(norm, conn);
  if (max_conn) {
    if (*max_conn < 1 || *max_conn > 4) return YamlError(file, m.Node("max_connectors"), "'max_connectors' must be 1 to 4");
    lang.names.max_connectors = static_cast<size_t>(*max_conn);
  }
  return {};
}

Status LoadVenues(const std::string& dir, TextNormalizer& norm, Language& lang) {
  const std::string file = (std::filesystem::path(dir) / "venues.yaml").string();
  if (!Exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"prepositions", "articles", "links", "blockers", "not_venue_kinds", "max_distance",
                                           "unnamed_places", "subordinate_openers", "phrase_prepositions", "located"}));
  CONTRASTE_RETURN_IF_ERROR(m.Require("prepositions"));
  CONTRASTE_ASSIGN_OR_RETURN(preps, m.Strings("prepositions"));
  CONTRASTE_ASSIGN_OR_RETURN(arts, m.Strings("articles"));
  CONTRASTE_ASSIGN_OR_RETURN(links, m.Strings("links"));
  CONTRASTE_ASSIGN_OR_RETURN(blockers, m.Strings("blockers"));
  CONTRASTE_ASSIGN_OR_RETURN(coarse, m.Strings("not_venue_kinds"));
  CONTRASTE_ASSIGN_OR_RETURN(dist, m.Number("max_distance"));
  VenueCues& v = lang.venues;
  v.prepositions = FoldedWordSet(norm, preps);
  v.articles = FoldedWordSet(norm, arts);
  v.links = FoldedWordSet(norm, links);
  v.blockers = FoldedWordSet(norm, blockers);
  for (const auto& [key, table] : {std::pair{"subordinate_openers", &v.subordinate_openers},
                                    std::pair{"phrase_prepositions", &v.phrase_prepositions}, std::pair{"located", &v.located}}) {
    CONTRASTE_ASSIGN_OR_RETURN(phrases, m.Strings(key));
    for (size_t p = 0; p < phrases.size(); ++p) {
      if (!table->Add(norm.Fold(phrases[p]), 0)) {
        return YamlError(file, m.Node(key)[p], fmt::format("phrase '{}' has no words", phrases[p]));
      }
    }
  }
  for (const auto& k : coarse) {
    if (!lang.kinds.Has(k)) return YamlError(file, m.Node("not_venue_kinds"), fmt::format("unknown kind '{}'", k));
    v.not_venue_kinds.insert(k);
  }
  if (dist) v.max_distance = static_cast<int>(*dist);
  if (m.Has("unnamed_places")) {
    YAML::Node unnamed = m.Node("unnamed_places");
    if (!unnamed.IsMap()) return YamlError(file, unnamed, "'unnamed_places' must map a noun to a kind");
    for (const auto& kv : unnamed) {
      const std::string kind = kv.second.IsScalar() ? kv.second.Scalar() : "";
      if (!lang.kinds.Has(kind) || !lang.kinds.IsA(kind, "place")) {
        return YamlError(file, kv.second, fmt::format("'{}' is not a kind of place", kind));
      }
      v.unnamed_places[norm.Fold(kv.first.Scalar())] = kind;
    }
  }
  return {};
}

Status LoadAttribution(const std::string& dir, TextNormalizer& norm, Language& lang) {
  const std::string file = (std::filesystem::path(dir) / "attribution.yaml").string();
  if (!Exists(file)) return {};
  CONTRASTE_ASSIGN_OR_RETURN(doc, YamlFile::Load(file));
  YamlMap m(doc.root, file);
  CONTRASTE_RETURN_IF_ERROR(m.AllowOnly({"cues", "source_kinds", "stop_at", "continue_with", "not_after", "source_nouns", "source_noun_ids", "window"}));
  CONTRASTE_RETURN_IF_ERROR(m.Require("cues"));
  CONTRASTE_ASSIGN_OR_RETURN(cues, m.Strings("cues"));
  CONTRASTE_ASSIGN_OR_RETURN(kinds, m.Strings("source_kinds"));
  CONTRASTE_ASSIGN_OR_RETURN(window, m.Number("window"));
  CONTRASTE_ASSIGN_OR_RETURN(stops, m.Strings("stop_at"));
  AttributionCues& a = lang.attribution;
  a.stop_at = FoldedWordSet(norm, stops);
  CONTRASTE_ASSIGN_OR_RETURN(cont, m.Strings("continue_with"));
  a.continue_with = FoldedWordSet(norm, cont);
  CONTRASTE_ASSIGN_OR_RETURN(not_after, m.Strings("not_after"));
  a.not_after = FoldedWordSet(norm, not_after);
  CONTRASTE_ASSIGN_OR_RETURN(source_nouns, m.Strings("source_nouns"));
  a.source_nouns = FoldedWordSet(norm, source_nouns);
  if (m.Has("source_noun_ids")) {
    YAML::Node ids = m.Node("source_noun_ids");
    if (!ids.IsMap()) return YamlError(file, ids, "'source_noun_ids' must map a source noun to its id");
    for (const auto& kv : ids) {
      if (!kv.first.IsScalar() || !kv.second.IsScalar()) return YamlError(file, kv.first, "a source noun id must be a word");
      const std::string noun = norm.Fold(kv.first.Scalar());
      if (!a.source_nouns.Contains(noun)) {
        return YamlError(file, kv.first, fmt::format("'{}' is not one of the source_nouns", kv.first.Scalar()));
      }
      a.source_noun_ids.Insert(noun, norm.Fold(kv.second.Scalar()));
    }
  }
  for (const auto& c : cues) {
    if (!a.cues.Add(norm.Fold(c), static_cast<int>(a.cue_texts.size()))) {
      return YamlError(file, m.Node("cues"), fmt::format("cue '{}' has no words", c));
    }
    a.cue_texts.push_back(c);
  }
  for (const auto& k : kinds) {
    if (!lang.kinds.Has(k)) return YamlError(file, m.Node("source_kinds"), fmt::format("unknown kind '{}'", k));
  }
  a.source_kinds = kinds;
  if (window) a.window = static_cast<int>(*window);
  return {};
}

}  // namespace

bool AddEntityAlias(TextNormalizer& norm, Language& lang, int entity, std::string_view phrase) {
  std::string folded = norm.Fold(phrase);
  std::string key = EntityKey(folded);
  if (key.empty()) return false;
  std::vector<Token> toks;
  Tokenize(folded, 0, folded.size(), &toks);
  lang.entity_index.Add(key, entity, toks.size());
  return true;
}

Status LoadEntityData(const std::string& dir, TextNormalizer& normalizer, Language& lang) {
  std::vector<EntityReference> refs;
  if (Status s = LoadGazetteerFile(dir, normalizer, lang, &refs); !s) return s.error();
  for (auto* step : {&LoadNames, &LoadVenues, &LoadAttribution, &LoadPlaceData}) {
    if (Status s = step(dir, normalizer, lang); !s) return s.error();
  }
  return CheckEntityReferences(refs, lang);
}

}  // namespace contraste
