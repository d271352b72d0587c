// contraste-store-bench: the claims store at newsroom sizes. Not a test: run it by hand
// (bench/README.md, "The claims store").
//
//   build/bench/contraste-store-bench check --articles 10000,100000 --dir /tmp/stores
//   build/bench/contraste-store-bench check --articles 100000 --store postgresql:///contraste
//   build/bench/contraste-store-bench ingest --megabytes 50 --jobs 2 --dir /tmp/stores
//
// check: builds a store of N generated articles (past --text-articles, by bulk copies:
// store_builder.h), then times `check` (CheckDraftsInStore and the
// JSON answer, what POST /v1/check does) of one-page drafts, each a stored article checked again
// against the others, spread over the analysed articles; prints p50, p99 and max latency and how
// many stored documents each check read, of the round (--rounds, default 3) with the median p99. A store is built period by period (store_builder.h): the
// generator's events, 10,000 articles at a time, each period after the last, analysed on --jobs
// threads, written one document per transaction, and the corpus steps run over each period and
// added to the store (ClaimsStore::PutDerived without replacing): the whole text of every article
// is analysed, but the corpus steps never see the whole store at once (an `ingest` of a million
// articles would run them over all of it).
//
// ingest: writes a generated corpus of --megabytes to a directory and times `Ingest` (what
// `contraste ingest --jobs N` runs) into an empty store: MB per CPU second (per core), MB per
// wall second, peak resident memory.
//
// SQLite stores are made under --dir and deleted at the end (--keep keeps them).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "check/check_writers.h"
#include "check/store_check.h"
#include "core/allocator.h"
#include "corpus_generator.h"
#include "measure.h"
#include "pipeline/parallel_analysis.h"
#include "store/claims_store.h"
#include "store/ingest.h"
#include "store/rules_version.h"
#include "store_builder.h"

namespace contraste::bench {

namespace {

namespace fs = std::filesystem;

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

struct Setup {
  std::string rules, seeds, dir, postgres;
  size_t jobs = 0;
  bool keep = false;
};

// The SQLite file for `name` under the setup's directory, or the PostgreSQL URL.
std::string Location(const Setup& s, const std::string& name) {
  if (!s.postgres.empty()) return s.postgres;
  fs::create_directories(s.dir);
  const std::string path = s.dir + "/" + name;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  return path;
}

void Discard(const Setup& s, const std::string& location) {
  if (!s.postgres.empty() || s.keep) return;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(location + suffix);
}

uintmax_t FileBytes(const std::string& location) {
  std::error_code ec;
  uintmax_t total = 0;
  for (const char* suffix : {"", "-wal"}) {
    const uintmax_t n = fs::file_size(location + suffix, ec);
    if (!ec) total += n;
  }
  return total;
}

int RunCheck(const Setup& setup, const std::vector<size_t>& sizes, size_t checks, size_t text_articles,
             size_t rounds) {
  auto engine = Engine::Load(setup.rules);
  if (!engine) {
    std::cerr << engine.error().ToString() << "\n";
    return 2;
  }
  auto engines = EngineSet::Load(**engine, setup.jobs);
  if (!engines) {
    std::cerr << engines.error().ToString() << "\n";
    return 2;
  }
  auto generator = CorpusGenerator::Create(**engine, setup.seeds, setup.rules);
  if (!generator) {
    std::cerr << generator.error().ToString() << "\n";
    return 2;
  }
  fmt::print("check latency; {} analysis threads while building; allocator: {}\n", engines->size(),
             AllocatorDescription());
  fmt::print("{:>9} {:>10} {:>9} {:>10} | {:>7} {:>8} {:>8} {:>8} | {:>10} {:>10} {:>10}\n", "articles", "claims", "built s",
             "store MiB", "checks", "p50 ms", "p99 ms", "max ms", "read mean", "read max", "about mean");
  for (size_t articles : sizes) {
    const std::string location = Location(setup, fmt::format("store-{}.db", articles));
    auto store = OpenClaimsStore(location);
    if (!store) {
      std::cerr << store.error().ToString() << "\n";
      return 2;
    }
    StoreBuildOptions options;
    options.articles = articles;
    options.drafts = checks;
    options.text_articles = text_articles;
    options.location = location;
    const double t0 = WallSeconds();
    auto built = BuildStore(*generator, *engines, **store, options);
    if (!built) {
      std::cerr << built.error().ToString() << "\n";
      return 2;
    }
    const double build_seconds = WallSeconds() - t0;
    // Each round checks every draft once; the round with the median p99 is printed.
    struct Round {
      std::vector<double> latencies;
      size_t read_total = 0, read_max = 0, about_total = 0;
      double p99 = 0;
    };
    std::vector<Round> done;
    for (size_t round = 0; round < rounds; ++round) {
      Round r;
      for (Document& draft : built->drafts) {
        const double c0 = WallSeconds();
        std::vector<Document> one;
        one.push_back(draft);
        StoreCheckRead read;
        auto result = CheckDraftsInStore(**engine, **store, std::move(one), {}, &read);
        if (!result) {
          std::cerr << result.error().ToString() << "\n";
          return 2;
        }
        std::ostringstream out;
        WriteCheckJson(*result, out);
        r.latencies.push_back(1000.0 * (WallSeconds() - c0));
        r.read_total += read.documents;
        r.about_total += read.about;
        r.read_max = std::max(r.read_max, read.documents);
      }
      r.p99 = Percentile(r.latencies, 0.99);
      fmt::print(stderr, "round {}: p50 {:.1f} ms, p99 {:.1f} ms\n", round + 1, Percentile(r.latencies, 0.5), r.p99);
      done.push_back(std::move(r));
    }
    std::sort(done.begin(), done.end(), [](const Round& a, const Round& b) { return a.p99 < b.p99; });
    const Round& median = done[done.size() / 2];
    const std::vector<double>& latencies = median.latencies;
    fmt::print("{:>9} {:>10} {:>9.1f} {:>10.0f} | {:>7} {:>8.1f} {:>8.1f} {:>8.1f} | {:>10.1f} {:>10} {:>10.1f}\n",
               built->articles, built->claims, build_seconds,
               setup.postgres.empty() ? static_cast<double>(FileBytes(location)) / (1 << 20) : 0.0, latencies.size(),
               Percentile(latencies, 0.5), Percentile(latencies, 0.99),
               latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()),
               static_cast<double>(median.read_total) / static_cast<double>(std::max<size_t>(1, latencies.size())),
               median.read_max,
               static_cast<double>(median.about_total) / static_cast<double>(std::max<size_t>(1, latencies.size())));
    std::cout << std::flush;
    store->reset();
    Discard(setup, location);
  }
  return 0;
}

int RunIngest(const Setup& setup, double megabytes) {
  auto engine = Engine::Load(setup.rules);
  if (!engine) {
    std::cerr << engine.error().ToString() << "\n";
    return 2;
  }
  auto version = RulesVersion(setup.rules);
  if (!version) {
    std::cerr << version.error().ToString() << "\n";
    return 2;
  }
  const std::string corpus_dir = setup.dir + "/ingest-corpus";
  size_t bytes = 0, articles = 0;
  {
    auto generator = CorpusGenerator::Create(**engine, setup.seeds, setup.rules);
    if (!generator) {
      std::cerr << generator.error().ToString() << "\n";
      return 2;
    }
    GeneratorOptions options;
    options.target_bytes = static_cast<size_t>(megabytes * 1024 * 1024);
    auto corpus = generator->Generate(options);
    if (!corpus) {
      std::cerr << corpus.error().ToString() << "\n";
      return 2;
    }
    fs::remove_all(corpus_dir);
    if (Status s = WriteCorpus(*corpus, corpus_dir); !s) {
      std::cerr << s.error().ToString() << "\n";
      return 2;
    }
    bytes = corpus->bytes;
    articles = corpus->documents.size();
  }
  const double rss_before = PeakRssMiB();
  auto engines = EngineSet::Load(**engine, setup.jobs);
  if (!engines) {
    std::cerr << engines.error().ToString() << "\n";
    return 2;
  }
  const std::string location = Location(setup, "ingest.db");
  auto store = OpenClaimsStore(location);
  if (!store) {
    std::cerr << store.error().ToString() << "\n";
    return 2;
  }
  const double c0 = CpuSeconds(), w0 = WallSeconds();
  auto n = Ingest(*engines, **store, {corpus_dir}, *version);
  const double cpu = CpuSeconds() - c0, wall = WallSeconds() - w0;
  if (!n) {
    std::cerr << n.error().ToString() << "\n";
    return 2;
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  fmt::print("ingest of {:.1f} MB ({} articles, {} added) with {} threads into {}: {:.2f} s CPU, {:.2f} s wall; "
             "{:.1f} MB/s per core (CPU), {:.1f} MB/s (wall); peak RSS {:.0f} MiB ({:.0f} MiB before ingest); "
             "store {:.0f} MiB\n",
             mb, articles, n->added, engines->size(), setup.postgres.empty() ? "SQLite" : "PostgreSQL", cpu, wall,
             mb / cpu, mb / wall, PeakRssMiB(), rss_before,
             setup.postgres.empty() ? static_cast<double>(FileBytes(location)) / (1 << 20) : 0.0);
  store->reset();
  Discard(setup, location);
  if (!setup.keep) fs::remove_all(corpus_dir);
  return 0;
}

}  // namespace

}  // namespace contraste::bench

