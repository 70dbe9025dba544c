// What the service's endpoints share: request parsing, error statuses, the text endpoints.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "marsad/analysis.h"
#include "marsad/server.h"

namespace marsad::server {

using nlohmann::json;

/// An HTTP-level refusal that is not about the request's content: 404, 405, 413.
class HttpError : public std::runtime_error {
 public:
  HttpError(int status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  int status() const noexcept { return status_; }

 private:
  int status_;
};

/// The body as a JSON object; InputError with the byte offset for malformed JSON or
/// another type of value.
json parse_body(std::string_view body);

/// A string field of `object`; InputError if it has another type, or is missing and
/// `required`. Missing and not required: `fallback`.
std::string string_field(const json& object, std::string_view name, bool required,
                         std::string fallback = {});

/// An integer query parameter in [min, max]; `fallback` when absent. InputError otherwise.
std::size_t int_param(const QueryParams& query, std::string_view name, std::size_t fallback,
                      std::size_t min, std::size_t max);

/// A query parameter's value, or empty when absent.
std::string string_param(const QueryParams& query, std::string_view name);

/// {"text", "profile"} → the normalized text and, per code point of it, the code point of
/// the input it came from.
json normalize_endpoint(const json& body);
/// {"text"} → tokens with kind and code-point offsets.
json tokenize_endpoint(const json& body);
/// {"text"} → sentences with code-point offsets.
json sentences_endpoint(const json& body);
/// {"text"} → each Arabic word's clitic segmentation, light stem and root.
json segment_endpoint(const json& body);
/// {"text", "date"?} → TIMEX3 time expressions, resolved against the reference date.
json times_endpoint(const json& body);
/// {"text"} or {"title", "body"}, with "date", "source", "id" optional → to_json(Analysis),
/// which holds the article text its offsets point into.
json analyze_endpoint(const Analyzer& analyzer, const json& body);

}  // namespace marsad::server
