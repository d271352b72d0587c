#include "serve/http_server.h"

// 16 or more clients connecting at once overflow httplib's default listen backlog of 5: the
// SYNs dropped are retried after a second (a p99 of 1 s), and under load a connection can fail.
#define CPPHTTPLIB_LISTEN_BACKLOG 128
#include <httplib.h>

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include "serve/api_request.h"

namespace contraste {

namespace {

constexpr const char* kJson = "application/json";

void Send(httplib::Response& res, const Reply& r) {
  res.status = r.status;
  res.set_content(r.body, kJson);
}

Reply ErrorReply(int status, const char* code, const std::string& field, const std::string& message) {
  return {status, ErrorJson(code, {field, message})};
}

// Compares without stopping at the first difference (the time taken tells nothing of the token).
bool SameSecret(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  return diff == 0;
}

}  // namespace

struct HttpServer::Impl {
  std::unique_ptr<ServicePool> pool;
  ServeOptions options;
  httplib::Server server;
  std::atomic<size_t> in_flight{0};
  // Work running on threads of its own (a request past its deadline leaves its work running).
  std::mutex running_mutex;
  std::condition_variable running_done;
  size_t running = 0;

  // Runs `work` on a service, answering 503 when none comes free and 504 past the deadline.
  Reply Within(const std::function<Reply(Service&)>& work) {
    const auto deadline = std::chrono::steady_clock::now() + options.timeout;
    auto lease = pool->Borrow(deadline);
    if (!lease) return ErrorReply(503, "busy", "", "every worker is busy; try again");
    auto promise = std::make_shared<std::promise<Reply>>();
    std::future<Reply> answer = promise->get_future();
    {
      std::lock_guard<std::mutex> lock(running_mutex);
      ++running;
    }
    std::thread([this, promise, work, lease = std::move(lease)]() mutable {
      Reply r;
      try {
        r = work(lease->service());
      } catch (const std::exception& e) {
        r = ErrorReply(500, "internal", "", e.what());
      }
      lease.reset();
      promise->set_value(std::move(r));
      std::lock_guard<std::mutex> lock(running_mutex);
      --running;
      running_done.notify_all();
    }).detach();
    if (answer.wait_until(deadline) == std::future_status::timeout) {
      return ErrorReply(504, "timeout", "", "the request took longer than the server's time limit");
    }
    return answer.get();
  }

  bool Authorized(const httplib::Request& req) const {
    if (options.token.empty()) return true;
    const std::string given = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    return given.rfind(prefix, 0) == 0 && SameSecret(given.substr(prefix.size()), options.token);
  }

  // Counts the request in; false (503 sent) when too many are in flight.
  bool Admit(httplib::Response& res) {
    if (in_flight.fetch_add(1) >= options.max_in_flight) {
      in_flight.fetch_sub(1);
      Send(res, ErrorReply(503, "busy", "", "too many requests at once; try again"));
      return false;
    }
    return true;
  }

  void Routes() {
    auto guarded = [this](bool write, std::function<Reply(const httplib::Request&)> handle) {
      return [this, write, handle](const httplib::Request& req, httplib::Response& res) {
        if (!Admit(res)) return;
        if (write && !Authorized(req)) {
          res.set_header("WWW-Authenticate", "Bearer");
          Send(res, ErrorReply(401, "unauthorized", "Authorization", "a bearer token is required for writes"));
        } else {
          Send(res, handle(req));
        }
        in_flight.fetch_sub(1);
      };
    };
    server.Get("/v1/health", guarded(false, [this](const httplib::Request&) {
                 return Within([](Service& s) { return s.Health(); });
               }));
    server.Post("/v1/check", guarded(false, [this](const httplib::Request& req) {
                  std::string body = req.body;
                  return Within([body](Service& s) { return s.Check(body); });
                }));
    server.Post("/v1/documents", guarded(true, [this](const httplib::Request& req) {
                  std::string body = req.body;
                  return Within([body](Service& s) { return s.PutDocument(body); });
                }));
    server.Delete(R"(/v1/documents/(.+))", guarded(true, [this](const httplib::Request& req) {
                    std::string id = req.matches[1];
                    return Within([id](Service& s) { return s.RemoveDocument(id); });
                  }));
    server.Get("/v1/findings", guarded(false, [this](const httplib::Request& req) {
                 std::map<std::string, std::string> query;
                 for (const auto& [key, value] : req.params) {
                   if (query.count(key)) return ErrorReply(400, "bad-request", key, "given twice");
                   query[key] = value;
                 }
                 return Within([query](Service& s) { return s.Findings(query); });
               }));
    // Errors httplib answers itself (no route, body too large) get a JSON body too.
    server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      if (res.status == 413) {
        Send(res, ErrorReply(413, "too-large", "", "the body is larger than the server's limit"));
      } else if (res.status == 404) {
        Send(res, ErrorReply(404, "not-found", "", "no such endpoint: " + req.method + " " + req.path));
      } else {
        Send(res, ErrorReply(res.status, "http", "", "the request could not be served (HTTP " + std::to_string(res.status) + ")"));
      }
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      Send(res, ErrorReply(500, "internal", "", "the request failed inside the server"));
    });
  }
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

std::unique_ptr<HttpServer> HttpServer::Create(std::unique_ptr<ServicePool> pool, ServeOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->pool = std::move(pool);
  impl->options = std::move(options);
  const size_t threads = impl->options.max_in_flight + 2;
  impl->server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  impl->server.set_payload_max_length(impl->options.max_body_bytes);
  // A CMS keeps its connection: httplib's default closes it after 5 requests, and reconnecting
  // clients overflow its listen backlog of 5 (a SYN retried after a second: p99 of 1 s at 16 clients).
  impl->server.set_keep_alive_max_count(100000);
  impl->server.set_keep_alive_timeout(30);
  impl->server.set_tcp_nodelay(true);
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(impl->options.timeout).count();
  impl->server.set_read_timeout(std::max<time_t>(1, static_cast<time_t>(seconds)), 0);
  impl->server.set_write_timeout(std::max<time_t>(1, static_cast<time_t>(seconds)), 0);
  impl->Routes();
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

HttpServer::~HttpServer() {
  Stop();
  std::unique_lock<std::mutex> lock(impl_->running_mutex);
  impl_->running_done.wait(lock, [&] { return impl_->running == 0; });
}

Result<int> HttpServer::Bind() {
  const int port = impl_->options.port == 0 ? impl_->server.bind_to_any_port(impl_->options.host)
                   : impl_->server.bind_to_port(impl_->options.host, impl_->options.port)
                       ? impl_->options.port
                       : -1;
  if (port <= 0) {
    return MakeError(ErrorCode::kIo, "cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port));
  }
  return port;
}

bool HttpServer::Run() { return impl_->server.listen_after_bind(); }

void HttpServer::Stop() {
  if (impl_->server.is_running()) impl_->server.stop();
}

}  // namespace contraste
