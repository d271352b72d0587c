// Work on items 0..n-1 spread over worker threads, results handed back in item order on the
// calling thread: parallel per-document analysis with one writer (report --jobs, ingest --jobs).
//
//   OrderedParallel<Result<DocumentAnalysis>>(
//       docs.size(), workers, /*window=*/64,
//       [&](size_t worker, size_t i) { return engines[worker]->AnalyzeDocument(std::move(docs[i])); },
//       [&](size_t i, Result<DocumentAnalysis> r) { return Write(std::move(r)); });  // false: stop
//
// `work(worker, i)` runs on worker thread `worker` (0..workers-1), each item exactly once;
// `consume(i, result)` runs on the calling thread for i = 0, 1, 2, ... in order, so what it does
// is the same whatever the number of workers. At most `window` results wait to be consumed (the
// workers pause), which bounds memory. When `consume` returns false no further item is started
// and no further result consumed. With one worker no thread is started: work and consume
// alternate on the calling thread.
//
// OrderedParallelPrepared first calls `prepare(worker)` on each worker's own thread (loading what
// the worker needs, so that the workers prepare at the same time and worker 0 starts at once); a
// worker whose `prepare` returns false takes no item, and the others do its share. When no worker
// is left, the items not yet done are neither done nor consumed.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace contraste {

template <typename T, typename Prepare, typename Work, typename Consume>
void OrderedParallelPrepared(size_t n, size_t workers, size_t window, Prepare prepare, Work work, Consume consume) {
  workers = std::max<size_t>(1, std::min(workers, n));
  window = std::max(window, workers);
  if (workers == 1) {
    if (!prepare(size_t{0})) return;
    for (size_t i = 0; i < n; ++i) {
      if (!consume(i, work(0, i))) return;
    }
    return;
  }
  std::mutex m;
  std::condition_variable ready;  // a result was stored (the consumer waits)
  std::condition_variable room;   // a result was consumed (workers wait for the window)
  std::vector<std::optional<T>> slots(window);
  size_t next = 0;       // the next item to start
  size_t consumed = 0;   // items consumed so far
  bool stop = false;
  size_t alive = workers;  // workers not given up by their `prepare`
  auto run = [&](size_t worker) {
    if (!prepare(worker)) {
      {
        std::lock_guard<std::mutex> lock(m);
        --alive;
      }
      ready.notify_one();
      return;
    }
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(m);
        room.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
        if (stop || next >= n) return;
        i = next++;
      }
      T result = work(worker, i);
      {
        std::lock_guard<std::mutex> lock(m);
        slots[i % window].emplace(std::move(result));
      }
      ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (size_t w = 0; w < workers; ++w) threads.emplace_back(run, w);
  for (size_t i = 0; i < n; ++i) {
    std::optional<T> result;
    {
      std::unique_lock<std::mutex> lock(m);
      ready.wait(lock, [&] { return slots[i % window].has_value() || alive == 0; });
      if (!slots[i % window].has_value()) {  // every worker gave up
        stop = true;
        break;
      }
      result.swap(slots[i % window]);
    }
    const bool more = consume(i, std::move(*result));
    {
      std::lock_guard<std::mutex> lock(m);
      ++consumed;
      if (!more) stop = true;
    }
    room.notify_all();
    if (!more) break;
  }
  for (std::thread& t : threads) t.join();
}

template <typename T, typename Work, typename Consume>
void OrderedParallel(size_t n, size_t workers, size_t window, Work work, Consume consume) {
  OrderedParallelPrepared<T>(n, workers, window, [](size_t) { return true; }, work, consume);
}

}  // namespace contraste
