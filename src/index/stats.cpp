// archive_info() (what `marsad index stats` reports, from Xapian's own statistics) and compact().
#include <algorithm>
#include <map>

#include "index/format.h"
#include "marsad/error.h"
#include "marsad/index.h"
#include "marsad/version.h"

namespace marsad::index {

ArchiveInfo archive_info(const std::filesystem::path& dir) {
  Xapian::Database db = detail::open_database(dir);
  ArchiveInfo info;
  info.dir = dir;
  info.format_version = detail::check_metadata(dir, detail::Access::kRead);
  info.analyzer_version = kAnalyzerVersion;
  info.documents = db.get_doccount();
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) info.bytes_on_disk += e.file_size();
  info.first_date = db.get_value_lower_bound(detail::kSlotDate);
  info.last_date = db.get_value_upper_bound(detail::kSlotDate);
  std::map<std::string, std::uint64_t> sources;
  for (auto v = db.valuestream_begin(detail::kSlotSource); v != db.valuestream_end(detail::kSlotSource); ++v)
    ++sources[*v];
  info.sources.assign(sources.begin(), sources.end());
  std::stable_sort(info.sources.begin(), info.sources.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return info;
}

void compact(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  Xapian::Database db = detail::open_database(dir);
  fs::path tmp = dir.string() + ".compact-new", old = dir.string() + ".compact-old";
  std::error_code ec;
  fs::remove_all(tmp, ec);
  try {
    db.compact(tmp.string(), Xapian::DBCOMPACT_NO_RENUMBER);
  } catch (const Xapian::Error& e) {
    throw IoError("compaction failed: " + e.get_description(), Location{dir.string()});
  }
  db.close();
  fs::copy_file(dir / detail::kMetaFile, tmp / detail::kMetaFile, ec);
  if (!ec) fs::rename(dir, old, ec);
  if (!ec) fs::rename(tmp, dir, ec);
  if (ec) throw IoError("cannot swap in the compacted archive (" + ec.message() + "); see " + tmp.string() +
                            " and " + old.string(), Location{dir.string()});
  fs::remove_all(old, ec);
}

}  // namespace marsad::index
