// marsad timeline: dated statements about an entity or a topic across an archive, by month.
#include <iostream>

#include <nlohmann/json.hpp>

#include "command.h"
#include "marsad/error.h"
#include "marsad/search.h"

namespace marsad::cli {
namespace {

namespace ix = marsad::index;
using nlohmann::json;

std::string csv_field(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void print(const std::vector<ix::TimelineItem>& items, const std::string& format) {
  if (format == "csv") {
    std::cout << "month,when,kind,speaker,statement,article,date,source\n";
    for (const auto& i : items)
      std::cout << i.month << ',' << i.when << ',' << i.kind << ',' << csv_field(i.speaker) << ','
                << csv_field(i.statement) << ',' << i.article_id << ',' << i.date << ',' << i.source << '\n';
    return;
  }
  if (format == "json") {
    json months = json::array();
    for (const auto& i : items) {
      if (months.empty() || months.back()["month"] != i.month) months.push_back({{"month", i.month}, {"items", json::array()}});
      months.back()["items"].push_back({{"when", i.when}, {"kind", i.kind}, {"speaker", i.speaker},
                                        {"statement", i.statement}, {"article", i.article_id},
                                        {"title", i.title}, {"date", i.date}, {"source", i.source}});
    }
    std::cout << json{{"months", months}}.dump(2) << '\n';
    return;
  }
  std::string month;
  for (const auto& i : items) {
    if (i.month != month) std::cout << (month.empty() ? "" : "\n") << "== " << (month = i.month) << " ==\n";
    std::cout << "  " << i.when << "  " << (i.kind == "quote" ? i.speaker + ": " : "") << i.statement
              << "\n      (" << i.source << ' ' << i.date << ' ' << i.article_id << ")\n";
  }
  if (items.empty()) std::cout << "no dated statements found\n";
}

Registration timeline_cmd("", [](CLI::App& app) {
  struct Opts {
    std::vector<std::string> dirs;
    ix::TimelineRequest request;
    FormatArg format;
  };
  auto o = std::make_shared<Opts>();
  auto* cmd = app.add_subcommand("timeline", "Dated statements about an entity or topic, by month");
  cmd->add_option("--index", o->dirs, "Archive directory (repeatable)")->required()->allow_extra_args(false);
  cmd->add_option("--entity", o->request.entity, "Entity name, e.g. \"محمد السوداني\"");
  cmd->add_option("query", o->request.query, "Or a query (same language as marsad search)");
  cmd->add_option("--max-articles", o->request.max_articles, "Articles to read")->capture_default_str();
  o->format.add_to(*cmd, {"text", "json", "csv"});
  cmd->callback([o] {
    ix::Searcher searcher(std::vector<std::filesystem::path>(o->dirs.begin(), o->dirs.end()));
    print(ix::timeline(searcher, o->request), o->format.value);
  });
});

}  // namespace
}  // namespace marsad::cli
