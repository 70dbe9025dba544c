// POST /api/analyze: one pasted article through the whole pipeline.
#include "endpoints.h"
#include "marsad/analysis.h"
#include "marsad/error.h"

namespace marsad::server {

json analyze_endpoint(const Analyzer& analyzer, const json& body) {
  std::string text = string_field(body, "text", false);
  std::string title = string_field(body, "title", false);
  std::string article = string_field(body, "body", false);
  std::string id = string_field(body, "id", false, "input");
  Document doc;
  if (!text.empty()) {
    if (!title.empty() || !article.empty())
      throw InputError("give either \"text\" or \"title\" and \"body\", not both",
                       Location{"body"});
    doc = Document::from_text(id, text);
  } else if (!article.empty()) {
    doc = Document::from_parts(id, title, article);
  } else {
    throw InputError("missing field \"text\" (or \"title\" and \"body\")", Location{"body"});
  }
  doc.source = string_field(body, "source", false);
  AnalyzeOptions opts;
  opts.date = string_field(body, "date", false);
  return to_json(analyzer.analyze(doc, opts));
}

}  // namespace marsad::server
