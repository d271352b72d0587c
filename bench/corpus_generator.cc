#include "corpus_generator.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <map>

#include "core/calendar.h"
#include "split_mix.h"
#include "text/corpus_loader.h"
#include "value_perturber.h"

namespace contraste::bench {

namespace {

constexpr int kDateJitterDays = 2;  // articles of one event appear within this many days
constexpr uint64_t kOutlets = 40;

// Independent random streams, one purpose each.
enum Stream : uint64_t { kEventStream = 1, kArticleStream, kOwnValueStream, kEventValueStream };

int DaysInYear(int year) { return DaysInMonth(year, 2) == 29 ? 366 : 365; }

CivilDate DateFromDays(long days) {
  int year = 1970;
  while (days < 0) days += DaysInYear(--year);
  while (days >= DaysInYear(year)) days -= DaysInYear(year++);
  int month = 1;
  while (days >= DaysInMonth(year, month)) days -= DaysInMonth(year, month++);
  return {year, month, static_cast<int>(days) + 1};
}

std::string Replacement(const SeedTemplate& t, const Edit& e, const VariationVocabulary& v, SplitMix64& rng) {
  std::string_view original = std::string_view(t.body).substr(e.begin, e.end - e.begin);
  switch (e.kind) {
    case EditKind::kDigits: return PerturbDigits(original, rng);
    case EditKind::kHedge: return SwapHedge(original, v, rng);
    case EditKind::kNumberWord: return SwapWord(original, *e.word, v.number_words, rng);
    case EditKind::kOrdinalWord: return SwapWord(original, *e.word, v.ordinal_words, rng);
  }
  return std::string(original);
}

// `replacement` moved by `years` when `original` is a year (4 digits, 1900-2100).
std::string ShiftYear(std::string_view original, const std::string& replacement, int years) {
  const bool year = original.size() == 4 && std::all_of(original.begin(), original.end(), [](char c) {
                      return c >= '0' && c <= '9';
                    }) && original >= "1900" && original <= "2100";
  if (!year || replacement.size() != 4) return replacement;
  return std::to_string(std::stoi(replacement) + years);
}

}  // namespace

Result<CorpusGenerator> CorpusGenerator::Create(Engine& engine, const std::string& corpus_dir,
                                                const std::string& rules_dir) {
  CorpusLoad load = LoadCorpus({corpus_dir}, DocumentMetadata{});
  if (!load.skipped.empty()) return load.skipped.front();
  if (load.documents.empty()) return MakeFileError(ErrorCode::kIo, corpus_dir, 0, 0, "no seed articles");
  CorpusGenerator g;
  std::map<std::string, VariationVocabulary> by_language;
  for (const Document& doc : load.documents) {
    const Language* lang = engine.FindLanguage(doc.language);
    if (!lang) return MakeFileError(ErrorCode::kBadMetadata, doc.path, 0, 0, "no rules for its language " + doc.language);
    g.link_window_days_ = std::max(g.link_window_days_, lang->link_window_days);
    if (!by_language.count(doc.language)) {
      auto vocab = LoadVariationVocabulary(rules_dir + "/" + doc.language, engine.normalizer());
      if (!vocab) return vocab.error();
      by_language.emplace(doc.language, std::move(*vocab));
    }
  }
  for (const Document& doc : load.documents) {
    auto t = BuildSeedTemplate(engine, doc, by_language.at(doc.language));
    if (!t) return t.error();
    g.templates_.push_back(std::move(*t));
  }
  // Edits point at words of the vocabularies; moving the map keeps its nodes where they are.
  g.vocabularies_ = std::move(by_language);
  return g;
}

Result<GeneratedCorpus> CorpusGenerator::Generate(const GeneratorOptions& o) const {
  GeneratedCorpus out;
  const long first_day = CivilDate{o.first_year, 1, 1}.DaysSinceEpoch();
  // Far enough apart that the event linker never chains two events' dates.
  const long spacing = link_window_days_ + kDateJitterDays + 3;
  for (uint64_t event = 0; out.bytes < o.target_bytes; ++event) {
    SplitMix64 event_rng(SplitMix64::Mix({o.seed, kEventStream, event}));
    const int64_t articles = event_rng.Between(o.min_articles_per_event, o.max_articles_per_event);
    const long event_day = first_day + static_cast<long>(event) * spacing;
    for (int64_t a = 0; a < articles; ++a) {
      const uint64_t number = out.documents.size() + 1;
      SplitMix64 rng(SplitMix64::Mix({o.seed, kArticleStream, number}));
      const size_t ti = rng.Below(templates_.size());
      const SeedTemplate& t = templates_[ti];
      const VariationVocabulary& vocab = vocabularies_.at(t.language);
      CivilDate date = DateFromDays(event_day + rng.Between(0, kDateJitterDays));
      std::string bytes = fmt::format("---\nlanguage: {}\npublished: {}\noutlet: outlet-{}\n---\n", t.language,
                                      date.ToString(), rng.Below(kOutlets));
      bytes.reserve(bytes.size() + t.body.size() + 256);
      size_t edit = 0;
      for (size_t p = 0; p < t.paragraphs.size(); ++p) {
        const Paragraph& para = t.paragraphs[p];
        while (edit < t.edits.size() && t.edits[edit].begin < para.begin) ++edit;
        if (p > 0 && rng.Chance(o.paragraph_drop)) continue;
        size_t pos = para.begin;
        for (; edit < t.edits.size() && t.edits[edit].end <= para.end; ++edit) {
          const Edit& e = t.edits[edit];
          const bool own = rng.Chance(o.deviation);
          SplitMix64 value_rng(own ? SplitMix64::Mix({o.seed, kOwnValueStream, number, edit})
                                   : SplitMix64::Mix({o.seed, kEventValueStream, event, ti, edit}));
          bytes.append(t.body, pos, e.begin - pos);
          std::string replacement = Replacement(t, e, vocab, value_rng);
          if (o.years_follow_event && e.kind == EditKind::kDigits && t.published_year > 0) {
            replacement = ShiftYear(t.body.substr(e.begin, e.end - e.begin), replacement, date.year - t.published_year);
          }
          bytes.append(replacement);
          pos = e.end;
          ++out.edits;
        }
        bytes.append(t.body, pos, para.end - pos);
      }
      auto doc = DocumentFromBytes(std::move(bytes), fmt::format("bench-{:06}", number), DocumentMetadata{});
      if (!doc) return doc.error();
      out.bytes += doc->bytes.size();
      out.documents.push_back(std::move(*doc));
    }
    out.event_ends.push_back(out.documents.size());
  }
  return out;
}

Status WriteCorpus(const GeneratedCorpus& corpus, const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return MakeFileError(ErrorCode::kIo, dir, 0, 0, "cannot create directory: " + ec.message());
  for (const Document& d : corpus.documents) {
    const std::string path = dir + "/" + d.id + ".txt";
    std::ofstream f(path, std::ios::binary);
    f.write(d.bytes.data(), static_cast<std::streamsize>(d.bytes.size()));
    if (!f) return MakeFileError(ErrorCode::kIo, path, 0, 0, "cannot write file");
  }
  return {};
}

}  // namespace contraste::bench
