// marsad/server.h: the HTTP API as a service (JSON in, JSON out) and the HTTP front end.
//
//   marsad::server::Service service({.index_dirs = {"archive/"}});
//   auto r = service.handle({.method = "POST", .path = "/api/tokenize",
//                            .body = R"({"text": "قال الوزير"})"});
//   // r.status == 200, r.body["tokens"][1]["start"] == 4 (code points)
//
//   marsad::server::serve_http(service, {.host = "127.0.0.1", .port = 8080});  // until SIGINT
//
// The endpoints and their JSON are documented in docs/http-api.md. Offsets in JSON are code
// points. Errors are JSON too: {"error": {"type", "message", "where"}} with status 400 for a
// bad request (marsad::InputError), 404 for an unknown path or article, 405 for a wrong
// method, 413 for a body over the limit, and 500 for anything else.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/analysis.h"

namespace marsad::server {

/// Query parameters, decoded; a key may repeat (?source=a&source=b).
using QueryParams = std::multimap<std::string, std::string, std::less<>>;

struct Request {
  std::string method;  ///< "GET", "POST", …
  std::string path;    ///< decoded, without the query string: "/api/articles/abc"
  QueryParams query;
  std::string body;  ///< raw bytes; POST endpoints expect a JSON object
};

struct Response {
  int status = 200;
  nlohmann::json body;
  std::string allow;  ///< for 405: the methods the path accepts ("GET")
};

struct ServiceOptions {
  /// Archives written by `marsad index`; searched together, in this order. May be empty
  /// (then only the text and analysis endpoints answer; the archive ones give 404).
  std::vector<std::filesystem::path> index_dirs;
  /// A request body above this is refused with 413.
  std::size_t max_body_bytes = 8u << 20;
  /// /api/analyze's entities: the fast feature model or the accurate mode (see NerMode).
  NerMode ner = NerMode::kFast;
};

/// Answers API requests. Construct once (opens the archives and loads the models: throws
/// IoError / FormatError naming the directory), then call handle() from any thread.
class Service {
 public:
  explicit Service(ServiceOptions opts = {});
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  /// Never throws: every error becomes a JSON error response.
  Response handle(const Request& req) const noexcept;

  const ServiceOptions& options() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct HttpOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  ///< 0 picks a free port (reported through on_listen)
  int threads = 0;  ///< worker threads; 0 = the number of cores (at least 2)
  /// Called once the socket is bound, with the port, before requests are served.
  std::function<void(const std::string& host, int port)> on_listen;
};

/// Serves `service` and the embedded web page at GET / until SIGINT or SIGTERM, then finishes
/// the requests in flight and returns. Throws IoError if the address cannot be bound.
void serve_http(const Service& service, const HttpOptions& opts);

}  // namespace marsad::server
