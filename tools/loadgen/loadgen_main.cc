// contraste-loadgen: sends a fixed number of requests from N concurrent clients to a running
// `contraste serve`, and prints requests per second, latency percentiles and the errors counted.
//
//   contraste-loadgen --port 8080 --clients 16 --requests 2000 --draft tests/data/drafts/cumbre_con_errores.md
//
// Bounded: it stops after --requests (or --seconds), whichever comes first; each client keeps
// one connection open.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
  CLI::App app{"contraste-loadgen: load on POST /v1/check of a running contraste serve"};
  std::string host = "127.0.0.1", draft_path, published = "2024-06-19";
  int port = 8080;
  size_t clients = 16, requests = 1000;
  double seconds = 60;
  app.add_option("--host", host);
  app.add_option("--port", port);
  app.add_option("--clients", clients, "Concurrent clients (default 16)");
  app.add_option("--requests", requests, "Requests in all (default 1000)");
  app.add_option("--seconds", seconds, "Stop after this long at the latest (default 60)");
  app.add_option("--draft", draft_path, "The draft to check (a text file)")->required();
  app.add_option("--published", published, "The draft's publication date");
  CLI11_PARSE(app, argc, argv);
  std::ifstream in(draft_path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << "contraste-loadgen: cannot read " << draft_path << "\n";
    return 2;
  }
  const std::string body = nlohmann::json{{"text", text.str()}, {"published", published}}.dump();
  std::atomic<size_t> next{0}, errors{0};
  std::mutex mutex;
  std::map<std::string, size_t> error_kinds;  // "status 503", "httplib Read", ...
  std::vector<double> latencies_ms;
  const auto start = std::chrono::steady_clock::now();
  const auto stop = start + std::chrono::duration<double>(seconds);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < clients; ++t) {
    threads.emplace_back([&] {
      httplib::Client c(host, port);
      c.set_keep_alive(true);
      c.set_tcp_nodelay(true);  // else Nagle and delayed ACKs add 40 ms to every request
      c.set_read_timeout(60, 0);
      std::vector<double> mine;
      while (next.fetch_add(1) < requests && std::chrono::steady_clock::now() < stop) {
        const auto t0 = std::chrono::steady_clock::now();
        auto r = c.Post("/v1/check", body, "application/json");
        const auto t1 = std::chrono::steady_clock::now();
        if (!r || r->status != 200) {
          ++errors;
          const std::string kind = r ? "status " + std::to_string(r->status) : "httplib " + httplib::to_string(r.error());
          std::lock_guard<std::mutex> lock(mutex);
          ++error_kinds[kind];
        }
        mine.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      }
      std::lock_guard<std::mutex> lock(mutex);
      latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
    });
  }
  for (auto& t : threads) t.join();
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::sort(latencies_ms.begin(), latencies_ms.end());
  auto pct = [&](double p) {
    if (latencies_ms.empty()) return 0.0;
    return latencies_ms[std::min(latencies_ms.size() - 1, static_cast<size_t>(p * static_cast<double>(latencies_ms.size())))];
  };
  std::cout << fmt::format("{} requests from {} clients in {:.2f} s: {:.1f} requests/s; latency p50 {:.1f} ms, p99 {:.1f} ms, "
                           "max {:.1f} ms; errors {}\n",
                           latencies_ms.size(), clients, elapsed, static_cast<double>(latencies_ms.size()) / elapsed, pct(0.5),
                           pct(0.99), latencies_ms.empty() ? 0.0 : latencies_ms.back(), errors.load());
  for (const auto& [kind, n] : error_kinds) std::cout << fmt::format("  {}: {}\n", kind, n);
  return errors > 0 ? 1 : 0;
}
