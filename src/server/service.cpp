// Service: routes a request to its endpoint and turns every escaped error into JSON.
#include <functional>

#include "archive.h"
#include "endpoints.h"
#include "marsad/error.h"
#include "marsad/version.h"

namespace marsad::server {
namespace {

using Handler = std::function<json(const Request&, std::string_view tail)>;

struct Route {
  std::string_view method;
  std::string_view path;
  bool prefix;  ///< the path is a prefix and the rest is the endpoint's argument (an id)
  Handler handler;
};

json error_json(std::string_view type, const std::string& message, const Location& where) {
  std::string at = where.str();
  return {
      {"error",
       {{"type", type}, {"message", message}, {"where", at.empty() ? json(nullptr) : json(at)}}}};
}

std::string_view error_type(const Error& e) {
  if (dynamic_cast<const InputError*>(&e)) return "InputError";
  if (dynamic_cast<const FormatError*>(&e)) return "FormatError";
  if (dynamic_cast<const IoError*>(&e)) return "IoError";
  return "Error";
}

std::string_view http_error_type(int status) {
  switch (status) {
    case 404:
      return "NotFound";
    case 405:
      return "MethodNotAllowed";
    case 413:
      return "PayloadTooLarge";
    default:
      return "HttpError";
  }
}

/// A POST handler that takes the parsed JSON body.
Handler post(json (*fn)(const json&)) {
  return [fn](const Request& req, std::string_view) { return fn(parse_body(req.body)); };
}

}  // namespace

struct Service::Impl {
  ServiceOptions opts;
  Analyzer analyzer;
  std::unique_ptr<ArchivePool> archives;  // null when serving no archive
  std::vector<Route> routes;

  explicit Impl(ServiceOptions o) : opts(std::move(o)), analyzer(opts.ner) {
    if (!opts.index_dirs.empty()) archives = std::make_unique<ArchivePool>(opts.index_dirs);
    auto get = [this](json (*fn)(ArchivePool&, const QueryParams&)) -> Handler {
      return [this, fn](const Request& req, std::string_view) { return fn(archive(), req.query); };
    };
    routes = {
        {"GET", "/healthz", false, [this](const Request&, std::string_view) { return health(); }},
        {"POST", "/api/normalize", false, post(normalize_endpoint)},
        {"POST", "/api/tokenize", false, post(tokenize_endpoint)},
        {"POST", "/api/sentences", false, post(sentences_endpoint)},
        {"POST", "/api/segment", false, post(segment_endpoint)},
        {"POST", "/api/times", false, post(times_endpoint)},
        {"POST", "/api/analyze", false,
         [this](const Request& req, std::string_view) {
           return analyze_endpoint(analyzer, parse_body(req.body));
         }},
        {"GET", "/api/search", false, get(search_endpoint)},
        {"GET", "/api/timeline", false, get(timeline_endpoint)},
        {"GET", "/api/dups", false, get(dups_endpoint)},
        {"GET", "/api/articles/", true,
         [this](const Request&, std::string_view id) { return article_endpoint(archive(), id); }},
        {"GET", "/api/stats", false,
         [this](const Request&, std::string_view) { return stats_endpoint(archive()); }},
    };
  }

  ArchivePool& archive() const {
    if (!archives)
      throw HttpError(404, "no archive is served: start marsad serve with --index DIR");
    return *archives;
  }

  json health() const {
    return {{"status", "ok"},
            {"version", kVersion},
            {"archives", archives ? archives->dirs().size() : 0}};
  }

  Response route(const Request& req) const {
    std::string allow;
    for (const Route& r : routes) {
      bool match = r.prefix ? req.path.size() > r.path.size() && req.path.starts_with(r.path)
                            : req.path == r.path;
      if (!match) continue;
      if (r.method != req.method) {
        allow += (allow.empty() ? "" : ", ") + std::string(r.method);
        continue;
      }
      if (req.body.size() > opts.max_body_bytes)
        throw HttpError(413, "request body of " + std::to_string(req.body.size()) +
                                 " bytes is over the limit of " +
                                 std::to_string(opts.max_body_bytes));
      std::string_view tail = std::string_view(req.path).substr(r.prefix ? r.path.size() : 0);
      return Response{200, r.handler(req, tail), {}};
    }
    if (!allow.empty()) {
      Response res{
          405, error_json("MethodNotAllowed", req.method + " is not allowed on " + req.path, {}),
          allow};
      return res;
    }
    throw HttpError(404, "no endpoint " + req.path);
  }
};

Service::Service(ServiceOptions opts) : impl_(std::make_unique<Impl>(std::move(opts))) {}
Service::~Service() = default;

const ServiceOptions& Service::options() const noexcept { return impl_->opts; }

Response Service::handle(const Request& req) const noexcept {
  try {
    try {
      return impl_->route(req);
    } catch (const HttpError& e) {
      return {e.status(), error_json(http_error_type(e.status()), e.what(), {}), {}};
    } catch (const InputError& e) {
      return {400, error_json("InputError", e.message(), e.where()), {}};
    } catch (const Error& e) {
      return {500, error_json(error_type(e), e.message(), e.where()), {}};
    } catch (const std::exception& e) {
      return {500, error_json("InternalError", e.what(), {}), {}};
    }
  } catch (...) {
    // Building the error itself failed (out of memory): an empty body still says 500.
    return {500, nullptr, {}};
  }
}

}  // namespace marsad::server