int main(int argc, char** argv) {
  CLI::App app{"contraste-store-bench: check latency and ingest throughput of the claims store"};
  contraste::bench::Setup setup;
  setup.rules = std::string(CONTRASTE_SOURCE_DIR) + "/rules";
  setup.seeds = std::string(CONTRASTE_SOURCE_DIR) + "/corpus";
  setup.dir = "/tmp/contraste-store-bench";
  app.add_option("--rules", setup.rules, "Rules directory");
  app.add_option("--corpus", setup.seeds, "Directory of seed articles");
  app.add_option("--dir", setup.dir, "Where SQLite stores (and the ingest corpus) are made; deleted after");
  app.add_option("--store", setup.postgres, "A postgresql:// URL to use instead (an empty database)");
  app.add_option("--jobs,-j", setup.jobs, "Analysis threads (default 0: one per core)");
  app.add_flag("--keep", setup.keep, "Keep the stores made");
  app.require_subcommand(1);
  CLI::App* check = app.add_subcommand("check", "Check latency against stores of N articles");
  std::vector<size_t> sizes = {10000, 100000};
  size_t checks = 200;
  check->add_option("--articles", sizes, "Store sizes (articles), comma-separated")->delimiter(',');
  check->add_option("--checks", checks, "Drafts checked per store");
  size_t rounds = 3;
  check->add_option("--rounds", rounds, "Rounds of checks (each drafts once); the median round's figures are printed");
  size_t text_articles = 20000;
  check->add_option("--text-articles", text_articles,
                    "Articles analysed from text; past them the store is filled by bulk copies");
  CLI::App* ingest = app.add_subcommand("ingest", "Ingest throughput and peak memory");
  double megabytes = 50;
  ingest->add_option("--megabytes,-m", megabytes, "Size of the generated corpus in MiB");
  CLI11_PARSE(app, argc, argv);
  if (check->parsed()) return contraste::bench::RunCheck(setup, sizes, checks, text_articles, rounds);
  return contraste::bench::RunIngest(setup, megabytes);
}
