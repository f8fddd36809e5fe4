// planmine serve, the server: cpp-httplib hands every GET to the site and sends back what it
// answers, with headers that keep the browser from running or fetching anything else.

#include <fmt/core.h>
#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "planmine/pipeline/serve.hpp"

namespace planmine::serve {
namespace {

// Pages need nothing from elsewhere and no scripts at all: text from a PDF can never run.
constexpr const char* kPagePolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'";

std::string address_for_url(const std::string& bind) {
  return bind.find(':') != std::string::npos ? "[" + bind + "]" : bind;
}

// Blocks SIGINT and SIGTERM in this thread and the threads it starts; a watcher takes them.
sigset_t block_stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return signals;
}

}  // namespace

void serve(const ServeOptions& options,
           const std::function<void(const std::string& url)>& on_listening) {
  const sigset_t signals = block_stop_signals();
  const Site site(options.site);

  httplib::Server server;
  const int threads = std::max(2, options.threads);
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
  // the client's delayed ACK hold each keep-alive answer back by some 40 ms.
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(10000);
  server.set_keep_alive_timeout(5);
  server.set_read_timeout(10, 0);
  server.set_write_timeout(10, 0);
  server.set_payload_max_length(64 * 1024);

  server.Get(".*", [&site](const httplib::Request& request, httplib::Response& response) {
    SiteRequest site_request;
    site_request.path = request.path;
    site_request.params = request.params;
    SiteResponse answer = site.handle(site_request);
    response.status = answer.status;
    for (const auto& [name, value] : answer.headers) response.set_header(name, value);
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Referrer-Policy", "no-referrer");
    response.set_header("Cache-Control", "no-store");
    if (answer.content_type.starts_with("text/html")) {
      response.set_header("Content-Security-Policy", kPagePolicy);
    }
    response.set_content(std::move(answer.body), answer.content_type.c_str());
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& response,
                                  std::exception_ptr) {
    response.status = 500;
    response.set_content(
        render_message_page("Something went wrong", "The server could not answer this request."),
        "text/html; charset=utf-8");
  });

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.bind);
    if (port < 0) throw ServeError("cannot listen on " + options.bind + ": no free port");
  } else if (!server.bind_to_port(options.bind, port)) {
    throw ServeError(fmt::format("cannot listen on {} port {} (in use, or not an address here)",
                                 options.bind, port));
  }

  std::atomic<bool> done{false};
  std::thread watcher([&server, &done, signals] {
    const timespec tick{0, 100'000'000};
    while (!done) {
      if (sigtimedwait(&signals, nullptr, &tick) > 0) {
        // stop() only acts on a running server: repeat until listening has ended.
        while (!done) {
          server.stop();
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
      }
    }
  });
  on_listening(fmt::format("http://{}:{}/", address_for_url(options.bind), port));
  server.listen_after_bind();
  done = true;
  watcher.join();
}

}  // namespace planmine::serve
