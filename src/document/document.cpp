#include <nlohmann/json.hpp>

#include "marsad/document.h"
#include "marsad/text.h"

namespace marsad {
namespace {

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n\f\v";
  auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

}  // namespace

Document Document::from_parts(std::string id, std::string title, std::string body) {
  Document d;
  d.id = std::move(id);
  d.title = std::string(trim(title));
  d.body = std::move(body);
  d.text = d.title + "\n" + d.body;
  d.title_begin = 0;
  d.title_end = static_cast<std::uint32_t>(d.title.size());
  d.body_begin = d.title_end + 1;
  return d;
}

Document Document::from_text(std::string id, std::string text) {
  if (is_blank(text)) throw InputError("empty article: no text", Location{id});
  Document d;
  d.id = std::move(id);
  std::size_t pos = 0;
  // The title is the first line with something on it.
  for (;;) {
    std::size_t nl = text.find('\n', pos);
    std::string_view line = std::string_view(text).substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (!is_blank(line) || nl == std::string::npos) {
      std::string_view t = trim(line);
      d.title_begin = static_cast<std::uint32_t>(t.data() - text.data());
      d.title_end = static_cast<std::uint32_t>(d.title_begin + t.size());
      d.title = std::string(t);
      pos = nl == std::string::npos ? text.size() : nl + 1;
      break;
    }
    pos = nl + 1;
  }
  std::size_t body = text.find_first_not_of(" \t\r\n\f\v", pos);
  d.body_begin = static_cast<std::uint32_t>(body == std::string::npos ? text.size() : body);
  d.body = text.substr(d.body_begin);
  d.text = std::move(text);
  return d;
}

namespace {

std::string string_field(const nlohmann::json& j, const char* key, const Location& where) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer() && std::string_view(key) == "id") return std::to_string(it->get<long long>());
  throw InputError(std::string("field '") + key + "' must be a string, not " + it->type_name(), where);
}

}  // namespace

Document parse_json_record(std::string_view line, const Location& where) {
  if (auto bad = text::find_invalid_utf8(line); bad != std::string_view::npos) {
    Location at = where;
    if (at.offset != Location::kNoOffset) at.offset += bad;
    throw InputError("invalid UTF-8 in JSON record", at);
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for huge numbers
    Location at = where;
    if (auto* pe = dynamic_cast<const nlohmann::json::parse_error*>(&e); pe && at.offset != Location::kNoOffset && pe->byte > 0)
      at.offset += pe->byte - 1;
    std::string msg = e.what();
    if (auto p = msg.find("parse error"); p != std::string::npos) msg = msg.substr(p);
    throw InputError("malformed JSON record (" + msg + ")", at);
  }
  if (!j.is_object()) throw InputError(std::string("JSON record must be an object, not ") + j.type_name(), where);
  Document d = Document::from_parts(string_field(j, "id", where), string_field(j, "title", where),
                                    string_field(j, "body", where));
  if (is_blank(d.title) && is_blank(d.body)) throw InputError("record has neither title nor body", where);
  d.date = string_field(j, "date", where);
  d.source = string_field(j, "source", where);
  d.url = string_field(j, "url", where);
  d.author = string_field(j, "author", where);
  return d;
}

}  // namespace marsad
