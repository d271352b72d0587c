// Work spread over threads, results taken in item order (core/ordered_parallel.h), also when some
// workers cannot prepare.
#include <doctest/doctest.h>

#include <atomic>
#include <vector>

#include "core/ordered_parallel.h"

TEST_CASE("results are consumed in item order for any number of workers") {
  for (size_t workers : {1, 2, 3, 7}) {
    std::vector<size_t> seen;
    contraste::OrderedParallel<size_t>(
        100, workers, 4, [](size_t, size_t i) { return i * i; },
        [&](size_t i, size_t r) {
          CHECK(r == i * i);
          seen.push_back(i);
          return true;
        });
    CHECK(seen.size() == 100);
    for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
  }
}

TEST_CASE("a worker whose prepare fails leaves its share to the others") {
  std::atomic<size_t> by_one{0};
  std::vector<size_t> seen;
  contraste::OrderedParallelPrepared<size_t>(
      50, 3, 8, [](size_t worker) { return worker != 1; },
      [&](size_t worker, size_t i) {
        if (worker == 1) ++by_one;
        return i + 1;
      },
      [&](size_t i, size_t r) {
        CHECK(r == i + 1);
        seen.push_back(i);
        return true;
      });
  CHECK(by_one == 0);
  CHECK(seen.size() == 50);
}

TEST_CASE("when every worker fails to prepare, nothing is consumed and the call returns") {
  size_t consumed = 0;
  for (size_t workers : {1, 2, 4}) {
    contraste::OrderedParallelPrepared<size_t>(
        20, workers, 4, [](size_t) { return false; }, [](size_t, size_t i) { return i; },
        [&](size_t, size_t) {
          ++consumed;
          return true;
        });
  }
  CHECK(consumed == 0);
}
