// contraste-bench: throughput and memory of the engine on a large generated corpus.
//
//   build/contraste-bench                       # 50 MiB, seed 1, three sizes (1/4, 1/2, all)
//   build/contraste-bench --megabytes 10 --seed 7
//   build/contraste-bench --megabytes 50 --write /tmp/bench-corpus   # then: contraste report /tmp/bench-corpus
//
// For each size it times (a) extraction alone: Engine::ExtractClaims over every article, and
// (b) the whole report: Engine::Analyze and the JSON report written to a discarding stream. The
// run is single-threaded, so MiB per CPU second is MiB/s per core. Peak memory is the process's
// maximum resident set size (getrusage), which only grows: each size's figure includes the
// generated corpus and every smaller run before it.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <ctime>
#include <iostream>
#include <streambuf>
#include <string_view>

#include "core/allocator.h"
#include "core/work_count.h"
#include "corpus_generator.h"
#include "measure.h"
#include "pipeline/engine.h"
#include "report/report_writers.h"
#include "text/corpus_loader.h"

namespace contraste::bench {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kMB = 1000.0 * 1000.0;
// Issue 2's target, in decimal megabytes per CPU second of the whole report (19.07 MiB/s).
constexpr double kTargetMBPerSecond = 20.0;

// A stream buffer that only counts what is written to it.
class CountingSink : public std::streambuf {
 public:
  size_t bytes() const { return bytes_; }

 protected:
  int_type overflow(int_type c) override {
    ++bytes_;
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes_ += static_cast<size_t>(n);
    return n;
  }

