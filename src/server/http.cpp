// The HTTP front end: cpp-httplib routes every request to Service::handle, except the
// embedded web page. Nothing here knows an endpoint.
#include <pthread.h>

#include <atomic>
#include <csignal>
#include <string_view>
#include <thread>

#include <httplib.h>

#include "marsad/error.h"
#include "marsad/server.h"

namespace marsad::data {
extern const std::string_view kWebIndexHtml;
extern const std::string_view kWebAppJs;
extern const std::string_view kWebStyleCss;
}  // namespace marsad::data

namespace marsad::server {
namespace {

struct Asset {
  const char* path;
  const char* content_type;
  const std::string_view* bytes;
};

const Asset kAssets[] = {
    {"/", "text/html; charset=utf-8", &data::kWebIndexHtml},
    {"/app.js", "text/javascript; charset=utf-8", &data::kWebAppJs},
    {"/style.css", "text/css; charset=utf-8", &data::kWebStyleCss},
};

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // Replace, not throw, on bad UTF-8: a reply must go out whatever the library produced.
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void handle(const Service& service, const httplib::Request& req, httplib::Response& res) {
  Request r{req.method, req.path, {}, req.body};
  for (const auto& [key, value] : req.params) r.query.emplace(key, value);
  Response out = service.handle(r);
  if (!out.allow.empty()) res.set_header("Allow", out.allow);
  send_json(res, out.status, out.body);
}

std::string refusal_message(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 413:
      return "request body is over the limit";
    case 414:
      return "request URI is too long";
    default:
      return "HTTP error " + std::to_string(status);
  }
}

void route(httplib::Server& http, const Service& service) {
  for (const Asset& a : kAssets)
    http.Get(a.path, [a](const httplib::Request&, httplib::Response& res) {
      res.set_content(a.bytes->data(), a.bytes->size(), a.content_type);
    });
  auto api = [&service](const httplib::Request& req, httplib::Response& res) {
    handle(service, req, res);
  };
  http.Get(".*", api).Post(".*", api).Put(".*", api).Delete(".*", api).Patch(".*", api);
  http.Options(".*", api);
  // Refusals made by httplib itself (413 over the payload limit, 400 for a bad request
  // line) have no body yet: give them the service's JSON shape.
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        std::string message = refusal_message(res.status);
        send_json(res, res.status,
                  {{"error", {{"type", "HttpError"}, {"message", message}, {"where", nullptr}}}});
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                std::exception_ptr ep) {
    std::string message = "unknown error";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      message = e.what();
    } catch (...) {
    }
    send_json(res, 500,
              {{"error", {{"type", "InternalError"}, {"message", message}, {"where", nullptr}}}});
  });
  http.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},
      // The page uses nothing from elsewhere; say so, so an injected tag could not either.
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"},
  });
}

/// Blocks SIGINT and SIGTERM in the calling thread and every thread it starts later; one
/// thread waits for them and stops the server.
class SignalStopper {
 public:
  explicit SignalStopper(httplib::Server& http) {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
    // Polls so that it also ends when the server stops without a signal (a bind failure).
    waiter_ = std::thread([this, &http] {
      const timespec tick{0, 100'000'000};
      bool requested = false;
      while (!done_.load()) {
        if (requested) {
          // A signal before listening began: stop() would be lost, so wait for it to run.
          if (http.is_running()) return http.stop();
          nanosleep(&tick, nullptr);
        } else {
          requested = sigtimedwait(&set_, nullptr, &tick) > 0;
        }
      }
    });
  }
  ~SignalStopper() {
    done_.store(true);
    waiter_.join();
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }

 private:
  sigset_t set_;
  sigset_t old_;
  std::atomic<bool> done_{false};
  std::thread waiter_;
};

}  // namespace

void serve_http(const Service& service, const HttpOptions& opts) {
  httplib::Server http;
  unsigned threads = opts.threads > 0 ? static_cast<unsigned>(opts.threads)
                                      : std::max(2u, std::thread::hardware_concurrency());
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(service.options().max_body_bytes);
  http.set_read_timeout(10);
  http.set_write_timeout(10);
  // The page and API clients reuse one connection for many requests (httplib's default is 5).
  http.set_keep_alive_max_count(1000);
  // Replies are written in pieces (headers, body); without this, Nagle's algorithm holds
  // the last piece back until the client's delayed ACK: 40 ms on every request.
  http.set_tcp_nodelay(true);
  route(http, service);

  SignalStopper stopper(http);
  int port = opts.port;
  if (port == 0) {
    port = http.bind_to_any_port(opts.host);
  } else if (!http.bind_to_port(opts.host, port)) {
    port = -1;
  }
  if (port < 0) throw IoError("cannot listen on " + opts.host + ":" + std::to_string(opts.port));
  if (opts.on_listen) opts.on_listen(opts.host, port);
  http.listen_after_bind();
}

}  // namespace marsad::server
