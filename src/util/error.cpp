#include "marsad/error.h"

namespace marsad {

std::string Location::str() const {
  std::string s = file;
  if (line) s += (s.empty() ? "line " : ":") + std::to_string(line);
  if (offset != kNoOffset) s += (s.empty() ? "byte " : ":") + std::to_string(offset);
  return s;
}

static std::string located(const std::string& message, const Location& where) {
  std::string at = where.str();
  return at.empty() ? message : at + ": " + message;
}

Error::Error(const std::string& message, Location where)
    : std::runtime_error(located(message, where)), message_(message), where_(std::move(where)) {}

}  // namespace marsad