 private:
  size_t bytes_ = 0;
};

struct Timing {
  double cpu = 0;
  double wall = 0;
};

template <typename F>
Timing Time(F&& f) {
  double c0 = CpuSeconds(), w0 = WallSeconds();
  f();
  return {CpuSeconds() - c0, WallSeconds() - w0};
}

struct SizeResult {
  size_t articles = 0;
  size_t bytes = 0;
  size_t mentions = 0, claims = 0, findings = 0, conflicts = 0, comparisons = 0, report_bytes = 0;
  Timing extract, report;
  double peak_mib = 0;
};

SizeResult RunSize(Engine& engine, const GeneratedCorpus& corpus, size_t documents) {
  SizeResult r;
  r.articles = documents;
  for (size_t i = 0; i < documents; ++i) r.bytes += corpus.documents[i].bytes.size();
  // (a) extraction alone.
  r.extract = Time([&] {
    for (size_t i = 0; i < documents; ++i) {
      auto claims = engine.ExtractClaims(corpus.documents[i], i, &r.mentions);
      if (claims) r.claims += claims->size();
    }
  });
  // (b) the whole report, from documents in memory to JSON bytes.
  std::vector<Document> docs(corpus.documents.begin(), corpus.documents.begin() + static_cast<long>(documents));
  CountingSink sink;
  std::ostream out(&sink);
  Analysis a;
  r.report = Time([&] {
    a = engine.Analyze(std::move(docs));
    WriteJsonReport(a, out);
  });
  r.report_bytes = sink.bytes();
  r.findings = a.findings.size();
  for (const Finding& f : a.findings) r.conflicts += f.kind == "conflict" ? 1 : 0;
  r.comparisons = a.comparisons;
  r.peak_mib = PeakRssMiB();
  return r;
}

// Documents of the whole events that first reach `bytes`.
size_t PrefixOfEvents(const GeneratedCorpus& corpus, double bytes) {
  size_t total = 0, doc = 0;
  for (size_t end : corpus.event_ends) {
    for (; doc < end; ++doc) total += corpus.documents[doc].bytes.size();
    if (static_cast<double>(total) >= bytes) return end;
  }
  return corpus.documents.size();
}

int Run(double megabytes, uint64_t seed, int steps, const std::string& rules, const std::string& seeds,
        const std::string& write_dir) {
  auto engine = Engine::Load(rules);
  if (!engine) {
    std::cerr << engine.error().ToString() << "\n";
    return 2;
  }
  auto generator = CorpusGenerator::Create(**engine, seeds, rules);
  if (!generator) {
    std::cerr << generator.error().ToString() << "\n";
    return 2;
  }
  GeneratorOptions options;
  options.target_bytes = static_cast<size_t>(megabytes * kMiB);
  options.seed = seed;
  Result<GeneratedCorpus> corpus = MakeError(ErrorCode::kInternal, "not generated");
  Timing gen = Time([&] { corpus = generator->Generate(options); });
  if (!corpus) {
    std::cerr << corpus.error().ToString() << "\n";
    return 2;
  }
  fmt::print("corpus: seed {}, {:.1f} MiB in {} articles, {} events, {} spans rewritten, from {} seed articles "
             "(generated in {:.2f} s)\n",
             seed, static_cast<double>(corpus->bytes) / kMiB, corpus->documents.size(), corpus->event_ends.size(),
             corpus->edits, generator->templates().size(), gen.wall);
  if (!write_dir.empty()) {
    if (Status s = WriteCorpus(*corpus, write_dir); !s) {
      std::cerr << s.error().ToString() << "\n";
      return 2;
    }
    fmt::print("written to {}/ (time it with: contraste report {} --format json -o /dev/null)\n", write_dir, write_dir);
    return 0;
  }
  fmt::print("peak RSS after generation: {:.0f} MiB; allocator: {}\n\n", PeakRssMiB(), AllocatorDescription());

  fmt::print("{:>8} {:>8} {:>9} {:>8} {:>8} {:>11} | {:>24} | {:>24} | {:>9}\n", "MiB", "articles", "claims",
             "findings", "conflict", "comparisons", "extraction MiB/s (cpu s)", "whole report MiB/s (cpu s)",
             "peak RSS");
  std::vector<SizeResult> results;
  for (int k = steps; k >= 1; --k) {
    size_t docs = PrefixOfEvents(*corpus, static_cast<double>(corpus->bytes) / static_cast<double>(1 << (k - 1)));
    SizeResult r = RunSize(**engine, *corpus, docs);
    double mib = static_cast<double>(r.bytes) / kMiB;
    fmt::print("{:>8.1f} {:>8} {:>9} {:>8} {:>8} {:>11} | {:>12.1f} ({:>7.2f} s) | {:>12.1f} ({:>7.2f} s) | {:>5.0f} MiB\n",
               mib, r.articles, r.claims, r.findings, r.conflicts, r.comparisons, mib / r.extract.cpu, r.extract.cpu,
               mib / r.report.cpu, r.report.cpu, r.peak_mib);
    results.push_back(r);
  }
  const SizeResult& last = results.back();
  const double mib = static_cast<double>(last.bytes) / kMiB;
  fmt::print("\nwall clock at the largest size: extraction {:.2f} s, whole report {:.2f} s (JSON report {:.1f} MiB)\n",
             last.extract.wall, last.report.wall, static_cast<double>(last.report_bytes) / kMiB);
  fmt::print("linearity: CPU ms per MiB of the whole report:");
  for (const SizeResult& r : results) fmt::print(" {:.1f}", 1000.0 * r.report.cpu / (static_cast<double>(r.bytes) / kMiB));
  const double first = results.front().report.cpu / static_cast<double>(results.front().bytes);
  const double ratio = (last.report.cpu / static_cast<double>(last.bytes)) / first;
  fmt::print(" (largest/smallest: {:.2f}; comparisons per claim: {:.2f})\n", ratio,
             static_cast<double>(last.comparisons) / static_cast<double>(std::max<size_t>(1, last.claims)));
  fmt::print("comparison groups related by sorting their values: {}, pair by pair: {} (all sizes)\n", work_count.groups_swept,
             work_count.groups_paired);
  const double mb_per_second = static_cast<double>(last.bytes) / kMB / last.report.cpu;
  fmt::print("end to end: {:.1f} MiB/s = {:.1f} MB/s per core (target {:.0f} MB/s): {}\n", mib / last.report.cpu,
             mb_per_second, kTargetMBPerSecond, mb_per_second >= kTargetMBPerSecond ? "met" : "NOT met");
  return 0;
}

// One big event (`--one-event N`): for each case line of `cases_path`, N articles about the same
// meeting, article i giving the value 10 + i, at N/4, N/2 and N articles. Big stories repeat one
// figure in thousands of articles; this is how the cost of one event grows with them.
int RunOneEvent(const std::string& rules, const std::string& cases_path, size_t articles) {
  auto engine = Engine::Load(rules);
  if (!engine) {
    std::cerr << engine.error().ToString() << "\n";
    return 2;
  }
  std::ifstream in(cases_path);
  if (!in) {
    std::cerr << cases_path << ": cannot open\n";
    return 2;
  }
  fmt::print("one big event ({}); allocator: {}\n", cases_path, AllocatorDescription());
  fmt::print("{:>8} {:>8} {:>9} {:>12} {:>14} {:>10} {:>12} {:>11}  case\n", "articles", "claims", "findings", "comparisons",
             "bounds sorted", "cpu s", "cpu us/claim", "peak RSS");
  for (std::string line; std::getline(in, line);) {
    const size_t hole = line.find("{}");
    if (line.empty() || line[0] == '#' || hole == std::string::npos) continue;
    // "one article: ..." states all the values in one article, one sentence each.
    const std::string_view one_article_mark = "one article: ";
    const bool one_article = line.starts_with(one_article_mark);
    const size_t from = one_article ? one_article_mark.size() : 0;
    for (size_t n : {articles / 4, articles / 2, articles}) {
      std::vector<Document> docs;
      DocumentMetadata meta;
      const std::string header = "---\npublished: 2024-06-19\n---\n";
      std::string text = header;
      for (size_t i = 0; i < n; ++i) {
        text += line.substr(from, hole - from) + std::to_string(10 + i) + line.substr(hole + 2) + "\n";
        if (one_article && i + 1 < n) continue;
        auto d = DocumentFromBytes(std::move(text), fmt::format("a{:06}", i), meta);
        if (!d) {
          std::cerr << d.error().ToString() << "\n";
          return 2;
        }
        docs.push_back(std::move(*d));
        text = header;
      }
      Analysis a;
      const uint64_t bounds_before = work_count.value_bounds_compared;
      Timing t = Time([&] { a = (*engine)->Analyze(std::move(docs)); });
      fmt::print("{:>8} {:>8} {:>9} {:>12} {:>14} {:>10.2f} {:>12.1f} {:>7.0f} MiB  {}\n", n, a.claims.size(), a.findings.size(),
                 a.comparisons, work_count.value_bounds_compared - bounds_before, t.cpu, 1e6 * t.cpu / static_cast<double>(std::max<size_t>(1, a.claims.size())), PeakRssMiB(),
                 line);
    }
  }
  return 0;
}

}  // namespace

}  // namespace contraste::bench

