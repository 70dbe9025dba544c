#include "analyze/render.h"
#include "marsad/error.h"
#include "marsad/time.h"

namespace marsad {

std::string render(const Analysis& a, std::string_view format) {
  // Text that is not UTF-8 (possible through the library, never through the readers) gets
  // U+FFFD in JSON instead of an exception.
  if (format == "json") return dump_json(a, 2) + "\n";
  if (format == "jsonl") return dump_json(a) + "\n";
  if (format == "text") return report::render_text(a);
  if (format == "html") return report::render_html(a);
  if (format == "conllu") return report::render_conllu(a);
  if (format == "timeml") {
    std::string out = time::to_timeml(a.document.text, a.times, a.date);
    if (out.empty() || out.back() != '\n') out += '\n';
    return out;
  }
  throw InputError("unknown output format '" + std::string(format) +
                   "' (expected json, jsonl, text, html, timeml or conllu)");
}

}  // namespace marsad
