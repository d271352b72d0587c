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
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace contraste {

template <typename T, typename Work, typename Consume>
void OrderedParallel(size_t n, size_t workers, size_t window, Work work, Consume consume) {
  workers = std::max<size_t>(1, std::min(workers, n));
  window = std::max(window, workers);
  if (workers == 1) {
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
  auto run = [&](size_t worker) {
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
      ready.wait(lock, [&] { return slots[i % window].has_value(); });
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

}  // namespace contraste