int main(int argc, char** argv) {
  CLI::App app{"contraste-bench: throughput (MiB/s per core) and peak memory on a generated corpus"};
  double megabytes = 50;
  uint64_t seed = 1;
  int steps = 3;
  std::string rules = std::string(CONTRASTE_SOURCE_DIR) + "/rules";
  std::string seeds = std::string(CONTRASTE_SOURCE_DIR) + "/corpus";
  std::string write_dir;
  app.add_option("--megabytes,-m", megabytes, "Size of the generated corpus in MiB")->check(CLI::PositiveNumber);
  app.add_option("--seed,-s", seed, "Seed of the generator (same seed, same corpus)");
  app.add_option("--steps", steps, "Sizes measured: 1/2^(steps-1) ... 1/2, all")->check(CLI::Range(1, 8));
  app.add_option("--rules", rules, "Rules directory");
  app.add_option("--corpus", seeds, "Directory of seed articles");
  app.add_option("--write", write_dir, "Write the corpus to DIR as .txt files and exit");
  size_t one_event = 0;
  std::string one_event_cases = std::string(CONTRASTE_SOURCE_DIR) + "/bench/one_event.txt";
  app.add_option("--one-event", one_event, "Instead: N articles about one event, each with another value");
  app.add_option("--one-event-cases", one_event_cases, "The --one-event cases, one article template per line");
  CLI11_PARSE(app, argc, argv);
  contraste::TuneAllocatorForBatchRun();  // as `contraste report` does (core/allocator.h)
  if (one_event > 0) return contraste::bench::RunOneEvent(rules, one_event_cases, one_event);
  return contraste::bench::Run(megabytes, seed, steps, rules, seeds, write_dir);
}
