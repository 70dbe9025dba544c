#include "index/format.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "marsad/analysis.h"
#include "marsad/error.h"
#include "marsad/index.h"
#include "marsad/text.h"
#include "marsad/version.h"

namespace marsad::index::detail {
namespace {

using nlohmann::json;

json layout() {
  return json{{"format", "marsad-archive"},
              {"format_version", kFormatVersion},
              {"analyzer_version", kAnalyzerVersion},
              {"engine", "xapian"},
              {"prefixes",
               {{"surface", ""}, {"word", kPrefixWord}, {"stem", kPrefixStem},
                {"title", kPrefixTitle}, {"id", kPrefixId}, {"source", kPrefixSource},
                {"entity", kPrefixEntity}, {"entity_word", kPrefixEntityWord},
                {"entity_type", kPrefixType}}},
              {"values",
               {{"date", kSlotDate}, {"source", kSlotSource}, {"month", kSlotMonth},
                {"cluster", kSlotCluster}, {"signature", kSlotSignature},
                {"entities", kSlotEntities}}}};
}

std::string reindex_hint(const std::filesystem::path& dir) {
  return "; re-index it: marsad index add --index NEW_DIR <the original articles> (or delete " +
         dir.string() + " and index again)";
}

}  // namespace

void write_metadata(const std::filesystem::path& dir) {
  auto path = dir / kMetaFile;
  auto tmp = dir / (std::string(kMetaFile) + ".tmp");
  {
    std::ofstream out(tmp);
    out << layout().dump(2) << '\n';
    if (!out) throw IoError("cannot write archive metadata", Location{tmp.string()});
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);  // atomic: a crash leaves the old or the new file
  if (ec) throw IoError("cannot write archive metadata: " + ec.message(), Location{path.string()});
}

int check_metadata(const std::filesystem::path& dir, Access access) {
  auto path = dir / kMetaFile;
  std::ifstream in(path);
  if (!in) throw IoError("not a marsad archive (no " + std::string(kMetaFile) + ")", Location{dir.string()});
  json meta;
  try {
    meta = json::parse(in);
  } catch (const json::exception& e) {
    throw FormatError(std::string("damaged archive metadata: ") + e.what(), Location{path.string()});
  }
  if (!meta.is_object() || meta.value("format", "") != "marsad-archive")
    throw FormatError("not a marsad archive metadata file", Location{path.string()});
  int format = meta.value("format_version", 0), analyzer = meta.value("analyzer_version", 0);
  if (access == Access::kWrite && format != kFormatVersion)
    throw FormatError("archive format version " + std::to_string(format) + ", this marsad writes " +
                          std::to_string(kFormatVersion) + reindex_hint(dir),
                      Location{dir.string()});
  if (format < kOldestReadableFormat || format > kFormatVersion)
    throw FormatError("archive format version " + std::to_string(format) + ", this marsad reads " +
                          std::to_string(kOldestReadableFormat) + " to " + std::to_string(kFormatVersion) +
                          reindex_hint(dir),
                      Location{dir.string()});
  if (analyzer != kAnalyzerVersion)
    throw FormatError("archive written by analyzer version " + std::to_string(analyzer) +
                          ", this marsad analyzes with version " + std::to_string(kAnalyzerVersion) +
                          " and would not find the same terms" + reindex_hint(dir),
                      Location{dir.string()});
  return format;
}

Xapian::Database open_database(const std::filesystem::path& dir) {
  check_metadata(dir, Access::kRead);
  try {
    return Xapian::Database(dir.string());
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw IoError("cannot open archive database: " + e.get_description(), Location{dir.string()});
  } catch (const Xapian::Error& e) {
    throw FormatError("damaged archive database: " + e.get_description(), Location{dir.string()});
  }
}

// The record is marsad::to_json(Analysis) (code-point offsets), exactly what `marsad analyze
// --format json` prints, so results and article views need no re-analysis. The input text is
// valid UTF-8, so a bad byte here is a bug in a span; it is replaced (as `analyze` does)
// rather than losing the whole ingest.
std::string encode_article(const Analysis& a) { return dump_json(a); }

Analysis decode_article(std::string_view data, const std::string& where) {
  Analysis a;
  try {
    json j = json::parse(data);
    if (j.contains("entities")) return analysis_from_json(j);  // full analysis stored
    // Records of archives written before the analysis was stored (tests/compat/index_v1).
    Document& d = a.document;
    d.id = j.at("id").get<std::string>();
    d.title = j.at("title").get<std::string>();
    d.text = j.at("text").get<std::string>();
    d.date = j.at("date").get<std::string>();
    d.source = j.at("source").get<std::string>();
    d.url = j.at("url").get<std::string>();
    d.author = j.value("author", "");
    text::CodepointIndex cp(d.text);
    d.title_begin = static_cast<std::uint32_t>(cp.to_byte(j.at("title_start").get<std::size_t>()));
    d.title_end = static_cast<std::uint32_t>(cp.to_byte(j.at("title_end").get<std::size_t>()));
    d.body_begin = static_cast<std::uint32_t>(cp.to_byte(j.at("body_start").get<std::size_t>()));
    d.body = d.text.substr(d.body_begin);
  } catch (const json::exception& e) {
    throw FormatError(std::string("damaged article record: ") + e.what(), Location{where});
  }
  return a;
}

}  // namespace marsad::index::detail
