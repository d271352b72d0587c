// contraste serve --store FILE [--listen HOST:PORT] [--token-file FILE] [--workers N]
//                  [--max-body BYTES] [--timeout-ms MS] [--max-in-flight N] [--rules DIR]
// The newsroom service over HTTP (serve/http_server.h; docs/openapi.yaml). Exit 2 when it cannot
// start (store, rules, address, token file); it runs until killed.
#include <fmt/format.h>

#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "serve/http_server.h"

namespace contraste::cli {

namespace {

struct ServeCommandOptions {
  CommonOptions common;
  std::string store;
  std::string listen = "127.0.0.1:8080";
  std::string token_file;
  size_t workers = 0;  // 0: one per core
  ServeOptions serve;
  long timeout_ms = 10000;
};

HttpServer* running_server = nullptr;

void StopOnSignal(int) {
  if (running_server) running_server->Stop();
}

int RunServe(ServeCommandOptions o) {
  const size_t colon = o.listen.rfind(':');
  if (colon == std::string::npos || colon + 1 >= o.listen.size() ||
      o.listen.find_first_not_of("0123456789", colon + 1) != std::string::npos) {
    std::cerr << "contraste: --listen " << o.listen << ": expected HOST:PORT (127.0.0.1:8080)\n";
    return kExitError;
  }
  o.serve.host = o.listen.substr(0, colon);
  o.serve.port = std::stoi(o.listen.substr(colon + 1));
  o.serve.timeout = std::chrono::milliseconds(o.timeout_ms);
  if (!o.token_file.empty()) {
    std::ifstream in(o.token_file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string token = text.str();
    while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ')) token.pop_back();
    if (!in || token.empty()) {
      std::cerr << "contraste: --token-file " << o.token_file << ": cannot be read or is empty\n";
      return kExitError;
    }
    o.serve.token = token;
  }
  const size_t workers = o.workers > 0 ? o.workers : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::unique_ptr<Service>> services;
  for (size_t i = 0; i < workers; ++i) {
    auto s = Service::Create(ResolveRulesDir(o.common.rules_dir), o.store);
    if (!s) {
      std::cerr << "contraste: " << s.error().ToString() << "\n";
      return kExitError;
    }
    services.push_back(std::move(*s));
  }
  auto server = HttpServer::Create(std::make_unique<ServicePool>(std::move(services)), o.serve);
  auto port = server->Bind();
  if (!port) {
    std::cerr << "contraste: " << port.error().ToString() << "\n";
    return kExitError;
  }
  std::cerr << fmt::format("contraste: serving {} on http://{}:{}/v1/ ({} workers, writes {})\n", o.store, o.serve.host,
                           *port, workers, o.serve.token.empty() ? "open" : "need the bearer token")
            << std::flush;
  running_server = server.get();
  std::signal(SIGINT, StopOnSignal);
  std::signal(SIGTERM, StopOnSignal);
  const bool ok = server->Run();
  running_server = nullptr;
  return ok ? kExitOk : kExitError;
}

}  // namespace

void AddServeCommand(CLI::App& app, std::function<int()>* run) {
  auto o = std::make_shared<ServeCommandOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the claims store over HTTP: /v1/check, /v1/documents, /v1/findings");
  cmd->add_option("--store", o->store, "The claims store (see `contraste ingest`)")->required();
  cmd->add_option("--listen", o->listen, "HOST:PORT to listen on (default 127.0.0.1:8080; port 0: any free port)");
  cmd->add_option("--token-file", o->token_file, "A file holding the bearer token that writes must carry");
  cmd->add_option("--workers", o->workers, "Requests worked on at once, each with its own engine (default: cores)");
  cmd->add_option("--max-body", o->serve.max_body_bytes, "Largest request body in bytes (default 1 MiB)");
  cmd->add_option("--timeout-ms", o->timeout_ms, "Time limit of a request in milliseconds (default 10000)");
  cmd->add_option("--max-in-flight", o->serve.max_in_flight, "Requests admitted at once; more get 503 (default 32)");
  AddRulesOption(cmd, &o->common);
  cmd->callback([=]() { *run = [=]() { return RunServe(*o); }; });
}

}  // namespace contraste::cli
